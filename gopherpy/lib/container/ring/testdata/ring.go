package main

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Printf("%s len=%d:", name, r.Len())
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-1) == nil)
	var nilr *ring.Ring
	fmt.Println(nilr.Len())
	nilr.Do(func(any) { fmt.Println("never") })

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z)
	var z2 ring.Ring
	fmt.Println(z2.Move(3) == &z2)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("r", r)
	show("move2", r.Move(2))
	show("move-2", r.Move(-2))
	show("move7", r.Move(7))
	show("prev", r.Prev())

	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = fmt.Sprint("s", i)
		s = s.Next()
	}
	n := r.Link(s)
	show("linked", r)
	show("n", n)

	u := r.Unlink(3)
	show("unlinked", u)
	show("rest", r)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)
	// Unlink n % Len == 0 leaves r unchanged
	show("unlink len", r.Unlink(r.Len()))
	show("rest2", r)

	// Link with the same ring removes the elements in between
	t := ring.New(6)
	for i := 0; i < 6; i++ {
		t.Value = i * 10
		t = t.Next()
	}
	sub := t.Link(t.Move(3))
	show("t", t)
	show("sub", sub)

	// Link to nil returns r.Next() without change
	show("nil link", t.Link(nil))

	sum := 0
	t.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)
}
