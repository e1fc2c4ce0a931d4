package main

import "fmt"

type P struct{ X int }

func main() {
	a, b := &P{1}, &P{1}
	m := map[*P]int{a: 1}
	m[b] = 2
	fmt.Println(len(m), m[a], m[b])
	for k, v := range m {
		if k == a && v != 1 || k == b && v != 2 {
			panic("bad")
		}
	}
	mi := map[interface{}]int{a: 1, b: 2, P{1}: 3}
	fmt.Println(len(mi), mi[a], mi[P{1}])
}
