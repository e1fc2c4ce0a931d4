package main

func main() {
	for i := 0; i < 10; j := 1 {
	}
	for var i = 0; ; {
	}
}
