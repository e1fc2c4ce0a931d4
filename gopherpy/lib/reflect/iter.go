// This file implements the iterators over values: Value.Seq and Value.Seq2 (what a
// range statement over the value would produce), Value.Fields and Value.Methods.

package reflect

import "iter"

// isRangeFunc reports whether t is the type of a range-over-func iterator with
// arity yield arguments: func(func(...) bool), the bool unnamed.
func isRangeFunc(t Type, arity int) bool {
	if t.Kind() != Func || t.NumIn() != 1 || t.NumOut() != 0 {
		return false
	}
	y := t.In(0)
	if y.Kind() != Func || y.NumIn() != arity || y.NumOut() != 1 {
		return false
	}
	b := y.Out(0)
	return b.Kind() == Bool && b.PkgPath() == ""
}

// Seq returns an iter.Seq[Value] over what `for x := range v` would give: the
// iterator's values for a range-over-func iterator func(func(T) bool); 0..n-1 in
// v's own type for an integer n; the indexes of an array, of an array a pointer
// points to, of a slice, or the byte offsets of a string's runes; a map's keys;
// the values received from a channel until it is closed. Other kinds panic.
func (v Value) Seq() iter.Seq[Value] {
	t := v.Type()
	if isRangeFunc(t, 1) {
		return func(yield func(Value) bool) {
			body := MakeFunc(t.In(0), func(in []Value) []Value {
				return []Value{ValueOf(yield(in[0]))}
			})
			v.Call([]Value{body})
		}
	}
	indexes := func(n int) iter.Seq[Value] {
		return func(yield func(Value) bool) {
			for i := 0; i < n; i++ {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	}
	switch t.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		n := v.Int()
		return func(yield func(Value) bool) {
			for i := int64(0); i < n; i++ {
				if !yield(ValueOf(i).Convert(t)) {
					return
				}
			}
		}
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		n := v.Uint()
		return func(yield func(Value) bool) {
			for i := uint64(0); i < n; i++ {
				if !yield(ValueOf(i).Convert(t)) {
					return
				}
			}
		}
	case Pointer:
		if t.Elem().Kind() == Array {
			return indexes(t.Elem().Len())
		}
	case Array, Slice:
		return indexes(v.Len())
	case String:
		s := v.String()
		return func(yield func(Value) bool) {
			for i := range s {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value) bool) {
			for it := v.MapRange(); it.Next(); {
				if !yield(it.Key()) {
					return
				}
			}
		}
	case Chan:
		return func(yield func(Value) bool) {
			for {
				x, ok := v.Recv()
				if !ok || !yield(x) {
					return
				}
			}
		}
	}
	panic("reflect: " + t.String() + " cannot produce iter.Seq[Value]")
}

// Seq2 returns an iter.Seq2[Value, Value] over what `for k, x := range v` would
// give: the pairs of a range-over-func iterator func(func(K, V) bool); index and
// element of an array, of an array a pointer points to, or of a slice; byte offset
// and rune of a string; key and value of a map. Other kinds panic.
func (v Value) Seq2() iter.Seq2[Value, Value] {
	t := v.Type()
	if isRangeFunc(t, 2) {
		return func(yield func(Value, Value) bool) {
			body := MakeFunc(t.In(0), func(in []Value) []Value {
				return []Value{ValueOf(yield(in[0], in[1]))}
			})
			v.Call([]Value{body})
		}
	}
	elems := func(a Value) iter.Seq2[Value, Value] {
		return func(yield func(Value, Value) bool) {
			for i := 0; i < a.Len(); i++ {
				if !yield(ValueOf(i), a.Index(i)) {
					return
				}
			}
		}
	}
	switch t.Kind() {
	case Pointer:
		if t.Elem().Kind() == Array {
			return func(yield func(Value, Value) bool) {
				elems(v.Elem())(yield)
			}
		}
	case Array, Slice:
		return elems(v)
	case String:
		s := v.String()
		return func(yield func(Value, Value) bool) {
			for i, r := range s {
				if !yield(ValueOf(i), ValueOf(r)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value, Value) bool) {
			for it := v.MapRange(); it.Next(); {
				if !yield(it.Key(), it.Value()) {
					return
				}
			}
		}
	}
	panic("reflect: " + t.String() + " cannot produce iter.Seq2[Value, Value]")
}

// Fields returns an iterator over v's fields: each StructField with the field's
// Value (Value.Field for i from 0 to NumField()-1). It panics unless v is a struct.
func (v Value) Fields() iter.Seq2[StructField, Value] {
	t := v.Type()
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField, Value) bool) {
		for i := 0; i < t.NumField(); i++ {
			if !yield(t.Field(i), v.Field(i)) {
				return
			}
		}
	}
}

// Methods returns an iterator over v's methods: each Method of v's type with the
// method value bound to v (Value.Method for i from 0 to NumMethod()-1). It panics
// for a nil interface value.
func (v Value) Methods() iter.Seq2[Method, Value] {
	t := v.Type()
	n := v.NumMethod()
	return func(yield func(Method, Value) bool) {
		for i := 0; i < n; i++ {
			if !yield(t.Method(i), v.Method(i)) {
				return
			}
		}
	}
}
