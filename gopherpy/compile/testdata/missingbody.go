package main

import "fmt"

// functions without a body are implemented elsewhere: in assembly (not in a user's
// package: gc reports them once the package type-checks) or through go:linkname

type T int

func (T) m()

func g(x int) int

func main() {
	fmt.Println(g(1))
}
