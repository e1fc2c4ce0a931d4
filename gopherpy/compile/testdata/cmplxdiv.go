// Complex division with zeros, infinities and NaNs gives what Go's runtime gives.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	vals := []float64{0, math.Copysign(0, -1), 1, -2, inf, -inf, nan}
	for _, a := range vals {
		for _, b := range vals {
			n := complex(a, b)
			for _, c := range vals {
				for _, d := range vals {
					m := complex(c, d)
					fmt.Print(n/m, " ")
				}
			}
			fmt.Println()
		}
	}
	var x complex64 = complex(1, 2)
	var y complex64
	fmt.Println(x/y, x/complex(0, 3), complex(3, 4)/(1+2i))
	z := complex(1e300, 1e300)
	fmt.Println(z/complex(1e-300, 1e300), z/complex(1e300, 1e-300))
	w := 1 + 1i
	w /= 0
	fmt.Println(w)
}
