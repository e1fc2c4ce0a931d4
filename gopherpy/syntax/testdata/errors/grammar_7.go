package main

func f() { select { case x := 1: } }
