package main

import "fmt"

func f(n int) int {
	i := 0
	s := 0
loop:
	if i < n {
		s += i
		i++
		goto loop
	}
	return s
}

func g(x int) string {
	if x > 5 {
		goto big
	}
	for j := 0; j < 3; j++ {
		if j == x {
			goto found
		}
	}
	return "none"
found:
	return "found"
big:
	return "big"
}

func main() {
	fmt.Println(f(10), g(1), g(4), g(9))
	k := 0
again:
	k++
	if k < 3 {
		goto again
	}
	fmt.Println(k)
}
