//go:build go1.21

// Package old is checked as go1.21 code: loop variables are shared between iterations.
package old

import "fmt"

func Loops(xs []int) {
	for i, x := range xs {
		go func() {
			fmt.Println(i, x)
		}()
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println(i) }()
	}
	for _, x := range xs {
		if x > 0 {
			go func() { fmt.Println(x) }()
		} else {
			fmt.Println(x)
		}
	}
	for _, x := range xs {
		go func() { fmt.Println(x) }()
		fmt.Println("not last")
	}
	for _, x := range xs {
		go func(x int) { fmt.Println(x) }(x)
	}
}
