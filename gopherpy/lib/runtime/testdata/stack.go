// runtime.Stack and runtime/debug.Stack in Go's format, normalised where gc and
// gopherpy cannot agree: paths (the last element, or below GOROOT/src), +0x offsets,
// argument lists, and the ids of goroutines other than main's.
// debug.PrintStack writes the same text to standard error (the program ends with
// status 3 so that only its first line is compared).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

func normalise(s string) string {
	var out []string
	for _, ln := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if strings.HasPrefix(ln, "\t") {
			if i := strings.LastIndex(ln, " +0x"); i >= 0 {
				ln = ln[:i]
			}
			if i := strings.LastIndex(ln, "/src/"); i >= 0 {
				ln = "\t" + ln[i+5:]
			} else {
				ln = "\t" + ln[strings.LastIndex(ln, "/")+1:]
			}
		} else if strings.HasPrefix(ln, "goroutine ") {
			if !strings.HasPrefix(ln, "goroutine 1 ") {
				ln = "goroutine N " + ln[strings.Index(ln, "["):]
			}
		} else if i := strings.LastIndex(ln, "("); i >= 0 && strings.HasSuffix(ln, ")") {
			ln = ln[:i] + "(...)" // gc shows argument words, or (...) when it inlined the call
		}
		out = append(out, ln)
	}
	return strings.Join(out, "\n")
}

func stack(all bool) string {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, all)
	return normalise(string(buf[:n]))
}

type T struct{}

func (t *T) method(x int) string { return stack(false) }

func leaf() string { return stack(false) }

func withArgs(a, b int) string { return leaf() }

func inDefer() (s string) {
	defer func() {
		recover()
		s = normalise(string(debug.Stack()))
	}()
	var p *T
	_ = *p
	return
}

func main() {
	fmt.Println(stack(false))
	fmt.Println(withArgs(1, 2))
	fmt.Println((&T{}).method(3))
	fmt.Println(func() string { return stack(false) }())
	fmt.Println(inDefer())
	fmt.Println(normalise(string(debug.Stack())))

	ready := make(chan bool)
	block := make(chan int)
	go func() {
		ready <- true
		<-block
	}()
	<-ready
	runtime.Gosched()
	fmt.Println(stack(true))

	short := make([]byte, 10)
	n := runtime.Stack(short, false)
	fmt.Printf("short buffer: %d %q\n", n, short[:n])
	fmt.Println(runtime.Stack(nil, false))

	debug.PrintStack()
	os.Exit(3)
}
