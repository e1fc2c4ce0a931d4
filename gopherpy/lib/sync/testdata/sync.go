package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type counter struct {
	sync.Mutex
	n int
}

func main() {
	// Mutex: 100 goroutines, each adding 100 times with a yield inside the critical section.
	var c counter
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Lock()
				v := c.n
				if j%10 == 0 {
					ch := make(chan int, 1)
					ch <- v
					v = <-ch
				}
				c.n = v + 1
				c.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", c.n, c.TryLock(), c.TryLock())
	c.Unlock()

	var l sync.Locker = &c
	l.Lock()
	fmt.Println("locked via Locker", c.TryLock())
	l.Unlock()

	// WaitGroup.Go
	var wg2 sync.WaitGroup
	results := make([]int, 10)
	for i := range 10 {
		wg2.Go(func() { results[i] = i * i })
	}
	wg2.Wait()
	fmt.Println("wg.Go", results)

	// RWMutex
	var rw sync.RWMutex
	shared := map[string]int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg3.Add(2)
		go func() {
			defer wg3.Done()
			rw.Lock()
			shared[fmt.Sprint("k", i)] = i
			rw.Unlock()
		}()
		go func() {
			defer wg3.Done()
			rw.RLock()
			_ = len(shared)
			rw.RUnlock()
		}()
	}
	wg3.Wait()
	rw.RLock()
	fmt.Println("rw", len(shared), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("rw free", rw.TryLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("rlocker", rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rl.Unlock()

	// Once
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var once2 sync.Once
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		once2.Do(func() { panic("boom") })
	}()
	once2.Do(func() { fmt.Println("not again") })
	fmt.Println("after panic in Once")

	f := sync.OnceFunc(func() { fmt.Println("OnceFunc body") })
	f()
	f()
	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
	vs := sync.OnceValues(func() (string, error) { return "x", errors.New("e") })
	s, err := vs()
	fmt.Println(s, err)
	pf := sync.OnceFunc(func() { panic("once-panic") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("OnceFunc panic", recover()) }()
			pf()
		}()
	}

	// Cond
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var order []int
	var wg4 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			order = append(order, i)
			mu.Unlock()
		}()
	}
	for {
		// wait until all three are parked in Wait
		mu.Lock()
		ch := make(chan int, 1)
		ch <- 1
		<-ch
		mu.Unlock()
		break
	}
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg4.Wait()
	sort.Ints(order)
	fmt.Println("cond", order)
	cond.Signal()

	// Pool
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("a")
	fmt.Println(p.Get(), p.Get())
	var p2 sync.Pool
	fmt.Println(p2.Get())

	// Map
	var m sync.Map
	m.Store("a", 1)
	m.Store(2, "two")
	fmt.Println(m.Load("a"))
	fmt.Println(m.Load("b"))
	fmt.Println(m.LoadOrStore("a", 9))
	fmt.Println(m.LoadOrStore("c", 3))
	fmt.Println(m.Swap("c", 4))
	fmt.Println(m.CompareAndSwap("c", 4, 5), m.CompareAndSwap("c", 4, 6))
	fmt.Println(m.CompareAndDelete("c", 6), m.CompareAndDelete("c", 5))
	fmt.Println(m.LoadAndDelete(2))
	m.Delete("zz")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("range", n)
	m.Clear()
	_, ok := m.Load("a")
	fmt.Println("cleared", !ok)

	// negative counter
	defer func() { fmt.Println("recovered:", recover()) }()
	var wg5 sync.WaitGroup
	wg5.Done()
}
