package main

func f() { f(a...) }
