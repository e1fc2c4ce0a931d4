package main

type T[P] int
type U[P any, Q] int
func f[]() {}
type I interface {
	m[P any]()
}
var f = func[T any]() {}
