// The goroutine benchmarks as one Go program, run both by native Go
// (go build -o /tmp/go_bench go_bench.go && /tmp/go_bench WORKLOAD) and by gopherpy
// (gopherpy run go_bench.go WORKLOAD): see run.py.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

const (
	nSpawn    = 100000
	nPingPong = 200000
	nPipe     = 200000
	nFanin    = 200000
	nMutexG   = 100
	nMutexOps = 1000
	nPrimes   = 1000
	nParked   = 100000
)

func spawn() {
	var wg sync.WaitGroup
	for i := 0; i < nSpawn; i++ {
		wg.Add(1)
		go wg.Done()
	}
	wg.Wait()
}

func pingpong() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for i := 0; i < nPingPong/2; i++ {
			pong <- <-ping
		}
	}()
	for i := 0; i < nPingPong/2; i++ {
		ping <- i
		<-pong
	}
}

func stage(in <-chan int, out chan<- int, f func(int) int) {
	for v := range in {
		out <- f(v)
	}
	close(out)
}

func pipeline() {
	cs := make([]chan int, 4)
	for i := range cs {
		cs[i] = make(chan int, 100)
	}
	go func() {
		for i := 0; i < nPipe; i++ {
			cs[0] <- i
		}
		close(cs[0])
	}()
	go stage(cs[0], cs[1], func(v int) int { return v * 2 })
	go stage(cs[1], cs[2], func(v int) int { return v + 1 })
	go stage(cs[2], cs[3], func(v int) int { return v % 1000 })
	total := 0
	for v := range cs[3] {
		total += v
	}
	_ = total
}

func fanin() {
	var cs [10]chan int
	for i := range cs {
		cs[i] = make(chan int)
		go func(c chan int) {
			for j := 0; j < nFanin/10; j++ {
				c <- j
			}
		}(cs[i])
	}
	for i := 0; i < nFanin; i++ {
		select {
		case <-cs[0]:
		case <-cs[1]:
		case <-cs[2]:
		case <-cs[3]:
		case <-cs[4]:
		case <-cs[5]:
		case <-cs[6]:
		case <-cs[7]:
		case <-cs[8]:
		case <-cs[9]:
		}
	}
}

func mutex() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < nMutexG; g++ {
		wg.Add(1)
		go func() {
			for i := 0; i < nMutexOps; i++ {
				mu.Lock()
				counter++
				if i%10 == 0 {
					runtime.Gosched()
				}
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
}

func sieve() {
	ch := make(chan int)
	go func(out chan<- int) {
		for i := 2; ; i++ {
			out <- i
		}
	}(ch) // its own channel: main reassigns ch below
	for i := 0; i < nPrimes; i++ {
		prime := <-ch
		ch1 := make(chan int)
		go func(in <-chan int, out chan<- int, p int) {
			for {
				i := <-in
				if i%p != 0 {
					out <- i
				}
			}
		}(ch, ch1, prime)
		ch = ch1
	}
}

// rss reads the resident set size from /proc/self/statm (the same measure in Go and
// in gopherpy, whose runtime.MemStats does not see Python's heap).
func rss() int {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	pages := 0
	for _, d := range f[1] {
		pages = pages*10 + int(d-'0')
	}
	return pages * 4096
}

func parked() {
	runtime.GC()
	rss0 := rss()
	c := make(chan int)
	var wg, started sync.WaitGroup
	for i := 0; i < nParked; i++ {
		wg.Add(1)
		started.Add(1)
		go func() { started.Done(); <-c; wg.Done() }()
	}
	started.Wait()                    // every goroutine has run...
	time.Sleep(10 * time.Millisecond) // ...and parked on c
	fmt.Printf("parked=%d rss_bytes_per_g=%d\n", runtime.NumGoroutine()-1, (rss()-rss0)/nParked)
	close(c)
	wg.Wait()
}

func main() {
	w := map[string]func(){"spawn": spawn, "pingpong": pingpong, "pipeline": pipeline,
		"fanin": fanin, "mutex": mutex, "sieve": sieve, "parked": parked}
	name := os.Args[1]
	t0 := time.Now()
	w[name]()
	if name != "parked" {
		fmt.Printf("%s %.3fs\n", name, time.Since(t0).Seconds())
	}
}
