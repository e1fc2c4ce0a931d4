package main

import (
	"errors"
	"fmt"
)

func f() (r int) {
	defer func() {
		r *= 2
	}()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	return a / b, nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
}

func nested() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func notDirect() {
	defer func() {
		helper := func() interface{} { return recover() }
		fmt.Println("helper got:", helper())
		fmt.Println("direct got:", recover())
	}()
	panic(errors.New("boom"))
}

func main() {
	fmt.Println(f())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	order()
	nested()
	notDirect()
	defer fmt.Println("main deferred")
	var m map[string]int
	defer func() {
		fmt.Println("recovered:", recover())
		var a []int
		idx := 3
		fmt.Println(a[idx])
	}()
	m["x"] = 1
}
