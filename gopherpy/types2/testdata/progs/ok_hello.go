package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r *Rect) Name() string  { return "rect" }

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }
func (l *List[T]) Len() int  { return len(l.items) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

const (
	A = iota
	B
	C
)

var global = map[string]int{"a": 1}

func main() {
	var s Shape = &Rect{2, 3}
	fmt.Println(s.Area(), s.Name())
	l := &List[int]{}
	l.Push(1)
	ys := Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	fmt.Println(ys, l.Len(), A, B, C, global["a"])
	counter := 0
	inc := func() { counter++ }
	inc()
	for i := range 10 {
		_ = i
	}
	if v, ok := global["x"]; ok {
		fmt.Println(v)
	}
	switch x := s.(type) {
	case *Rect:
		fmt.Println(x.W)
	}
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
	}
	defer func() { recover() }()
	m := max(1, 2.5)
	fmt.Printf("%v %d\n", m, len("abc"))
}
