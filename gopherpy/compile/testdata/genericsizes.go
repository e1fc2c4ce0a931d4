// unsafe.Sizeof, Alignof and Offsetof of values whose types depend on type
// parameters: known per instance.
package main

import (
	"fmt"
	"unsafe"
)

type Pair[K, V any] struct {
	k  K
	b  bool
	v  V
	in struct {
		x V
		y int8
	}
}

func (p *Pair[K, V]) offsets() (uintptr, uintptr, uintptr, uintptr) {
	return unsafe.Offsetof(p.b), unsafe.Offsetof(p.v), unsafe.Offsetof(p.in), unsafe.Offsetof(p.in.y)
}

func sizes[T any](x T) (uintptr, uintptr) {
	return unsafe.Sizeof(x), unsafe.Alignof(x)
}

func offs[K, V any]() uintptr {
	var p Pair[K, V]
	return unsafe.Offsetof(p.v)
}

func main() {
	var a Pair[int8, int64]
	var b Pair[string, interface{}]
	var c Pair[[3]byte, complex64]
	fmt.Println(a.offsets())
	fmt.Println(b.offsets())
	fmt.Println(c.offsets())
	fmt.Println(sizes(a))
	fmt.Println(sizes(b))
	fmt.Println(sizes(c))
	fmt.Println(unsafe.Sizeof(a), unsafe.Offsetof(b.v))
	fmt.Println(offs[int16, int16](), offs[bool, []int]())
}
