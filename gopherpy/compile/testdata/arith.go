package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int = 1 << 62
	c *= 4
	fmt.Println(c)
	x, y := -7, 2
	fmt.Println(x/y, x%y, -x/y, x%-y)
	var u uint32 = 1
	fmt.Println(u<<31, u<<32, ^u)
	var i64 int64 = -1
	fmt.Println(uint64(i64), uint16(i64), int8(300+i64))
	f := 3.7
	fmt.Println(int(f), int(-f))
	var f32 float32 = 0.1
	fmt.Println(f32*3, float64(f32))
	fmt.Println(7&^5, 6|1, 6^3, -8>>1)
	n := 5
	fmt.Println(1<<n, -1>>n)
	const big = 1 << 100
	fmt.Println(big >> 98)
	fmt.Println(1e100, 1.5, 2.0/3.0, 1e6, 1e21, 123456789.0)
}
