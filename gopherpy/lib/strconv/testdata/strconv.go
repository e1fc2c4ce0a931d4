package main

import (
	"errors"
	"fmt"
	"strconv"
)

func show(v any, err error) {
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%v | %v | Func=%s Num=%q Err=%v syntax=%v range=%v\n", v, err, ne.Func, ne.Num, ne.Err,
				errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
			return
		}
		fmt.Printf("%v | %v\n", v, err)
		return
	}
	fmt.Printf("%v\n", v)
}

func main() {
	ints := []string{"", "0", "-0", "+5", "-", "+", "12345", "-9223372036854775808", "9223372036854775807", "9223372036854775808",
		"-9223372036854775809", "0x7f", "0X_7f", "0b1011", "0o777", "0777", "08", "1_000", "1__0", "_1", "1_", "0x", "0b", "99999999999999999999999",
		"z", "Z", " 1", "1 ", "0xg", "1e3", "١"}
	for _, s := range ints {
		for _, b := range []int{0, 10, 16, 36} {
			for _, bits := range []int{0, 8, 32, 64} {
				v, err := strconv.ParseInt(s, b, bits)
				fmt.Printf("ParseInt(%q,%d,%d) ", s, b, bits)
				show(v, err)
				u, err := strconv.ParseUint(s, b, bits)
				fmt.Printf("ParseUint(%q,%d,%d) ", s, b, bits)
				show(u, err)
			}
		}
		a, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) ", s)
		show(a, err)
	}
	for _, b := range []int{-1, 1, 37} {
		_, err := strconv.ParseInt("1", b, 64)
		show(0, err)
		_, err = strconv.ParseUint("1", b, 64)
		show(0, err)
	}
	for _, bits := range []int{-1, 65} {
		_, err := strconv.ParseInt("1", 10, bits)
		show(0, err)
		_, err = strconv.ParseUint("", 10, bits)
		show(0, err)
	}

	floats := []string{"", "1", "-1.5e10", "1e400", "-1e400", "1e-400", "0x1p-2", "0x1.8p+3", "inf", "-Infinity", "nan", "NaN", "+nan",
		"1_000.5", "1__0", ".5", "5.", ".", "1e", "0x1", "3.4028235e38", "3.5e38", "1e-46", "0.1", "2.5e-324", "infx"}
	for _, s := range floats {
		for _, bits := range []int{32, 64, 0} {
			f, err := strconv.ParseFloat(s, bits)
			fmt.Printf("ParseFloat(%q,%d) ", s, bits)
			show(f, err)
		}
	}
	complexes := []string{"", "1", "1i", "i", "-i", "1+2i", "1-2i", "(1+2i)", "(1+2i", "1+2", "1++2i", "1e400+1i", "1+1e400i",
		"NaN+NaNi", "NaN-NaNi", "+Inf-Infi", "inf+infi", "0x1p1+0x1p-1i", "1.5e3-2.5e-3i", "1 + 2i", "2i+1", "1+i", "3e-46+1i"}
	for _, s := range complexes {
		for _, bits := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bits)
			fmt.Printf("ParseComplex(%q,%d) ", s, bits)
			show(c, err)
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		show(b, err)
	}

	for _, i := range []int64{0, 1, -1, 35, -36, 1 << 62, -1 << 63, 1<<63 - 1} {
		for _, b := range []int{2, 8, 10, 16, 36} {
			fmt.Print(strconv.FormatInt(i, b), " ", strconv.FormatUint(uint64(i), b), " ", string(strconv.AppendInt([]byte("<"), i, b)), " ", string(strconv.AppendUint(nil, uint64(i), b)), "; ")
		}
		fmt.Println(strconv.Itoa(int(i)))
	}
	for _, f := range []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5, 1e21, 1e20, 123456789, 1e-7, 5e-324, 1.7976931348623157e308, 100, 0.000123456} {
		for _, c := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', 'v'} {
			for _, p := range []int{-1, 0, 3, 17} {
				fmt.Print(strconv.FormatFloat(f, c, p, 64), " ", strconv.FormatFloat(f, c, p, 32), " ")
			}
		}
		fmt.Println(string(strconv.AppendFloat([]byte("f="), f, 'g', -1, 64)))
	}
	for _, c := range []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(1e300, -1e-300)} {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'e', 3, 64), strconv.FormatComplex(c, 'f', 2, 128))
	}

	strs := []string{"", "abc", "a\"b", "a\\b", "\n\t\a\b\f\r\v\x00", "\x7f\xff", "héllo", "日本", "\u2028", "\U0001F600", "`", "a`b", "\xef\xbb\xbf", "\u00a0", "\u0300"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s),
			string(strconv.AppendQuote([]byte("q:"), s)), string(strconv.AppendQuoteToASCII(nil, s)), string(strconv.AppendQuoteToGraphic(nil, s)))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', 0x2028, 0x1F600, 0xD800, -1, 0x110000, 0xa0} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r),
			string(strconv.AppendQuoteRune(nil, r)), string(strconv.AppendQuoteRuneToASCII(nil, r)), string(strconv.AppendQuoteRuneToGraphic(nil, r)))
	}
	quoted := []string{`""`, `"abc"`, `"a\nb"`, `'a'`, `'ab'`, `''`, "`raw\\n`", "`a\rb`", `"\x41\101\u00e9\U0001F600"`, `"\400"`, `"\ud800"`, `"unterminated`,
		`"a"b`, `'\''`, `"\'"`, `'\"'`, `"\q"`, "\"a\nb\"", `"é"`, "'\xff'", "\"\xff\"", `x`, `"`}
	for _, q := range quoted {
		s, err := strconv.Unquote(q)
		p, err2 := strconv.QuotedPrefix(q + "tail")
		fmt.Printf("%q %v | %q %v\n", s, err, p, err2)
	}
	for _, s := range []string{`\n rest`, `\x41`, `\u00e9x`, `\U0001F600`, `\777`, `\'`, `\"`, `'`, `"`, `é!`, `a`, ``, `\`, `\z`, `\ud800`} {
		for _, q := range []byte{'\'', '"', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %v %q %v; ", v, mb, tail, err)
		}
		fmt.Println()
	}
	fmt.Println(strconv.IntSize)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatInt(1, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatFloat(1, 'g', -1, 16)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.AppendFloat(nil, 1, 'g', -1, 16)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatComplex(1, 'g', -1, 32)
	}()
}
