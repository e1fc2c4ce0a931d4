package main

func main() {
	go (f())
	defer (f)()
}
