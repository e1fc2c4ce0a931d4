// An unrecovered *reflect.ValueError: the panic prints its Error text, exit status 2.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	v := reflect.ValueOf(map[string]int{"a": 1})
	fmt.Println(v.Len())
	fmt.Println(v.Int())
}
