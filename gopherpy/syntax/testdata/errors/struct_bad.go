package main

type T struct {
	(int)
	*(int)
	a b c
	1
}
