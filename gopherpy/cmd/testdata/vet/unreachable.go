// Cases of the unreachable analyzer.
package main

import "fmt"

func a() int {
	return 1
	fmt.Println("dead")
	return 2
}

func b(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
	return 3
}

func c() {
	for {
	}
	fmt.Println("after infinite loop")
}

func d() {
	for {
		break
	}
	fmt.Println("reachable")
}

func e(x int) {
	switch x {
	case 1:
		return
	default:
		panic("no")
	}
	fmt.Println("dead switch")
}

func f(x int) {
	goto L
	fmt.Println("skipped")
L:
	fmt.Println(x)
}

func g(ch chan int) {
	select {
	case <-ch:
		return
	}
	fmt.Println("dead select")
}

func h(x int) {
	for i := 0; i < x; i++ {
		continue
		fmt.Println(i)
	}
	fn := func() int {
		panic("x")
		return 1
	}
	_ = fn
	switch {
	case x > 1:
		fmt.Println("a")
		fallthrough
	case x > 2:
		break
		fmt.Println("dead in case")
	}
}

func i2(x int) {
	var panic = func(string) {}
	panic("shadowed")
	fmt.Println("reachable after shadowed panic")
outer:
	for {
		for {
			break outer
		}
	}
	fmt.Println("after labelled break")
	return
	;
}

func main() {
	a()
	b(1)
	d()
	e(1)
	f(1)
	h(1)
	i2(1)
	if false {
		c()
		g(nil)
	}
}
