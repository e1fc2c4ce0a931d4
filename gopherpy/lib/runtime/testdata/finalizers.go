// Finalizers: runtime.SetFinalizer's functions run, in a goroutine of their own, some
// time after runtime.GC finds their object unreachable. The program waits for them by
// collecting and sleeping in a bounded loop, so what it prints does not depend on when
// exactly they run, only on which ones run and in what dependency order.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

type node struct {
	name string
	next *node
}

type resource struct {
	id     int
	closed bool
}

func (r *resource) String() string { return fmt.Sprintf("resource %d", r.id) }

var (
	mu       sync.Mutex
	events   []string
	revived  *node
	keptHere *resource
)

func record(s string) {
	mu.Lock()
	events = append(events, s)
	mu.Unlock()
}

func count() int {
	mu.Lock()
	defer mu.Unlock()
	return len(events)
}

// waitFor collects and sleeps until n events were recorded (or gives up).
func waitFor(n int) {
	for i := 0; i < 200 && count() < n; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func take() []string {
	mu.Lock()
	defer mu.Unlock()
	e := events
	events = nil
	return e
}

func makeChain() {
	// a -> b -> c, each with a finalizer: a is unreachable first; b only once a's
	// finalizer has run and a is gone; then c.
	c := &node{name: "c"}
	b := &node{name: "b", next: c}
	a := &node{name: "a", next: b}
	for _, n := range []*node{a, b, c} {
		runtime.SetFinalizer(n, func(n *node) { record("finalized " + n.name) })
	}
}

func makeMany(n int) {
	for i := 0; i < n; i++ {
		v := new(int)
		*v = i
		runtime.SetFinalizer(v, func(p *int) { record(fmt.Sprint("int ", *p)) })
	}
}

func main() {
	makeChain()
	waitFor(3)
	fmt.Println(take())

	makeMany(20)
	waitFor(20)
	got := take()
	sort.Slice(got, func(i, j int) bool { return len(got[i]) < len(got[j]) || len(got[i]) == len(got[j]) && got[i] < got[j] })
	fmt.Println(len(got), got[:3], got[len(got)-3:])

	// An interface parameter receives the pointer as that interface.
	func() {
		r := &resource{id: 7}
		runtime.SetFinalizer(r, func(s fmt.Stringer) { record("stringer " + s.String()) })
	}()
	waitFor(1)
	fmt.Println(take())

	// A cleared finalizer never runs; a kept object is not finalized.
	func() {
		r := &resource{id: 8}
		runtime.SetFinalizer(r, func(*resource) { record("cleared one ran") })
		runtime.SetFinalizer(r, nil)
		keptHere = &resource{id: 9}
		runtime.SetFinalizer(keptHere, func(*resource) { record("kept one ran") })
	}()
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after clearing and keeping:", take())

	// A finalizer may make its object reachable again and set a new finalizer.
	func() {
		n := &node{name: "phoenix"}
		runtime.SetFinalizer(n, func(n *node) {
			record("first death of " + n.name)
			revived = n
			runtime.SetFinalizer(n, func(n *node) { record("second death of " + n.name) })
		})
	}()
	waitFor(1)
	fmt.Println(take(), revived.name)
	revived = nil
	waitFor(1)
	fmt.Println(take())

	// KeepAlive keeps an object reachable up to the call.
	r := &resource{id: 10}
	runtime.SetFinalizer(r, func(r *resource) { record("finalized " + r.String()) })
	runtime.GC()
	time.Sleep(time.Millisecond)
	fmt.Println("before KeepAlive:", take())
	runtime.KeepAlive(r)
	r = nil
	waitFor(1)
	fmt.Println(take())
	runtime.KeepAlive(keptHere)
}
