// Type inference: core types of constraints (S ~[]E passed to []E, as slices.Insert
// calls rotateRight), recursive calls, generic function arguments, reverse inference
// from an assignment's function type, partial instantiation, and gc's messages when
// inference fails.
package main

import "fmt"

func rotateLeft[E any](s []E, r int) {
	if r > 0 {
		rotateLeft(s, r-1) // recursive: P of the call is not the P being inferred
	}
}

func rotateRight[E any](s []E, r int) { rotateLeft(s, len(s)-r) }

func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	rotateRight(s[i:], 1)
	return append(s, v...)
}

type Ints []int

func asType[E error](err error, ppe **E) (_ E, _ bool) {
	var e E
	return e, false
}

func AsType[E error](err error) (E, bool) {
	var pe *E
	return asType(err, &pe)
}

type myErr struct{}

func (myErr) Error() string { return "" }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Itoa[T any](x T) string { return fmt.Sprint(x) }

func Apply[T any](x T, f func(T) T) T { return f(x) }

func Double[N ~int | ~float64](n N) N { return n * 2 }

func Pair[A, B any](a A, b B) (A, B) { return a, b }

func Ptr[P ~*E, E any](p P) E { return *p }

func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	s := Insert(Ints{1, 2}, 1, 3)
	_ = s
	_, _ = AsType[myErr](nil)
	_ = Map([]int{1, 2}, Itoa[int])
	_ = Map([]int{1, 2}, Itoa)
	_ = Apply(2.5, Double)
	var f func(int) int = Double
	_ = f
	var g func(float64, string) (float64, string) = Pair[float64]
	_ = g
	x := 3
	_ = Ptr(&x)
	_ = Keys(map[string]bool{})
	_ = Max(1, 2.5)
	_ = Max(1, 2)

	// errors
	_ = Zero()
	_ = Map([]int{1}, 3)
	_ = Pair[int, string, bool]
	_ = Max(1, "a")
	_ = Apply("s", Double)
	var h func(string) string = Double
	_ = h
	_ = Keys(3)
}
