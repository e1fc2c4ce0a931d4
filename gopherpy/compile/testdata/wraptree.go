package main

import (
	"fmt"
	"math"
)

func mix(a, b, c int64) int64 { return a*b + c - a<<3 ^ (b | c) &^ 7 }

func mix32(a, b, c int32) int32 { return (a*b+c)*a - b<<5 + ^c }

func mixu(a, b uint16) uint16 { return a*b - b<<4 + ^a }

func main() {
	fmt.Println(mix(math.MaxInt64, 3, 5), mix(-7, math.MinInt64+1, 99), mix(123456789, 987654321, -1))
	fmt.Println(mix32(math.MaxInt32, 77777, -3), mix32(-1<<30, 3, 1<<30))
	fmt.Println(mixu(65535, 65535), mixu(300, 700))
	var x int8 = 127
	y := -x - 1
	fmt.Println(x+1, y-1, -y, x*x+x, (x+x)/3, (x*3)%7)
	i := math.MaxInt64 - 3
	n := 0
	for ; i < math.MaxInt64; i++ {
		n++
	}
	fmt.Println(i, n, i+1)
	j := math.MinInt64 + 2
	for k := 5; j > math.MinInt64; j-- {
		k--
		_ = k
	}
	fmt.Println(j, j-1)
	c := 0
	c--
	for t := 0; t < 3; t++ {
		c -= 1
	}
	fmt.Println(c, c*c, c+math.MaxInt64, c-math.MaxInt64)
	big := 1 << 62
	fmt.Println(big+big, big*4, (big+big)/2, uint64(big)*4)
	var h uint32 = 2166136261
	for _, b := range []byte("overflow") {
		h = (h ^ uint32(b)) * 16777619
	}
	fmt.Println(h)
	m := 1
	for s := 0; s < 70; s++ {
		m = m*3 + 1
	}
	fmt.Println(m)
}
