package main

var (
	a = 0x
	b = 0b102
	c = 09
	d = 1__0
	e = 0x1.0
	f = 1e
	g = 0o1.5
	h = 0b1e3
	i = 1p3
	j = 0_x1
	k = 0x_1
	l = 1_
)
func f() { x := }
