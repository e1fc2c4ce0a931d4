package main

func f() int { }
