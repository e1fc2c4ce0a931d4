// Conversions and assignability: Value.Convert/CanConvert, Type.ConvertibleTo/AssignableTo.
package main

import (
	"fmt"
	"reflect"
)

type MyInt int
type MyString string
type Bytes []byte
type Pt struct{ X, Y int }
type Pt2 struct{ X, Y int }
type Tagged struct {
	X int `json:"x"`
	Y int
}
type Reader interface{ Read() string }
type File struct{}

func (File) Read() string { return "read" }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
}

func conv(x any, t reflect.Type) {
	v := reflect.ValueOf(x)
	if !v.CanConvert(t) {
		fmt.Printf("%T -> %v: cannot\n", x, t)
		return
	}
	r := v.Convert(t)
	fmt.Printf("%T -> %v: %v (%T)\n", x, t, r, r.Interface())
}

func main() {
	ti := reflect.TypeOf
	conv(300, ti(int8(0)))
	conv(-1, ti(uint16(0)))
	conv(-1, ti(uint64(0)))
	conv(3.99, ti(0))
	conv(-3.99, ti(int32(0)))
	conv(1e10, ti(float32(0)))
	conv(float32(0.1), ti(0.0))
	conv(7, ti(0.0))
	conv(uint8(200), ti(float32(0)))
	conv(65, ti(""))
	conv(-1, ti(""))
	conv(0x10FFFF+1, ti(""))
	conv("héllo", ti([]byte{}))
	conv("héllo", ti([]rune{}))
	conv([]byte("bytes"), ti(""))
	conv([]rune("runes"), ti(""))
	conv(complex64(1+2i), ti(complex128(0)))
	conv(1+2i, ti(complex64(0)))
	conv(5, ti(MyInt(0)))
	conv(MyInt(6), ti(0))
	conv("s", ti(MyString("")))
	conv(MyString("m"), ti([]byte{}))
	conv([]byte("b"), ti(Bytes{}))
	conv(Pt{1, 2}, ti(Pt2{}))
	conv(Pt{1, 2}, ti(struct{ X, Y int }{}))
	conv(Tagged{1, 2}, ti(Pt{}))
	conv(&Pt{3, 4}, ti(&Pt2{}))
	conv([]int{1, 2, 3}, ti([2]int{}))
	conv([]int{1, 2, 3}, ti(&[3]int{}))
	conv([]int{1}, ti([2]int{}))
	conv(File{}, ti((*Reader)(nil)).Elem())
	conv(1, ti((*any)(nil)).Elem())
	conv("x", ti(0))
	conv(1.5, ti(""))
	conv(Pt{}, ti(0))

	s := []int{1, 2, 3, 4}
	p := reflect.ValueOf(s).Convert(ti(&[4]int{})).Interface().(*[4]int)
	p[0] = 100
	fmt.Println(s[0])
	try("Convert slice too short", func() { reflect.ValueOf([]int{1}).Convert(ti([3]int{})) })
	try("Convert impossible", func() { reflect.ValueOf("x").Convert(ti(0)) })

	types := []reflect.Type{ti(0), ti(MyInt(0)), ti(int64(0)), ti(""), ti(Pt{}), ti(Pt2{}),
		ti(struct{ X, Y int }{}), ti(File{}), ti((*Reader)(nil)).Elem(), ti((*any)(nil)).Elem(),
		ti([]byte{}), ti(Bytes{}), ti(make(chan int)), ti(make(<-chan int)), ti(make(chan<- int))}
	for _, a := range types {
		fmt.Printf("%-22v", a)
		for _, b := range types {
			c := "-"
			if a.AssignableTo(b) {
				c = "A"
			} else if a.ConvertibleTo(b) {
				c = "c"
			}
			fmt.Print(c)
		}
		fmt.Println()
	}
	var r Reader
	rv := reflect.ValueOf(&r).Elem()
	rv.Set(reflect.ValueOf(File{}))
	fmt.Println(r.Read(), rv.Elem().Type())
	var a any
	av := reflect.ValueOf(&a).Elem()
	av.Set(reflect.ValueOf(r))
	fmt.Printf("%T\n", a)
	var ch <-chan int
	reflect.ValueOf(&ch).Elem().Set(reflect.ValueOf(make(chan int)))
	fmt.Println(ch != nil)
	var pt2 struct{ X, Y int }
	reflect.ValueOf(&pt2).Elem().Set(reflect.ValueOf(Pt{5, 6}).Convert(ti(pt2)))
	fmt.Println(pt2)
	try("Set Pt into Pt2", func() { reflect.ValueOf(&Pt2{}).Elem().Set(reflect.ValueOf(Pt{})) })
}
