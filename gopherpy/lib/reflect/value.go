package reflect

import "unsafe"

// Value is the reflection interface to a Go value.
//
// gopherpy: typ is nil for the zero Value; ptr holds the value itself, or (flag
// flagIndir) a location object whose attribute v is the variable; see value.py.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag uintptr
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (v Value) Addr() Value
func (v Value) Bool() bool
func (v Value) Bytes() []byte
func (v Value) Call(in []Value) []Value
func (v Value) CallSlice(in []Value) []Value
func (v Value) CanAddr() bool
func (v Value) CanComplex() bool
func (v Value) CanConvert(t Type) bool
func (v Value) CanFloat() bool
func (v Value) CanInt() bool
func (v Value) CanInterface() bool
func (v Value) CanSet() bool
func (v Value) CanUint() bool
func (v Value) Cap() int
func (v Value) Clear()
func (v Value) Close()
func (v Value) Comparable() bool
func (v Value) Complex() complex128
func (v Value) Convert(t Type) Value
func (v Value) Elem() Value
func (v Value) Equal(u Value) bool
func (v Value) Field(i int) Value
func (v Value) FieldByIndex(index []int) Value
func (v Value) FieldByIndexErr(index []int) (Value, error)
func (v Value) FieldByName(name string) Value
func (v Value) FieldByNameFunc(match func(string) bool) Value
func (v Value) Float() float64
func (v Value) Grow(n int)
func (v Value) Index(i int) Value
func (v Value) Int() int64
func (v Value) Interface() (i any)
func (v Value) IsNil() bool
func (v Value) IsValid() bool
func (v Value) IsZero() bool
func (v Value) Kind() Kind
func (v Value) Len() int
func (v Value) MapIndex(key Value) Value
func (v Value) MapKeys() []Value
func (v Value) MapRange() *MapIter
func (v Value) Method(i int) Value
func (v Value) MethodByName(name string) Value
func (v Value) NumField() int
func (v Value) NumMethod() int
func (v Value) OverflowComplex(x complex128) bool
func (v Value) OverflowFloat(x float64) bool
func (v Value) OverflowInt(x int64) bool
func (v Value) OverflowUint(x uint64) bool
func (v Value) Pointer() uintptr
func (v Value) Recv() (x Value, ok bool)
func (v Value) Send(x Value)
func (v Value) Set(x Value)
func (v Value) SetBool(x bool)
func (v Value) SetBytes(x []byte)
func (v Value) SetCap(n int)
func (v Value) SetComplex(x complex128)
func (v Value) SetFloat(x float64)
func (v Value) SetInt(x int64)
func (v Value) SetIterKey(iter *MapIter)
func (v Value) SetIterValue(iter *MapIter)
func (v Value) SetLen(n int)
func (v Value) SetMapIndex(key, elem Value)
func (v Value) SetPointer(x unsafe.Pointer)
func (v Value) SetString(x string)
func (v Value) SetUint(x uint64)
func (v Value) SetZero()
func (v Value) Slice(i, j int) Value
func (v Value) Slice3(i, j, k int) Value
func (v Value) String() string
func (v Value) TryRecv() (x Value, ok bool)
func (v Value) TrySend(x Value) bool
func (v Value) Type() Type
func (v Value) Uint() uint64
func (v Value) UnsafeAddr() uintptr
func (v Value) UnsafePointer() unsafe.Pointer

// A MapIter is an iterator for ranging over a map (see Value.MapRange).
type MapIter struct {
	m  Value
	st unsafe.Pointer // gopherpy: the iteration state (value.py)
}

func (iter *MapIter) Key() Value
func (iter *MapIter) Value() Value
func (iter *MapIter) Next() bool
func (iter *MapIter) Reset(v Value)

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value

// New returns a Value representing a pointer to a new zero value for the type.
func New(typ Type) Value

// NewAt returns a Value representing a pointer to a value of the specified type,
// using p as that pointer.
func NewAt(typ Type, p unsafe.Pointer) Value

// Indirect returns the value that v points to (v itself if v is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type,
// length, and capacity.
func MakeSlice(typ Type, len, cap int) Value

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value

// MakeMapWithSize creates a new map with the specified type and initial space for
// approximately n elements.
func MakeMapWithSize(typ Type, n int) Value

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value

// MakeFunc returns a new function of the given Type that wraps the function fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value

// Copy copies the contents of src into dst until either dst has been filled or src
// has been exhausted. It returns the number of elements copied.
func Copy(dst, src Value) int

// DeepEqual reports whether x and y are "deeply equal".
func DeepEqual(x, y any) bool

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int)

// TypeAssert is semantically equivalent to: v2, ok := v.Interface().(T).
func TypeAssert[T any](v Value) (T, bool) {
	x, ok := v.Interface().(T)
	return x, ok
}

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_ SelectDir = iota
	SelectSend
	SelectRecv
	SelectDefault
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Select executes a select operation described by the list of cases.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool)

// SliceHeader is the runtime representation of a slice (deprecated).
// gopherpy: not connected to real slices (there is no unsafe memory view).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string (deprecated).
// gopherpy: not connected to real strings.
type StringHeader struct {
	Data uintptr
	Len  int
}
