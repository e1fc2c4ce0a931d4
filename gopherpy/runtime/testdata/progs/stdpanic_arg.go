// A standard-library function panics on a bad argument, in a goroutine started with
// arguments (gc's go-statement wrapper is not shown once it runs).
package main

import (
	"bytes"
	"strings"
)

type buf[T any] struct{ b bytes.Buffer }

//go:noinline
func (b *buf[T]) cut(n int) { b.b.Truncate(n) }

//go:noinline
func worker(done chan bool, s string, n int) {
	var b buf[string]
	b.b.WriteString(strings.ToUpper(s))
	b.cut(n)
	done <- true
}

func main() {
	done := make(chan bool)
	go worker(done, "abc", -1)
	<-done
}
