package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	fmt.Println(depth(10000))
	old := debug.SetMaxStack(1 << 20)
	fmt.Println("old limit", old)
	fmt.Println(depth(100))
	fmt.Println(forever(0))
}
