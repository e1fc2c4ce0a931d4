// Functions started by `go F(...)` that park on their own channel operations (gopherpy
// runs them as light goroutines through a generator twin): a pipeline, workers with
// select, a function declaring a type (not light), and a deadlock dump listing named
// functions parked in each way.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(out chan<- int, n int) {
	defer close(out)
	for i := 1; i <= n; i++ {
		out <- i
	}
}

func square(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		out <- v * v
	}
}

func worker(id int, jobs <-chan int, results chan<- string, quit <-chan bool) {
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				results <- fmt.Sprintf("worker %d done", id)
				return
			}
			results <- fmt.Sprintf("job %d", j*10)
		case <-quit:
			return
		}
	}
}

func typed(c chan int) {
	type pair struct{ a, b int }
	p := pair{2, 3}
	c <- p.a * p.b
}

func recvForever(c chan int) {
	v := <-c
	fmt.Println("never", v)
}

func sendForever(c chan int, v int) {
	c <- v
}

func selectForever(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func rangeForever(c chan int) {
	for range c {
	}
}

func main() {
	// parked until the deadlock at the end (started first: Go's dump lists goroutines
	// in the order their G structs were made, which is then the goid order)
	never := make(chan int)
	go recvForever(never)
	go sendForever(make(chan int), 1)
	go selectForever(never, make(chan int))
	go rangeForever(never)

	a, b := make(chan int), make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go producer(a, 10)
	go square(a, b, &wg)
	go square(a, b, &wg)
	go func() { wg.Wait(); close(b) }()
	s := 0
	for v := range b {
		s += v
	}
	fmt.Println("sum of squares", s)

	jobs, results, quit := make(chan int), make(chan string), make(chan bool)
	for i := 0; i < 3; i++ {
		go worker(i, jobs, results, quit)
	}
	go func() {
		for j := 1; j <= 6; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	var got []string
	for len(got) < 9 {
		got = append(got, <-results)
	}
	sort.Strings(got)
	fmt.Println(got)

	tc := make(chan int)
	go typed(tc)
	fmt.Println(<-tc)

	<-quit
}
