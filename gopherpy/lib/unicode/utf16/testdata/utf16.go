package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for _, r := range []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff, 0x10000, 0x1d11e, 0x10ffff, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x surr=%v len=%d enc=%#x,%#x dec=%#x app=%v\n", r, utf16.IsSurrogate(r), utf16.RuneLen(r), r1, r2,
			utf16.DecodeRune(r1, r2), utf16.AppendRune(nil, r))
	}
	e := utf16.Encode([]rune("a€𝄞\U0010ffff"))
	fmt.Println(e, len(e), string(utf16.Decode(e)))
	fmt.Println(utf16.Encode([]rune{0xd800, -5, 0x110000, 'z'}))
	fmt.Println(utf16.Decode([]uint16{0xd834, 0xdd1e, 0xd834, 'x', 0xdd1e, 0xdc00, 0xd800}))
	fmt.Println(utf16.Decode(nil), len(utf16.Encode(nil)))
}
