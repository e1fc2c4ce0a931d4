package main

import (
	"container/heap"
	"fmt"
)

// An IntHeap is a min-heap of ints that logs the calls the heap package makes.
type IntHeap struct {
	a   []int
	log []string
}

func (h *IntHeap) Len() int { return len(h.a) }
func (h *IntHeap) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d,%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *IntHeap) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d,%d", i, j))
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *IntHeap) Push(x any) { h.a = append(h.a, x.(int)) }
func (h *IntHeap) Pop() any {
	n := len(h.a)
	x := h.a[n-1]
	h.a = h.a[:n-1]
	return x
}
func (h *IntHeap) flush(what string) {
	fmt.Println(what, h.a, h.log)
	h.log = nil
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)         { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func main() {
	h := &IntHeap{a: []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0}}
	heap.Init(h)
	h.flush("init")
	heap.Push(h, -1)
	h.flush("push")
	fmt.Println("pop", heap.Pop(h))
	h.flush("after pop")
	h.a[3] = 100
	heap.Fix(h, 3)
	h.flush("fix down")
	h.a[7] = -5
	heap.Fix(h, 7)
	h.flush("fix up")
	fmt.Println("remove", heap.Remove(h, 4))
	h.flush("after remove")
	fmt.Println("remove last", heap.Remove(h, h.Len()-1))
	h.flush("after remove last")
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	h.log = nil

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := PQ{}
	for _, name := range []string{"banana", "apple", "pear"} {
		pq = append(pq, &Item{value: name, priority: items[name], index: len(pq)})
	}
	heap.Init(&pq)
	it := &Item{value: "orange", priority: 1}
	heap.Push(&pq, it)
	it.priority = 5
	heap.Fix(&pq, it.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s(%d) ", it.priority, it.value, it.index)
	}
	fmt.Println()

	// empty heap: Pop panics from the user's Pop with an index error
	var e IntHeap
	heap.Init(&e)
	defer func() { fmt.Println("recovered:", recover()) }()
	heap.Pop(&e)
}
