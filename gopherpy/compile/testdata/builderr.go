package main

import "fmt"

func main() {
	x := 1
	var s string = 5
	fmt.Println(s)
}
