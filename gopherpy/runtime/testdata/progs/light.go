// Light goroutines (go func(){...}() literals with their own channel operations park
// by yielding in gopherpy): values, select, range, close, panics and recover, Goexit,
// calls that block (Mutex, WaitGroup, Sleep) in between, and the final deadlock dump
// listing goroutines parked in each way.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

type result struct {
	id  int
	sum int
}

func main() {
	// a pipeline of light stages
	src := make(chan int)
	sq := make(chan int, 2)
	out := make(chan result)
	go func() {
		for i := 1; i <= 10; i++ {
			src <- i
		}
		close(src)
	}()
	go func() {
		defer close(sq)
		for v := range src {
			sq <- v * v
		}
	}()
	go func() {
		s := 0
		for {
			v, ok := <-sq
			if !ok {
				break
			}
			s += v
		}
		out <- result{1, s}
	}()
	fmt.Println(<-out)

	// select with sends, receives and a timeout, in a light goroutine
	a, b := make(chan string), make(chan string)
	quit := make(chan struct{})
	got := make(chan []string)
	go func() {
		var seen []string
		for {
			select {
			case s := <-a:
				seen = append(seen, "a:"+s)
			case b <- "to-b":
				seen = append(seen, "sent b")
			case <-quit:
				got <- seen
				return
			case <-time.After(time.Hour):
				seen = append(seen, "timeout")
			}
		}
	}()
	a <- "x"
	fmt.Println(<-b)
	a <- "y"
	close(quit)
	fmt.Println(strings.Join(<-got, " "))

	// blocking calls that are not channel operations, between channel operations
	var mu sync.Mutex
	var wg sync.WaitGroup
	step := make(chan int)
	mu.Lock()
	wg.Add(1)
	go func() {
		v := <-step
		mu.Lock() // blocks: main holds it
		v += <-step
		mu.Unlock()
		time.Sleep(time.Millisecond)
		step <- v + 100
		wg.Done()
	}()
	step <- 1
	runtime.Gosched()
	mu.Unlock()
	step <- 2
	fmt.Println(<-step)
	wg.Wait()

	// recover and Goexit in light goroutines
	done := make(chan string)
	go func() {
		defer func() {
			done <- fmt.Sprint("recovered: ", recover())
		}()
		var c chan int
		close(c)
	}()
	fmt.Println(<-done)
	go func() {
		defer func() { done <- "deferred before Goexit" }()
		c := make(chan int, 1)
		c <- 1
		<-c
		runtime.Goexit()
	}()
	fmt.Println(<-done)
	go func() {
		c := make(chan int)
		close(c)
		v, ok := <-c
		done <- fmt.Sprint("closed: ", v, ok)
		defer func() { done <- fmt.Sprint(recover()) }()
		c <- 1
	}()
	fmt.Println(<-done)
	fmt.Println(<-done)

	// goroutines left parked in different ways, then a deadlock
	never := make(chan int)
	var nilc chan int
	go func() { <-never }()
	go func() { nilc <- 1 }()
	go func() {
		select {
		case <-never:
		case nilc <- 2:
		}
	}()
	go func() {
		for range never {
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	<-quit
	<-never
}
