package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	var t []int
	for i := 0; i < 10; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println(t)
	u := []int{}
	u = append(u, 1)
	fmt.Println(cap(u))
	b := []byte{}
	b = append(b, 'a')
	fmt.Println(cap(b))
}
