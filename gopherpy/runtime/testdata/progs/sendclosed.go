package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	defer func() {
		fmt.Println("recovered:", recover())
		var d chan int
		close(d)
	}()
	c <- 1
}
