package main

func f() { type }
