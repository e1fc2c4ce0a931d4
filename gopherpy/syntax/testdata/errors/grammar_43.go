package main

type I interface { m() int; m2(x int) (y int) ; m3[T any]() }
