package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Sorted(maps.Values(m)))
	m2 := maps.Clone(m)
	fmt.Println(maps.Equal(m, m2))
	delete(m2, "a")
	fmt.Println(maps.Equal(m, m2), maps.EqualFunc(m, m, func(a, b int) bool { return a == b }))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v == 2 })
	fmt.Println(m2)
	maps.Copy(m2, map[string]int{"z": 26})
	fmt.Println(m2)
	m3 := maps.Collect(maps.All(m))
	fmt.Println(m3)
	maps.Insert(m3, maps.All(map[string]int{"q": 9}))
	fmt.Println(m3, len(m3))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(math.NaN(), 1.0), cmp.Compare(1.0, math.NaN()), cmp.Compare(math.NaN(), math.NaN()), cmp.Less(math.NaN(), 0.0))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), min(3, 1, 2), max(2.5, 1), min("b", "a"))
	s := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(s, 4)
	fmt.Println(i, found)
	ps := []P{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	slices.SortFunc(ps, func(a, b P) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(ps)
	j, ok := slices.BinarySearchFunc(ps, 30, func(p P, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(j, ok)
	fmt.Println(slices.Index(s, 8), slices.IndexFunc(s, func(x int) bool { return x > 4 }), slices.Contains(s, 3), slices.ContainsFunc(s, func(x int) bool { return x > 100 }))
	fmt.Println(slices.Insert(s, 2, 100, 200), slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3), slices.DeleteFunc([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 7, 8, 9), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.CompactFunc([]string{"a", "A", "b"}, strings.EqualFold))
	fmt.Println(slices.Equal(s, s), slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Max(s), slices.Min(s))
	fmt.Println(slices.MaxFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) }), slices.MinFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) }))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, s)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Clip(g[:1]), cap(slices.Clip(g[:1])))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}), slices.Repeat([]int{1, 2}, 3))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println(slices.Collect(slices.Values([]int{3, 4})))
	fmt.Println(slices.AppendSeq([]int{1}, slices.Values([]int{2, 3})))
	fmt.Println(slices.SortedFunc(slices.Values([]int{3, 1, 2}), func(a, b int) int { return b - a }))
	fmt.Println(slices.SortedStableFunc(slices.Values(ps), func(a, b P) int { return strings.Compare(a.Name[:1], b.Name[:1]) }))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
	fmt.Println(slices.Collect(Count(5)))
	next, stop := iter.Pull(Count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	stop()
	fmt.Println()
	next2, stop2 := iter.Pull2(maps.All(map[int]string{1: "one"}))
	k, v, ok2 := next2()
	fmt.Println(k, v, ok2)
	stop2()
	k, v, ok2 = next2()
	fmt.Println(k, v, ok2)
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.CompareFunc([]int{1, 2}, []int{1, 2, 3}, cmp.Compare[int]), slices.IsSortedFunc([]int{3, 2, 1}, func(a, b int) int { return b - a }))
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	fmt.Println(slices.Sorted(maps.Keys(map[float64]bool{math.NaN(): true, 1: true, math.Inf(-1): true})))
	func() {
		defer func() { fmt.Println(recover()) }()
		slices.Insert([]int{1}, 5, 2)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		slices.Chunk([]int{1}, 0)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		slices.Max([]int{})
	}()
}
