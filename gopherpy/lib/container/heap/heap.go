// Package heap provides heap operations for any type that implements heap.Interface.
// A heap is a tree with the property that each node is the minimum-valued node in its subtree.
//
// gopherpy: written in Go (no natives); the sift order of every operation is
// Go's, so the Less/Swap calls a program observes are the same.
package heap

import "sort"

// The Interface type describes the requirements for a type using the routines
// in this package. Push adds x as element Len(); Pop removes and returns
// element Len() - 1.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariants required by the other routines in this package.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push pushes the element x onto the heap.
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the minimum element (according to Less) from the heap.
func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// Remove removes and returns the element at index i from the heap.
func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap ordering after the element at index i has changed its value.
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves element j towards the root while it is less than its parent.
func up(h Interface, j int) {
	for {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			break
		}
		h.Swap(parent, j)
		j = parent
	}
}

// down moves element i0 towards the leaves (within the first n elements) while
// a child is less; it reports whether the element moved.
func down(h Interface, i0, n int) bool {
	i := i0
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0 after int overflow
			break
		}
		least := left
		if right := left + 1; right < n && h.Less(right, left) {
			least = right
		}
		if !h.Less(least, i) {
			break
		}
		h.Swap(i, least)
		i = least
	}
	return i > i0
}
