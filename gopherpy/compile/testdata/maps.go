package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	v, ok := m["z"]
	fmt.Println(len(m), m["a"], v, ok)
	delete(m, "a")
	fmt.Println(len(m), m)
	sum := 0
	for k, v := range m {
		sum += v
		_ = k
	}
	fmt.Println(sum)
	mk := map[K][]int{}
	mk[K{1, "x"}] = append(mk[K{1, "x"}], 5)
	mk[K{1, "x"}] = append(mk[K{1, "x"}], 6)
	fmt.Println(mk[K{1, "x"}], len(mk))
	var mi map[interface{}]string = map[interface{}]string{}
	mi[1] = "int"
	mi[int64(1)] = "int64"
	mi[1.0] = "float"
	mi["1"] = "string"
	fmt.Println(len(mi), mi[1], mi[int64(1)], mi[1.0])
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	ak := map[[2]int]bool{{1, 2}: true}
	fmt.Println(ak[[2]int{1, 2}], ak[[2]int{2, 1}])
}
