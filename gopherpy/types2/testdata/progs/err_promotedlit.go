// Struct literals may name promoted fields (go1.27; internal/poll's
// &splicePipe{rfd: fds[0], wfd: fds[1]}), but not a field together with a field that
// encloses it or that it encloses, nor fields reached through an embedded pointer.
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

type ptrEmbed struct {
	*fields
}

func main() {
	p := &pipe{rfd: 3, wfd: 4, data: 5}
	o := Outer{A: 1, C: 2, D: 3}
	fmt.Println(p.rfd, p.wfd, p.data, o.A, o.B, o.C, o.D)

	_ = Outer{A: 1, A: 2}
	_ = Outer{Inner: Inner{}, A: 1}
	_ = Outer{B: 1, Mid: Mid{}}
	_ = Outer{E: 1}
	_ = ptrEmbed{rfd: 1}
	_ = pipe{String: 1}
}

func (fields) String() string { return "" }
