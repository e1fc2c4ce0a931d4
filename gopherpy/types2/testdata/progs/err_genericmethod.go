// Generic methods (go1.27; math/rand/v2's func (r *Rand) N[Int intType](n Int) Int):
// declarations, calls with explicit and inferred type arguments, method values and
// expressions, methods with type parameters on generic types, and gc's messages.
package main

import "fmt"

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Rand struct{ n uint64 }

func (r *Rand) N[Int intType](n Int) Int {
	r.n++
	return Int(r.n % uint64(n))
}

func N[Int intType](n Int) Int {
	var r Rand
	return r.N(n)
}

type Box[T any] struct{ v T }

func (b Box[T]) Map[U any](f func(T) U) Box[U] { return Box[U]{f(b.v)} }

func (b *Box[T]) Set[P ~*T](p P) { b.v = *p }

type List struct{ xs []int }

func (l List) Fold[A any](a A, f func(A, int) A) A {
	for _, x := range l.xs {
		a = f(a, x)
	}
	return a
}

type Stringer interface{ String() string }

type G struct{}

func (G) String[T any]() string { return "" }

func main() {
	var r Rand
	a := r.N(10)
	b := r.N[int64](7)
	c := N[uint8](3)
	fmt.Println(a, b, c)

	box := Box[int]{21}
	s := box.Map(func(x int) string { return fmt.Sprint(x * 2) })
	fmt.Println(s.v)
	x := 5
	box.Set(&x)
	pb := &box
	pb.Set[*int](&x)

	l := List{[]int{1, 2, 3}}
	sum := l.Fold(0, func(a, x int) int { return a + x })
	strs := l.Fold[[]string](nil, func(a []string, x int) []string { return append(a, fmt.Sprint(x)) })
	fmt.Println(sum, strs)

	f := r.N[int]
	g := (*Rand).N[int32]
	h := List.Fold[float64]
	fmt.Println(f(3), g(&r, 4), h(l, 0.5, func(a float64, x int) float64 { return a + float64(x) }))

	// errors
	_ = r.N
	_ = r.N("x")
	_ = r.N[int, int](1)
	var _ Stringer = G{}
	_ = box.Map(3)
	_ = r.N[string]
}
