// A value method called through a nil pointer reads *p: Go panics with a nil
// dereference even when the method never uses its receiver.
package main

import "fmt"

type T struct{ n int }

func (T) Name() string { return "T" }

func (t T) N() int { return t.n }

func (t *T) Ptr() string { return "ptr ok" }

type I interface{ Name() string }

func try(what string, f func()) {
	defer func() { fmt.Println(what, "->", recover()) }()
	f()
}

func main() {
	var p *T
	fmt.Println(p.Ptr())
	try("p.Name()", func() { fmt.Println(p.Name()) })
	try("p.N()", func() { fmt.Println(p.N()) })
	try("f := p.Name", func() { f := p.Name; fmt.Println(f()) })
	ps := []*T{{1}, nil}
	try("ps[0].N()", func() { fmt.Println(ps[0].N()) })
	try("ps[1].Name()", func() { fmt.Println(ps[1].Name()) })
	q := &T{7}
	fmt.Println(q.Name(), q.N())
	p.Name()
}
