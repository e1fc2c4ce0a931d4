package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

func (p *Pt) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

func main() {
	var a, b int
	var s string
	var f float64
	var u uint8
	var r rune
	var bo bool
	n, err := fmt.Sscan("10 20 hello 3.5 255 true", &a, &b, &s, &f, &u, &bo)
	fmt.Println(n, err, a, b, s, f, u, bo)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscanf("x=5 y=hi", "x=%d y=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("0x1F 017 0b11", "%v %v %v", &a, &b, &u)
	fmt.Println(n, err, a, b, u)
	n, err = fmt.Sscanf("ff 777", "%x %o", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("abc", "%c", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("12abc", "%d%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("1 2", "%d,%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3.25e2 -7", "%g %d", &f, &a)
	fmt.Println(n, err, f, a)
	var q string
	n, err = fmt.Sscanf(`"quoted str" x`, "%q %s", &q, &s)
	fmt.Println(n, err, q, s)
	var p Pt
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	var c complex128
	n, err = fmt.Sscan("(1+2i)", &c)
	fmt.Println(n, err, c)
	rd := bufio.NewReader(strings.NewReader("5 6\n7 8\n"))
	for {
		var x, y int
		n, err := fmt.Fscanln(rd, &x, &y)
		if err != nil {
			fmt.Println("end", n, err)
			break
		}
		fmt.Println(x + y)
	}
	n, err = fmt.Fscan(strings.NewReader("  42\n\n 43"), &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("5%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("abc def", "%3s%s", &s, &q)
	fmt.Println(n, err, s, q)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("1", a)
	fmt.Println(n, err)
}
