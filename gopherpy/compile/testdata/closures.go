package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * x }))
	fmt.Println(fib(20))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	p := &x
	*p = 50
	fmt.Println(x)
}
