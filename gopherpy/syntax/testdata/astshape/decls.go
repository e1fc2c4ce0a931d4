//go:build linux || darwin

// Package shapes exercises every declaration form.
package shapes

import (
	"fmt" // line comment
	m "math"
	. "strings"
	_ "unsafe"
)

import "os"

// Group doc.
const (
	A, B = iota, iota * 2 // two
	C                     // three

	D int = 4
)

const E = 1 << 10

var (
	x, y int
	z    = []string{"a", `b`}
	w    map[string]*[]chan<- int
)

// T is generic.
type T[K comparable, V any, P *V, S ~[]V | []int] struct {
	a, b int `json:"a"` // field comment
	// doc for c
	c       func(int, ...string) (bool, error)
	*Embedded
	pkg.Other[K]
	fmt.Stringer
	m map[K]V
}

type (
	I interface {
		~int | ~string
		M(x int) (y int)
		fmt.Stringer
		N[T]
	}
	Alias    = map[string]int
	GAlias[P any] = []P
	Ch       <-chan <-chan int
	Fn       func() func() int
	Arr      [4][...]int
	Arr2     [N * 2]byte
)

func (t *T[K, V, P, S]) Get(k K) (v V, ok bool) {
	v, ok = t.m[k]
	return
}

func (T[_, _, _, _]) Blank() {}

func generic[A any, B interface{ ~int }](a A, b ...B) A { return a }

func noBody(int) string

func init() {}
