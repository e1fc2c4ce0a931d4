package main

import "fmt"

func f(s string, v int) int { fmt.Println("eval", s); return v }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, recover()) }()
	fn()
}

func main() {
	var x []int
	i, j := 0, -1
	try("swap", func() { x[i], x[j] = x[j], x[i] })
	try("swap2", func() { x[j], x[i] = x[i], x[j] })
	try("calls", func() { x[i], x[j] = f("a", 1), f("b", 2) })
	try("single", func() { x[i] = f("c", 3) })
	m := map[int]int{}
	try("map", func() { m[1], x[i] = f("d", 1), f("e", 2) })
	fmt.Println(len(m))
	y := []int{1}
	try("rhs", func() { y[0], x[i] = x[j], 5 })
	fmt.Println(y)
	try("op", func() { x[i] += f("g", 1) })
	var p *int
	try("deref", func() { *p = f("h", 1) })
	try("deref2", func() { m[5], *p = f("k", 1), 2 })
	fmt.Println(len(m))
}
