package main

import (
	"math/rand"
	r2 "math/rand/v2"
)

// float32 constants are rounded once: 1 + 2**-24 + 2**-80 is above the float32
// midpoint 1 + 2**-24 and rounds up (rounding to float64 first would make it a tie
// rounded down to 1)
const c float32 = 1 + 1.0/(1<<24) + 1.0/(1<<80)
const d = (c - 1) * (1 << 23)

var _ string = d

// two imported packages named rand: messages qualify their types by path
var _ int = rand.New(nil)
var _ int = r2.New(nil)

func init()

func g[T any](T)

func main() {}
