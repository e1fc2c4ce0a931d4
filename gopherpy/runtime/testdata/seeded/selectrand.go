package main

import "fmt"

func main() {
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	s := ""
	for i := 0; i < 60; i++ {
		select {
		case <-a:
			s += "a"
		case <-b:
			s += "b"
		}
	}
	fmt.Println(s)
}
