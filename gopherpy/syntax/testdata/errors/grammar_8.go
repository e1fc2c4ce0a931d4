package main

func f() { var _ = [...]int{1} ; _ = [...]int }
