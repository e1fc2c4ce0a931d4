package main

import "fmt"

func f(n int) int {
	i := 0
loop:
	if i < n {
		if i%2 == 0 {
			i += 3
			goto loop
		}
		i++
		goto loop
	}
	return i
}

func g(xs []int) (r int) {
	for _, x := range xs {
		switch {
		case x < 0:
			goto neg
		case x == 0:
			continue
		}
		r += x
	}
	return r
neg:
	return -1
}

func h() {
	n := 0
	{
	again:
		n++
		if n < 3 {
			goto again
		}
	}
	fmt.Println("h", n)
	if n > 0 {
		goto done
	}
	fmt.Println("not reached")
done:
	fmt.Println("done")
}

func main() {
	fmt.Println(f(10), g([]int{1, 0, 2}), g([]int{1, -1, 2}))
	h()
	i := 0
L:
	for {
		i++
		switch {
		case i < 3:
			goto L
		default:
			break L
		}
	}
	fmt.Println(i)
}
