// A pointer to an alias whose declaration is still in progress is valid (net/http's
// internal/http2: type ResponseWriter = responseWriter, reached again through
// responseWriter's fields while its declaration is being checked).
package main

type A struct{ f *RW }

type RW = rw

type rw struct{ s *S }

type S struct{ h func(*RW, int) }

func (w *RW) M() {}

func use(h func(*RW, int)) S { return S{h: h} }

func main() {
	s := use(func(*rw, int) {})
	_ = A{f: &rw{s: &s}}
}
