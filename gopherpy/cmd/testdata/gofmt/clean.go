package p

import (
	"os"
	"fmt"
)

var (
	a = 1 // one
	bb = 22 // two
)

func f() { fmt.Println(os.Args) }
