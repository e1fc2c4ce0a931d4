package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	c := make(chan int, 3)
	go producer(10, c)
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println("sum", sum, len(c), cap(c))
	v, ok := <-c
	fmt.Println("closed recv", v, ok)

	u := make(chan string)
	done := make(chan struct{})
	go func() {
		for s := range u {
			fmt.Println("got", s)
		}
		close(done)
	}()
	for _, s := range []string{"a", "b", "c"} {
		u <- s
	}
	close(u)
	<-done

	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil chan not ready")
	}
	b := make(chan int, 1)
	select {
	case b <- 1:
		fmt.Println("sent to buffer")
	default:
		fmt.Println("full")
	}
	select {
	case b <- 2:
		fmt.Println("sent again")
	default:
		fmt.Println("full now", len(b))
	}
	results := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) { results <- i * i }(i)
	}
	total := 0
	for i := 0; i < 5; i++ {
		total += <-results
	}
	fmt.Println("squares", total)
}
