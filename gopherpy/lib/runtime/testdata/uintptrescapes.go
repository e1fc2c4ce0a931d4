// An object whose address is only held as a uintptr is unreachable: its finalizer
// runs. A call of a //go:uintptrescapes function keeps the object of an argument
// written uintptr(unsafe.Pointer value) alive until it returns.
package main

import (
	"fmt"
	"runtime"
	"time"
	"unsafe"
)

var finalized = make(chan string, 10)

//go:noinline
func setup(name string) unsafe.Pointer {
	s := new(string)
	*s = name
	runtime.SetFinalizer(s, func(p *string) { finalized <- *p })
	return unsafe.Pointer(s)
}

//go:uintptrescapes
//go:noinline
func held(p uintptr) string {
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	select {
	case f := <-finalized:
		return "finalized during the call: " + f
	default:
	}
	return "alive during the call: " + *(*string)(unsafe.Pointer(p))
}

func waitFinalized() string {
	for i := 0; i < 200; i++ {
		runtime.GC()
		select {
		case f := <-finalized:
			return f
		case <-time.After(time.Millisecond):
		}
	}
	return "never finalized"
}

func main() {
	fmt.Println(held(uintptr(setup("a"))))
	fmt.Println("after the call:", waitFinalized())

	p := uintptr(setup("d"))
	fmt.Println("only a uintptr held:", waitFinalized(), p != 0)
}
