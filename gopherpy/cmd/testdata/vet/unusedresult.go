// Cases of the unusedresult analyzer: results that must be used.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type T struct{}

func (T) String() string { return "t" }
func (T) Other() string  { return "o" }

type E struct{}

func (*E) Error() string { return "e" }

func main() {
	s := []int{3, 1}
	fmt.Sprintf("%d", 1)
	fmt.Sprint(1)
	fmt.Sprintln(2)
	errors.New("x")
	fmt.Errorf("y")
	slices.Clone(s)
	slices.Contains(s, 1)
	strings.ToUpper("a")
	var t T
	t.String()
	t.Other()
	(&E{}).Error()
	(fmt.Sprint("p"))
	_ = fmt.Sprint(3)
	x := fmt.Sprint(4)
	fmt.Println(x)
}
