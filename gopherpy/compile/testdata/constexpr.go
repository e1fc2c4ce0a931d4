// Constant operands spelt as untyped floats or complex numbers, named types declared
// through a chain that passes a type still being declared, and counting loops whose
// bound is the type's maximum.
package main

import (
	"fmt"
	"math"
)

type T1 struct {
	Next *T2
}

type T2 T1

type A struct{ b *B }
type B C
type C D
type D A

func shifts() {
	var x int = 1
	fmt.Println(x<<1., x<<(1+0i), x<<0i, x>>(1.+0i))
	fmt.Println(x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
	const M = math.MaxUint
	fmt.Println(x<<(M+0), x<<(M+0.), x<<(M+0.+0i))
	y := 3
	y <<= 2.
	y >>= 1 + 0i
	fmt.Println(y)
}

func loops(n8 int8, n int64) {
	c := 0
	for i := int8(120); i <= n8; i++ {
		c++
		if c > 10 {
			fmt.Println("int8 counter wrapped to", i, i+1)
			break
		}
	}
	for i := int64(math.MaxInt64) - 1; i <= math.MaxInt64; i++ {
		if i < 0 {
			fmt.Println("int64 counter wrapped to", i)
			break
		}
		fmt.Println(i)
	}
	for i := n - 2; i <= n; i++ {
		if i < 0 {
			fmt.Println("wrapped to", i)
			break
		}
		fmt.Println(i)
	}
	var u uint8 = 255
	c = 0
	for i := uint8(250); i <= u; i++ {
		c++
		if c > 8 {
			fmt.Println("uint8 counter wrapped to", i)
			break
		}
	}
	m := 4
	for i := 0; i <= m; i++ {
		fmt.Print(i, i+1, " ")
	}
	fmt.Println()
}

func main() {
	t := &T1{&T2{}}
	fmt.Println(t.Next != nil, t.Next.Next == nil)
	a := &A{&B{&B{}}}
	fmt.Printf("%T %T\n", a.b, a.b.b)
	shifts()
	loops(math.MaxInt8, math.MaxInt64)
}
