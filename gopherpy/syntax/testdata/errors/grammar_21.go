package main

func f() { if x := T[int]{}; x {} }
