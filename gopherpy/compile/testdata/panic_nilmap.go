package main

func main() {
	var m map[int]int
	m[1] = 2
}
