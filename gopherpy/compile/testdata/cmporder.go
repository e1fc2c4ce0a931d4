// gc's evaluation order where it decides which panic comes first: interface
// comparisons evaluate their right operand first, built-ins over operands that can
// panic are evaluated before the loads preceding them, and statements inside function
// literals are ordered like any others.
package main

import "fmt"

type E struct{ a, b int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

var g = 1

func bump() int { g++; return 10 }

func main() {
	x := 1
	f := func() int { x = 2; return 3 }
	func() {
		fmt.Println(x, f())
		fmt.Println(g, bump(), g)
		y := g + bump()
		fmt.Println(y)
	}()

	var l *interface{}
	var r []*int
	var s []interface{}
	var e interface{} = 1
	var pe *E
	var es []E
	var pi *int
	var ps *string
	try("iface==conc", func() { _ = *l == r[0] })
	try("conc==iface", func() { _ = r[0] == *l })
	try("iface==iface", func() { _ = *l == s[0] })
	try("iface!=iface", func() { _ = *l != s[0] })
	try("e==*pi", func() { _ = e == *pi || *l == nil })
	try("*pi==e", func() { _ = *pi == s[0] })
	try("struct", func() { _ = *pe == es[0] })
	try("int", func() { _ = *pi == len(es[1:]) })
	try("string", func() { _ = *ps == string(rune(es[0].a)) })
	try("lt", func() { _ = *pi < es[0].a })
	try("assert", func() { _ = e.(string) == *l })
	try("assert2", func() { _ = *l == e.(string) })
}
