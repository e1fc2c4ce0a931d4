package main

func worker(c chan int) {
	c <- 1
}

func sleeper() {
	var m chan int
	<-m
}

func main() {
	c := make(chan int)
	go worker(c)
	go sleeper()
	go func() { select {} }()
	<-c
	<-c
}
