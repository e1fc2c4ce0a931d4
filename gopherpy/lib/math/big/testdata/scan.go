package main

import (
	"fmt"
	"math/big"
)

func main() {
	for _, in := range []string{"123 rest", "-0x1F!", "+017", "08", "0b101", "1_000", "0x_1f", "1__0", "abc", "", "  -", "0x", "99999999999999999999999999 7", "12abc"} {
		for _, verb := range []string{"%v", "%d", "%x", "%o", "%b", "%s", "%q"} {
			var z big.Int
			var rest string
			n, err := fmt.Sscanf(in, verb+"%s", &z, &rest)
			fmt.Printf("%q %s: %d %v %v %q\n", in, verb, n, err, &z, rest)
		}
	}
	for _, in := range []string{"3/4", "-1.25", "1e3", "5", "abc", "2/4x"} {
		var r big.Rat
		n, err := fmt.Sscan(in, &r)
		fmt.Println(in, n, err, &r)
		n, err = fmt.Sscanf(in, "%d", &r)
		fmt.Println(in, n, err, &r)
	}
	for _, in := range []string{"2.5", "-1e10", "0x1p-2", "1_000.5", "abc", ".5", "Inf", "3.0e", "1.5x"} {
		var f big.Float
		var rest string
		n, err := fmt.Sscan(in, &f, &rest)
		fmt.Println(in, n, err, &f, rest)
	}
}
