package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{ name string }

func (d Dog) Sound() string  { return d.name + " woof" }
func (c *Cat) Sound() string { return c.name + " meow" }

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

func (t *Tree[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) { t.Walk(yield) }
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T) string {
	var sb strings.Builder
	for i, x := range xs {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString(x.String())
	}
	return sb.String()
}

var ErrX = errors.New("x")

type wrapErr struct{ inner error }

func (w wrapErr) Error() string { return "wrap(" + w.inner.Error() + ")" }
func (w wrapErr) Unwrap() error { return w.inner }

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	q, r = a/b, a%b
	return
}

func main() {
	fmt.Println(Red, Blue, Color(1), KB, MB, GB)
	fmt.Printf("%v %d %s %x\n", Green, Green, Blue, Blue)
	animals := []Animal{Dog{"rex"}, &Cat{"tom"}}
	for _, a := range animals {
		switch v := a.(type) {
		case Dog, *Dog:
			fmt.Printf("dog %T %s\n", v, a.Sound())
		case *Cat:
			fmt.Println("cat", v.name, v.Sound())
		}
	}
	t := &Tree[int]{Val: 5, Left: &Tree[int]{Val: 2}, Right: &Tree[int]{Val: 9, Left: &Tree[int]{Val: 7}}}
	for v := range t.All() {
		if v > 7 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v\n", ps, ps[0])
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(Join([]Color{Red, Blue}))
	e := fmt.Errorf("ctx: %w", wrapErr{ErrX})
	fmt.Println(e, errors.Is(e, ErrX), errors.Unwrap(e))
	var we wrapErr
	fmt.Println(errors.As(e, &we), we.inner)
	j := errors.Join(ErrX, nil, errors.New("y"))
	fmt.Println(j, errors.Is(j, ErrX))
	fmt.Println(divmod(7, 2))
	fmt.Println(divmod(7, 0))
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	switch {
	case x > 5 && x < 20:
		fmt.Println("mid")
	}
	a1 := [3]any{1, "a", nil}
	a2 := [3]any{1, "a", nil}
	fmt.Println(a1 == a2, Dog{"a"} == Dog{"a"}, any(Dog{"a"}) == any(Dog{"a"}))
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z, math.Max(math.NaN(), 1), min(math.NaN(), 1.0), max(-0.0, 0.0))
	c := complex(1, 1)
	var cz complex128
	fmt.Println(c/cz, real(c/cz))
	fmt.Println(int32(math.MaxInt32)+int32(x), uint8(x)*30, int8(-128)/int8(x-11))
	type Celsius float64
	type Fahr float64
	cc := Celsius(100)
	fmt.Println(Fahr(cc*9/5+32), fmt.Sprintf("%.1f", float64(cc)))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(fmt.Sprint(i))
	}
	s := sb.String()
	s += "!"
	fmt.Println(s, len(s), s[len(s)-1:], strings.Count(s, ""))
	funcs := map[string]func(int, int) int{"add": func(a, b int) int { return a + b }, "mul": func(a, b int) int { return a * b }}
	fmt.Println(funcs["add"](2, 3), funcs["mul"](2, 3), len(funcs))
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range ch {
			fmt.Print("recv ", v, "; ")
		}
	}()
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
		}
	}
	close(ch)
	<-done
	fmt.Println()
	var iface interface{ Sound() string } = Dog{"d"}
	f := iface.Sound
	fmt.Println(f())
	m := map[Pair[string, int]]bool{{"x", 1}: true}
	fmt.Println(m[Pair[string, int]{"x", 1}], m[Pair[string, int]{"x", 2}])
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl = append(sl, 100)
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl = append(sl, 200)
	sl[0] = -1
	fmt.Println(arr, sl)
	var np *Dog
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(np.Sound())
}
