// var declarations of several variables from one multi-valued expression (into
// interface types too), complex map keys with NaN parts, and &*p of a nil pointer.
package main

import (
	"fmt"
	"math"
)

func two(x []int) ([]int, []int) { return x, x }

func pair() (int, string) { return 5, "five" }

type T struct{ a int }

var pi, ps interface{} = pair()

func main() {
	s := []int{1, 2}
	var h, _ interface{} = two(s)
	fmt.Println(h.([]int)[1])
	var a, b interface{} = two(s)
	fmt.Printf("%v %v %T\n", a, b, b)
	fmt.Printf("%T %T\n", pi, ps)
	m := map[string]int{"a": 1}
	var v, ok interface{} = m["a"]
	fmt.Printf("%v %v %T\n", v, ok, v)
	var x interface{} = 3
	var n, ok2 interface{} = x.(int)
	fmt.Println(n, ok2)
	c := make(chan T, 1)
	c <- T{4}
	var r, ok3 interface{} = <-c
	fmt.Printf("%v %v %T\n", r, ok3, r)
	var p, q = pair()
	var e1, e2 error
	fmt.Println(p, q, e1, e2)
	fn := func() { fmt.Println(p, q) }
	p++
	fn()

	nan := math.NaN()
	cm := map[complex128]string{complex(1, nan): "a", complex(nan, 1): "b", 0: "zero"}
	cm[complex(1, nan)] = "c"
	_, found := cm[complex(1, nan)]
	fmt.Println(len(cm), found, cm[complex(0, math.Copysign(0, -1))])
	var c64 = map[complex64]int{complex(float32(nan), 0): 1}
	c64[complex(float32(nan), 0)] = 2
	fmt.Println(len(c64))

	defer func() { fmt.Println("recovered:", recover()) }()
	var ip *int
	fmt.Println(&*ip)
}
