// Package sub is a package of module example.com/m whose functions report their own
// names: gc names them by import path, example.com/m/sub.F.
package sub

import "runtime"

// Caller is the name of the function skip frames above Caller's caller.
func Caller(skip int) string {
	pc, _, _, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return runtime.FuncForPC(pc).Name()
}

type T struct{ n int }

//go:noinline
func F() string { return Caller(0) }

//go:noinline
func (t *T) P() string { return Caller(0) }

//go:noinline
func (t T) V() string { return Caller(0) }

//go:noinline
func G[E any](x E) string { return Caller(0) }

type Box[E any] struct{ v E }

//go:noinline
func (b *Box[E]) Get() string { return Caller(0) }

// Closure's literal is called through a function value gc does not inline.
func Closure() string { return call(func() string { return Caller(0) + " < " + Caller(1) }) }

//go:noinline
func call(f func() string) string { return f() }

// Each calls f from a closure of its own (a callback in another package).
func Each(f func() string) string { return call(func() string { return f() }) }

var InitName string

func init() {
	InitName = Caller(0)
}
