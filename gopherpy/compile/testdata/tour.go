package main

import (
	"fmt"
	"math"
	"unsafe"
)

type Pt struct{ X, Y int }

func (p Pt) Sum() int      { return p.X + p.Y }
func (p *Pt) Scale(k int)  { p.X *= k; p.Y *= k }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (s Sq) Area() float64 { return s.s * s.s }

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func named() (x, y int) {
	defer func() { x *= 2 }()
	x, y = 1, 2
	return x + 10, y
}

func main() {
	println(1, -2, 1.5, 1e21, 1e-7, float32(0.1), true, "s", 'x', 3+4i, uint64(1<<63), math.Inf(1), math.NaN(), -0.0, 100000000.0, 123456789.0)
	var ip *int
	var e error
	var m map[int]int
	var sl []int
	println(ip, e == nil, m == nil, sl == nil, len(sl))
	print("a", 1, 2, "\n")
	println(float32(16777216.0), 1e20, 1e6, 0.000001, 1.0/3.0, float32(1.0)/3)
	// builtins
	s := make([]int, 3, 10)
	s = append(s, 1, 2)
	s2 := append([]int(nil), s...)
	n := copy(s2, []int{9, 9})
	fmt.Println(len(s), cap(s), s2, n, copy(make([]byte, 3), "hello"))
	bs := append([]byte("x"), "yz"...)
	fmt.Println(string(bs))
	mm := map[string]int{"a": 1}
	delete(mm, "a")
	delete(mm, "zz")
	fmt.Println(len(mm))
	c := complex(1.5, 2)
	fmt.Println(real(c), imag(c), c*c, c/2)
	var c64 complex64 = complex(float32(1), float32(2))
	fmt.Println(real(c64), c64)
	clear(mm)
	arr := []int{1, 2, 3}
	clear(arr)
	fmt.Println(arr, min(1, 2, -3), max(1.5, 2), min("z", "a"))
	p := new(Pt)
	p.Scale(2)
	*p = Pt{1, 2}
	p.Scale(3)
	f := p.Sum
	g := (*Pt).Scale
	h := Pt.Sum
	g(p, 2)
	fmt.Println(*p, f(), h(*p), unsafe.Sizeof(*p), unsafe.Sizeof(int32(0)), unsafe.Alignof(int64(0)), unsafe.Offsetof(p.Y))
	var sh Shape = Sq{2}
	switch v := sh.(type) {
	case nil:
		fmt.Println("nil")
	case Sq:
		fmt.Println("Sq", v.Area())
	default:
		fmt.Println("other")
	}
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5))
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	v, ok := st.Pop()
	fmt.Println(v, ok)
	fmt.Println(named())
	// labels, goto, fallthrough
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Print(a, b, ";")
		}
	}
	fmt.Println(i)
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
	default:
		fmt.Println("def")
	}
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
	for i, r := range "héllo\xff" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	v2, ok2 := <-ch
	fmt.Println(v2, ok2, len(ch), cap(ch))
	select {
	case x := <-ch:
		fmt.Println("got", x)
	default:
		fmt.Println("default")
	}
	var x8 int8 = 127
	x8++
	var u8 uint8 = 0
	u8--
	var u32 uint32 = 1 << 31
	fmt.Println(x8, u8, u32<<1, -7/2, -7%2, 7>>1, -7>>1, 1<<3|1, 6&^3, ^0)
	fl := float32(1) / 3
	fmt.Println(fl, float64(fl), int(-fl*11), int64(math.MaxInt64), uint8(300&0xff), int32(int64(1)<<40>>20))
	arr2 := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr2), arr2)
	type Local struct{ A []int }
	l1 := Local{[]int{1}}
	l2 := l1
	l2.A[0] = 9
	fmt.Println(l1, l2)
	a3 := [2]int{1, 2}
	a4 := a3
	a4[0] = 5
	fmt.Println(a3, a4, a3 == [2]int{1, 2})
	ss := []int{0, 1, 2, 3, 4, 5}
	t := ss[1:3:4]
	fmt.Println(t, len(t), cap(t), [3]int(ss[:3]), *(*[2]int)(ss))
	str := "hello"
	fmt.Println(str[1:3], str[1], string(str[0]), []byte(str)[0], []rune("héllo")[1], string([]rune{104, 105}), string(rune(65)))
	fn := func(args ...int) int { return len(args) }
	fmt.Println(fn(), fn(1, 2), fn(ss...))
	defer fmt.Println("deferred 1")
	for i := 0; i < 2; i++ {
		defer fmt.Println("deferred loop", i)
	}
	type E struct {
		Pt
		Z int
	}
	e2 := E{Pt{1, 2}, 3}
	fmt.Println(e2.X, e2.Sum(), e2)
	var iface any = e2
	_, isShape := iface.(Shape)
	fmt.Println(isShape)
	const big = 1 << 100
	fmt.Println(big>>98, 'a'+1, string(rune('a'+1)), 1.0<<3, 7.0/2)
	var ifn interface{ Sum() int } = &e2
	fmt.Println(ifn.Sum())
	fmt.Printf("%v %T\n", any(uint8(1)), any(rune(1)))
	goto end
end:
	fmt.Println("end")
}
