// Cases of the printf analyzer: verbs against argument types, argument counts,
// flags, indexes, Print calls with format directives, wrappers of the package.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type T struct {
	a int
	b string
}

type S string

func (s S) String() string { return string(s) }

type R int

func (r R) String() string { return fmt.Sprintf("%d", r) }

type Rec int

func (r Rec) String() string { return fmt.Sprintf("%s", r) }

type Fm int

func (f Fm) Format(st fmt.State, c rune) {}

type E struct{}

func (e *E) Error() string { return "e" }

func logf(format string, args ...any) {
	fmt.Printf(format, args...)
}

func myprint(args ...any) {
	fmt.Println(args...)
}

func wrapf(format string, args ...interface{}) {
	logf(format, args...)
}

func noforward(format string, args ...any) {
	fmt.Printf(format, args)
}

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var p *int
	var bs []byte
	var err error = errors.New("x")
	var c chan int
	var m map[string]int
	var fn func()
	var st S
	var t T
	var r rune
	var u8 uint8

	// good
	fmt.Printf("%d %s %v %f %t %p %x %q\n", i, s, t, f, b, p, bs, s)
	fmt.Printf("%5.2f|%-8s|%+d|%08.3f|%x|%X\n", f, s, i, f, s, i)
	fmt.Printf("%[2]d %[1]s\n", s, i)
	fmt.Printf("%*d %.*f\n", 5, i, 2, f)
	fmt.Printf("%s %v\n", err, err)
	fmt.Printf("%s %d\n", st, Fm(1))
	fmt.Printf("%c %U %q\n", r, r, r)
	fmt.Printf("%p %p %p\n", c, m, fn)
	fmt.Printf("%d%%\n", i)
	fmt.Printf("%T %v\n", fn, t)
	fmt.Printf("%x %d\n", u8, u8)
	fmt.Printf("%s\n", []string{"a"})
	fmt.Printf("%d\n", []int{1})
	fmt.Printf("%v %d\n", &t, &t)
	fmt.Sprintf("%s", bs)
	_ = fmt.Errorf("wrap: %w", err)
	log.Printf("%d", i)
	fmt.Println("100%")
	fmt.Println("%zz")

	// bad verbs and types
	fmt.Printf("%d\n", s)
	fmt.Printf("%s\n", i)
	fmt.Printf("%f\n", i)
	fmt.Printf("%t\n", i)
	fmt.Printf("%d\n", f)
	fmt.Printf("%s\n", b)
	fmt.Printf("%d\n", t)
	fmt.Printf("%s\n", &t)
	fmt.Printf("%d\n", p)
	fmt.Printf("%s\n", p)
	fmt.Printf("%x\n", b)
	fmt.Printf("%d\n", fn)
	fmt.Printf("%s\n", main)
	fmt.Printf("%z\n", i)
	fmt.Printf("%#s\n", s)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", c)
	fmt.Printf("%d\n", m)
	fmt.Printf("%q\n", f)
	fmt.Printf("%c\n", s)
	fmt.Printf("%d %d\n", i)
	fmt.Printf("%d\n", i, i)
	fmt.Printf("no directives\n", i)
	fmt.Printf("%[3]d\n", i, i)
	fmt.Printf("%[0]d\n", i)
	fmt.Printf("%[x]d\n", i)
	fmt.Printf("%[1d\n", i)
	fmt.Printf("%*d\n", s, i)
	fmt.Printf("%.*d\n", f, i)
	fmt.Printf("%")
	fmt.Printf("%-")
	fmt.Printf("%w\n", err)
	_ = fmt.Errorf("%w\n", s)
	fmt.Sprintf("%d", "x")
	fmt.Fprintf(os.Stderr, "%d\n", "y")
	log.Printf("%s", i)
	log.Fatalf("%d", s)
	fmt.Printf("a\tb %d\n", s)
	fmt.Printf(`raw %d`, s)
	fmt.Printf("\u00e9\x41 %d", s)
	fmt.Printf("%v %d\n", t, Rec(1))
	fmt.Printf("%s\n", E{})
	fmt.Printf("%v\n", &E{})
	fmt.Printf("%d\n", struct {
		A    string
		Long int
	}{"x", 1})

	// Print calls
	fmt.Println("%d", i)
	fmt.Println("x=%v", i)
	fmt.Print("%s\n", s)
	fmt.Println("a", "b\n")
	fmt.Println(fn)
	fmt.Println(main)
	fmt.Println(os.Stdout, "x")
	fmt.Fprintln(os.Stdout, "x")
	fmt.Println("%5.2f%%", f)
	fmt.Println("%12x%", i)
	log.Println("%d", i)
	fmt.Sprint("%v", i)

	// wrappers
	logf("%d\n", s)
	logf("%s\n", s)
	wrapf("%d %d\n", i)
	myprint("%d", i)
	noforward("%d\n", s)

	// non-constant format strings
	fmt.Printf(s)
	fmt.Printf(s, i)
	fmt.Sprintf(s)
	log.Printf(s)
	_ = fmt.Errorf(s)
	const k = "%d\n"
	fmt.Printf(k, s)
	fmt.Printf(k+"%s", i, i)
}
