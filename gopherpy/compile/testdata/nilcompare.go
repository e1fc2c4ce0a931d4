// Comparisons with nil of every kind that has one, in expressions and as switch
// cases, where the checker gives nil the other operand's type: an empty map or slice
// is not nil.
package main

import "fmt"

type M map[string]int

func main() {
	var nm map[int]int
	em := make(map[int]int)
	lit := M{}
	var ns []int
	es := []int{}
	var nf func()
	ef := func() {}
	var nc chan int
	ec := make(chan int)
	var np *int
	ep := new(int)
	var ni any
	var ei any = 0
	fmt.Println(nm == nil, em == nil, lit == nil, nil == em, em != nil, nil != nm)
	fmt.Println(ns == nil, es == nil, nil != es)
	fmt.Println(nf == nil, ef == nil, nc == nil, ec == nil, np == nil, ep == nil, ni == nil, ei == nil)

	for _, m := range []map[int]int{nm, em, {1: 2}} {
		switch m {
		case nil:
			fmt.Println("map: nil")
		default:
			fmt.Println("map: len", len(m))
		}
	}
	switch m := make(map[int]int); m {
	case nil:
		fmt.Println("made map is nil")
	default:
		fmt.Println("made map is not nil")
	}
	for _, s := range [][]int{ns, es} {
		switch s {
		case nil:
			fmt.Println("slice: nil")
		default:
			fmt.Println("slice: not nil, len", len(s))
		}
	}
	for _, x := range []any{nm, em, ns, es, nil} {
		switch v := x.(type) {
		case map[int]int:
			fmt.Println("any map, nil:", v == nil)
		case []int:
			fmt.Println("any slice, nil:", v == nil)
		case nil:
			fmt.Println("nil interface")
		}
	}
}
