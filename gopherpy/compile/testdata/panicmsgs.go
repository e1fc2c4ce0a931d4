// Texts of runtime panics: slice bounds with negative indexes, assertions between
// types spelt alike, and results of a function with defers when a later right side
// of an assignment panics.
package main

import "fmt"

var X interface{}

type T struct{}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func F1() {
	type T struct{}
	X = T{}
}

func assertT() {
	type T struct{}
	_ = X.(T)
}

func named() (bad bool) {
	defer func() { recover() }()
	var p *int
	bad, _ = true, *p
	return
}

func unnamed() (bool, int) {
	defer func() { recover() }()
	var p *int
	return true, *p
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	str := "abc"
	neg, big, one := -1, 9876543210, 1
	try("s[neg:]", func() { _ = s[neg:] })
	try("s[:neg]", func() { _ = s[:neg] })
	try("s[neg:neg]", func() { _ = s[neg:neg] })
	try("s[one:neg]", func() { _ = s[one:neg] })
	try("s[::neg]", func() { _ = s[:1:neg] })
	try("s[:neg:]", func() { _ = s[:neg:3] })
	try("s[neg::]", func() { _ = s[neg:1:3] })
	try("s[:big:]", func() { _ = s[:big:3] })
	try("s[:big]", func() { _ = s[:big] })
	try("a[neg:]", func() { _ = a[neg:] })
	try("a[:neg]", func() { _ = a[:neg] })
	try("a[::big]", func() { _ = a[:1:big] })
	try("str[neg:]", func() { _ = str[neg:] })
	try("str[:neg]", func() { _ = str[:neg] })
	try("str[big:]", func() { _ = str[big:] })
	try("s[neg]", func() { _ = s[neg] })
	F1()
	try("assert", assertT)
	try("assert", func() { _ = X.(T) })
	fmt.Println(named())
	fmt.Println(unnamed())
}
