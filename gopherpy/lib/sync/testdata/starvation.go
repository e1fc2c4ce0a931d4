// sync.Mutex's starvation mode: a goroutine that unlocks and at once locks again wins
// every race against a woken waiter (normal mode), until that waiter has waited over
// 1 ms; then the mutex hands itself over directly, and the spinning goroutine's next
// Lock has to wait. Without starvation mode the waiter below would never get it.
// RWMutex prefers writers: once a writer waits, new readers wait behind it.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var mu sync.Mutex
	var got atomic.Bool
	var started sync.WaitGroup
	started.Add(1)
	mu.Lock()
	go func() {
		started.Done()
		mu.Lock()
		got.Store(true)
		mu.Unlock()
	}()
	started.Wait()
	time.Sleep(time.Millisecond) // the goroutine is now parked in Lock
	deadline := time.Now().Add(5 * time.Second)
	rounds := 0
	for !got.Load() && time.Now().Before(deadline) {
		// hold the lock for a while, then release and take it back at once
		for t := time.Now(); time.Since(t) < 100*time.Microsecond; {
		}
		mu.Unlock()
		mu.Lock()
		rounds++
	}
	mu.Unlock()
	fmt.Println("waiter got the mutex:", got.Load(), "before the deadline:", time.Now().Before(deadline))
	fmt.Println("a few rounds:", rounds > 0 && rounds < 1000)

	// The same with many waiters: all of them get through while main keeps relocking.
	var n atomic.Int32
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n.Add(1)
			mu.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	deadline = time.Now().Add(5 * time.Second)
	for n.Load() < 5 && time.Now().Before(deadline) {
		for t := time.Now(); time.Since(t) < 100*time.Microsecond; {
		}
		mu.Unlock()
		mu.Lock()
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("all waiters got it:", n.Load())

	var rw sync.RWMutex
	var order []string
	var omu sync.Mutex
	note := func(s string) { omu.Lock(); order = append(order, s); omu.Unlock() }
	rw.RLock()
	done := make(chan bool)
	go func() {
		rw.Lock()
		note("writer")
		rw.Unlock()
		done <- true
	}()
	// wait (bounded) until the writer is queued: new readers are then refused
	blocked := false
	for i := 0; i < 1000 && !blocked; i++ {
		if rw.TryRLock() {
			rw.RUnlock()
			time.Sleep(time.Millisecond)
		} else {
			blocked = true
		}
	}
	fmt.Println("a waiting writer keeps new readers out:", blocked)
	go func() {
		rw.RLock()
		note("late reader")
		rw.RUnlock()
		done <- true
	}()
	time.Sleep(time.Millisecond)
	note("first reader leaves")
	rw.RUnlock()
	<-done
	<-done
	fmt.Println(order)
}
