// A syntax error: go/parser's message, not gc's.
package main

func main() {
	x :=
}
