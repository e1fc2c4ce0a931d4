package main

//go:noinline
var x = 1

func f() { x := 1 //go:noinline
	_ = x }

//go:nowritebarrier
func g() {}

//go:cgo_ldflag "-lm"

//go:linkname
func h() {
	//go:noinline
	y := 2
	_ = y
}

func k() {
	y := )
}
