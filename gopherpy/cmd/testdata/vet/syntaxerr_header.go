// A lexical error in the imports: the go command reports it while reading the header.
package main

import (
	"fmt
)

func main() { fmt.Println() }
