package main

func waiter(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	go waiter(a, b)
	var c chan string
	c <- "x"
}
