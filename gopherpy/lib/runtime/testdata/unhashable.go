package main

import "fmt"

type K struct{ a any }

func try(f func()) {
	defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
	f()
}

func main() {
	var nilm map[any]int
	m := map[any]int{}
	full := map[any]int{1: 1}
	var k any = []int{1}
	try(func() { _ = nilm[k] })
	try(func() { _, _ = m[k] })
	try(func() { delete(m, k) })
	try(func() { _ = full[k] })
	try(func() { delete(full, k) })
	try(func() { m[k] = 1 })
	try(func() { _ = m[func() {}] })
	try(func() { v, ok := m[map[int]int{}]; fmt.Println(v, ok) })
	try(func() { _ = m[1] })
}
