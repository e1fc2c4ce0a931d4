// Several syntax errors: go/parser's first, and how many more there are.
package main

func main() {
	x := 1 +
	if x {
	}
	y := [}
}
