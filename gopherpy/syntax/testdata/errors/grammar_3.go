package main

func f() { for a, b, c := range x {} }
