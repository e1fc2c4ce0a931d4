package main

import "fmt"

var x int

func spin() {
	for {
		x++
	}
}

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	go spin() // runs first (runnext) and never blocks: only preemption lets the sender run
	<-c
	fmt.Println("main done")
}
