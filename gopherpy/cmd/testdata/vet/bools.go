// Cases of the bools analyzer: redundant and suspect && and || chains.
package main

import "fmt"

func f() bool { return true }

func main() {
	x, y := 1, 2
	var b, c bool
	if x == 1 || x == 1 {
		fmt.Println("r1")
	}
	if b && c && b {
		fmt.Println("r2")
	}
	if x != 1 || x != 2 {
		fmt.Println("s1")
	}
	if x == 1 && x == 2 {
		fmt.Println("s2")
	}
	if x != 1 || y != 2 {
		fmt.Println("ok1")
	}
	if f() || f() {
		fmt.Println("ok2")
	}
	if b || f() || b {
		fmt.Println("ok3")
	}
	if (x == 1) || (x == 1) {
		fmt.Println("r3")
	}
	if x == 1 || x == 2 {
		fmt.Println("ok4")
	}
	if x != 1 && x != 2 {
		fmt.Println("ok5")
	}
	if 1 != x || 2 != x {
		fmt.Println("s3")
	}
	fmt.Println(b && !b, c || c)
}
