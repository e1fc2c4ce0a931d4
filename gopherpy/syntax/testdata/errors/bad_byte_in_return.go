package main

func f() bool {
	rÃeturn false
}
