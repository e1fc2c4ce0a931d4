// The typed values not exercised by atomic.go (Uint64, Uintptr, Int32's And/Or), the
// Pointer and Uintptr functions, and atomic.Value's panics in Go's order and words.
package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

type node struct{ v int }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var u atomic.Uint64
	fmt.Println(u.Add(^uint64(0)), u.CompareAndSwap(1<<64-1, 5), u.Swap(9), u.Load(), u.And(12), u.Or(3), u.Load())
	var p atomic.Uintptr
	fmt.Println(p.Add(10), p.Swap(3), p.Load(), p.CompareAndSwap(3, 4), p.Or(1), p.And(4), p.Load())
	var i atomic.Int32
	i.Store(-5)
	fmt.Println(i.Add(2), i.And(6), i.Or(1), i.Load())
	var up unsafe.Pointer
	n := &node{7}
	atomic.StorePointer(&up, unsafe.Pointer(n))
	fmt.Println((*node)(atomic.LoadPointer(&up)).v, atomic.CompareAndSwapPointer(&up, unsafe.Pointer(n), nil), atomic.LoadPointer(&up) == nil)
	var x uintptr
	fmt.Println(atomic.AddUintptr(&x, 7), atomic.SwapUintptr(&x, 1), atomic.LoadUintptr(&x))
	var u64 uint64 = 10
	fmt.Println(atomic.AndUint64(&u64, 6), atomic.OrUint64(&u64, 1), u64, atomic.CompareAndSwapUint64(&u64, 3, 4), u64)

	var v atomic.Value
	fmt.Println(v.CompareAndSwap(nil, 1), v.Load())
	try(func() { v.CompareAndSwap(1, "x") })
	try(func() { v.CompareAndSwap(nil, "x") })
	try(func() { v.CompareAndSwap("a", "x") })
	try(func() { v.CompareAndSwap(1, nil) })
	try(func() { v.Swap("s") })
	try(func() { v.Swap(nil) })
	var empty atomic.Value
	try(func() { empty.CompareAndSwap(1, "x") })
	fmt.Println(empty.CompareAndSwap("a", "b"), empty.Load())
}
