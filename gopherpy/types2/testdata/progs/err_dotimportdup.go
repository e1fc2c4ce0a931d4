package main

import "fmt"
import . "strings"

var fmt = 1

func main() {
	_ = NewReader
}
