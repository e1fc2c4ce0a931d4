package p

import "fmt"

var x = 1

import "os"

func f()
{
}

type T[P] int

type U[] int

func h[]() {}

type I interface {
	m[T any]()
}

type S struct {
	(E)
	*(F)
}

func v(a ...int, b int) {}

var _ = func[T any]() {}
