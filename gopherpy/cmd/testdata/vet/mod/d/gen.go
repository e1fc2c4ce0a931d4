//go:build ignore

package main

func main() { x := 1 }
