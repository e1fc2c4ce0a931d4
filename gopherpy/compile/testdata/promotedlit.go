// Struct literals naming promoted fields (go1.27): the embedded structs are built on
// the way, values are evaluated in source order.
package main

import "fmt"

type fields struct {
	rfd, wfd int
}

type pipe struct {
	fields
	data int
}

type Inner struct{ A, B int }

type Mid struct {
	Inner
	C int
}

type Outer struct {
	Mid
	D int
}

var trace []string

func v(s string, n int) int {
	trace = append(trace, s)
	return n
}

func main() {
	p := &pipe{rfd: 3, wfd: 4, data: 5}
	fmt.Println(p.rfd, p.wfd, p.data, *p)
	o := Outer{B: v("B", 1), D: v("D", 2), A: v("A", 3), C: v("C", 4)}
	fmt.Println(o, trace)
	q := []pipe{{wfd: 9}, {data: 1, rfd: 2}}
	fmt.Printf("%+v\n", q)
}
