// The String of many type descriptors (what %T prints), and of generic instances.
package main

import (
	"fmt"
	"reflect"
)

type T struct{ A int }
type G[K comparable, V any] struct {
	m map[K]V
}
type L[E any] []E
type I interface {
	M(int) (string, error)
	n()
}

func (G[K, V]) Len() int { return 0 }

func main() {
	xs := []any{
		struct{ *T }{},
		struct {
			T
			b []*T
			C map[string]struct{ X, Y float32 }
		}{},
		struct {
			A int `json:"a"`
		}{},
		(*I)(nil),
		(*interface{ fmt.Stringer })(nil),
		(*interface {
			fmt.Stringer
			Z() []byte
		})(nil),
		func(int, ...string) {},
		func(a, b int) (x int, err error) { return },
		func() func() int { return nil },
		func(func(int) bool) {},
		make(chan (<-chan int)),
		make(chan<- chan int),
		make(<-chan <-chan int),
		[2][]map[int]*[3]bool{},
		G[string, []int]{},
		&G[int, T]{},
		L[L[int]]{},
		map[T]G[T, T]{},
		[]error{},
		new(error),
		complex64(0),
	}
	for _, x := range xs {
		t := reflect.TypeOf(x)
		fmt.Printf("%v | %T | name=%q | kind=%v\n", t, x, t.Name(), t.Kind())
	}
	g := reflect.TypeOf(G[string, []int]{})
	fmt.Println(g.NumMethod(), g.Method(0).Name, g.Method(0).Type, g.Field(0).Type, g.PkgPath())
	it := reflect.TypeOf((*I)(nil)).Elem()
	for i := 0; i < it.NumMethod(); i++ {
		m := it.Method(i)
		fmt.Println(m.Name, m.PkgPath, m.Type, m.Index, m.IsExported())
	}
	m, ok := it.MethodByName("n")
	fmt.Println(m.Name, ok)
}
