// Types made at run time: SliceOf, MapOf, PointerTo, ArrayOf, ChanOf, FuncOf, StructOf,
// and their identity with the types the program spells out.
package main

import (
	"fmt"
	"reflect"
)

type T struct{ A int }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
}

func main() {
	it := reflect.TypeOf(0)
	st := reflect.TypeOf("")
	fmt.Println(reflect.SliceOf(it) == reflect.TypeOf([]int{}), reflect.SliceOf(it))
	fmt.Println(reflect.MapOf(st, it) == reflect.TypeOf(map[string]int{}), reflect.MapOf(st, reflect.SliceOf(it)))
	fmt.Println(reflect.PointerTo(reflect.TypeOf(T{})) == reflect.TypeOf(&T{}), reflect.PtrTo(it))
	fmt.Println(reflect.ArrayOf(3, it) == reflect.TypeOf([3]int{}), reflect.ArrayOf(0, st), reflect.ArrayOf(4, it).Size())
	fmt.Println(reflect.ChanOf(reflect.BothDir, it) == reflect.TypeOf(make(chan int)), reflect.ChanOf(reflect.RecvDir, reflect.ChanOf(reflect.BothDir, it)))
	ft := reflect.FuncOf([]reflect.Type{it, reflect.SliceOf(st)}, []reflect.Type{reflect.TypeOf((*error)(nil)).Elem()}, true)
	fmt.Println(ft, ft == reflect.TypeOf(func(int, ...string) error { return nil }))
	fmt.Println(reflect.FuncOf(nil, nil, false))

	sf := []reflect.StructField{
		{Name: "Name", Type: st, Tag: `json:"name"`},
		{Name: "Age", Type: it},
		{Name: "Inner", Type: reflect.TypeOf(T{}), Anonymous: true},
	}
	dyn := reflect.StructOf(sf)
	fmt.Println(dyn, dyn.NumField(), dyn.Size(), dyn.Field(1).Offset, dyn.Field(0).Tag.Get("json"))
	fmt.Println(reflect.StructOf(sf[:2]) == reflect.TypeOf(struct {
		Name string `json:"name"`
		Age  int
	}{}))
	v := reflect.New(dyn).Elem()
	v.Field(0).SetString("gopher")
	v.Field(1).SetInt(13)
	v.Field(2).Field(0).SetInt(7)
	fmt.Printf("%v %+v\n", v.Interface(), v.Interface())
	fmt.Println(v.FieldByName("A").Int(), v.Field(2).Type())
	cp := v.Interface()
	v.Field(1).SetInt(14)
	fmt.Println(cp, v)
	sl := reflect.MakeSlice(reflect.SliceOf(dyn), 2, 2)
	sl.Index(1).Field(0).SetString("second")
	fmt.Println(sl.Len(), sl.Index(1).Field(0), sl.Index(0).Field(0).Len())
	m := reflect.MakeMap(reflect.MapOf(dyn, it))
	m.SetMapIndex(v, reflect.ValueOf(1))
	fmt.Println(m.Len(), m.MapIndex(v))
	arr := reflect.New(reflect.ArrayOf(2, dyn)).Elem()
	arr.Index(0).Set(v)
	fmt.Println(arr.Index(0).Field(0), arr.Type())

	try("StructOf no name", func() { reflect.StructOf([]reflect.StructField{{Type: it}}) })
	try("StructOf unexported", func() { reflect.StructOf([]reflect.StructField{{Name: "x", Type: it}}) })
	try("StructOf duplicate", func() {
		reflect.StructOf([]reflect.StructField{{Name: "X", Type: it}, {Name: "X", Type: st}})
	})
	try("MapOf bad key", func() { reflect.MapOf(reflect.SliceOf(it), it) })
	try("ArrayOf negative", func() { reflect.ArrayOf(-1, it) })
	try("FuncOf variadic", func() { reflect.FuncOf([]reflect.Type{it}, nil, true) })
	try("Elem of int", func() { it.Elem() })
	try("Key of int", func() { it.Key() })
	try("Len of slice", func() { reflect.SliceOf(it).Len() })
	try("In of int", func() { it.In(0) })
	try("Field of int", func() { it.Field(0) })
	try("Bits of string", func() { st.Bits() })
	try("ChanDir of int", func() { it.ChanDir() })
}
