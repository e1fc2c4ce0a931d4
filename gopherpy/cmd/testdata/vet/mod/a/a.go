package a

func A() int {
	x := 1
	return "a"
}
