// Cases of the shift analyzer: shifts at least as wide as the operand.
package main

import "fmt"

const debug = false

func main() {
	var i8 int8 = 1
	var u16 uint16 = 1
	var i32 int32 = 1
	var i int = 1
	var u uint64 = 1
	fmt.Println(i8<<8, i8>>7, u16<<16, u16<<15, i32>>32, i<<64, i<<63, u>>64)
	i8 <<= 9
	u16 >>= 16
	i <<= 3
	const c = 1 << 70
	fmt.Println(c >> 69)
	if debug {
		fmt.Println(i8 << 10)
	}
	switch 2 {
	case 1:
		fmt.Println(i32 << 40)
	case 2:
		fmt.Println(i32 << 41)
	}
	n := 70
	fmt.Println(i<<n, i8, u16, i)
}
