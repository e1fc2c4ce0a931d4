package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	c := make(chan int)
	done := make(chan int, 10)
	for i := 0; i < 4; i++ {
		go func(i int) {
			v, ok := <-c
			fmt.Println("recv", i, v, ok)
			done <- i
		}(i)
	}
	runtime.Gosched()
	close(c)
	for i := 0; i < 4; i++ {
		<-done
	}
	b := make(chan int, 2)
	for i := 0; i < 3; i++ {
		go func(i int) {
			b <- i
			fmt.Println("sent", i)
		}(i)
	}
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		fmt.Println("got", <-b)
	}
	runtime.Gosched()
	u := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { u <- i }(i)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("u", <-u)
	}
}
