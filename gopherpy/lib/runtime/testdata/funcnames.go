// The names Go gives functions, as runtime.FuncForPC, runtime.Caller,
// runtime.CallersFrames and runtime.Stack print them: import paths for standard-library
// packages, receivers, generic functions and methods ([...]), closures (nested,
// in methods, in init, deferred), the wrappers gc generates (method values -fm,
// method expressions, go statements' gowrapN) and frames of standard-library
// functions that call back into the program or panic (compiled from Go or natives).
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
)

// caller is the name of the function skip frames above caller's caller.
func caller(skip int) string {
	pc, _, _, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return runtime.FuncForPC(pc).Name()
}

func nameOf(f any) string { return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name() }

// frames lists the functions above it, as CallersFrames reports them.
func frames() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fr.Next()
		out = append(out, f.Function)
		if !more {
			break
		}
	}
	return strings.Join(out, " < ")
}

// stackNames is the text of runtime.Stack (or debug.Stack) without file lines, goroutine
// ids other than main's, argument words and runtime-internal frames.
func stackNames(s string) string {
	var out []string
	for _, ln := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if strings.HasPrefix(ln, "\t") {
			continue
		}
		if strings.HasPrefix(ln, "goroutine ") && !strings.HasPrefix(ln, "goroutine 1 ") {
			ln = "goroutine N " + ln[strings.Index(ln, "["):]
		}
		if i := strings.LastIndex(ln, "("); i > 0 && strings.HasSuffix(ln, ")") {
			ln = ln[:i]
		}
		out = append(out, ln)
	}
	return strings.Join(out, "\n")
}

type T struct{ n int }

//go:noinline
func (t T) Value() string { return caller(0) }

//go:noinline
func (t *T) Pointer() string {
	return call(func() string {
		return call(func() string { return caller(0) + " < " + caller(1) + " < " + caller(2) })
	})
}

// call keeps the closures it calls from being inlined: gc renames a closure nested in
// an inlined one (F.func1.func1 for F.func1.1), and gopherpy does not inline.
//
//go:noinline
func call(f func() string) string { return f() }

type Box[E any] struct{ v E }

//go:noinline
func (b *Box[E]) Get() string { return caller(0) }

//go:noinline
func (b Box[E]) Peek() string { return caller(0) }

//go:noinline
func Generic[E any](x E) string { return caller(0) }

type S struct{ T }

type I interface{ Value() string }

var initNames []string

var varInit = func() string { return caller(0) }()

func init() {
	initNames = append(initNames, caller(0))
	func() { initNames = append(initNames, caller(0)) }()
}

func init() {
	initNames = append(initNames, caller(0))
}

//go:noinline
func deferred() (s string) {
	defer func() {
		s = caller(0)
		func() { s += " " + caller(0) }()
	}()
	return ""
}

//go:noinline
func panicking() (s string) {
	defer func() {
		recover()
		s = frames()
	}()
	var m map[string]int
	m["x"] = 1
	return
}

//go:noinline
func work(c chan string, x int) { c <- frames() }

func (t *T) send(c chan string) { c <- frames() }

func goroutines() {
	c := make(chan string)
	go work(c, 1)
	fmt.Println(<-c)
	t := &T{}
	go t.send(c)
	fmt.Println(<-c)
	go func() { c <- frames() }()
	fmt.Println(<-c)
	go func(x int) { c <- frames() }(1)
	fmt.Println(<-c)

	// goroutines that have not started yet: gc's go-statement wrappers show
	runtime.GOMAXPROCS(1)
	block := make(chan int)
	go work(c, 2)
	go func() { <-block }()
	go t.send(c)
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	fmt.Println(stackNames(string(buf[:n])))
	close(block)
	<-c
	<-c
}

func stdCallbacks() {
	sort.Search(10, func(i int) bool {
		if i == 5 {
			fmt.Println("sort.Search callback:", caller(0), "<", caller(1))
		}
		return i >= 5
	})
	slices.IndexFunc([]int{1, 2, 3}, func(x int) bool {
		if x == 2 {
			fmt.Println("slices.IndexFunc callback:", caller(0), "<", caller(1))
		}
		return x == 2
	})
	// strings.Map and FieldsFunc call their callbacks themselves (natives here)
	strings.Map(func(r rune) rune {
		if r == 'b' {
			fmt.Println("strings.Map callback:", caller(0), "<", caller(1))
		}
		return r
	}, "abc")
	strings.FieldsFunc("a b", func(r rune) bool {
		if r == ' ' {
			fmt.Println("strings.FieldsFunc callback:", caller(0), "<", caller(1))
		}
		return r == ' '
	})
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			fmt.Println(stackNames(string(debug.Stack())))
		}()
		fmt.Println(strings.Repeat("x", -1))
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			fmt.Println(stackNames(string(debug.Stack())))
		}()
		var b bytes.Buffer
		b.WriteString("abc")
		b.Truncate(-1)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			fmt.Println(stackNames(string(debug.Stack())))
		}()
		xs := []int{1, 2, 3}
		slices.IndexFunc(xs, func(x int) bool { return xs[x+1] > 5 })
	}()
}

func main() {
	fmt.Println(caller(0))
	fmt.Println(T{}.Value())
	fmt.Println((&T{}).Pointer())
	fmt.Println((&Box[int]{}).Get(), Box[string]{}.Peek())
	fmt.Println(Generic(1), Generic("x"))
	fmt.Println(varInit)
	fmt.Println(strings.Join(initNames, ", "))
	fmt.Println(deferred())
	fmt.Println(panicking())
	fmt.Println(frames())
	call(func() string {
		call(func() string { return call(func() string { fmt.Println(frames()); return "" }) })
		return call(func() string { fmt.Println(frames()); return "" })
	})

	// function values: declared functions, method values (gc's -fm wrappers) and
	// method expressions
	var t T
	var b strings.Builder
	fmt.Println(nameOf(main), nameOf(caller), nameOf(Generic[int]), nameOf((*Box[int]).Get))
	fmt.Println(nameOf(t.Value), nameOf((&t).Pointer), nameOf(T.Value), nameOf((*T).Pointer))
	var s S
	fmt.Println(nameOf(s.Value), nameOf(s.Pointer), nameOf(s.T.Value), nameOf(S.Value), nameOf((*S).Pointer))
	fmt.Println(reflect.ValueOf(t.Value).Pointer() == reflect.ValueOf(s.T.Value).Pointer())
	fmt.Println(nameOf(strings.ToUpper), nameOf(b.WriteString), nameOf((*strings.Builder).WriteString))
	fmt.Println(nameOf(json.Marshal), nameOf((*json.Decoder).Decode), nameOf(sort.Ints), nameOf(slices.Index[[]int]))
	fn := runtime.FuncForPC(reflect.ValueOf(t.Value).Pointer())
	file, line := fn.FileLine(fn.Entry())
	fmt.Println(fn.Name(), file, line)

	goroutines()
	stdCallbacks()
}
