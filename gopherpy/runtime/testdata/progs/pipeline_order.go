package main

import (
	"fmt"
	"runtime"
)

func stage(name string, in <-chan int, out chan<- int) {
	for v := range in {
		fmt.Println(name, v)
		out <- v + 1
	}
	close(out)
}

func main() {
	runtime.GOMAXPROCS(1)
	a := make(chan int, 2)
	b := make(chan int)
	c := make(chan int, 1)
	go stage("s1", a, b)
	go stage("s2", b, c)
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Println("gen", i)
			a <- i * 10
		}
		close(a)
	}()
	for v := range c {
		fmt.Println("main", v)
	}
	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		quit <- true
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}
}
