package main

var (
	a = 08.5
	b = 0x1p
	c = .5e+
	d = 1_000.000_1
	e = 0o
	f = 0b
	g = 0xg
	h = 0x.p1
	i = 0_8
)
func f() { x := }
