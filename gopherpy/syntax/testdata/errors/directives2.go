package main

//go:noinline
var (
	a = 1
)

//go:nosplit
//go:uintptrkeepalive
func f() {
	_ = a
}

var b = )
//go:norace
