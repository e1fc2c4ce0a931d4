package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	s2 := slices.Clone(s)
	slices.Sort(s2)
	fmt.Println(s2, slices.IsSorted(s2), slices.Min(s), slices.Max(s), slices.Index(s, 5), slices.Contains(s, 7))
	i, found := slices.BinarySearch(s2, 5)
	fmt.Println(i, found)
	x := slices.Insert([]int{1, 2, 3}, 1, 10, 11)
	fmt.Println(x, len(x), cap(x))
	y := make([]int, 3, 10)
	y = slices.Insert(y, 3, 7, 8)
	fmt.Println(y, len(y), cap(y))
	d := []int{0, 1, 2, 3, 4, 5}
	d2 := slices.Delete(d, 1, 3)
	fmt.Println(d2, d, len(d2), cap(d2))
	c := slices.Compact([]int{1, 1, 2, 2, 2, 3, 1, 1})
	fmt.Println(c, len(c), cap(c))
	r := slices.Replace([]int{0, 1, 2, 3, 4}, 1, 3, 7, 8, 9)
	fmt.Println(r, len(r), cap(r))
	r2 := []int{0, 1, 2, 3, 4, 5, 6}
	r3 := slices.Replace(r2, 1, 4, 9)
	fmt.Println(r3, r2)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}), slices.Repeat([]string{"a", "b"}, 3))
	words := []string{"banana", "Apple", "cherry", "apple", "date"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Compare([]int{1, 2}, []int{1, 3}))
	rev := []string{"x", "y", "z"}
	slices.Reverse(rev)
	fmt.Println(rev)
	// iterators called directly (the range-over-func form is the compiler's test)
	slices.Backward([]string{"a", "b", "c"})(func(i int, v string) bool {
		fmt.Print(i, v, " ")
		return true
	})
	fmt.Println()
	slices.Chunk([]int{1, 2, 3, 4, 5}, 2)(func(ch []int) bool {
		fmt.Print(ch, len(ch), cap(ch), " ")
		return true
	})
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(slices.Values(keys)))
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2, maps.Equal(m, m2), len(maps.Collect(maps.All(m))))
	fmt.Println(cmp.Compare(1.5, 2.5), cmp.Less("a", "b"), cmp.Or(0, 0, 3, 4), cmp.Or("", "x"))
	fl := []float64{2, 1, 3}
	slices.Sort(fl)
	fmt.Println(fl, slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(v int) bool { return v%2 == 0 }))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Min([]int{})
}
