// gopherpy-test: faketime

package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string)
	for _, d := range []int{3, 1, 2} {
		go func() {
			time.Sleep(time.Duration(d) * 20 * time.Millisecond)
			done <- fmt.Sprint("slept ", d)
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-done)
	}
	fmt.Println("elapsed >= 60ms:", time.Since(start) >= 60*time.Millisecond)

	c := make(chan int)
	select {
	case <-c:
		fmt.Println("impossible")
	case t := <-time.After(10 * time.Millisecond):
		fmt.Println("timeout", t.After(start))
	}

	fired := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { fired <- true })
	fmt.Println("afterfunc", <-fired)

	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker reset")

	tm := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", tm.Reset(5*time.Millisecond))
	<-tm.C
	fmt.Println("fired after reset; stop:", tm.Stop())

	tick := time.Tick(5 * time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick twice", time.Tick(0) == nil)

	deadline := time.Now().Add(30 * time.Millisecond)
	fmt.Println("until > 0:", time.Until(deadline) > 0)
	var zero time.Timer
	defer func() { fmt.Println("recovered:", recover()) }()
	zero.Stop()
}
