// Type: names, kinds, strings, sizes and alignments, elements, fields, tags.
package main

import (
	"fmt"
	"reflect"
)

type Inner struct {
	X float64
	y int8
}

func (i Inner) Value() float64 { return i.X }
func (i *Inner) Scale(k float64) { i.X *= k }

type Outer struct {
	Name  string `json:"name,omitempty" xml:"n"`
	count int32  `json:"-"`
	Inner
	*Extra `custom:"ptr"`
	Tags   []string
	M      map[string][]int
	Fn     func(int, ...string) (bool, error)
	C      <-chan int
	Arr    [3]uint16
	Z      struct{}
}

type Extra struct{ E complex64 }

type MyInt int

func (m MyInt) String() string { return fmt.Sprint(int(m)) }

type Stringer interface{ String() string }

type Empty struct{}

type Tail struct {
	A int64
	B struct{}
}

func show(t reflect.Type) {
	fmt.Printf("%-30s kind=%-10v name=%q pkg=%q size=%d align=%d fieldalign=%d comparable=%v\n",
		t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.FieldAlign(), t.Comparable())
}

func main() {
	for _, x := range []any{
		true, 1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1),
		uint64(1), uintptr(1), float32(1), 1.5, complex64(1), 2i, "s", []int{}, [2]string{},
		map[int]bool{}, make(chan string), func() {}, &Outer{}, Outer{}, MyInt(3), Empty{},
		Tail{}, struct {
			A byte
			B int64
			C byte
		}{}, [0]int{}, (*Stringer)(nil), []*MyInt{}, map[[2]int][]error{}, new(any),
	} {
		show(reflect.TypeOf(x))
	}
	fmt.Println(reflect.TypeOf(nil) == nil)

	t := reflect.TypeOf(Outer{})
	fmt.Println("NumField", t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s pkg=%q type=%v tag=%q off=%d index=%v anon=%v exported=%v\n",
			i, f.Name, f.PkgPath, f.Type, f.Tag, f.Offset, f.Index, f.Anonymous, f.IsExported())
	}
	f, ok := t.FieldByName("X")
	fmt.Println("X:", f.Name, f.Index, f.Type, ok)
	f, ok = t.FieldByName("E")
	fmt.Println("E:", f.Name, f.Index, f.Type, ok)
	f, ok = t.FieldByName("nope")
	fmt.Println("nope:", f.Name, f.Index, ok)
	fmt.Println(t.FieldByIndex([]int{2, 1}).Name)
	nf, _ := t.FieldByName("Name")
	fmt.Println(nf.Tag.Get("json"), nf.Tag.Get("xml"), nf.Tag.Get("yaml") == "")
	v, ok := nf.Tag.Lookup("xml")
	fmt.Println(v, ok)
	v, ok = nf.Tag.Lookup("yaml")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(reflect.StructTag(`a:"1" b:"two words" c:"esc\"aped\n"`).Get("c"))

	ft := t.Field(6).Type
	fmt.Println(ft.NumIn(), ft.In(0), ft.In(1), ft.IsVariadic(), ft.NumOut(), ft.Out(0), ft.Out(1))
	ct := t.Field(7).Type
	fmt.Println(ct.ChanDir(), ct.Elem(), reflect.TypeOf(make(chan<- bool)).ChanDir(), reflect.BothDir)
	mt := t.Field(5).Type
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem())
	at := t.Field(8).Type
	fmt.Println(at.Len(), at.Elem(), at.Elem().Bits())
	pt := reflect.TypeOf(&Outer{})
	fmt.Println(pt.Elem() == t, pt.Elem().Name(), pt.Name() == "")

	for _, k := range []reflect.Kind{reflect.Invalid, reflect.Int, reflect.Pointer, reflect.Ptr,
		reflect.UnsafePointer, reflect.Kind(99)} {
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println(reflect.ChanDir(7), reflect.RecvDir, reflect.SendDir)

	ints := reflect.TypeOf(0)
	fmt.Println(ints, reflect.TypeOf((*error)(nil)).Elem(), reflect.TypeOf((*Stringer)(nil)).Elem().Kind())
	fmt.Println(reflect.TypeOf(MyInt(1)).Bits(), reflect.TypeOf(2i).Bits())
	fmt.Println(reflect.TypeOf(int8(0)).OverflowInt(128), reflect.TypeOf(int8(0)).OverflowInt(-128),
		reflect.TypeOf(uint16(0)).OverflowUint(65536), reflect.TypeOf(float32(0)).OverflowFloat(1e39),
		reflect.TypeOf(0.0).OverflowFloat(1e300))
	fmt.Printf("%T %v %s\n", ints, ints, ints)
}
