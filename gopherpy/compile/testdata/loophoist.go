// Loops whose slice headers the compiler hoists (range loops too, one index is enough),
// copy statements done inline, x%c == 0 tests and s[i] stores with i from range s.
package main

import "fmt"

func mul(v, av []float64) {
	for i := range av {
		s := 0.0
		for j := range v {
			s += float64(i+1) * v[j]
		}
		av[i] = s
	}
}

func rotate(perm []int, n int) int {
	flips := 0
	tmp := make([]int, len(perm))
	for k := 0; k < n; k++ {
		copy(tmp, perm)
		copy(perm, tmp[1:])
		perm[len(perm)-1] = tmp[0]
		if k%3 == 0 {
			flips++
		}
	}
	return flips
}

func reassignedByRange() {
	rows := [][]int{{1, 2}, {3, 4, 5}, {6}}
	var row []int
	sum := 0
	for _, row = range rows {
		sum += row[0] * 10
		for i := range row {
			sum += row[i]
		}
	}
	fmt.Println("sum", sum, row)
}

func grows() {
	s := []int{1, 2, 3}
	for i := range s {
		s[i] *= 2
		if i == 1 {
			s = append(s, 100) // s reassigned in the body: not hoisted
		}
	}
	fmt.Println(s)
	t := make([]int, 2)
	for i := range 5 {
		t[i%2] += i
	}
	fmt.Println(t)
}

func overlapping() {
	s := []int{1, 2, 3, 4, 5, 6}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5, 6}
	copy(s, s[3:])
	fmt.Println(s)
	var nilS []int
	copy(nilS, s)
	copy(s, nilS)
	fmt.Println(s, nilS == nil)
	d := make([]byte, 3)
	copy(d, "hello")
	fmt.Println(string(d))
}

func remainders() {
	for _, x := range []int{-7, -6, -3, 0, 3, 5, 6, -9223372036854775808} {
		fmt.Println(x, x%3 == 0, x%2 != 0, x%4 == 0, int8(x)%2 == 0)
	}
}

func outOfRange(s []int, idx []int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	for k := range idx {
		s[idx[k]] = k
	}
}

func closures() {
	t := []int{1, 2, 3}
	set := func() { t = []int{7, 8, 9} }
	for i := range 3 {
		if i == 1 {
			set()
		}
		fmt.Println(t[i])
	}
	u := []int{1, 2, 3}
	for i := 0; i < 3; i++ {
		if i == 1 {
			func() { u = []int{7, 8, 9} }()
		}
		u[i] += 100
	}
	fmt.Println(u)
	s := []int{1, 2, 3}
	p := &s
	for i := 0; i < 3; i++ {
		*p = []int{10 * i, 20, 30}
		fmt.Println(s[i])
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	w := []int{1, 2, 3}
	shrink := func() { w = w[:1] }
	for i := range w {
		if i == 1 {
			shrink()
		}
		fmt.Println(w[i])
		w[i] = 5
	}
}

func pairs(s []int) int {
	n := len(s)
	sum := 0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			sum += s[i] * s[j]
		}
		for j := i - 1; j < n; j += 2 {
			if j >= 0 {
				sum += s[j]
			}
		}
	}
	return sum
}

func main() {
	closures()
	fmt.Println(pairs([]int{1, 2, 3, 4}), pairs(nil))
	v := []float64{1, 2, 3}
	av := make([]float64, 4)
	mul(v, av)
	fmt.Println(av)
	perm := []int{0, 1, 2, 3, 4}
	fmt.Println(rotate(perm, 7), perm)
	reassignedByRange()
	grows()
	overlapping()
	remainders()
	outOfRange(make([]int, 3), []int{0, 2, 3})
	fmt.Println(av[1:][2])
	var w []float64
	mul(w, av[:2])
	fmt.Println(av)
}
