package main

func f() { x <- }
