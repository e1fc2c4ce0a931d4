// An unrecovered string panic from reflect: Set on an unaddressable value.
package main

import "reflect"

type S struct{ N int }

func main() {
	reflect.ValueOf(S{}).Field(0).SetInt(1)
}
