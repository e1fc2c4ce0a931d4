package main

func main() {
	_ = a[1::3]
	_ = a[1:2:]
	_ = a[]
	_ = a[1,2
}
