package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Version()[:2] == "go")
	fmt.Println("goroutines", runtime.NumGoroutine())
	fmt.Println("GOMAXPROCS(0) == NumCPU:", runtime.GOMAXPROCS(0) == runtime.NumCPU())
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(prev == runtime.NumCPU(), runtime.GOMAXPROCS(0))
	block := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			wg.Done()
			<-block
		}()
	}
	wg.Wait()
	fmt.Println("goroutines", runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines", runtime.NumGoroutine())

	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("deferred before Goexit ends the goroutine")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done

	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	lines := split(string(buf[:n]), '\n')
	fmt.Println(lines[0], lines[1])
	f := split(lines[2], ' ')[0]
	f = split(f, '/')[len(split(f, '/'))-1]
	fmt.Println(f)

	park := make(chan int)
	go func() { <-park }()
	runtime.Gosched()
	n = runtime.Stack(buf, true)
	all := split(string(buf[:n]), '\n')
	heads, parked, created := 0, 0, 0
	for _, l := range all {
		if len(l) > 10 && l[:10] == "goroutine " {
			heads++
			if l[len(l)-15:] == "[chan receive]:" {
				parked++
			}
		}
		if l == "created by main.main in goroutine 1" {
			created++
		}
	}
	fmt.Println(heads, parked, created)
	close(park)
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
