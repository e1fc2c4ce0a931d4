// The stack a deferred call sees: at a return (the return's line), at the end of a
// function (its closing brace), during a panic (runtime.gopanic and the runtime
// helper that raised the error, over the frame that panicked), during a nested
// panic and during runtime.Goexit.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// frames returns the functions and lines above its caller's caller, stopping after
// the first frame of main.main or of a goroutine's entry.
func frames() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fs.Next()
		file := f.File
		if i := strings.LastIndex(file, "/src/"); i >= 0 {
			file = file[i+5:]
		} else {
			file = file[strings.LastIndex(file, "/")+1:]
		}
		out = append(out, fmt.Sprintf("%s@%s:%d", f.Function, file, f.Line))
		if !more || f.Function == "main.main" || strings.HasPrefix(f.Function, "main.worker") {
			break
		}
	}
	return strings.Join(out, " < ")
}

func show(tag string) {
	fmt.Printf("%s: %s\n", tag, frames())
}

func atReturn(x int) int {
	defer show("atReturn")
	if x > 0 {
		return 1
	}
	return 2
}

func atEnd() {
	defer show("atEnd")
	fmt.Println("atEnd body")
}

func named() (r int) {
	defer func() {
		r *= 10
		show("named")
	}()
	r = 4
	return r + 1
}

// catch runs f and shows, from a deferred function, the stack of the panic f raised.
func catch(tag string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", tag, r)
		show(tag)
	}()
	f()
}

var zero int
var nilmap map[string]int
var nilmapInt map[int]int

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

type S struct{ a [2]int }

func explicit()  { panic("explicit") }
func index()     { var a []int; _ = a[zero+2] }
func nilptr()    { var p *S; p.a[1] = 3 }
func divide()    { fmt.Println(7 / zero) }
func assertE()   { var i any = 1; _ = i.(string) }
func assertI()   { var i I = T{}; _ = i.(*T) }
func missing()   { var i any = T{}; _ = i.(J) }
func mapStr()    { nilmap["a"] = 1 }
func mapInt()    { nilmapInt[1] = 1 }
func closeTwice() { c := make(chan int); close(c); close(c) }
func sendClosed() { c := make(chan int, 1); close(c); c <- 1 }
func slicing()   { var a []int; _ = a[1 : zero+3] }
func convert()   { a := []int{1}; _ = [2]int(a) }
func shift()     { _ = 1 << (zero - 1) }
func makeSlice() { _ = make([]int, zero-1) }

// nested: a deferred call panics while another panic is in flight; the deferred
// call that runs next (and recovers) sees both.
func nested() {
	defer func() {
		fmt.Println("nested recovered:", recover())
		show("nested")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

// panicAtReturn: a deferred call run at the return panics.
func panicAtReturn() {
	defer func() {
		fmt.Println("panicAtReturn recovered:", recover())
		show("panicAtReturn")
	}()
	defer func() {
		panic("in defer")
	}()
	return
}

func caller2() {
	_, _, line, _ := runtime.Caller(2)
	fmt.Println("Caller(2) from a deferred call during a panic: line", line)
}

func deferCaller() {
	defer func() { recover() }()
	defer caller2()
	panic("p")
}

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	defer show("goexit")
	runtime.Goexit()
}

func main() {
	atReturn(1)
	atReturn(0)
	atEnd()
	fmt.Println("named:", named())
	catch("explicit", explicit)
	catch("index", index)
	catch("nilptr", nilptr)
	catch("divide", divide)
	catch("assertE", assertE)
	catch("assertI", assertI)
	catch("missing", missing)
	catch("mapStr", mapStr)
	catch("mapInt", mapInt)
	catch("closeTwice", closeTwice)
	catch("sendClosed", sendClosed)
	catch("slicing", slicing)
	catch("convert", convert)
	catch("shift", shift)
	catch("makeSlice", makeSlice)
	catch("literal", func() {
		var m map[string]int
		m["x"]++
	})
	nested()
	panicAtReturn()
	deferCaller()
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(&wg)
	wg.Wait()
	show("after")
}
