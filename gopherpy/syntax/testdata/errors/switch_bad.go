package main

func main() {
	switch x := 1; x {
	case 1
		break
	foo:
	}
	select {
	case 1:
	bar
	}
}
