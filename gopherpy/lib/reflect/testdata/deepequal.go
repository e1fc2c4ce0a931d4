// DeepEqual: every kind, nil versus empty, NaN, cycles, unexported fields, interfaces.
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Node struct {
	V    int
	Next *Node
	kids []*Node
	m    map[string]any
}

type Alias []int

func main() {
	zero := 0.0
	nan := zero / zero
	a := &Node{V: 1}
	a.Next = a
	b := &Node{V: 1}
	b.Next = b
	c := &Node{V: 2}
	c.Next = c
	f := func() {}
	var nilf func()
	err1, err2 := errors.New("x"), errors.New("x")
	shared := []int{1, 2}
	m1 := map[string][]int{"a": {1}}
	cases := []struct {
		name string
		x, y any
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"strings", "a", "a"},
		{"nil nil", nil, nil},
		{"nil vs value", nil, 0},
		{"nil slice vs empty", []int(nil), []int{}},
		{"slices", []int{1, 2, 3}, []int{1, 2, 3}},
		{"slices differ", []int{1, 2, 3}, []int{1, 2, 4}},
		{"same backing", shared, shared[:2]},
		{"byte slices", []byte("abc"), []byte("abc")},
		{"named slice", Alias{1}, []int{1}},
		{"arrays", [3]string{"a"}, [3]string{"a"}},
		{"nan", nan, nan},
		{"nan slice", []float64{nan}, []float64{nan}},
		{"nan array", [1]float64{nan}, [1]float64{nan}},
		{"maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}},
		{"maps differ", map[string]int{"a": 1}, map[string]int{"a": 2}},
		{"map nil vs empty", map[int]int(nil), map[int]int{}},
		{"nan key", map[float64]int{nan: 1}, map[float64]int{nan: 1}},
		{"same map", m1, m1},
		{"cycles", a, b},
		{"cycles differ", a, c},
		{"pointers to equal", &[]int{1}, &[]int{1}},
		{"structs unexported", Node{V: 1, kids: []*Node{{V: 2}}}, Node{V: 1, kids: []*Node{{V: 2}}}},
		{"structs map field", Node{m: map[string]any{"x": []int{1}}}, Node{m: map[string]any{"x": []int{1}}}},
		{"structs map field differ", Node{m: map[string]any{"x": []int{1}}}, Node{m: map[string]any{"x": []int64{1}}}},
		{"funcs nil", nilf, nilf},
		{"funcs", f, f},
		{"errors", err1, err2},
		{"same error", err1, err1},
		{"interfaces in slices", []any{1, "a", nil}, []any{1, "a", nil}},
		{"interfaces differ", []any{1}, []any{1.0}},
		{"nested", map[string][]map[int]bool{"k": {{1: true}}}, map[string][]map[int]bool{"k": {{1: true}}}},
		{"chan", make(chan int), make(chan int)},
		{"complex", 1 + 2i, 1 + 2i},
		{"empty structs", struct{}{}, struct{}{}},
	}
	for _, tc := range cases {
		fmt.Printf("%-26s %v\n", tc.name, reflect.DeepEqual(tc.x, tc.y))
	}
	fmt.Println(reflect.DeepEqual(reflect.TypeOf(1), reflect.TypeOf(2)),
		reflect.DeepEqual(reflect.TypeOf(1), reflect.TypeOf("")))
}
