// mandelbrot: the Mandelbrot set on an N×N grid as a bitmap; prints the count of set bits and a checksum.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const iter = 50
	const limit = 4.0
	inside := 0
	sum := uint32(0)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		var bits byte
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < iter; i++ {
				tr := zr*zr - zi*zi + cr
				zi = 2*zr*zi + ci
				zr = tr
				if zr*zr+zi*zi > limit {
					break
				}
			}
			bits <<= 1
			if i == iter {
				bits |= 1
				inside++
			}
			if x%8 == 7 {
				sum = sum*31 + uint32(bits)
				bits = 0
			}
		}
	}
	fmt.Println(inside, sum)
}
