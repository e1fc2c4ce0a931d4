// s = append(s, x) is compiled with its spare-capacity store inline (stmt.append_inline).
package main

import "fmt"

type P struct{ x, y int }

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	t := s[:3]
	t = append(t, 100) // writes into s's backing array
	fmt.Println(s, t, len(t), cap(t))
	var ps []P
	p := P{1, 2}
	for i := 0; i < 3; i++ {
		ps = append(ps, p)
		p.x++
	}
	fmt.Println(ps)
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, "abc"[i%3])
	}
	fmt.Println(string(b), len(b), cap(b))
	f := func() int { return 7 }
	var q []int
	q = append(q, f())
	fmt.Println(q, cap(q))
}
