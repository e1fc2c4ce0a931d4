// Package-level declarations are checked before function bodies.
package main

import "os"

func main() {
	var a string = 1
	_ = a
}

var b int = "late"
