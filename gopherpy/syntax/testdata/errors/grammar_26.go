package main

func f() { a, b = 1 }
