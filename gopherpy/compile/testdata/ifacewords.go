// The words of an interface value seen through unsafe: a struct of two pointer-sized
// fields over an interface variable reads its type word and its data word.
package main

import (
	"fmt"
	"unsafe"
)

type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

type words struct{ t, d uintptr }

type I interface{ M() }
type T struct{ x int }

func (T) M() {}

func main() {
	var v interface{} = 1
	var w interface{} = "s"
	var n interface{}
	var u interface{} = 2
	e := (*eface)(unsafe.Pointer(&v))
	fmt.Println(e.typ != nil, e.data != nil, uintptr(e.typ) == ^uintptr(0))
	fmt.Println((*eface)(unsafe.Pointer(&w)).typ != e.typ, (*eface)(unsafe.Pointer(&u)).typ == e.typ)
	fmt.Println((*eface)(unsafe.Pointer(&n)).typ == nil, (*words)(unsafe.Pointer(&n)).d)
	var i I = T{3}
	ws := (*words)(unsafe.Pointer(&i))
	fmt.Println(ws.t != 0, ws.d != 0)
	p := &T{4}
	v = p
	fmt.Println(uintptr((*eface)(unsafe.Pointer(&v)).data) == uintptr(unsafe.Pointer(p)))
}
