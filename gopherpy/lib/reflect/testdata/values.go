// Value: getters, setters, addressability, elements, fields, pointers, and the panics
// Go raises for misuse (recovered and printed).
package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int
	name string
	Tags []string
	Sub  *Point
	Arr  [2]float32
	Any  any
}

type Named uint8

var global = 7

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %T: %v\n", what, r, r)
		}
	}()
	f()
}

func main() {
	// scalars
	for _, x := range []any{true, -5, int8(-8), int16(300), int32(-1 << 20), int64(1 << 40),
		uint(5), uint8(255), uint16(65535), uint32(1 << 31), uint64(1 << 63), uintptr(9),
		float32(1.25), 3.5, complex64(1 + 2i), 3 - 4i, "héllo", Named(4)} {
		v := reflect.ValueOf(x)
		fmt.Printf("%-10v kind=%-10v type=%-10v canInt=%v canUint=%v canFloat=%v canComplex=%v zero=%v valid=%v string=%q\n",
			v, v.Kind(), v.Type(), v.CanInt(), v.CanUint(), v.CanFloat(), v.CanComplex(),
			v.IsZero(), v.IsValid(), v.String())
	}
	fmt.Println(reflect.ValueOf(-5).Int(), reflect.ValueOf(uint8(200)).Uint(),
		reflect.ValueOf(float32(0.1)).Float(), reflect.ValueOf(2i).Complex(),
		reflect.ValueOf(true).Bool(), reflect.ValueOf("s").Len())

	// addressability and setting
	var i int
	vi := reflect.ValueOf(&i).Elem()
	fmt.Println(vi.CanAddr(), vi.CanSet(), reflect.ValueOf(i).CanAddr(), reflect.ValueOf(i).CanSet())
	vi.SetInt(42)
	fmt.Println(i)
	vi.Set(reflect.ValueOf(43))
	fmt.Println(i, vi.Int(), vi.Interface())
	var i8 int8
	reflect.ValueOf(&i8).Elem().SetInt(300) // truncated as a conversion would
	var u16 uint16
	reflect.ValueOf(&u16).Elem().SetUint(70000)
	var f32 float32
	reflect.ValueOf(&f32).Elem().SetFloat(0.1)
	var s string
	reflect.ValueOf(&s).Elem().SetString("set")
	var b bool
	reflect.ValueOf(&b).Elem().SetBool(true)
	var c complex64
	reflect.ValueOf(&c).Elem().SetComplex(1.5 + 0.1i)
	fmt.Println(i8, u16, f32, s, b, c)
	gv := reflect.ValueOf(&global).Elem()
	gv.SetInt(8)
	fmt.Println(global, gv.Addr().Interface() == &global)

	// structs
	p := Point{X: 1, Y: 2, name: "p", Tags: []string{"a"}}
	vp := reflect.ValueOf(&p).Elem()
	fmt.Println(vp.NumField(), vp.Field(0), vp.Field(2), vp.Field(2).CanSet(), vp.Field(2).CanInterface())
	vp.Field(0).SetInt(10)
	vp.FieldByName("Y").Set(reflect.ValueOf(20))
	vp.FieldByName("Arr").Index(1).SetFloat(2.5)
	vp.FieldByName("Sub").Set(reflect.ValueOf(&Point{X: 99}))
	vp.FieldByName("Any").Set(reflect.ValueOf("in an interface"))
	fmt.Printf("%v %v %v %v %v %v\n", p.X, p.Y, p.Tags, p.Arr, p.Any, p.Sub.X)
	fmt.Println(vp.FieldByName("Sub").Elem().Field(0), vp.FieldByName("Any").Elem().Kind(),
		vp.FieldByName("Any").Kind(), vp.FieldByName("Missing").IsValid())
	cp := reflect.ValueOf(p) // a copy
	fmt.Println(cp.Field(0).CanSet(), cp.Field(0).CanAddr())
	vp.Field(0).SetInt(11)
	fmt.Println(cp.Field(0).Int(), p.X)
	q := vp.Interface().(Point)
	q.X = 1000
	fmt.Println(p.X, q.X)
	// whole-struct Set through a pointer keeps pointers to the variable valid
	pp := &p
	vp.Set(reflect.ValueOf(Point{X: -1, Tags: []string{"z"}}))
	fmt.Println(pp.X, pp.Tags, p.Sub == nil)

	// slices, arrays, strings
	sl := []int{1, 2, 3, 4}
	vs := reflect.ValueOf(sl)
	fmt.Println(vs.Len(), vs.Cap(), vs.Index(2), vs.Index(0).CanSet())
	vs.Index(0).SetInt(100)
	fmt.Println(sl)
	sub := vs.Slice(1, 3)
	fmt.Println(sub, sub.Len(), sub.Cap(), vs.Slice3(0, 2, 3).Cap())
	arr := [3]string{"x", "y", "z"}
	va := reflect.ValueOf(arr)
	fmt.Println(va.Len(), va.Index(1), va.Index(1).CanSet())
	vaa := reflect.ValueOf(&arr).Elem()
	vaa.Index(1).SetString("Y")
	as := vaa.Slice(0, 2)
	as.Index(0).SetString("X")
	fmt.Println(arr, as)
	str := reflect.ValueOf("hello")
	fmt.Println(str.Index(1), str.Index(1).Kind(), str.Slice(1, 3))
	bs := []byte("bytes")
	fmt.Println(string(reflect.ValueOf(bs).Bytes()))
	vbs := reflect.ValueOf(&bs).Elem()
	vbs.SetBytes([]byte("new"))
	vbs.SetLen(2)
	fmt.Println(string(bs), len(bs), cap(bs))
	vbs.SetLen(3)
	fmt.Println(string(bs))

	// pointers, nil, zero
	var np *Point
	vn := reflect.ValueOf(np)
	fmt.Println(vn.IsNil(), vn.Elem().IsValid(), vn.Kind(), vn.IsZero())
	var e error
	fmt.Println(reflect.ValueOf(e).IsValid(), reflect.ValueOf(&e).Elem().IsNil(), reflect.ValueOf(&e).Elem().Kind())
	z := reflect.Zero(reflect.TypeOf(Point{}))
	fmt.Println(z.IsZero(), z.Field(0).Int(), z.CanSet())
	n := reflect.New(reflect.TypeOf(0))
	n.Elem().SetInt(5)
	fmt.Println(*n.Interface().(*int), n.Type())
	ns := reflect.New(reflect.TypeOf(Point{}))
	ns.Elem().Field(1).SetInt(3)
	fmt.Println(ns.Interface().(*Point).Y)
	fmt.Println(reflect.Indirect(reflect.ValueOf(&p)).Type(), reflect.Indirect(reflect.ValueOf(3)).Int())
	var zv reflect.Value
	fmt.Println(zv.IsValid(), zv.Kind(), zv.String(), zv)
	fmt.Println(reflect.ValueOf(0.0).IsZero(), reflect.ValueOf([2]int{}).IsZero(), reflect.ValueOf([2]int{0, 1}).IsZero(),
		reflect.ValueOf(Point{Tags: []string{}}).IsZero(), reflect.ValueOf(map[int]int(nil)).IsZero())
	fmt.Println(reflect.ValueOf(p).Comparable(), reflect.ValueOf(any(1)).Comparable(), reflect.ValueOf([]int{}).Comparable())
	fmt.Println(reflect.ValueOf(3).Equal(reflect.ValueOf(3)), reflect.ValueOf(3).Equal(reflect.ValueOf(int8(3))),
		reflect.ValueOf([2]int{1, 2}).Equal(reflect.ValueOf([2]int{1, 2})))

	// misuse
	try("Int on string", func() { reflect.ValueOf("x").Int() })
	try("Uint on int", func() { reflect.ValueOf(1).Uint() })
	try("Float on int", func() { reflect.ValueOf(1).Float() })
	try("Bool on zero", func() { reflect.Value{}.Bool() })
	try("SetInt unaddressable", func() { reflect.ValueOf(1).SetInt(2) })
	try("SetInt on string", func() { reflect.ValueOf(&s).Elem().SetInt(2) })
	try("Set unexported", func() { vp.Field(2).SetString("no") })
	try("Interface unexported", func() { vp.Field(2).Interface() })
	try("Set wrong type", func() { vi.Set(reflect.ValueOf("str")) })
	try("Field on int", func() { reflect.ValueOf(1).Field(0) })
	try("Field out of range", func() { vp.Field(20) })
	try("Index out of range", func() { vs.Index(10) })
	try("array index", func() { va.Index(3) })
	try("Elem of int", func() { reflect.ValueOf(1).Elem() })
	try("Len of int", func() { reflect.ValueOf(1).Len() })
	try("IsNil of int", func() { reflect.ValueOf(1).IsNil() })
	try("Addr unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("Type of zero", func() { reflect.Value{}.Type() })
	try("NumField on slice", func() { vs.NumField() })
	try("SetLen too big", func() { vbs.SetLen(100) })
	try("Slice of unaddressable array", func() { va.Slice(0, 1) })
	try("Slice bounds", func() { vs.Slice(2, 1) })
	try("Interface of zero", func() { reflect.Value{}.Interface() })
	try("Zero(nil)", func() { reflect.Zero(nil) })
	try("Equal func", func() { reflect.ValueOf(main).Equal(reflect.ValueOf(main)) })
	try("MapIndex on slice", func() { vs.MapIndex(reflect.ValueOf(1)) })
	reflect.ValueOf(struct{ A int }{}).Field(0).SetInt(1)
}
