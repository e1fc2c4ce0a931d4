package main

func main() {
	println("hi", 1, true, 2.5, -1e300, 'x')
	print("a", "b", 3, "\n")
	var p *int
	println(p == nil, nil == p)
}
