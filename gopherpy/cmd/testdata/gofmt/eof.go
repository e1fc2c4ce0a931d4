package p

func f() {
	if true {
		g(
