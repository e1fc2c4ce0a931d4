package main

var (
	a = "abc
	b = "\\q"
	c = "\\'"
	d = "\\u12"
)
func f() { x := }
