package main

func main() {
	switch {
	case true:
		fallthrough
	default:
		fallthrough
	}
	fallthrough
}
