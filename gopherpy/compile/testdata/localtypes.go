// Types declared inside functions: distinct per declaration and per instance of an
// enclosing generic function, named as gc names them (the enclosing function's type
// arguments first; numbered inside type-argument lists).
package main

import "fmt"

type G[T any] struct{}
type H[T, U any] struct{}

type Int int

func f() {
	type A int
	type B int
	{
		type C int
		fmt.Printf("%T %T %T\n", G[A]{}, G[B]{}, G[C]{})
	}
	func() {
		type D int
		fmt.Printf("%T\n", G[D]{})
	}()
	type E[X, Y any] int
	fmt.Printf("%T %T %T\n", G[E[int, A]]{}, E[B, string](0), H[A, *A]{})
	fmt.Printf("%T|%T|%T\n", G[[]A]{}, G[struct{ x A }]{}, G[func(A) A]{})
}

func g[P any]() interface{} {
	type A int
	type L[X any] struct{}
	fmt.Printf("%T %T %T %T %T\n", G[A]{}, A(0), L[A]{}, G[L[P]]{}, []A{})
	return L[int]{}
}

func loc() interface{} {
	type Int int
	return Int(0)
}

func loc2() interface{} {
	type Int int
	return Int(0)
}

func gi[A any]() (interface{}, interface{}) {
	type K struct{ a A }
	return K{}, G[A]{}
}

type S[T any] struct{}

func (S[T]) m() {
	type In int
	fmt.Printf("%T\n", In(0))
}

func main() {
	type M int
	fmt.Printf("%T\n", G[M]{})
	f()
	x1 := g[string]()
	x2 := g[M]()
	x3 := g[string]()
	fmt.Println(x1 == x2, x1 == x3)
	S[float64]{}.m()
	fmt.Println(loc() == loc2(), loc() == loc(), loc() == Int(0))
	a1, b1 := gi[Int]()
	a2, b2 := gi[M]()
	a3, b3 := gi[Int]()
	fmt.Println(a1 == a2, a1 == a3, b1 == b2, b1 == b3)
	fmt.Printf("%T %T %T %T\n", a1, a2, b1, b2)
}
