//go:build go1.24

package c

import "fmt"

func C(s string) {
	fmt.Printf(s)
}
