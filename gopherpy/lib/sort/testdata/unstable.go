// Unstable sorts: where equal elements end, and how many Less and Swap calls are made.
package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type rec struct {
	key int
	id  int
}

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

type counted struct {
	r           []rec
	less, swaps int
}

func (c *counted) Len() int { return len(c.r) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.r[i].key < c.r[j].key
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.r[i], c.r[j] = c.r[j], c.r[i]
}

func clone(r []rec) []rec { return append([]rec(nil), r...) }

func ids(r []rec) string {
	var b strings.Builder
	for i, x := range r {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%d:%d", x.key, x.id)
	}
	return b.String()
}

func gen(n, keys int, shape string) []rec {
	r := make([]rec, n)
	for i := range r {
		k := rnd(keys)
		switch shape {
		case "asc":
			k = i / 3
		case "desc":
			k = (n - i) / 2
		case "organ":
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case "nearly":
			k = i
			if i%17 == 5 {
				k = i - 3
			}
		case "saw":
			k = i % 7
		}
		r[i] = rec{k, i}
	}
	return r
}

func main() {
	for _, n := range []int{5, 12, 13, 20, 49, 50, 51, 100, 300, 1000} {
		for _, shape := range []string{"rand", "asc", "desc", "organ", "nearly", "saw"} {
			keys := n / 4
			if keys < 2 {
				keys = 2
			}
			r := gen(n, keys, shape)
			c := &counted{r: clone(r)}
			sort.Sort(c)
			s := clone(r)
			sort.Slice(s, func(i, j int) bool { return s[i].key < s[j].key })
			f := clone(r)
			cmpCalls := 0
			slices.SortFunc(f, func(a, b rec) int {
				cmpCalls++
				return a.key - b.key
			})
			st := clone(r)
			sort.SliceStable(st, func(i, j int) bool { return st[i].key < st[j].key })
			fmt.Printf("n=%d %s less=%d swaps=%d cmp=%d same=%v %v\n", n, shape, c.less, c.swaps, cmpCalls,
				ids(c.r) == ids(s), ids(s) == ids(f))
			if n <= 100 {
				fmt.Println(" sort:  ", ids(c.r))
				fmt.Println(" stable:", ids(st))
			} else {
				h := 0
				for i, x := range c.r {
					h = h*31 + x.id*7 + i
					h &= 0xffffff
				}
				fmt.Println(" hash", h, sort.IsSorted(c), sort.SliceIsSorted(s, func(i, j int) bool { return s[i].key < s[j].key }))
			}
		}
	}

	// Adversarial input for quicksort: many bad pivots (break patterns, heapsort).
	adv := make([]rec, 2000)
	for i := range adv {
		adv[i] = rec{(i * 7919) % 50, i}
		if i%2 == 0 {
			adv[i].key = i % 3
		}
	}
	c := &counted{r: adv}
	sort.Sort(c)
	less, swaps := c.less, c.swaps
	fmt.Println("adversarial", less, swaps, sort.IsSorted(c))

	// Floats: NaNs first, -0 and 0 where pdqsort leaves them.
	zs := []float64{0, math.Copysign(0, -1), 3, math.NaN(), -1, 0, math.Copysign(0, -1), math.Inf(1), 2, math.NaN(), 0, -5, math.Copysign(0, -1), 1}
	z2 := append([]float64(nil), zs...)
	slices.Sort(zs)
	fmt.Println(zs)
	sort.Float64s(z2)
	fmt.Println(z2, sort.Float64sAreSorted(z2))
	big := make([]float64, 200)
	for i := range big {
		big[i] = float64(rnd(5) - 2)
		if i%3 == 0 && big[i] == 0 {
			big[i] = math.Copysign(0, -1)
		}
	}
	slices.Sort(big)
	fmt.Println(big[70:110])

	// Reverse, the typed slices, Find and the searches.
	is := sort.IntSlice{5, 2, 8, 2, 9, 1}
	sort.Sort(sort.Reverse(is))
	fmt.Println(is, sort.IsSorted(sort.Reverse(is)), is.Len())
	is.Sort()
	fmt.Println(is, is.Search(8), is.Search(3), sort.SearchInts(is, 2))
	ss := sort.StringSlice{"pear", "apple", "fig", "apple"}
	ss.Sort()
	fmt.Println(ss, ss.Search("fig"), sort.SearchStrings(ss, "zz"))
	fs := sort.Float64Slice{2.5, math.NaN(), -1, 0}
	fs.Sort()
	fmt.Println(fs, fs.Search(0), sort.SearchFloat64s(fs, 3))
	words := []string{"ant", "bee", "cat", "dog", "eel"}
	for _, w := range []string{"cat", "cow", "aardvark", "zebra"} {
		i, found := sort.Find(len(words), func(i int) int { return strings.Compare(w, words[i]) })
		fmt.Println(w, i, found)
	}
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	var _ sort.Interface = sort.IntSlice(nil)
}
