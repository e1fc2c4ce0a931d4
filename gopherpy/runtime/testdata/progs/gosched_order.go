package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func(i int) {
			for j := 0; j < 3; j++ {
				fmt.Println("g", i, j)
				runtime.Gosched()
			}
			done <- true
		}(i)
	}
	for i := 0; i < 5; i++ {
		<-done
	}
}
