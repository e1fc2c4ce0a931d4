package main

func f() { x.(type) }
