// Cases of the ifaceassert analyzer: impossible interface-to-interface assertions.
package main

import (
	"fmt"
	"io"
)

type I1 interface{ Name() string }
type I2 interface{ Name() int }
type I3 interface {
	Name() string
	Other()
}

type G[T any] interface{ Get() T }

func generic[T any](v G[T]) {
	_, ok := v.(interface{ Get() int })
	fmt.Println(ok)
}

func main() {
	var a I1
	var r io.Reader
	_, ok := a.(I2)
	_, ok2 := a.(I3)
	_, ok3 := r.(interface{ Read() int })
	_, ok4 := r.(io.Writer)
	switch a.(type) {
	case I2, fmt.Stringer:
	case interface{ Name() bool }:
	case I3:
	}
	switch x := r.(type) {
	case interface{ Read([]byte) int }:
		_ = x
	}
	fmt.Println(ok, ok2, ok3, ok4)
	generic[int](nil)
}
