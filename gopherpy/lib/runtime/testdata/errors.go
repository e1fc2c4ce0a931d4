package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ x int }
type I interface{ M() }
type J interface{ N() }
type K struct{}

func (K) M() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error %T %v\n", name, e, e)
			return
		}
		if e, ok := r.(error); ok {
			fmt.Printf("%s: error %T %v\n", name, e, e)
			var pe *runtime.PanicNilError
			fmt.Println(errors.As(e, &pe))
			return
		}
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	n := 5
	m := -1
	var mp map[string]int
	var p *T
	var z int
	var i any = "str"
	var ii I
	str := "hello"
	try("index", func() { _ = s[n] })
	try("index neg", func() { _ = s[m] })
	try("arr index", func() { _ = a[n%8] })
	try("str index", func() { _ = str[n] })
	try("slice hi", func() { _ = s[1:n] })
	try("slice lo>hi", func() { _ = s[n-2 : 1] })
	try("slice3", func() { _ = s[0:1:n] })
	try("slice3b", func() { _ = s[0:n-2 : 2] })
	try("str slice", func() { _ = str[2:n*3] })
	try("str slice2", func() { _ = str[4:n-2] })
	try("slice neg", func() { _ = s[m:] })
	try("nil map", func() { mp["a"] = 1 })
	try("nil deref", func() { _ = p.x })
	try("nil deref2", func() { *p = T{} })
	try("div", func() { _ = n / z })
	try("mod", func() { _ = n % z })
	try("assert", func() { _ = i.(int) })
	try("assert iface", func() { _ = i.(I) })
	try("assert nil", func() { var e any; _ = e.(string) })
	try("assert nil iface", func() { _ = ii.(K) })
	try("assert iface2", func() { var x I = K{}; _ = x.(J) })
	try("assert named", func() { var x any = T{}; _ = x.(*T) })
	try("nil iface call", func() { ii.M() })
	try("make neg", func() { _ = make([]int, m) })
	try("make cap", func() { _ = make([]int, 5, n-2) })
	try("make huge", func() { _ = make([]int, 1<<62) })
	try("make map neg", func() { _ = make(map[int]int, m) })
	try("make chan neg", func() { _ = make(chan int, m) })
	try("unhashable", func() { mm := map[any]int{}; mm[[]int{1}] = 1 })
	try("uncomparable", func() { var x, y any = []int{1}, []int{1}; _ = x == y })
	try("uncomparable struct", func() { var x, y any = struct{ f func() }{}, struct{ f func() }{}; _ = x == y })
	try("arr conv", func() { _ = [4]int(s) })
	try("arr ptr conv", func() { _ = (*[5]int)(s) })
	try("custom", func() { panic("custom") })
	try("custom err", func() { panic(errors.New("an error")) })
	try("panic nil", func() { panic(nil) })
	try("closed chan", func() { c := make(chan int); close(c); close(c) })
	try("nil chan close", func() { var c chan int; close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("nil func", func() { var f func(); f() })
	try("shift", func() { _ = 1 << m })
	try("neg len", func() { _ = make([]int, n, m) })
	try("copy", func() { _ = append(s[:1:1], 9) })
	try("string conv", func() { _ = string(rune(-1)) })
	try("repeat", func() { _ = fmt.Sprint([]byte(nil)[0]) })
	try("unsigned index", func() { u := uint(10); _ = s[u] })
	try("int64 index", func() { u := int64(1) << 40; _ = s[u] })
	try("map nil struct", func() { var pm *map[int]int; (*pm)[1] = 2 })
	try("array deref", func() { var pa *[3]int; _ = pa[1] })
	try("array range", func() { var pa *[3]int; for i := range pa { _ = i } ; for _, v := range pa { _ = v } })
	try("min int div", func() { x := int8(-128); y := int8(-1); fmt.Println(x / y, x % y) })
	println("done")
}
