// Method expressions on type parameters (T.M, with M from T's constraint), called
// directly, stored, and passed on; and the text of a failed interface assertion
// whose method exists with another signature.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Num int

func (n Num) String() string { return "Num(" + strconv.Itoa(int(n)) + ")" }

type Word struct{ s string }

func (w *Word) String() string { return "Word:" + w.s }

type Abser[T any] interface {
	Abs() T
	~float64 | ~int
}

type MyInt int

func (m MyInt) Abs() MyInt {
	if m < 0 {
		return -m
	}
	return m
}

func all[T Stringer](xs []T) []string {
	f := T.String
	var out []string
	for _, x := range xs {
		out = append(out, f(x), T.String(x))
	}
	return out
}

func abs[T Abser[T]](x T) T { return T.Abs(x) }

type I1 interface{ Name() int8 }
type I2 interface{ Name() int64 }

type S struct{}

func (*S) Name() int8 { return 1 }

func main() {
	fmt.Println(all([]Num{1, 2}))
	fmt.Println(all([]*Word{{"a"}, {"b"}}))
	fmt.Println(abs(MyInt(-3)), abs(MyInt(4)))
	var i I1 = (*S)(nil)
	_, ok := i.(I2)
	fmt.Println(ok)
	defer func() { fmt.Println(recover()) }()
	fmt.Println(i.(I2).Name())
}
