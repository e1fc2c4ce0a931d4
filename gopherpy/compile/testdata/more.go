package main

import "fmt"

type Op func(int, int) int

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Stringer interface{ String() string }
type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

func swap(a, b *int) { *a, *b = *b, *a }

func variadicJoin(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var vals []int
	root.Walk(func(v int) { vals = append(vals, v) })
	fmt.Println(vals)
	var s Stringer = Blue
	fmt.Println(s, Red, Color(1))
	fmt.Printf("%v %d %s|%5s|%-4d|%04d|%x|%q\n", Green, Green, Blue, "ab", 7, 42, 255, "hi")
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	fmt.Println(variadicJoin("-", "a", "b", "c"))
	var u8 uint8 = 250
	for i := 0; i < 10; i++ {
		u8++
	}
	fmt.Println(u8)
	x := 1
	for i := uint(0); i < 70; i += 13 {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	type P struct{ X, Y int }
	pts := map[string]*P{"a": {1, 2}}
	pts["a"].X = 10
	fmt.Println(*pts["a"])
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 20
	fmt.Println(arr, sl, len(sl), cap(sl))
	matrix := make([][]float64, 3)
	for i := range matrix {
		matrix[i] = make([]float64, 3)
		matrix[i][i] = 1.5
	}
	fmt.Println(matrix)
	var iface interface{} = P{1, 2}
	fmt.Println(iface == P{1, 2}, iface != P{2, 1})
	fmt.Printf("%+v %T\n", iface, iface)
	str := "hello"
	bs := []byte(str)
	for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
		bs[i], bs[j] = bs[j], bs[i]
	}
	fmt.Println(string(bs))
	counts := make(map[rune]int)
	for _, r := range "abracadabra" {
		counts[r]++
	}
	fmt.Println(counts['a'], counts['b'], len(counts))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
}
