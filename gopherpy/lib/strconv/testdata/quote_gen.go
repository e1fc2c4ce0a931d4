//go:build ignore

// Command quote_gen prints golden strconv quoting results, all strings hex-encoded.
// Run: go run quote_gen.go > quote.golden
// Lines: <op> <hex input or rune> <hex output> [ok]
package main

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"strconv"
)

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func main() {
	r := rand.New(rand.NewSource(3))
	strs := []string{"", "abc", "a\"b", "a\\b", "\a\b\f\n\r\t\v", "\x00\x01\x1f\x7f", "\xff", "a\xffb", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xef\xbf\xbd",
		"héllo", "日本語", "\u00ad", "\u2028", "\u00a0", "\u3000", "\U0001F600", "\ufeff", "`", "a`b", "'", "\u0300", "\U000E0001", "\U0010FFFF", "\uFFFF", "\U0001FAE9", "\u0378", "\u1fff", "\t", "\U0001F1E6\U0001F1FA"}
	pool := []rune{'a', '"', '\\', '\'', '`', '\n', 0, 0x7f, 0x80, 0xa0, 0xad, 0x300, 0x2028, 0xfeff, 0xfffd, 0x1f600, 0x10ffff, 0xe000, 0x3000, 0x85}
	for i := 0; i < 300; i++ {
		n := r.Intn(6)
		b := []byte{}
		for j := 0; j < n; j++ {
			switch r.Intn(4) {
			case 0:
				b = append(b, byte(r.Intn(256)))
			case 1:
				b = append(b, string(pool[r.Intn(len(pool))])...)
			case 2:
				b = append(b, string(rune(r.Intn(0x110000)))...)
			default:
				b = append(b, byte(0x20+r.Intn(95)))
			}
		}
		strs = append(strs, string(b))
	}
	for _, s := range strs {
		fmt.Printf("Q %s %s\n", h(s), h(strconv.Quote(s)))
		fmt.Printf("QA %s %s\n", h(s), h(strconv.QuoteToASCII(s)))
		fmt.Printf("QG %s %s\n", h(s), h(strconv.QuoteToGraphic(s)))
		fmt.Printf("CB %s %v\n", h(s), strconv.CanBackquote(s))
		u, err := strconv.Unquote(strconv.Quote(s))
		fmt.Printf("U %s %s %v\n", h(strconv.Quote(s)), h(u), err == nil)
		for _, lit := range []string{"\"" + s + "\"", "'" + s + "'", "`" + s + "`", "\"" + s + "\"xyz"} {
			u, err := strconv.Unquote(lit)
			fmt.Printf("U %s %s %v\n", h(lit), h(u), err == nil)
			p, err := strconv.QuotedPrefix(lit)
			fmt.Printf("QP %s %s %v\n", h(lit), h(p), err == nil)
		}
	}
	lits := []string{`"\x41"`, `"\u00e9"`, `"\U0001F600"`, `"\101"`, `"\400"`, `"\8"`, `"\z"`, `'\''`, `"\'"`, `'\"'`, `"\""`, `'ab'`, `''`, `'a'`, `'\x41'`, `'\xff'`, `'\377'`, `"\xff"`, `"\ud800"`, `"\U00110000"`,
		`'\ud800'`, "`a\rb`", "`a\nb`", "\"a\nb\"", `"\`, `"abc`, `'`, `"`, "`", "``", `""`, `"\u12"`, `"\x4"`, `'é'`, `'日本'`, "'\xff'", "'\xef\xbf\xbd'", `"\a\b\f\n\r\t\v\\"`, `"\0"`, `"\00"`, `"\000"`, `'\000'`,
		"\"\xff\"", "`\xff`", "'\n'", `"abc"def"`, `x"abc"`}
	for _, lit := range lits {
		u, err := strconv.Unquote(lit)
		fmt.Printf("U %s %s %v\n", h(lit), h(u), err == nil)
		p, err := strconv.QuotedPrefix(lit)
		fmt.Printf("QP %s %s %v\n", h(lit), h(p), err == nil)
	}
	for _, c := range []string{`\x41z`, `\u00e9z`, `éz`, `\'z`, `\"z`, `"z`, `'z`, "\xffz", `\777`, `\18`} {
		for _, q := range []byte{'"', '\'', 0} {
			v, mb, tail, err := strconv.UnquoteChar(c, q)
			fmt.Printf("UC %s %d %d %v %s %v\n", h(c), q, v, mb, h(tail), err == nil)
		}
	}
	runes := []rune{-1, 0, 'a', '\'', '"', '\\', '\n', 0x7f, 0xa0, 0xad, 0xd800, 0xdfff, 0xfffd, 0x10ffff, 0x110000, 0x1f600, 0x3000, 0x2028, 0xe0001}
	for i := 0; i < 400; i++ {
		runes = append(runes, rune(r.Intn(0x110000)))
	}
	for _, c := range runes {
		fmt.Printf("R %d %s\n", c, h(strconv.QuoteRune(c)))
		fmt.Printf("RA %d %s\n", c, h(strconv.QuoteRuneToASCII(c)))
		fmt.Printf("RG %d %s\n", c, h(strconv.QuoteRuneToGraphic(c)))
	}
	// IsPrint / IsGraphic as ranges
	for _, f := range []struct {
		name string
		f    func(rune) bool
	}{{"P", strconv.IsPrint}, {"G", strconv.IsGraphic}} {
		in := false
		for c := rune(0); c <= 0x110000; c++ {
			is := c < 0x110000 && f.f(c)
			if is != in {
				fmt.Printf("%s %d\n", f.name, c)
				in = is
			}
		}
	}
}
