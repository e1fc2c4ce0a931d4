// Cases of the nilfunc analyzer: functions compared with nil.
package main

import (
	"fmt"
	"strings"
)

type T struct{}

func (T) M() {}

func g() {}

func main() {
	var fv func()
	var t T
	if g == nil {
		fmt.Println("a")
	}
	if nil != g {
		fmt.Println("b")
	}
	if strings.ToUpper != nil {
		fmt.Println("c")
	}
	if fv == nil {
		fmt.Println("d")
	}
	if t.M != nil {
		fmt.Println("e")
	}
	fmt.Println(g != nil, (g) == nil)
}
