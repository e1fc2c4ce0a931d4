package main

import "fmt"

func main() {
	s := "x"
	fmt.Printf(s)
	fmt.Printf("%d\n", s)
}
