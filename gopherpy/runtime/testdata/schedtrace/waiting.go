// Run with GODEBUG=schedtrace=50,scheddetail=1: while main sleeps, the trace shows
// its goroutines parked with Go's wait reasons (test_fatal.py compares the lines'
// shapes and the user goroutines' states with the real toolchain's waiting.trace).
package main

import (
	"sync"
	"time"
)

func main() {
	c := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	go func() { <-c }()
	go func() { c <- 1; c <- 2 }()
	go func() { mu.Lock() }()
	wg.Add(1)
	go func() { wg.Wait() }()
	go func() { select {} }()
	time.Sleep(400 * time.Millisecond)
}
