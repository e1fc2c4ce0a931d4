// Generic functions and types of other packages, instantiated with this package's types.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Person struct {
	Name string
	Age  int
}

type ByName []Person

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type Celsius float64

func Evens(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	fmt.Println(slices.IndexFunc(people, func(p Person) bool { return p.Age > 29 }))
	fmt.Println(slices.ContainsFunc(people, func(p Person) bool { return p.Name == "Dan" }))
	byAge := slices.Clone(people)
	slices.SortStableFunc(byAge, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(byAge)
	slices.SortFunc(byAge, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(byAge)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest, slices.Equal(people, byAge), slices.Index(people, Person{"Bob", 25}))
	names := ByName{{"x", 1}, {"y", 2}}
	names = slices.Insert(names, 1, Person{"z", 3})
	fmt.Printf("%T %v %d\n", names, names, len(names))

	temps := []Celsius{21.5, -3, 40, 21.5, 18}
	fmt.Println(slices.Max(temps), slices.Min(temps), slices.Contains(temps, 40))
	slices.Sort(temps)
	fmt.Println(temps)
	compact := slices.Compact(temps)
	fmt.Println(compact, temps, slices.IsSorted(temps))
	i, found := slices.BinarySearch(temps, 21.5)
	fmt.Println(i, found)
	fmt.Println(len(slices.Repeat([]int{1, 2}, 3)))

	ages := map[string]int{}
	for _, p := range people {
		ages[p.Name] = p.Age
	}
	fmt.Println(slices.Sorted(maps.Keys(ages)))
	vals := slices.Collect(maps.Values(ages))
	slices.Sort(vals)
	fmt.Println(vals)
	fmt.Println(slices.Compact(vals))
	cp := maps.Clone(ages)
	maps.DeleteFunc(cp, func(k string, v int) bool { return v < 30 })
	fmt.Println(len(cp), maps.Equal(cp, ages), cp)
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range ages {
			if v == 25 && !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(len(inv))

	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Evens(9)), slices.Sorted(slices.Values([]int{3, 1, 2})))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()

	contains := slices.Contains[[]string]
	fmt.Println(contains([]string{"a", "b"}, "b"), slices.Index[[]int, int]([]int{5, 6}, 6))

	var err error = fmt.Errorf("wrapped: %w", &MyErr{7})
	if me, ok := errors.AsType[*MyErr](err); ok {
		fmt.Println("AsType", me.code, me)
	}

	once := sync.OnceValue(func() Person { fmt.Println("computing"); return people[4] })
	fmt.Println(once(), once())
	onceTwo := sync.OnceValues(func() (int, error) { return 42, nil })
	fmt.Println(onceTwo())

	var ptr atomic.Pointer[Person]
	fmt.Println(ptr.Load() == nil)
	ptr.Store(&people[1])
	old := ptr.Swap(&people[2])
	fmt.Println(old.Name, ptr.Load().Name, ptr.CompareAndSwap(&people[2], &people[3]), ptr.Load().Name)

	fmt.Println(cmp.Less("a", "b"), cmp.Compare(2.5, 1), min(Celsius(3), 2), max("x", "y"))

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = slices.Insert([]int{1}, 5, 2)
}
