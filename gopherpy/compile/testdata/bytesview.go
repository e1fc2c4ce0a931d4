// *[N]byte over the memory of a struct or array of scalars: the bytes of its fields
// (little-endian), written and read through the view; == and map keys ignore blank
// fields.
package main

import (
	"fmt"
	"unsafe"
)

type U struct {
	A, _, B int64
}

type P struct {
	X int32
	Y uint16
	Z [2]int16
	F float32
	T bool
}

func main() {
	var a, b U
	copy((*[16]byte)(unsafe.Pointer(&a))[:], "hello world!")
	fmt.Printf("%#x\n", a.A)
	a.A, a.B = 1, 2
	b.A, b.B = 1, 2
	m := map[U]int{a: 1}
	m[b] = 2
	fmt.Println(a == b, len(m), m[a])

	p := P{X: 0x01020304, Y: 0xbeef, Z: [2]int16{-2, 3}, F: 1.5, T: true}
	v := (*[17]byte)(unsafe.Pointer(&p))
	fmt.Println(v[0], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[12:16], v[16])
	v[1] = 0xff
	v[6] = 9
	v[15] = 0x40
	fmt.Println(p.X, p.Z, p.F)
	arr := [3]uint16{1, 0x203, 0xffff}
	w := (*[6]byte)(unsafe.Pointer(&arr))
	w[0] = 7
	fmt.Println(*w, arr)
}
