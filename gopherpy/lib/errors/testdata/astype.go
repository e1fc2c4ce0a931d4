package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

type valErr struct{ s string }

func (e valErr) Error() string { return e.s }

func main() {
	wm := fmt.Errorf("ctx: %w", &myErr{7})
	if p, ok := errors.AsType[*myErr](wm); ok {
		fmt.Println("AsType", p.code)
	}
	_, ok := errors.AsType[valErr](wm)
	fmt.Println(ok)
	v, ok := errors.AsType[valErr](fmt.Errorf("%w", valErr{"v"}))
	fmt.Println(v.s, ok)
}
