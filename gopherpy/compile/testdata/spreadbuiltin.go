package main

import "fmt"

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func g(a []byte) ([]byte, string) { return a, "abc" }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func c() (float64, float64)      { return 1.5, -2 }
func ap() ([]int, int)            { return []int{1}, 2 }
func k() (map[interface{}]bool, string) {
	return map[interface{}]bool{"x": true, 1: false}, "x"
}

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a)
	b := []byte{1, 2, 3}
	n = copy(g(b))
	fmt.Println(n, b)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m), m)
	fmt.Println(complex(c()))
	var z complex64 = complex(float32(1), 2)
	fmt.Println(z)
	fmt.Println(append(ap()))
	mk := map[interface{}]bool{"x": true, 1: false}
	delete(mk, "x")
	m2, _ := k()
	delete(k())
	fmt.Println(len(mk), len(m2))
}
