package main

import (
	"fmt"
	"iter"
	"maps"
	"runtime"
	"slices"
)

func gen(n int, log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, "seq done") }()
		for i := range n {
			*log = append(*log, fmt.Sprint("yield ", i))
			if !yield(i) {
				*log = append(*log, "stopped")
				return
			}
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	var log []string
	next, stop := iter.Pull(gen(5, &log))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	stop()
	fmt.Println(next())
	fmt.Println(log)
	log = nil
	next, stop = iter.Pull(gen(2, &log))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Println(next())
	stop()
	fmt.Println(log)
	log = nil
	_, stop = iter.Pull(gen(2, &log))
	stop()
	fmt.Println(log, len(log))
	for a, b := range zip(slices.Values([]string{"a", "b", "c"}), slices.Values([]int{1, 2})) {
		fmt.Println(a, b)
	}
	n2, s2 := iter.Pull2(maps.All(map[string]int{"k": 1}))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()
	// panics propagate
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next, stop := iter.Pull(func(yield func(int) bool) {
			yield(1)
			panic("boom in seq")
		})
		defer stop()
		fmt.Println(next())
		fmt.Println(next())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next, stop := iter.Pull(func(yield func(int) bool) {
			yield(1)
			yield(2)
		})
		defer stop()
		var inner func() (int, bool)
		inner = next
		next2, stop2 := iter.Pull(func(yield func(int) bool) {
			v, _ := inner()
			yield(v)
		})
		defer stop2()
		fmt.Println(next2())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nx func() (int, bool)
		nx, stop := iter.Pull(func(yield func(int) bool) {
			nx()
		})
		defer stop()
		nx()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next, stop := iter.Pull(func(yield func(int) bool) {
			yield(1)
			panic(fmt.Errorf("err in seq"))
		})
		next()
		stop()
	}()
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("goexit propagated", recover()); done <- true }()
		next, _ := iter.Pull(func(yield func(int) bool) {
			runtime.Goexit()
		})
		next()
		fmt.Println("not reached")
	}()
	<-done
	next, stop = iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("unrecovered")
	})
	next()
	next()
}
