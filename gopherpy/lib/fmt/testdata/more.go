package main

import (
	"errors"
	"fmt"
	"math"
	"os"
)

type S struct {
	A int
	B string
	c []int
	D map[string]int
	E *int
	F any
	G [2]bool
}

type T int

func (t T) String() string { return fmt.Sprintf("T(%d)", int(t)) }

type P struct{ x int }

func (p *P) String() string { return "P!" }

type Bad struct{}

func (Bad) String() string { panic("boom") }

type Nilp struct{}

func (n *Nilp) String() string { return "nilp" }

type G struct{}

func (G) GoString() string { return "G{}" }

type F struct{}

func (F) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c %d %v %d %v %v%v%v%v%v]", c, w, wok, p, pok, f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'))
}

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

func main() {
	x := 5
	_ = x
	s := S{1, "two", []int{3}, map[string]int{"z": 1, "a": 2}, nil, 4.5, [2]bool{true, false}}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%v %+v %#v\n", S{}, []any{nil, 1, "a"}, map[T]int{1: 2, -3: 4})
	fmt.Printf("%d %s %q %x %X %o %O %b %c %U %#U %e %E %f %F %g %G %t %v %T\n", 42, "s", "q", 255, 255, 8, 8, 5, 'A', 0x1F600, 'x', 1e6, 1e-6, math.Pi, 2.5, 1e21, 1e-7, true, nil, nil)
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%x|%#x|%#o|%#b|%8.3f|%-8.2e|%+.0f|%#g|%#.3x|\n", 42, 42, -42, 42, 42, -255, 255, 8, 5, math.Pi, 12345.678, 2.5, 1.0, 3.5)
	fmt.Printf("|%10s|%-10s|%.2s|%q|%+q|%#q|%x|% x|%#x|% X|%10.3q|\n", "hi", "hi", "héllo", "a\nb", "héllo", "back`tick", "hex", "hex", "hex", []byte("AB"), "abcdef")
	fmt.Printf("%*d|%-*d|%.*f|%[2]d %[1]d|%[3]*.[2]*[1]f|%d %d %[1]d %d\n", 5, 1, 5, 2, 2, math.Pi, 1, 2, 12.0, 2, 6, 1, 2)
	fmt.Printf("%!|%z|%d|%s|%d %d|%[5]d|%[0]d|%.[x]d|\n", 1, 2, "str", 3)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s %v %d\n", T(3), T(4), T(5))
	var np *P
	fmt.Printf("%v %s %v %+v\n", &P{}, &P{}, np, []*P{nil})
	var nn *Nilp
	fmt.Println(nn, Bad{}, G{})
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", G{}, "s", 1.0, []byte("x"), map[string]bool{"b": true}, struct{ A, b int }{1, 2})
	fmt.Printf("%v %s %d %+v %#v %10v|%-8v|\n", F{}, F{}, F{}, F{}, F{}, F{}, F{})
	fmt.Printf("%v %s %q %x\n", E{"m"}, error(E{"n"}), E{"q"}, E{"x"})
	fmt.Printf("%v %d %s\n", errors.New("plain"), []error{nil}, fmt.Errorf("w: %w", os.ErrNotExist))
	fmt.Printf("%6.2f|%-7.3g|%07.2f|%+08.3f|% .3e|%x|%X|%.3x|%#.0f\n", -1.5, 123456.0, -3.14159, 2.5, 12345.0, 1.5, -2.75, math.Pi, 5.0)
	fmt.Printf("%v %v %v %v %.2f %8.3v|\n", float32(0.1), float32(1)/3, complex(1, -2), complex64(complex(0.5, 1.5)), complex(1.234, -5.678), 1+2i)
	fmt.Printf("%5t|%-6v|%q|%v|%c|%U\n", true, false, 'x', 'x', 0x10FFFF+1, -1)
	fmt.Printf("%s|%v|%d|%x\n", []string{"a", "b"}, [][]int{{1}, {2, 3}}, []byte{1, 2}, [3]byte{10, 11, 12})
	fmt.Printf("%v %v %v\n", map[float64]int{math.NaN(): 1, 1: 2, math.Inf(-1): 3}, map[bool]int{true: 1, false: 0}, map[[2]int]string{{2, 1}: "b", {1, 2}: "a"})
	var ip *int
	var m map[string]int
	var sl []int
	var fn func()
	var ch chan int
	var ifc any
	fmt.Printf("%v %v %v %v %d %s %+v\n", ip, m, sl, ifc, sl, sl, m)
	fmt.Println(fn == nil, ch, fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, errors.New("e")), fmt.Sprintln("x", 1))
	fmt.Print("a", "b", 1, 2, true, "c\n")
	fmt.Printf("%.3s|%.10s|%5.1s|%-5.2q|\n", "日本語文字", "ab", "xyz", "日本")
	fmt.Printf("%08.3f|%-08d|%+x|%#X|% x\n", -3.5, 7, "hi", "hi", 255)
	fmt.Printf("%.0d|%.0d|%5.0d|%.3d|%+.3d\n", 0, 1, 0, 7, -7)
	fmt.Printf("%v|%v|%.1f|%e|%g\n", math.Inf(1), math.NaN(), math.Inf(-1), math.NaN(), -0.0)
	fmt.Printf("%x|%X|%#v|%v\n", -1<<63, uint64(1<<64-1), int8(-5), uintptr(7))
	type inner struct{ P *int }
	fmt.Printf("%+v %v\n", struct {
		I inner
		S []inner
	}{}, struct{}{})
	fmt.Printf("%s\n", struct {
		A string
		B int
	}{"x", 1})
	fmt.Printf("%d %s\n", []any{1, "a"}, []any{1, "a"})
	fmt.Printf("%6.2v|%.3v|%10.4v|\n", "abcdef", 3.14159, "xyzzy")
	fmt.Printf("%c%c%c\n", 72, 0xe9, 0x4e16)
	fmt.Println(fmt.Sprintf("%3c|%-3c|%03d", 'a', 'b', -3))
	fmt.Printf("%T %T %T %T %T %T\n", s, &s, []any{}, map[string][]int{}, func(int) string { return "" }, make(chan<- bool))
}
