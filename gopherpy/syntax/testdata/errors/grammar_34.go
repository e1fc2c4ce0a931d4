package main

func f() { var x int = }
