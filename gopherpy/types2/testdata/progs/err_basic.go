package main

import (
	"fmt"
	"os"
)

type T struct{ x int }

func f() int {
	for {
	}
}

func g(a int) int {
	if a > 0 {
		return 1
	}
}

func main() {
	x := 1
	var s string = x
	var b byte = 300
	y := undefinedThing
	var t T
	t.y = 3
	fmt.Println("a" + 1)
	fmt.Println(1 + "a", s, b, y)
	z, w := 1
	var i interface{ M() } = t
	_ = i
	const c = 10 / 0
	fmt.Printf("%d", len(5))
}
