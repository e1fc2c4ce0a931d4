package main

type T struct{ A int }

func main() {
	var p *T
	println(p.A)
}
