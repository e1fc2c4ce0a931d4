package main

func f() { f(1,,2) }
