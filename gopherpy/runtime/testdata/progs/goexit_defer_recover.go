package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			fmt.Println("recover during Goexit:", recover())
		}()
		runtime.Goexit()
	}()
	<-done
	go func() {
		panic(fmt.Sprintf("worker %d failed", 7))
	}()
	select {}
}
