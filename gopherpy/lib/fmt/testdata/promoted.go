// Methods promoted through embedded fields decide how fmt prints: time.Time's
// Format(string) is not a fmt.Formatter, its String is a Stringer; a promoted real
// Formatter is used.
package main

import (
	"fmt"
	"time"
)

type Stamp struct{ time.Time }

type F int

func (f F) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "F<%c,%d>", verb, int(f)) }

type HasF struct {
	F
	N int
}

func main() {
	st := Stamp{time.Date(2021, 5, 6, 7, 8, 9, 0, time.UTC)}
	fmt.Println(st)
	fmt.Printf("%v|%s|%+v\n", st, st, &st)
	h := HasF{3, 4}
	fmt.Println(h)
	fmt.Printf("%v|%x|%+v\n", h, h, &h)
}
