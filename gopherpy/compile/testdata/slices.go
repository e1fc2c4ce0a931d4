package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s), cap(s))
	t := s[2:5]
	t[0] = 100
	fmt.Println(s[2], len(t), cap(t))
	t = append(t, -1)
	fmt.Println(s[5])
	u := make([]string, 3, 10)
	u[1] = "x"
	fmt.Println(u, len(u), cap(u))
	n := copy(s, []int{7, 8, 9})
	fmt.Println(n, s[:4])
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	m := [][]int{{1}, {2, 3}}
	m[1] = append(m[1], 4)
	fmt.Println(m, len(m[1]))
	full := s[1:3:4]
	fmt.Println(len(full), cap(full))
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	var grid [3][3]int
	grid[1][2] = 5
	g2 := grid
	g2[1][2] = 6
	fmt.Println(grid, g2)
}
