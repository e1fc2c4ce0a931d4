// Cases of the errorsas analyzer.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (MyErr) Error() string { return "my" }

type PErr struct{}

func (*PErr) Error() string { return "p" }

type I interface{ M() }

func main() {
	err := fmt.Errorf("wrap: %w", MyErr{})
	var me MyErr
	var pe *PErr
	var e error
	var i I
	var s string
	var a any = &me
	fmt.Println(errors.As(err, &me))
	fmt.Println(errors.As(err, &pe))
	fmt.Println(errors.As(err, &e))
	fmt.Println(errors.As(err, &i))
	fmt.Println(errors.As(err, me))
	fmt.Println(errors.As(err, &s))
	fmt.Println(errors.As(err, nil))
	fmt.Println(errors.As(err, a))
	fmt.Println(errors.As(err, new(PErr)))
}
