// Cases of the composites analyzer: unkeyed literals of other packages' struct types.
package main

import (
	"errors"
	"fmt"
	"os"
	"unicode"
)

type local struct{ a, b int }

type Alias = unicode.CaseRange

func main() {
	e := errors.New("x")
	l1 := os.LinkError{"op", "a", "b", e}
	l2 := &os.LinkError{"op", "a", "b", e}
	l3 := os.LinkError{Op: "op", Err: e}
	r := unicode.Range16{1, 2, 1}
	c := unicode.CaseRange{1, 2, [unicode.MaxCase]rune{}}
	a := Alias{1, 2, [unicode.MaxCase]rune{}}
	lc := local{1, 2}
	anon := struct{ x int }{1}
	ls := []os.LinkError{{"op", "a", "b", e}, {Op: "x"}}
	m := map[string]unicode.CaseRange{"k": {1, 2, [3]rune{}}}
	empty := os.LinkError{}
	fmt.Println(l1, l2, l3, r, c, a, lc, anon, ls, m, empty)
}
