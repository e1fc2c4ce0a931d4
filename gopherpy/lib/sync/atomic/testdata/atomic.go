package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var n int64
	var u32 uint32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 2)
				atomic.AddUint32(&u32, ^uint32(0)) // decrement
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u32))
	var i32 int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 7), atomic.CompareAndSwapInt32(&i32, 5, 9))
	fmt.Println(i32)
	old := atomic.SwapInt32(&i32, -1)
	fmt.Println(old, i32)
	fmt.Println(atomic.AddInt32(&i32, -2147483648))
	atomic.StoreInt32(&i32, 12)
	fmt.Println(atomic.OrInt32(&i32, 3), atomic.AndInt32(&i32, 6))
	fmt.Println(i32)
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)))

	var c atomic.Int64
	var hits atomic.Int32
	var flag atomic.Bool
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Add(int64(i))
			hits.Add(1)
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(c.Load(), hits.Load(), flag.Load(), c.Swap(1), c.CompareAndSwap(1, 2), c.Load())
	fmt.Println(flag.CompareAndSwap(true, false), flag.Swap(true), flag.Load())
	var x atomic.Uint32
	x.Store(0xf0)
	fmt.Println(x.Or(0x0f), x.And(0x3c), x.Load())

	var p atomic.Pointer[config]
	fmt.Println(p.Load() == nil)
	a := &config{"a"}
	b := &config{"b"}
	p.Store(a)
	fmt.Println(p.Load().name, p.CompareAndSwap(b, a), p.CompareAndSwap(a, b), p.Load().name)
	fmt.Println(p.Swap(nil).name, p.Load() == nil)

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.Swap("world"), v.Load())
	fmt.Println(v.CompareAndSwap("world", "again"), v.CompareAndSwap("x", "y"), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
}
