// Select forms as gc lowers them: operands evaluated once in source order (nil channels
// included), send and default cases, one-case selects as plain channel operations (the
// dump says "chan receive (nil chan)" at the case's line), range over a buffered channel.
package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int { trace = append(trace, "c"+name); return c }
func val(name string, v int) int         { trace = append(trace, "v"+name); return v }

func main() {
	a, b, c := make(chan int, 1), make(chan int, 1), make(chan int)
	var nilc chan int
	select {
	case ch("a", a) <- val("a", 1):
	case <-ch("n", nilc):
	case ch("b", b) <- val("b", 2):
	case <-ch("c", c):
	}
	fmt.Println(trace, len(a)+len(b))
	if len(a) == 1 { // the two sends were ready: either one ran
		<-a
	} else {
		<-b
	}
	b <- 2
	for i := 0; i < 3; i++ {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case v, ok := <-b:
			fmt.Println("b", v, ok)
		default:
			fmt.Println("default")
		}
	}
	d := make(chan string, 1)
	select {
	case d <- "one":
	}
	select {
	case s := <-d:
		fmt.Println(s)
	}
	close(d)
	select {
	case s, ok := <-d:
		fmt.Println(s == "", ok)
	}
	go func() { c <- 5 }()
	for v := range func() chan int { x := make(chan int, 3); x <- 1; x <- 2; close(x); return x }() {
		fmt.Println("range", v)
	}
	select {
	case <-c:
	}
	select {
	case <-nilc:
	}
}
