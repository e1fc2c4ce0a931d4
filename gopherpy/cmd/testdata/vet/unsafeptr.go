// Cases of the unsafeptr analyzer.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type T struct{ a, b int }

func main() {
	var t T
	p := unsafe.Pointer(&t)
	u := uintptr(p)
	q := unsafe.Pointer(u)
	r := unsafe.Pointer(uintptr(p) + unsafe.Offsetof(t.b))
	s := unsafe.Pointer(uintptr(p) + 8 - 8)
	v := reflect.ValueOf(&t)
	w := unsafe.Pointer(v.Pointer())
	x := unsafe.Pointer(u + 8)
	var sl []int
	h := (*reflect.SliceHeader)(unsafe.Pointer(&sl))
	d := unsafe.Pointer(h.Data)
	var hdr reflect.StringHeader
	hp := &hdr
	fmt.Println(q != nil, r != nil, s != nil, w != nil, x != nil, d != nil, hp != nil)
}
