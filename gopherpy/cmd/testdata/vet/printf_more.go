// More cases of the printf analyzer: method wrappers, indexes, recursive Error methods, %w.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Logger struct{}

func (l *Logger) Logf(format string, args ...any) { fmt.Printf(format, args...) }
func (l Logger) Log(args ...any)                  { fmt.Print(args...) }

type Err struct{ msg string }

func (e Err) Error() string { return fmt.Sprintf("err %v", e) }

type Str struct{}

func (s *Str) String() string { return fmt.Sprint(s) }

type Num float64

func wrap(err error) error { return fmt.Errorf("ctx: %w %w", err, err) }

func main() {
	var l Logger
	l.Logf("%d", "x")
	l.Log("%d", 1)
	var i int
	var f float64
	var s string
	fmt.Printf("%[2]*[1]d\n", i, 3)
	fmt.Printf("%[2]*[1]d\n", i, "x")
	fmt.Printf("%.2s %-10v %08b %x %U %#U % x %+q\n", s, i, i, f, 'x', 'x', s, s)
	fmt.Printf("%#v %+v\n", l, &l)
	fmt.Printf("%v %v\n", Num(1), i)
	fmt.Printf("%d\n", Num(1))
	fmt.Fprintln(os.Stdout, "a\n")
	fmt.Printf("%s %s\n", errors.New("x"), Err{})
	fmt.Printf("%.3q\n", s)
	fmt.Printf("%*.*f\n", 5, 2, f)
	fmt.Printf("%-*d\n", 5, i)
	fmt.Printf("%[1]d %[1]x\n", i)
	fmt.Printf("%[1]d %d\n", i, i)
	fmt.Printf("%[2]d %d\n", i, i)
	fmt.Printf("%d %[1]d %d\n", i, i)
	fmt.Printf("%v\n", []any{1, "a"})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", map[string]int{})
	fmt.Printf("%s\n", [3]byte{})
	fmt.Printf("%x\n", [3]int{})
	fmt.Printf("%t\n", []bool{true})
	fmt.Printf("%p\n", i)
	fmt.Printf("%p\n", &i)
	fmt.Printf("%s\n", &s)
	fmt.Printf("%d\n", &i)
	fmt.Printf("%v %v", 1)
	fmt.Printf("%v", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%é\n", i)
	fmt.Printf("%\n", i)
	fmt.Printf("%d", wrap)
	_ = fmt.Errorf("%w", &Err{})
	_ = fmt.Errorf("%v %w", i, Err{})
	_ = fmt.Errorf("%w", i)
	fmt.Println(wrap(nil), Str{})
	fmt.Printf("%s", uintptr(0))
	fmt.Printf("%c %c", 'a', "a")
	var e error
	fmt.Printf("%d\n", e)
	var a any
	fmt.Printf("%d\n", a)
	fmt.Printf("%s\n", struct{ a int }{1})
	fmt.Printf("%d\n", struct{ A, B int }{1, 2})
	fmt.Printf("%s\n", struct{ e error }{nil})
	fmt.Printf("%d %s\n", 'x', 'x')
	fmt.Printf("%d\n", true)
	fmt.Printf("%v\n", main)
	fmt.Printf("%T %p\n", main, main)
}
