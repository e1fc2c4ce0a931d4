package main

func f() { L: L: for {} }
