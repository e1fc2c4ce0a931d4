package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("other goroutine still runs")
	}()
	defer fmt.Println("deferred in main runs")
	defer close(done)
	runtime.Goexit()
	fmt.Println("not reached")
}
