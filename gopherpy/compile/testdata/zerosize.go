// Slices of zero-size elements as long as int allows, and appends past that length.
package main

import (
	"fmt"
	"strings"
)

type T struct{}

const maxInt = int(^uint(0) >> 1)

func shouldPanic(str string, f func()) {
	defer func() {
		err := recover()
		if err == nil {
			panic("did not panic")
		}
		s := err.(error).Error()
		fmt.Println(s, strings.Contains(s, str))
	}()
	f()
}

func main() {
	s := make([]T, maxInt)
	fmt.Println(len(s), cap(s), s[maxInt-1], len(s[5:]), cap(s[:3:7]))
	s[10] = T{}
	shouldPanic("len out of range", func() { s = append(s, T{}) })
	var oneElem = make([]T, 1)
	shouldPanic("len out of range", func() { s = append(s, oneElem...) })
	z := make([][0]int, 1<<20, 1<<21)
	z = append(z, [0]int{})
	n := 0
	for range z[:10] {
		n++
	}
	fmt.Println(len(z), cap(z), n, z[7])
	k := -1
	shouldPanic("makeslice", func() { _ = make([]T, 5, k) })
}
