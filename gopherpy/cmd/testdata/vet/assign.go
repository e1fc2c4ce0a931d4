// Cases of the assign analyzer: self-assignments.
package main

import "fmt"

type P struct{ x, y int }

func f() int { return 1 }

func main() {
	a, b := 1, 2
	var s []int = []int{1, 2}
	m := map[string]int{}
	var p P
	a = a
	a, b = a, b
	a, b = b, a
	b, a = b, 3
	p.x = p.x
	s[0] = s[0]
	s[f()] = s[f()]
	m["k"] = m["k"]
	p.y = p.x
	a = (a)
	*&a = *&a
	a += a
	c := a
	fmt.Println(a, b, c, s, m, p)
}
