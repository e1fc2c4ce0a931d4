// gc's evaluation order inside an expression: calls, receives and some built-ins
// first, in order; variables and loads through memory afterwards.
package main

import "fmt"

var g = 1

func setg() int { g = 10; return 0 }

type T struct{ a, b int }

func (t T) Sum(x int) int { return t.a + t.b + x }

func (t *T) Inc() int { t.a++; return t.a }

type S struct{ name string }

type counter struct{ less int }

func (c *counter) Less() bool { c.less++; return true }

func main() {
	x := 1
	f := func() int { x = 2; return 3 }
	fmt.Println(x, f())
	x = 1
	fmt.Println(x+f(), x)
	m := map[string]int{"a": 1}
	fm := func() int { m["a"] = 5; return 0 }
	fmt.Println(m["a"], fm())
	fmt.Println(g+setg(), g)
	g = 1
	y := g + setg()
	fmt.Println(y)
	t := T{1, 2}
	ft := func() int { t.a = 100; return 0 }
	fmt.Println(t.Sum(ft()))
	t = T{1, 2}
	fmt.Println(t, ft())
	t = T{1, 2}
	fmt.Println(t.a, t.Inc(), t.a)
	s := []int{1, 2, 3}
	fs := func() int { s = []int{7, 8, 9}; return 1 }
	fmt.Println(s[fs()])
	s = []int{1, 2, 3}
	fmt.Println(s[0], s[fs()])
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	z := 0
	fz := func() int { z = 50; return 0 }
	fmt.Println(z, <-ch+fz())
	z = 0
	fmt.Println(z+<-ch, fz())
	b := true
	fb := func() bool { b = false; return true }
	fmt.Println(b && fb(), b)
	b = true
	fmt.Println(b, fb() && b)
	k := 1
	fk := func(v int) int { k = 9; return v }
	fmt.Println(fk(k), k)
	k = 1
	fmt.Println(k, fk(k))
	arr := [3]int{1, 2, 3}
	fa := func() int { arr[1] = 20; return 0 }
	fmt.Println(arr[1]+fa(), arr)
	p := &T{1, 2}
	fp := func() int { p.b = 30; return 0 }
	fmt.Println(p.b, fp(), *p)
	str := "ab"
	fstr := func() int { str = "xyz"; return 0 }
	fmt.Println(len(str), fstr())
	str = "ab"
	fmt.Println(str+"!", fstr(), str)
	var iface any = 1
	fi := func() int { iface = 2; return 0 }
	fmt.Println(iface, fi())
	n := 0
	fn := func() int { n++; return n }
	fmt.Println(n, fn(), n, fn(), n)
	c := &counter{}
	ok := c.Less()
	fmt.Println(c.less, c.Less(), ok)
	sv := S{"a"}
	fsv := func() int { sv.name = "b"; return 0 }
	fmt.Println(sv, fsv(), sv.name)
	fl := func() int { x = 77; return 0 }
	x = 1
	if x+fl() == 77 {
		fmt.Println("cond sees 77")
	}
	x = 1
	for i := 0; x+fl() < 77 && i < 3; i++ {
		fmt.Println("loop", i)
	}
	w := 5
	fw := func() int { w = 6; return 1 }
	total := w * fw()
	fmt.Println(total)
	w = 5
	w += fw()
	fmt.Println(w)
	fmt.Printf("%d %d\n", w, fw())
}
