package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type pair struct{ a, b int }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ',' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != ',' {
		return errors.New("want comma")
	}
	_, err = fmt.Sscan(string(tok), &p.a)
	if err != nil {
		return err
	}
	w, ok := st.Width()
	_, err = fmt.Fscan(strings.NewReader(""), &p.b)
	fmt.Printf("[verb %c width %d %v, %v %T]", verb, w, ok, err, st)
	tok, err = st.Token(false, nil)
	if err != nil {
		return err
	}
	_, err = fmt.Sscan(string(tok), &p.b)
	return err
}

type myInt int
type myStr string
type myFloat float64

func show(n int, err error, vals ...any) {
	fmt.Printf("n=%d err=%v", n, err)
	for _, v := range vals {
		switch x := v.(type) {
		case *int:
			fmt.Printf(" %d", *x)
		case *int8:
			fmt.Printf(" %d", *x)
		case *uint8:
			fmt.Printf(" %d", *x)
		case *uint:
			fmt.Printf(" %d", *x)
		case *int64:
			fmt.Printf(" %d", *x)
		case *string:
			fmt.Printf(" %q", *x)
		case *float64:
			fmt.Printf(" %v", *x)
		case *float32:
			fmt.Printf(" %v", *x)
		case *bool:
			fmt.Printf(" %v", *x)
		case *complex128:
			fmt.Printf(" %v", *x)
		case *[]byte:
			fmt.Printf(" %q", *x)
		case *rune:
			fmt.Printf(" %q", *x)
		default:
			fmt.Printf(" %v", v)
		}
	}
	fmt.Println()
}

