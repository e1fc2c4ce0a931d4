package main

import "fmt"

func rev(s []int, a, b int) {
	for i, j := a, b; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func shift(s []int, lo, hi int) {
	for i := lo; i < hi; i++ {
		s[i] = s[i+1]
	}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	rev(s, 0, 7)
	fmt.Println(s)
	rev(s[2:6], 0, 3)
	fmt.Println(s)
	rev(s, 3, 1)
	fmt.Println(s)
	try("rev", func() { rev(s, 5, 9) })
	fmt.Println(s)
	try("rev2", func() { rev(s, -2, 3) })
	shift(s, 1, 5)
	fmt.Println(s)
	try("shift", func() { shift(s, 4, 8) })
	fmt.Println(s)
	try("shift2", func() { shift(s[:3], 0, 5) })
	fmt.Println(s)
	b := []byte("hello, world")
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	fmt.Println(string(b))
	for i := range b {
		b[i] = 'x'
	}
	fmt.Println(string(b))
	var arr [5]float64
	for i := range arr {
		arr[i] = 2.5
	}
	fmt.Println(arr)
	fl := make([]bool, 3, 10)
	for i := range fl {
		fl[i] = true
	}
	fmt.Println(fl, fl[:5])
	var ns []int
	for i := range ns {
		ns[i] = 1
	}
	fmt.Println(ns == nil)
}
