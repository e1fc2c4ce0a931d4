package main

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"12", "-12", "+5", "0x1F", "0b101", "0o17", "017", "1_000", "9223372036854775808", "abc", "", "-9223372036854775808", "0x", "1__0", "_1"} {
		i, err := strconv.ParseInt(s, 0, 64)
		j, err2 := strconv.ParseInt(s, 10, 8)
		u, err3 := strconv.ParseUint(s, 0, 32)
		fmt.Println(i, err, j, err2, u, err3)
	}
	a, err := strconv.Atoi("  1")
	fmt.Println(a, err)
	for _, s := range []string{"1.5", "1e400", "-1e400", "1e-400", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", ".5", "5.", "1e", "0x1.8p1", "3.4028235e38", "1.401298464324817e-45", "4.9406564584124654e-324"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, g, err2)
	}
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
	c, err = strconv.ParseComplex("(3-4.5i)", 64)
	fmt.Println(c, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.FormatInt(35, 36), strconv.Itoa(-9))
	for _, f := range []float64{0, -0.0, 1, 0.1, 1.0 / 3, 1e21, 1e20, 123456789, 1e-7, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN()} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 32), strconv.FormatFloat(f, 'G', 5, 64), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'X', 3, 64))
	}
	fmt.Println(strconv.FormatComplex(1+2i, 'f', 2, 128), strconv.FormatBool(true))
	fmt.Println(strconv.Quote("héllo\n\x00\u2028☺\xff"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteToGraphic("\u00a0x\t"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRuneToGraphic('\u2028'))
	for _, s := range []string{`"abc\n"`, "`raw\\n`", `'x'`, `"\u263a"`, `"bad`, `'ab'`, `"\xff"`, `"\400"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'), strconv.CanBackquote("a`b"))
	fmt.Println(strconv.QuotedPrefix(`"abc"def`))
	fmt.Println(string(strconv.AppendInt([]byte("x"), 42, 10)), string(strconv.AppendQuote(nil, "q")), string(strconv.AppendFloat(nil, 1.5, 'f', 2, 64)), string(strconv.AppendBool(nil, false)), string(strconv.AppendUint(nil, 7, 8)), string(strconv.AppendQuoteRune(nil, 'r')))
	_, err = strconv.Atoi("99999999999999999999")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err, ne.Unwrap() == strconv.ErrRange)
	// utf8
	s := "a\xffé世\U0001F600"
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"), utf8.RuneLen('世'), utf8.RuneLen(-1), utf8.FullRune([]byte{0xe4, 0xb8}))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(r, ":", size, " ")
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 0x10FFFF+1)
	fmt.Println(buf[:n], utf8.AppendRune(nil, '€'), utf8.ValidRune(0xD800), utf8.RuneStart(0x80))
	fmt.Println(utf16.Encode([]rune("a😀")), string(utf16.Decode([]uint16{0x61, 0xd83d, 0xde00, 0xdc00})), utf16.IsSurrogate(0xd800))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.AppendRune(nil, 0x10000), utf16.RuneLen(0x10000))
	// bytes
	bb := []byte("Hello, Gophers, hello")
	fmt.Println(bytes.Count(bb, []byte("l")), bytes.Index(bb, []byte("Go")), bytes.EqualFold([]byte("Go"), []byte("GO")), string(bytes.Title([]byte("ab cd"))), string(bytes.ToUpper(bb)))
	fmt.Printf("%q %q %q\n", bytes.Fields([]byte(" a b ")), bytes.Split(bb, []byte(", ")), bytes.TrimSpace([]byte("  x ")))
	var buf2 bytes.Buffer
	buf2.WriteString("line1\nline2\n")
	buf2.WriteByte('z')
	buf2.WriteRune('é')
	l, err := buf2.ReadString('\n')
	fmt.Printf("%q %v %d %q\n", l, err, buf2.Len(), buf2.String())
	line, err := buf2.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	rr, sz, err := buf2.ReadRune()
	fmt.Println(rr, sz, err, buf2.UnreadRune(), buf2.Next(10), buf2.Len())
	_, err = buf2.ReadByte()
	fmt.Println(err)
	buf2.Truncate(0)
	buf2.Grow(64)
	fmt.Println(buf2.Cap() >= 64, bytes.NewBufferString("abc").String())
	// bufio
	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	sc.Buffer(make([]byte, 10), 20)
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("h€"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	br := bufio.NewReaderSize(strings.NewReader("hello world\nbye"), 16)
	p, _ := br.Peek(5)
	fmt.Println(string(p), br.Buffered(), br.Size())
	w, _ := br.ReadString(' ')
	ln, pre, err := br.ReadLine()
	fmt.Println(w, string(ln), pre, err)
	rest, err := br.ReadSlice('\n')
	fmt.Println(string(rest), err)
	var out bytes.Buffer
	bw := bufio.NewWriterSize(&out, 4)
	bw.WriteString("abcdefg")
	fmt.Println(out.String(), bw.Buffered(), bw.Available())
	bw.Flush()
	fmt.Println(out.String())
}
