// Package reflect implements run-time reflection, allowing a program to manipulate
// objects with arbitrary types.
//
// gopherpy: a Type is one of the runtime's type descriptors (gopherpy/runtime/rtype.py,
// which stand for *reflect.rtype), a Value is a (type, value-or-location, flags) triple
// over the value representation of gopherpy/runtime/VALUES.md. The bodies are Python
// natives (native.py and the modules it names); this file holds the declarations.
package reflect

import (
	"iter"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = [...]string{"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"complex64", "complex128", "array", "chan", "func", "interface", "map", "ptr", "slice",
	"string", "struct", "unsafe.Pointer"}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

// String returns the direction as Go writes it in a channel type.
func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	Methods() iter.Seq[Method]
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	Fields() iter.Seq[StructField]
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Ins() iter.Seq[Type]
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	Outs() iter.Seq[Type]
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	CanSeq() bool
	CanSeq2() bool
	common() *rtype
}

// rtype is the dynamic type of every Type value. gopherpy: its values are the
// runtime's type descriptors themselves (native.py gives them these methods).
type rtype struct{}

func (t *rtype) Align() int
func (t *rtype) FieldAlign() int
func (t *rtype) Method(i int) Method
func (t *rtype) MethodByName(name string) (Method, bool)
func (t *rtype) NumMethod() int
func (t *rtype) Name() string
func (t *rtype) PkgPath() string
func (t *rtype) Size() uintptr
func (t *rtype) String() string
func (t *rtype) Kind() Kind
func (t *rtype) Implements(u Type) bool
func (t *rtype) AssignableTo(u Type) bool
func (t *rtype) ConvertibleTo(u Type) bool
func (t *rtype) Comparable() bool
func (t *rtype) Bits() int
func (t *rtype) ChanDir() ChanDir
func (t *rtype) IsVariadic() bool
func (t *rtype) Elem() Type
func (t *rtype) Field(i int) StructField
func (t *rtype) FieldByIndex(index []int) StructField
func (t *rtype) FieldByName(name string) (StructField, bool)
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool)
func (t *rtype) In(i int) Type
func (t *rtype) Key() Type
func (t *rtype) Len() int
func (t *rtype) NumField() int
func (t *rtype) NumIn() int
func (t *rtype) NumOut() int
func (t *rtype) Out(i int) Type
func (t *rtype) OverflowComplex(x complex128) bool
func (t *rtype) OverflowFloat(x float64) bool
func (t *rtype) OverflowInt(x int64) bool
func (t *rtype) OverflowUint(x uint64) bool
func (t *rtype) CanSeq() bool
func (t *rtype) CanSeq2() bool
func (t *rtype) common() *rtype

// Methods returns an iterator over t's methods (those Method(i) gives).
func (t *rtype) Methods() iter.Seq[Method] {
	return func(yield func(Method) bool) {
		for i := 0; i < t.NumMethod(); i++ {
			if !yield(t.Method(i)) {
				return
			}
		}
	}
}

// Fields returns an iterator over a struct type's fields.
func (t *rtype) Fields() iter.Seq[StructField] {
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField) bool) {
		for i := 0; i < t.NumField(); i++ {
			if !yield(t.Field(i)) {
				return
			}
		}
	}
}

// Ins returns an iterator over a function type's parameter types.
func (t *rtype) Ins() iter.Seq[Type] {
	if t.Kind() != Func {
		panic("reflect: Ins of non-func type " + t.String())
	}
	return func(yield func(Type) bool) {
		for i := 0; i < t.NumIn(); i++ {
			if !yield(t.In(i)) {
				return
			}
		}
	}
}

// Outs returns an iterator over a function type's result types.
func (t *rtype) Outs() iter.Seq[Type] {
	if t.Kind() != Func {
		panic("reflect: Outs of non-func type " + t.String())
	}
	return func(yield func(Type) bool) {
		for i := 0; i < t.NumOut(); i++ {
			if !yield(t.Out(i)) {
				return
			}
		}
	}
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether the
// key was present.
func (tag StructTag) Lookup(key string) (value string, ok bool)

// TypeOf returns the dynamic type of i, or nil if i is the nil interface.
func TypeOf(i any) Type

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	return TypeOf((*T)(nil)).Elem()
}

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type

// StructOf returns the struct type containing fields.
// gopherpy: embedded fields are recorded, but methods are not promoted.
func StructOf(fields []StructField) Type

// VisibleFields returns all the visible fields in t, which must be a struct type.
func VisibleFields(t Type) []StructField

var _ unsafe.Pointer
