// Embedded fields: promotion depth, ambiguity, VisibleFields, FieldByIndex through
// pointers (and through nil ones), unexported embedded structs, promoted methods.
package main

import (
	"fmt"
	"reflect"
)

type A struct {
	X    int
	Name string
}

func (A) FromA() string   { return "A" }
func (*A) PtrA() string   { return "*A" }
func (A) Shared() string  { return "A.Shared" }

type B struct {
	X    int
	Y    int
	Name string
}

func (B) Shared() string { return "B.Shared" }

type C struct {
	A
	*B
	Z int
}

type D struct {
	C
	Name string
}

type inner struct {
	Visible int
	hidden  int
}

type Outer struct {
	inner
	Own int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
}

func names(t reflect.Type) {
	fmt.Printf("%v:", t)
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Print(" ", t.Method(i).Name)
	}
	fmt.Println()
}

func main() {
	tc := reflect.TypeOf(C{})
	for _, n := range []string{"X", "Y", "Name", "Z", "A", "B", "Nope"} {
		f, ok := tc.FieldByName(n)
		fmt.Println(n, ok, f.Index, f.Type)
	}
	td := reflect.TypeOf(D{})
	f, ok := td.FieldByName("Name")
	fmt.Println("D.Name", ok, f.Index)
	f, ok = td.FieldByName("Y")
	fmt.Println("D.Y", ok, f.Index)
	f, ok = td.FieldByNameFunc(func(s string) bool { return s == "Z" })
	fmt.Println("func Z", ok, f.Index)
	for _, vf := range reflect.VisibleFields(td) {
		fmt.Println("visible", vf.Name, vf.Index, vf.Anonymous, vf.Type)
	}
	for _, vf := range reflect.VisibleFields(reflect.TypeOf(Outer{})) {
		fmt.Println("visible", vf.Name, vf.Index, vf.IsExported())
	}
	names(tc)
	names(reflect.TypeOf(&C{}))
	names(td)
	names(reflect.TypeOf(&D{}))

	c := C{A: A{X: 1, Name: "a"}, B: &B{Y: 2}, Z: 3}
	vc := reflect.ValueOf(&c).Elem()
	fmt.Println(vc.FieldByName("Y"), vc.FieldByIndex([]int{1, 1}), vc.FieldByName("Z"))
	vc.FieldByName("Y").SetInt(20)
	fmt.Println(c.B.Y)
	fmt.Println(vc.MethodByName("FromA").Call(nil)[0], vc.Addr().MethodByName("PtrA").Call(nil)[0],
		vc.MethodByName("PtrA").IsValid())
	var nb C
	vnb := reflect.ValueOf(&nb).Elem()
	try("through nil embedded", func() { vnb.FieldByName("Y") })
	v, err := vnb.FieldByIndexErr([]int{1, 1})
	fmt.Println(v.IsValid(), err)

	o := Outer{inner{1, 2}, 3}
	vo := reflect.ValueOf(&o).Elem()
	fmt.Println(vo.Field(0).CanSet(), vo.Field(0).CanInterface())
	vis := vo.FieldByName("Visible")
	fmt.Println(vis.CanSet(), vis.CanInterface(), vis.Int())
	vis.SetInt(10)
	fmt.Println(o.Visible)
	hid := vo.Field(0).Field(1)
	fmt.Println(hid.CanSet(), hid.CanInterface(), hid.Int())
	try("set hidden", func() { hid.SetInt(5) })
	try("interface of unexported embedded", func() { vo.Field(0).Interface() })
}
