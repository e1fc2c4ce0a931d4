// Leaf functions whose body is one numeric expression are inlined at their calls
// (call.inline_call); the results must be those of the calls.
package main

import (
	"fmt"
	"math"
)

func a(i, j int) float64 { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }

func half(x int) int { return x / 2 }

func rem(x int8) int8 { return x % 3 }

func wrap(x int32) int32 { return x*x + 7 }

func shift(x uint8) uint8 { return x<<3 | x>>5 }

func fdiv(x, y float64) float64 { return x / y }

func neg(b bool) bool { return !b }

func less(x, y float32) bool { return x < y }

func conv(f float64) int64 { return int64(f) * 3 }

func u32(x uint32) uint32 { return ^x + 1 }

//go:noinline
func kept(x int) int { return x * 3 }

func divide(x, y int) int { return x / y } // may panic: not inlined

func main() {
	i := 3
	for j := range 3 {
		fmt.Println(a(i, j), a(j, i))
	}
	for _, x := range []int{-7, -1, 0, 1, 7, math.MaxInt64, math.MinInt64} {
		fmt.Println(half(x), rem(int8(x)), wrap(int32(x)), shift(uint8(x)), u32(uint32(x)))
	}
	zero := 0.0
	fmt.Println(fdiv(1, zero), fdiv(-1, zero), math.IsNaN(fdiv(zero, zero)), fdiv(7, 2))
	fmt.Println(neg(true), less(1.5, 2.5), conv(2.75), conv(-2.75), kept(5))
	const c = 12
	fmt.Println(half(c), a(2, 1), wrap(1<<20))
	var x int = 10
	f := half
	defer fmt.Println("deferred", half(x))
	defer half(x)
	go half(x)
	fmt.Println(f(x), func() int { return half(x) }())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(divide(x, 0))
}
