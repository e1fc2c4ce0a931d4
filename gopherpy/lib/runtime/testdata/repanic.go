package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ A, B int }

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		panic(r)
	}()
	defer func() {
		r := recover()
		fmt.Println(r)
		panic(fmt.Sprintf("%v", MyErr{1, 2}))
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint(r, "!"))
	}()
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(errors.New("first"))
}
