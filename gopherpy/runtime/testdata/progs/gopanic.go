package main

func boom(c chan int) {
	<-c
	panic("boom in goroutine")
}

func main() {
	c := make(chan int)
	go boom(c)
	c <- 1
	select {}
}
