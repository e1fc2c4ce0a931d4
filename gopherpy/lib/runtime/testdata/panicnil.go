package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		pe, ok := r.(*runtime.PanicNilError)
		fmt.Println(ok, pe.Error())
		var re runtime.Error = pe
		fmt.Println(re)
		fmt.Printf("%T %v\n", r, r)
		func() {
			defer func() {
				r := recover()
				te := r.(*runtime.TypeAssertionError)
				fmt.Println(te.Error())
				var target *runtime.TypeAssertionError
				fmt.Println(errors.As(r.(error), &target), target)
			}()
			var x any = 1
			_ = x.(string)
		}()
	}()
	panic(nil)
}
