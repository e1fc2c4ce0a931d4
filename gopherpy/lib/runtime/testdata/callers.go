// Program counters and frames: runtime.Caller, Callers, CallersFrames, FuncForPC and
// *Func, with gc's function names for functions, methods, closures and generic
// instances. Paths are printed relative (the last element, or below GOROOT/src).
package main

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
)

// where shortens a file name: the base of a program file, the part below /src/ of
// a runtime file.
func where(file string) string {
	if i := strings.LastIndex(file, "/src/"); i >= 0 && !strings.HasSuffix(file, "callers.go") {
		return file[i+5:]
	}
	return filepath.Base(file)
}

// stack prints the frames above its caller, as CallersFrames reports them.
func stack(tag string) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		// (Func is nil for a frame gc inlined: not printed)
		fmt.Printf("%s: %s %s:%d entry<=pc:%v\n", tag, f.Function, where(f.File), f.Line, f.Entry <= f.PC)
		if !more {
			break
		}
	}
}

// caller prints runtime.Caller(skip) for skip = 0, 1, ... until it fails.
func caller(tag string) {
	for skip := 0; ; skip++ {
		pc, file, line, ok := runtime.Caller(skip)
		if !ok {
			fmt.Printf("%s: Caller(%d) not ok: pc=%d file=%q line=%d\n", tag, skip, pc, file, line)
			return
		}
		f := runtime.FuncForPC(pc)
		ffile, fline := f.FileLine(pc)
		fmt.Printf("%s: Caller(%d) %s %s:%d fileline-agrees:%v\n", tag, skip, f.Name(), where(file), line,
			ffile == file && fline == line)
	}
}

type T struct{ n int }

func (t T) Value()    { stack("T.Value") }
func (t *T) Pointer() { stack("(*T).Pointer") }
func (t *T) Closure() {
	func() { stack("(*T).Closure.func1") }()
}

type G[E any] struct{ e E }

func (g *G[E]) Method() { stack("(*G[E]).Method") }

func Generic[E any](e E) { stack("Generic") }

func GenericClosure[E any](e E) {
	f := func() { stack("GenericClosure.func1") }
	f()
}

type I interface{ Value() }

func nested() {
	func() {
		stack("nested.func1")
	}()
}

func rec(n int) {
	if n == 0 {
		stack("rec")
		return
	}
	rec(n - 1)
}

func hello() string { return "hello" }

func main() {
	stack("main")
	caller("main")
	T{}.Value()
	(&T{}).Pointer()
	(&T{}).Closure()
	var i I = T{}
	i.Value()
	(&G[int]{}).Method()
	(&G[string]{}).Method()
	Generic(1)
	Generic("s")
	GenericClosure(1.5)
	nested()
	rec(2)
	mv := (&T{}).Pointer // a method value
	mv()
	func() { caller("main.func") }()

	// FuncForPC: one *Func per function; the entry PC of a func value (reflect) names it.
	pc := reflect.ValueOf(hello).Pointer()
	f := runtime.FuncForPC(pc)
	fmt.Println("hello:", f.Name(), f.Entry() == pc, runtime.FuncForPC(pc) == f)
	file, line := f.FileLine(pc)
	fmt.Println("hello at entry:", where(file), line)
	pcm := reflect.ValueOf(main).Pointer()
	fmt.Println("main:", runtime.FuncForPC(pcm).Name(), runtime.FuncForPC(pcm) != f)
	fmt.Println("method expression:", runtime.FuncForPC(reflect.ValueOf((*T).Pointer).Pointer()).Name())
	fmt.Printf("%%p of a func equals its entry: %v\n", fmt.Sprintf("%p", hello) == fmt.Sprintf("%#x", pc))

	// Every PC inside hello maps to hello and to one of its lines.
	lines := map[int]bool{}
	for p := pc; runtime.FuncForPC(p) == f; p++ {
		_, l := f.FileLine(p)
		if l != 0 {
			lines[l] = true
		}
	}
	fmt.Println("hello's lines:", len(lines), lines[88])

	// Edge cases.
	var nilf *runtime.Func
	fmt.Printf("nil *Func name: %q\n", nilf.Name())
	fmt.Println("FuncForPC(0):", runtime.FuncForPC(0) == nil)
	fmt.Println("Callers into empty slice:", runtime.Callers(0, nil))
	one := make([]uintptr, 1)
	fmt.Println("Callers(0) into one slot:", runtime.Callers(0, one), runtime.FuncForPC(one[0]).Name())
	fmt.Println("Callers beyond the stack:", runtime.Callers(100, make([]uintptr, 4)))
	_, _, _, ok := runtime.Caller(100)
	fmt.Println("Caller(100):", ok)
	fr := runtime.CallersFrames(nil)
	z, more := fr.Next()
	fmt.Printf("empty frames: %q %d %v\n", z.Function, z.Line, more)
	pcs := make([]uintptr, 3)
	n := runtime.Callers(1, pcs)
	frs := runtime.CallersFrames(pcs[:n])
	for {
		fm, more := frs.Next()
		fmt.Println("frame", fm.Function, more)
		if !more {
			break
		}
	}
}
