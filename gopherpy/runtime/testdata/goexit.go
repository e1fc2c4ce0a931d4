package main

import "runtime"

func main() {
	go func() { println("other") }()
	runtime.Goexit()
}
