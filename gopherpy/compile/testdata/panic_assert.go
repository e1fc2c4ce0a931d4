package main

import "fmt"

func main() {
	var x interface{} = "s"
	fmt.Println(x.(int))
}
