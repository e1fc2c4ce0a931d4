// runtime/pprof: the profiles' names, custom profiles (Add, Remove, Count, WriteTo
// with debug=1), the goroutine profile's count and its debug=1 and debug=2 texts for
// parked goroutines, and labels. PCs, offsets and paths are normalised.
package main

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"time"
)

var (
	hexes = regexp.MustCompile(`0x[0-9a-f]+`)
	paths = regexp.MustCompile(`\S*/([^/\s]+\.go)`)
)

var tabs = regexp.MustCompile(`\t+`)

func norm(s string) string {
	return tabs.ReplaceAllString(paths.ReplaceAllString(hexes.ReplaceAllString(s, "0xN"), "$1"), "\t")
}

type resource struct{ id int }

var open = pprof.NewProfile("example.com/open-resources")

func acquire(id int) *resource {
	r := &resource{id}
	open.Add(r, 1)
	return r
}

var started sync.WaitGroup

func worker(c chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	started.Done()
	<-c
}

func blocked(mu *sync.Mutex) {
	started.Done()
	mu.Lock()
}

// userPart keeps the parts of a debug=1 profile that name main's functions, with
// the groups of equal counts sorted (Go orders those by their PCs).
func userPart(s string) string {
	var groups []string
	head := ""
	for _, ln := range strings.Split(s, "\n") {
		switch {
		case strings.Contains(ln, "profile: total"):
			head = ln
		case strings.Contains(ln, " @ "):
			groups = append(groups, strings.SplitN(ln, " @ ", 2)[0]+" @ ...")
		case strings.Contains(ln, "main.") && len(groups) > 0:
			groups[len(groups)-1] += "\n" + norm(ln)
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		return strings.SplitN(groups[i], " ", 2)[0] > strings.SplitN(groups[j], " ", 2)[0] ||
			strings.SplitN(groups[i], " ", 2)[0] == strings.SplitN(groups[j], " ", 2)[0] && groups[i] < groups[j]
	})
	return head + "\n" + strings.Join(groups, "\n")
}

var args = regexp.MustCompile(`(?m)^(main\.\w+)\(.*\)$`)

// fromMain keeps a goroutine's trace from its first frame in main, with argument
// lists left out (gopherpy does not show library frames inside sync, nor values).
func fromMain(s string) string {
	if i := strings.Index(s, "\nmain."); i >= 0 {
		s = s[i+1:]
	}
	return args.ReplaceAllString(s, "$1()")
}

func main() {
	var names []string
	for _, p := range pprof.Profiles() {
		names = append(names, p.Name())
	}
	fmt.Println(names)
	fmt.Println(pprof.Lookup("nope") == nil, pprof.Lookup("goroutine").Name())

	a := acquire(1)
	b := acquire(2)
	c := acquire(3)
	fmt.Println(open.Name(), open.Count())
	open.Remove(b)
	open.Remove(b)
	fmt.Println(open.Count())
	var buf bytes.Buffer
	open.WriteTo(&buf, 1)
	fmt.Print(norm(buf.String()))
	open.Remove(a)
	open.Remove(c)
	buf.Reset()
	open.WriteTo(&buf, 1)
	fmt.Print(buf.String())

	for _, f := range []func(){
		func() { open.Add(c, 0); open.Add(c, 0) },
		func() { pprof.NewProfile("example.com/open-resources") },
		func() { pprof.NewProfile("") },
		func() { pprof.Lookup("goroutine").Add(1, 0) },
		func() { pprof.Lookup("goroutine").Remove(1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}

	ch := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	mu.Lock()
	started.Add(4)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ch, &wg)
	}
	go blocked(&mu)
	started.Wait()
	for i := 0; i < 10; i++ {
		runtime.Gosched()
		time.Sleep(time.Millisecond) // they park right after Done
	}
	fmt.Println("goroutines:", pprof.Lookup("goroutine").Count())
	buf.Reset()
	pprof.Lookup("goroutine").WriteTo(&buf, 1)
	fmt.Println(userPart(buf.String()))
	buf.Reset()
	pprof.Lookup("goroutine").WriteTo(&buf, 2)
	var parked []string
	for _, block := range strings.Split(buf.String(), "\n\n") {
		if strings.Contains(block, "main.worker") || strings.Contains(block, "main.blocked") {
			lines := strings.Split(block, "\n")
			parked = append(parked, fromMain(norm(strings.Join(lines[1:], "\n"))))
		}
	}
	sort.Strings(parked)
	fmt.Println(strings.Join(parked, "\n--\n"))
	close(ch)
	wg.Wait()
	mu.Unlock()

	// labels
	ctx := pprof.WithLabels(context.Background(), pprof.Labels("worker", "a", "phase", "1"))
	v, ok := pprof.Label(ctx, "worker")
	fmt.Println(v, ok)
	_, ok = pprof.Label(ctx, "other")
	fmt.Println(ok)
	pprof.Do(ctx, pprof.Labels("phase", "2"), func(ctx context.Context) {
		pprof.ForLabels(ctx, func(k, v string) bool { fmt.Println("label", k, v); return true })
	})
	pprof.ForLabels(ctx, func(k, v string) bool { fmt.Println("outer label", k, v); return false })
}
