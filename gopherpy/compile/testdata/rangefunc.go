package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
	}
}

func pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func nothing(yield func() bool) {
	yield()
	yield()
}

func find(xs []string, w string) (idx int) {
	for i, s := range pairs(xs) {
		if s == w {
			return i
		}
	}
	return -1
}

func findDefer(xs []string, w string) (idx int, err error) {
	defer func() { fmt.Println("  deferred, idx =", idx) }()
	for i, s := range pairs(xs) {
		defer fmt.Println("  body defer", i)
		if s == w {
			return i, nil
		}
	}
	return -1, fmt.Errorf("no %s", w)
}

type Seq[V any] func(yield func(V) bool)

func Filter[V any](s Seq[V], f func(V) bool) Seq[V] {
	return func(yield func(V) bool) {
		for v := range s {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	for i := range count(3) {
		fmt.Println(i)
	}
	for i := range count(10) {
		if i == 2 {
			continue
		}
		if i == 4 {
			break
		}
		fmt.Println("b", i)
	}
	n := 0
	for range nothing {
		n++
	}
	fmt.Println("n", n)
	fmt.Println(find([]string{"a", "b", "c"}, "b"), find([]string{"a"}, "z"))
	fmt.Println(findDefer([]string{"a", "b", "c"}, "b"))
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	evens := Filter(Seq[int](count(10)), func(x int) bool { return x%2 == 0 })
	sum := 0
	for v := range evens {
		sum += v
		if v >= 6 {
			break
		}
	}
	fmt.Println("sum", sum)
	var k int
	var s string
	for k, s = range pairs([]string{"x", "y"}) {
	}
	fmt.Println(k, s)
	bad := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	for x := range bad {
		fmt.Println("x", x)
		break
	}
}
