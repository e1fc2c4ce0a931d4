package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "€", "𝄞", "héllo, 世界", "\xff", "\xc3", "\xe2\x82", "\xf0\x9d\x84",
		"\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80", "a\xffb", "\xe2\x82\xacx", "€\x82",
		"\xf0\x9f\x98", "\x80\x80\x80\x80", "\xe0\x80\x80", "\xef\xbf\xbf", "\xf4\x8f\xbf\xbf"}
	for _, s := range inputs {
		b := []byte(s)
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune(b)
		r3, n3 := utf8.DecodeLastRuneInString(s)
		r4, n4 := utf8.DecodeLastRune(b)
		fmt.Printf("%q: %U %d %U %d | %U %d %U %d | full=%v %v count=%d %d valid=%v %v\n", s,
			r1, n1, r2, n2, r3, n3, r4, n4, utf8.FullRune(b), utf8.FullRuneInString(s),
			utf8.RuneCount(b), utf8.RuneCountInString(s), utf8.Valid(b), utf8.ValidString(s))
		var rs []rune
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			rs = append(rs, r)
			i += n
		}
		var back []rune
		for j := len(s); j > 0; {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			back = append(back, r)
			j -= n
		}
		fmt.Println(" ", rs, back)
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x len=%d valid=%v enc=% x append=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	for i := 0; i < 256; i += 17 {
		fmt.Print(utf8.RuneStart(byte(i)), " ")
	}
	fmt.Println()
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	b := utf8.AppendRune(nil, '世')
	fmt.Println(len(b), cap(b), b)
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 2), '€')
}
