// Generic methods (go1.27): each instantiation is compiled as its own copy, so the
// method's type parameters are known at run time (zero values, %T, conversions).
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Pair[U any](u U) string {
	var z U
	return fmt.Sprintf("%T %T %v %v", b.v, z, b.v, u)
}

type R struct{}

func (R) Make[T any]() []T { return make([]T, 2) }

func (r *R) Conv[T ~int | ~float64](x int) T { return T(x) / 2 }

func main1() {
	fmt.Println(Box[int]{3}.Pair("s"))
	fmt.Println(Box[string]{"a"}.Pair[float64](1.5))
	var r R
	fmt.Printf("%T %v\n", r.Make[string](), r.Make[int]())
	fmt.Println(r.Conv[float64](3), r.Conv[int](3))
	f := Box[bool]{true}.Pair[int8]
	fmt.Println(f(7))
}

type MyInt int

func (m MyInt) Conv[T ~int64 | ~float64]() T { return T(m) * 2 }

func (m *MyInt) Add[T ~int | ~int8](d T) { *m += MyInt(d) }

type Vec[E any] []E

func (v Vec[E]) MapTo[F any](f func(E) F) Vec[F] {
	out := make(Vec[F], 0, len(v))
	for _, x := range v {
		out = append(out, f(x))
	}
	return out
}

type Inner2 struct{ k int }

func (i *Inner2) Get[T any](def T) (T, int) { i.k++; return def, i.k }

type Outer struct {
	Inner2
	name string
}

func main2() {
	m := MyInt(5)
	fmt.Println(m.Conv[float64](), m.Conv[int64]())
	m.Add(int8(3))
	m.Add[int](2)
	fmt.Println(m)
	add := m.Add[int]
	add(10)
	fmt.Println(m)
	conv := MyInt.Conv[float64]
	fmt.Println(conv(7))
	v := Vec[int]{1, 2, 3}
	s := v.MapTo(func(x int) string { return fmt.Sprint(x, "!") })
	fmt.Printf("%v %T\n", s, s)
	var o Outer
	a, k := o.Get("x")
	b, k2 := o.Get[float32](1.5)
	fmt.Println(a, k, b, k2, o.k)
	g := o.Get[int]
	fmt.Println(g(9))
}

// Generic methods (go1.27; math/rand/v2's func (r *Rand) N[Int intType](n Int) Int):
// declarations, calls with explicit and inferred type arguments, method values and
// expressions, methods with type parameters on generic types, and gc's messages.

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

type Box2[T any] struct{ v T }

func (b Box2[T]) Map[U any](f func(T) U) Box2[U] { return Box2[U]{f(b.v)} }

func (b *Box2[T]) Set[P ~*T](p P) { b.v = *p }

type List struct{ xs []int }

func (l List) Fold[A any](a A, f func(A, int) A) A {
	for _, x := range l.xs {
		a = f(a, x)
	}
	return a
}

func main3() {
	var r Rand
	a := r.N(10)
	b := r.N[int64](7)
	c := N[uint8](3)
	fmt.Println(a, b, c)

	box := Box2[int]{21}
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

}

func main() {
	main1()
	main2()
	main3()
}
