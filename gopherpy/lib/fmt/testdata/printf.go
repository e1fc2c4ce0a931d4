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
	C *int
	D []byte
	E map[string]int
	F any
	g float64
}

type St int

func (s St) String() string { return fmt.Sprintf("St(%d)", int(s)) }

type GS struct{ X int }

func (g GS) GoString() string { return "GS!" }

type Fm struct{ v int }

func (f Fm) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "<%c %d %v %d %v %v%v%v%v%v>", verb, w, wok, p, pok, s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}

type E struct{}

func (E) Error() string { return "E error" }

type PS struct{ n int }

func (p *PS) String() string { return "PS" }

type Inner struct{ X, Y int }
type Outer struct {
	I  Inner
	P  *Inner
	Sl []Inner
	M  map[int]Inner
}

type PanS struct{}

func (PanS) String() string { panic("boom") }

type NilS struct{ x int }

func (n *NilS) String() string { return "nils" }

func main() {
	x := 5
	s := S{1, "b", nil, []byte("hi"), map[string]int{"z": 1, "a": 2}, 3.5, 1.25}
	_ = x
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%#b|%c|%U|%#U|%q\n", 42, 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8, 5, 'A', 'é', 'é', 'x')
	fmt.Printf("%08.3d|%-08d|%+08d|% 08d|%x|%X|%#X\n", 42, 42, 42, 42, -255, "hello", []byte("hi"))
	fmt.Printf("%e|%E|%f|%F|%g|%G|%.2f|%8.3f|%-8.3f|%+.1e|%x|%X|%b\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1e21, 3.14159, 3.14159, 3.14159, 12345.0, 1.5, 1.5, 1.5)
	fmt.Printf("%g|%g|%g|%g|%.3g|%#g|%#.3g|%#e|%#.0f|%.0f\n", 1e-7, 1e20, 1e21, 100000.0, 1234.0, 1.0, 1.0, 1.0, 1.0, 2.5)
	fmt.Printf("%v|%v|%v|%5.1f|%-5.1f|%05.1f|%+v|% v\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN(), math.Inf(-1), math.NaN(), math.NaN())
	fmt.Printf("%v|%.2v|%g|%e|%.3f|%+.2f\n", 1+2i, 1.234+5.678i, complex64(1.5-2i), 3i, -1-1i, 1+1i)
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%+q|%#q|%x|% x|%X|% X|%#x\n", "héllo", "hi", "hi", "héllo", "a\"b\n☺", "a☺", "a`b", "hi", "hi", "hi", "hi", "hi")
	fmt.Printf("%#q|%#+q|%q|%+q|%#q\n", "abc", "☺", '☺', '☺', '\'')
	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%p|%v\n", nil, nil)
	fmt.Printf("%v|%d|%s|%x|%q\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%v|%x|%X|%s|%q|%d\n", []byte{1, 2, 255}, []byte{1, 2, 255}, [3]byte{1, 2, 255}, []byte("abc"), []byte("abc"), []byte("abc"))
	fmt.Printf("%v|%+v|%#v\n", map[int]string{2: "b", 1: "a"}, map[string]bool{"x": true}, map[string]int{"b": 1, "a": 2})
	fmt.Printf("%#v|%#v|%#v|%#v|%#v|%#v\n", 42, "s", 1.0, []int{1}, [2]bool{}, struct{ A, b int }{1, 2})
	fmt.Printf("%#v|%#v|%#v|%#v|%#v\n", uint8(3), int64(-3), []string(nil), map[int]int(nil), (*int)(nil))
	fmt.Printf("%#v|%#v|%#v|%#v\n", 1e6, 1e21, float32(2.5), complex(1, 2))
	fmt.Printf("%#v|%#v|%#v|%#v\n", any(nil), []any{1, "a", nil}, 'x', uintptr(9))
	fmt.Printf("%v|%s|%d|%#v|%x\n", St(3), St(3), St(3), St(3), St(3))
	fmt.Printf("%v|%#v|%+v\n", GS{1}, GS{1}, GS{1})
	fmt.Printf("%v|%-8.3x|%+#v|% 05d\n", Fm{1}, Fm{1}, Fm{1}, Fm{1})
	fmt.Printf("%v|%s|%q|%x|%d\n", E{}, E{}, E{}, E{}, E{})
	ps := &PS{1}
	fmt.Printf("%v|%v|%+v\n", ps, PS{2}, []*PS{ps})
	var np *NilS
	fmt.Printf("%v|%s\n", np, np)
	fmt.Printf("%v\n", PanS{})
	o := Outer{Inner{1, 2}, nil, []Inner{{5, 6}}, map[int]Inner{1: {7, 8}}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z %d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%[0]d %[x]d %[1]\n", 1)
	fmt.Printf("%*d|%-*d|%.*f|%*d\n", 5, 1, 5, 2, 2, 3.14159, -4, 7)
	fmt.Printf("%*d\n", "x", 1)
	fmt.Printf("%.*d\n", 1e9, 1)
	fmt.Printf("%10.4v|%-10v|\n", "abcdefgh", 3.5)
	fmt.Printf("%v %v\n", int8(-128), uint64(math.MaxUint64))
	fmt.Printf("%x %X %o %b\n", int8(-1), uint16(65535), -8, -5)
	fmt.Printf("%08b|%-8b|%#08x|%# x|%#X\n", 5, 5, 255, []byte{1, 2}, "ab")
	fmt.Printf("%c|%c|%q|%U\n", 0x1F600, -1, 0x110000, 0x110000)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%s %v\n", errors.New("err"), fmt.Errorf("wrap: %w", os.ErrNotExist))
	fmt.Printf("%v %d\n", &[]int{1}, &map[string]int{"a": 1})
	fmt.Printf("%v %+v\n", &struct{ A int }{1}, &[2]int{1, 2})
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", 3.5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%.3s|%.10q|%5.1q\n", []byte("abcdef"), "abcdefghijklmnop", "abc")
	fmt.Printf("%T %T %T %T %T %T %T %T\n", 1, "a", 1.5, nil, []int{}, map[string][]*int{}, struct{ A int }{}, func(int) string { return "" })
	fmt.Printf("%T %T %T %T %T\n", St(1), &x, make(chan int), errors.New("x"), [3]any{})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, 'x'), fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprintln("a", 1, "b"))
	fmt.Print(1, 2, "\n")
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v %v %v\n", []any{nil, 1}, map[any]int{1: 1, 2: 2, nil: 0}, [][]int{{1}, nil})
	fmt.Printf("%06.2f|%-06.2f|%+06.2f|%x|%.3x|%#.3x\n", -3.14159, 3.14159, 3.14159, 3.0, 1.0/3, 1.0/3)
	fmt.Printf("%10.3e|%-12.4E|%G\n", 123456.789, 0.000123, 1e-10)
	fmt.Printf("%v %v %v %v\n", float32(0.1), float32(1e10), float32(16777216), 1e-320)
	fmt.Printf("%s|%v|%d\n", []any{"a", 1}, [2][]byte{[]byte("a")}, map[string][]byte{"k": []byte("v")})
	err := fmt.Errorf("two: %w, %w", errors.New("e1"), errors.New("e2"))
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Println(fmt.Errorf("no wrap %d", 1), fmt.Errorf("%w", nil))
	fmt.Println(fmt.Sprintf("%v", []error{E{}, nil}))
	fmt.Println(fmt.Append([]byte("x"), 1, "y"), string(fmt.Appendf(nil, "%03d", 7)), string(fmt.Appendln(nil, "a", "b")))
	n, err2 := fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Println(n, err2)
	fmt.Printf("%-#10x|%#-10o|%x\n", 255, 8, -1<<63)
	fmt.Printf("%08.3f|%08v|%08s|%-08s|\n", -1.5, -2, "ab", "ab")
	fmt.Printf("%.0e|%.0g|%.1g|%g|%g\n", 5.0, 5.5, 0.05, float32(3.4e38), 1e100)
	fmt.Printf("%+q|%x|% X\n", "日本", "日本", "日本")
	fmt.Printf("%5c|%-5c|%05c\n", 'x', 'y', 'z')
	fmt.Printf("%v\n", [2]St{1, 2})
	fmt.Printf("%d\n", []St{1, 2})
	fmt.Printf("%s\n", map[St]St{1: 2})
	fmt.Printf("%U|%#U|%#U\n", '⌘', 0x1F600, '\n')
	fmt.Printf("%v|%s\n", []fmt.Stringer{St(1), nil}, struct{ S fmt.Stringer }{St(4)})
}
