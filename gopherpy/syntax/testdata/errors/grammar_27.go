package main

func f() { 1 = 2 }
