// A type error reported after the function's other errors: go vet prints only the first
// error in go/types' order (the unused variable comes after the bad assignment).
package main

func main() {
	x := 1
	var y int = "s"
}
