package main

import (
	"fmt"
	"math/bits"
)

func main() {
	v64 := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 31, 1<<32 - 1, 1 << 63, 1<<64 - 1, 0x0123456789abcdef, 0xf0f0f0f0f0f0f0f0}
	for _, x := range v64 {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x), bits.ReverseBytes64(x),
			bits.RotateLeft64(x, 5), bits.RotateLeft64(x, -3), bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)),
			bits.Len(uint(x)), bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)), bits.RotateLeft(uint(x), 70))
		x32, x16, x8 := uint32(x), uint16(x), uint8(x)
		fmt.Println(" ", bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32), bits.Len32(x32), bits.Reverse32(x32), bits.ReverseBytes32(x32), bits.RotateLeft32(x32, -1),
			bits.LeadingZeros16(x16), bits.TrailingZeros16(x16), bits.OnesCount16(x16), bits.Len16(x16), bits.Reverse16(x16), bits.ReverseBytes16(x16), bits.RotateLeft16(x16, 17),
			bits.LeadingZeros8(x8), bits.TrailingZeros8(x8), bits.OnesCount8(x8), bits.Len8(x8), bits.Reverse8(x8), bits.RotateLeft8(x8, 3))
		for _, y := range v64[len(v64)-5:] {
			for _, c := range []uint64{0, 1, 2} {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				su, cu := bits.Add(uint(x), uint(y), uint(c))
				du, bu := bits.Sub(uint(x), uint(y), uint(c))
				fmt.Print(s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu, " ")
			}
			hi, lo := bits.Mul64(x, y)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			fmt.Print(hi, lo, h32, l32, hu, lu, " ")
			if y != 0 {
				fmt.Print(bits.Rem64(x, lo, y), bits.Rem32(uint32(x), uint32(lo), uint32(y)|1), bits.Rem(uint(x), uint(lo), uint(y)), " ")
				if x < y {
					q, r := bits.Div64(x, lo, y)
					qu, ru := bits.Div(uint(x), uint(lo), uint(y))
					fmt.Print(q, r, qu, ru, " ")
				}
				if uint32(x) < uint32(y) {
					q, r := bits.Div32(uint32(x), uint32(lo), uint32(y))
					fmt.Print(q, r)
				}
			}
			fmt.Println()
		}
	}
	fmt.Println(bits.UintSize)
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, recover()) }()
		f()
	}
	try("div0", func() { bits.Div64(0, 1, 0) })
	try("overflow", func() { bits.Div64(5, 1, 5) })
	try("div32", func() { bits.Div32(1, 1, 0) })
	try("ov32", func() { bits.Div32(7, 1, 3) })
	try("rem0", func() { bits.Rem64(1, 1, 0) })
	try("rem32", func() { bits.Rem32(1, 1, 0) })
	bits.Div(1, 2, 1)
}
