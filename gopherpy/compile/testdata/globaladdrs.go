// Package variables have addresses in the data segment, below the heap (gc's linker
// places them at low addresses); pointer arithmetic within them finds their fields
// and elements.
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	A int32
	B int64
	C [4]int16
}

var (
	s   S
	arr [1 << 20]byte
	n   int
	big [3]S
)

func low(p unsafe.Pointer) bool { return uintptr(p) < 1<<32 }

func main() {
	h := new(S)
	fmt.Println(low(unsafe.Pointer(&s)), low(unsafe.Pointer(&arr)), low(unsafe.Pointer(&n)),
		low(unsafe.Pointer(&big)), low(unsafe.Pointer(h)))
	*(*int64)(unsafe.Add(unsafe.Pointer(&s), unsafe.Offsetof(s.B))) = 42
	*(*int16)(unsafe.Add(unsafe.Pointer(&s), unsafe.Offsetof(s.C)+4)) = 7
	fmt.Println(s)
	p := unsafe.Pointer(&arr)
	*(*byte)(unsafe.Add(p, 1000)) = 9
	fmt.Println(arr[999], arr[1000], arr[1001])
	fmt.Println(uintptr(unsafe.Pointer(&big[1]))-uintptr(unsafe.Pointer(&big[0])) == unsafe.Sizeof(s))
	fmt.Println(uintptr(unsafe.Pointer(&arr[10]))-uintptr(unsafe.Pointer(&arr[0])))
}
