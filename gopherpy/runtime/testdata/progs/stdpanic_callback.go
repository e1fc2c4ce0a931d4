// An index error in callbacks that standard-library functions call: the trace shows
// the library's frames, under their import paths, between the program's.
package main

import (
	"slices"
	"sort"
)

type table struct{ rows []int }

//go:noinline
func (t *table) has(i int) bool {
	return slices.IndexFunc(t.rows, func(r int) bool { return t.rows[r+i] > 2 }) >= 0
}

//go:noinline
func (t *table) find(limit int) int { return sort.Search(limit, t.has) }

func main() {
	t := &table{rows: []int{1, 2, 3}}
	println(t.find(10))
}
