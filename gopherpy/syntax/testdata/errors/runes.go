package main

var (
	a = ''
	b = 'ab'
	c = '\q'
	d = '\400'
	e = '\uD800'
	f = '\U00110000'
	g = '\xZZ'
	h = '\"'
)
func f() { x := }
'
w runes2 'package main

var a = 'a
var b = 1
var c = '