package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("bye")
	defer fmt.Println("not printed")
	os.Exit(3)
}
