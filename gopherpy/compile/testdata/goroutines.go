package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 9; a++ {
		sum += <-results
	}
	fmt.Println(sum)
	done := make(chan bool)
	go func() {
		defer close(done)
		fmt.Println("in goroutine")
	}()
	<-done
	select {
	case v, ok := <-done:
		fmt.Println("closed", v, ok)
	default:
		fmt.Println("default")
	}
	var ch chan int
	ch2 := make(chan int)
	go func() { ch2 <- 1 }()
	select {
	case <-ch:
	case x := <-ch2:
		fmt.Println("got", x)
	}
	c := make(chan int)
	c <- 1
}
