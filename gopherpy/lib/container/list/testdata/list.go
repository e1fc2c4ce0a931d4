package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Printf("%s len=%d:", name, l.Len())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var z list.List // zero value is usable
	fmt.Println(z.Len(), z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	dump("zero", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	e2 := l.InsertAfter(2, e1)
	dump("l", l)
	fmt.Println(l.Front().Value, l.Back().Value, e2.Prev().Value, e2.Next().Value)

	l.MoveToFront(e4)
	dump("movetofront", l)
	l.MoveToBack(e4)
	dump("movetoback", l)
	l.MoveBefore(e4, e1)
	dump("movebefore", l)
	l.MoveAfter(e4, e2)
	dump("moveafter", l)
	l.MoveAfter(e4, e4)
	l.MoveBefore(e1, e1)
	l.MoveToFront(l.Front())
	l.MoveToBack(l.Back())
	dump("noops", l)

	fmt.Println("removed", l.Remove(e2))
	dump("remove", l)
	fmt.Println(e2.Next() == nil, e2.Prev() == nil)
	// removing again, or an element of another list, changes nothing
	fmt.Println("again", l.Remove(e2))
	other := list.New()
	oe := other.PushBack("x")
	fmt.Println("foreign", l.Remove(oe))
	fmt.Println(l.InsertBefore(9, oe) == nil, l.InsertAfter(9, oe) == nil)
	l.MoveToFront(oe)
	l.MoveAfter(oe, e1)
	l.MoveBefore(e1, oe)
	dump("l", l)
	dump("other", other)

	// PushBackList / PushFrontList, including with itself
	a := list.New()
	for i := 0; i < 3; i++ {
		a.PushBack(i)
	}
	b := list.New()
	b.PushBack("b")
	b.PushBackList(a)
	b.PushFrontList(a)
	dump("b", b)
	a.PushBackList(a)
	dump("a+a", a)
	a.PushFrontList(a)
	dump("a+a front", a)

	// Init clears
	a.Init()
	dump("a init", a)

	// remove while iterating
	c := list.New()
	for i := 0; i < 10; i++ {
		c.PushBack(i)
	}
	var next *list.Element
	for e := c.Front(); e != nil; e = next {
		next = e.Next()
		if e.Value.(int)%3 == 0 {
			c.Remove(e)
		}
	}
	dump("c", c)
	var zero list.List
	fmt.Println(zero.Remove(c.Front()), c.Len())
	zero.PushFrontList(c)
	dump("zero2", &zero)
}
