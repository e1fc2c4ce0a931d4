// Constants converted to float32 are rounded once, to the nearest float32: values
// just below the halfway point past the largest float32 are representable, and
// values near the subnormal range round to even.
package main

import (
	"fmt"
	"math"
)

const (
	p128  = (1 << 64) * (1.0 * (1 << 64))
	ulp   = p128 / (1 << 24)
	max   = p128 - ulp
	tiny  = 1.0 / (1 << 126) / (1 << 23) // smallest subnormal float32
	third = 1.0 / 3
)

func main() {
	xs := []float32{
		max,
		max + ulp/2 - ulp/(1<<70),
		max - ulp/2,
		max - ulp/2 + 1,
		-(max + ulp/2 - 1),
		tiny,
		tiny / 2,
		tiny * 3 / 2,
		tiny * 5 / 2,
		tiny*3/4 + tiny/(1<<40),
		third,
		1 + 1.0/(1<<24),
		1 + 1.0/(1<<24) + 1.0/(1<<60),
	}
	for _, x := range xs {
		fmt.Printf("%08x %v\n", math.Float32bits(x), x)
	}
	var c complex64 = complex(max+ulp/2-1, -tiny/2-tiny/(1<<30))
	fmt.Println(c)
}
