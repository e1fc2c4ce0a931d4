package main

import "fmt"

type P struct {
	X, Y int
	Name string
	In   *P
	Tags []string
	M    map[string]int
	e    any
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Bad int

func (b Bad) String() string { panic("boom") }

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U\n", 42, 42, 42, -42, 42, 42, 255, 255, 255, 8, 8, 8, 5, 'é', 'x', 0x1F600, 'A')
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%#q|%+q|%x|% x|%X|%010s\n", "go", "go", "go", "héllo", "a\"b\n", "back", "héllo", "hi", "hi", "hi", "pad")
	fmt.Printf("%v|%f|%.2f|%e|%E|%g|%G|%8.3f|%-8.2f|%+.1e|%x\n", 3.14159, 3.14159, 3.14159, 1234.5678, 1234.5678, 0.000012345, 1e21, 3.14159, 2.5, 12345.678, 1.0)
	fmt.Printf("%v %v %v %v %v\n", 1e6, 123456789.0, 1e-5, float32(0.1), 100000.0)
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%v|%.2f|%g\n", 3+4i, 1-2.5i, complex(float32(1), 2))
	p := &P{X: 1, Y: 2, Name: "pt", Tags: []string{"a", "b"}, M: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", p, *p)
	fmt.Printf("%#v\n", *p)
	fmt.Printf("%v %d %s\n", []int{1, 2, 3}, []int{1, 2}, []string{"x", "y"})
	fmt.Printf("%v %s %x %q %#v\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte{1, 2})
	fmt.Printf("%v %#v %v %#v\n", map[int]string{3: "c", 1: "a", 2: "b"}, map[string]bool{"k": true}, []any{1, "a", nil, 2.5}, []any{1, "a", nil})
	var np *P
	var ni any
	var ns []int
	var nm map[string]int
	fmt.Printf("%v %v %v %v %#v %#v %d\n", np, ni, ns, nm, ns, nm, ni)
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%!|%z|%", 3)
	fmt.Println()
	fmt.Printf("%[2]d %[1]d %[3]d|%[0]d|%[x]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f|%*s\n", 5, 1, 4, 2, 2, 3.14159, "x", 3)
	fmt.Println(Celsius(21.5), []Celsius{1, 2}, Bad(1))
	fmt.Printf("%v %s %d\n", Celsius(3), Celsius(4), Celsius(5))
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, true, "\n")
	fmt.Println("a", 1, true, nil, 'x', 2.0)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"), fmt.Sprintln("x", 3))
	fmt.Printf("%T %T %T %T %T %T %T\n", 1, "s", 2.0, p, *p, []any{}, map[string][]int{})
	fmt.Printf("%6.2f|%-6.1f|%06.2f|%+06.1f|% .3f\n", 3.14159, 2.0, -1.5, 2.25, 1.0)
	fmt.Printf("%08.3f|%-08d|%+05d|%x|%X|%#v|%#v\n", -3.14159, 7, 3, -255, "Hi", 42, "s")
	fmt.Printf("%v %v %v\n", int8(-5), uint64(18446744073709551615), uintptr(10))
	fmt.Printf("%#v %#v %#v %#v\n", uint8(5), 3.0, 1e7, struct{ A, b int }{1, 2})
	fmt.Printf("%5.1q|%.3v|%10.4v|%-10v|\n", "abcdef", "abcdef", 3.14159265, true)
	err := fmt.Errorf("wrap: %w", fmt.Errorf("inner %d", 7))
	fmt.Println(err)
	fmt.Printf("%v|%s\n", [3]int{1, 2, 3}, [2]bool{true, false})
	fmt.Printf("%x %X % X %#x\n", "hello", []byte{1, 171}, []byte{1, 171}, "ab")
	fmt.Printf("%e %g %.3g %.10g %g\n", 0.0, 1e-7, 1234567.0, 1.0/3, 1e100)
	fmt.Printf("%v %v %v %.0f %.1f %.0f\n", -0.0, 2.5e-10, 5e-324, 2.5, 0.25, 3.5)
}
