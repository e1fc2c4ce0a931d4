package main

func main() {
	if x == T{} {
	}
	for _, x := range []int{1} {
	}
	_ = (T){}
}
