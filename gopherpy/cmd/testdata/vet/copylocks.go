// Cases of the copylocks analyzer: locks copied by value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type S struct {
	mu sync.Mutex
	n  int
}

type W struct {
	wg sync.WaitGroup
}

type Ptr struct {
	mu *sync.Mutex
}

func (s S) Value() int     { return s.n }
func (s *S) Pointer() int  { return s.n }
func byVal(m sync.Mutex)    {}
func byPtr(m *sync.Mutex)   {}
func wgVal(w W)             {}
func once(o sync.Once)      {}
func cnt(c atomic.Int64)    {}
func arr(a [2]sync.RWMutex) {}
func ret(s *S) S            { return *s }
func ok(p Ptr) Ptr          { return p }
func mk() S                 { return S{} }

func main() {
	var s S
	var mu sync.Mutex
	t := s
	var u = s
	t = s
	byVal(mu)
	byPtr(&mu)
	fmt.Println(s, &s)
	list := []S{s, {}}
	for _, x := range list {
		_ = x
	}
	for i := range list {
		_ = i
	}
	p := &s
	v := *p
	w := mk()
	var m = map[string]S{"a": s}
	f := func(x S) {}
	f(S{})
	_ = unsafe.Sizeof(s)
	_ = len([]S{})
	_ = ok(Ptr{&mu})
	_, _, _, _ = t, u, v, w
	_ = m
	_ = struct{ s S }{s: s}
}
