package main

func f() { f(...) }