func main() {
	var i, j int
	var s, t string
	var f float64
	var g float32
	var b bool
	var c complex128
	var bs []byte
	var i8 int8
	var u8 uint8
	var u uint
	var i64 int64
	var r rune

	n, err := fmt.Sscan("12 34", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscan("  hello\n\n world  ", &s, &t)
	show(n, err, &s, &t)
	n, err = fmt.Sscan("3.25 -1e3 true (1+2i) 0x1F", &f, &g, &b, &c, &i)
	show(n, err, &f, &g, &b, &c, &i)
	n, err = fmt.Sscan("0b101 0o17 017 -0x_1f 1_000", &i, &j, &i64, &i8, &u)
	show(n, err, &i, &j, &i64, &i8, &u)
	for _, in := range []string{"", "   ", "abc", "12abc", "99999999999999999999", "300", "-129", "1.5", "+", "-", "0x", "0xg", "1e5"} {
		n, err = fmt.Sscan(in, &i8)
		show(n, err, &i8)
		n, err = fmt.Sscan(in, &u8)
		show(n, err, &u8)
		n, err = fmt.Sscan(in, &f)
		show(n, err, &f)
	}
	for _, in := range []string{"T", "F", "true", "TRUE", "false", "fals", "tru", "1", "0", "x", "tRuE"} {
		b = false
		n, err = fmt.Sscan(in, &b)
		show(n, err, &b)
	}
	for _, in := range []string{"1+2i", "(1.5-2.5i)", "1", "(1+2i", "1+2", "NaN+Infi", "-inf-0i", "1e2+3p2i", "0x1p-2+1i"} {
		n, err = fmt.Sscan(in, &c)
		show(n, err, &c)
	}
	for _, in := range []string{"nan", "NaN", "inf", "-Inf", "+infinity", "1_000.5", "0x1.8p1", "1p3", "2.5e", "1e+", ".5", "5.", "."} {
		n, err = fmt.Sscan(in, &f)
		show(n, err, &f)
	}
	// Sscanln: newlines end the scan
	n, err = fmt.Sscanln("1 2\n3", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanln("1 2 3\n", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanln("1 2   \n", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanln("", &i)
	show(n, err, &i)
	n, err = fmt.Sscanln("\n", &i)
	show(n, err, &i)
	n, err = fmt.Sscan("\n\n 7", &i)
	show(n, err, &i)
	n, err = fmt.Sscan("1", &i, &j)
	show(n, err, &i, &j)
	fmt.Println(err == io.ErrUnexpectedEOF, err == io.EOF)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err, err == io.EOF)

	// Sscanf
	n, err = fmt.Sscanf("x=5 y=hello", "x=%d y=%s", &i, &s)
	show(n, err, &i, &s)
	n, err = fmt.Sscanf("5,6", "%d,%d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("5 , 6", "%d , %d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("12345", "%3d%d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("abcdef", "%2s%3s", &s, &t)
	show(n, err, &s, &t)
	n, err = fmt.Sscanf("ff 11 777 U+1F600", "%x %b %o %U", &i, &j, &i64, &r)
	show(n, err, &i, &j, &i64, &r)
	n, err = fmt.Sscanf("xyz", "%c%c", &r, &i)
	show(n, err, &r, &i)
	n, err = fmt.Sscanf("100%", "%d%%", &i)
	show(n, err, &i)
	n, err = fmt.Sscanf("100 %", "%d %%", &i)
	show(n, err, &i)
	n, err = fmt.Sscanf("5", "%d %d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("5 6", "%d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("5 6", "%d %d %d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("5", "%d%", &i)
	show(n, err, &i)
	n, err = fmt.Sscanf("a", "b")
	show(n, err)
	n, err = fmt.Sscanf("5\n6", "%d %d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("5\n6", "%d\n%d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("5 6", "%d\n%d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("5   6", "%d %d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("56", "%d %d", &i, &j)
	show(n, err, &i, &j)
	n, err = fmt.Sscanf("\"quoted \\\"str\\\"\" `raw` 4142ZZ", "%q %q %x", &s, &t, &bs)
	show(n, err, &s, &t, &bs)
	n, err = fmt.Sscanf("hello", "%d", &i)
	show(n, err, &i)
	n, err = fmt.Sscanf("hello", "%t", &b)
	show(n, err, &b)
	n, err = fmt.Sscanf("1.5", "%d", &f)
	show(n, err, &f)
	n, err = fmt.Sscanf("1.5", "%x", &f)
	show(n, err, &f)
	n, err = fmt.Sscanf("1.5", "%s", &f)
	show(n, err, &f)
	n, err = fmt.Sscanf("true", "%d", &b)
	show(n, err, &b)
	n, err = fmt.Sscanf("str", "%d", &s)
	show(n, err, &s)
	n, err = fmt.Sscanf("zz", "%x", &bs)
	show(n, err, &bs)
	n, err = fmt.Sscanf("4", "%x", &bs)
	show(n, err, &bs)
	n, err = fmt.Sscanf("\"abc", "%q", &s)
	show(n, err, &s)
	n, err = fmt.Sscanf("abc", "%q", &s)
	show(n, err, &s)
	n, err = fmt.Sscanf("é", "%c", &i8)
	show(n, err, &i8)
	n, err = fmt.Sscanf("é", "%c", &u8)
	show(n, err, &u8)

	// named types, non-pointers, unsupported types
	var mi myInt
	var ms myStr
	var mf myFloat
	n, err = fmt.Sscan("42 word 2.5", &mi, &ms, &mf)
	fmt.Println(n, err, mi, ms, mf)
	n, err = fmt.Sscanf("2.5", "%d", &mf)
	fmt.Println(n, err, mf)
	n, err = fmt.Sscan("1", i)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)
	var is []int
	n, err = fmt.Sscan("1", &is)
	fmt.Println(n, err)

	// custom Scanner
	var p pair
	n, err = fmt.Sscan("  3,4 rest", &p)
	fmt.Println(n, err, p)
	n, err = fmt.Sscanf("7,8", "%5v", &p)
	fmt.Println(n, err, p)
	n, err = fmt.Sscan("3;4", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &p)
	fmt.Println(n, err)

	// readers: a RuneScanner keeps its position; a plain io.Reader is read byte by byte
	br := bufio.NewReader(strings.NewReader("10 20\nrest of line\n"))
	n, err = fmt.Fscan(br, &i, &j)
	line, _ := br.ReadString('\n')
	fmt.Printf("%d %v %d %d %q\n", n, err, i, j, line)
	line, _ = br.ReadString('\n')
	fmt.Printf("%q\n", line)
	var buf bytes.Buffer
	buf.WriteString("1 2\n3 4\n")
	n, err = fmt.Fscanln(&buf, &i, &j)
	fmt.Println(n, err, i, j, buf.String())
	rd := io.MultiReader(strings.NewReader("5"), strings.NewReader("6 7"))
	n, err = fmt.Fscan(rd, &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Fscanf(strings.NewReader("a:1 b:2"), "a:%d b:%d", &i, &j)
	fmt.Println(n, err, i, j)
	sr := strings.NewReader("héllo wörld")
	n, err = fmt.Fscan(sr, &s)
	fmt.Println(n, err, s, sr.Len())
	n, err = fmt.Sscan("a\xffb c", &s, &t)
	fmt.Printf("%d %v %q %q\n", n, err, s, t)
	lines := bufio.NewScanner(strings.NewReader("1 2\n3 4\n"))
	for lines.Scan() {
		var a, b int
		fmt.Sscanf(lines.Text(), "%d %d", &a, &b)
		fmt.Println(a + b)
	}
}
