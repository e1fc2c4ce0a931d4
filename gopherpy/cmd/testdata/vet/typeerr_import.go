// Unused imports are reported after all bodies.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(undefined)
}
