// recover() in a method called through an interface (a box wrapper), through reflect's
// method values and method functions, and in a function made by reflect.MakeFunc;
// runtime.GC lets other goroutines run.
package main

import (
	"fmt"
	"reflect"
	"runtime"
)

type I interface{ M() }

type W uintptr

func (W) M() { fmt.Println("W.M recovered:", recover()) }

type S struct{ a, b int }

func (S) M() { fmt.Println("S.M recovered:", recover()) }

type P struct{ x int }

func (*P) M() { fmt.Println("P.M recovered:", recover()) }

func viaIface(i I, v int) {
	defer i.M()
	panic(v)
}

func viaMethodValue(f func(), v int) {
	defer f()
	panic(v)
}

func reflectFunc(args []reflect.Value) []reflect.Value {
	fmt.Println("MakeFunc recovered:", recover())
	return nil
}

func inner(args []reflect.Value) []reflect.Value {
	fmt.Println("indirect MakeFunc recovered:", recover())
	return nil
}

func outer(args []reflect.Value) []reflect.Value {
	args[0].Interface().(func())()
	return nil
}

func main() {
	viaIface(W(0), 1)
	viaIface(S{}, 2)
	viaIface(&P{}, 3)
	viaMethodValue(reflect.ValueOf(&P{}).Method(0).Interface().(func()), 4)
	viaMethodValue(reflect.ValueOf(S{}).Method(0).Interface().(func()), 5)
	f := reflect.TypeOf(&P{}).Method(0).Func.Interface().(func(*P))
	func() {
		defer f(&P{})
		panic(6)
	}()
	g := reflect.MakeFunc(reflect.TypeOf((func())(nil)), reflectFunc).Interface().(func())
	viaMethodValue(g, 7)
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		f2 := reflect.MakeFunc(reflect.TypeOf((func(func()))(nil)), outer).Interface().(func(func()))
		f3 := reflect.MakeFunc(reflect.TypeOf((func())(nil)), inner).Interface().(func())
		defer f2(f3)
		panic(8)
	}()

	done := make(chan bool)
	n := 0
	go func() {
		for {
			runtime.GC()
			n++
			select {
			case <-done:
				return
			default:
			}
		}
	}()
	for i := 0; i < 100; i++ {
		runtime.Gosched()
	}
	done <- true
	fmt.Println("collector goroutine ran:", n > 0)
}
