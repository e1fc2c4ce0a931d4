package main

func f() {
	g(1, /* unterminated
	h()
}
