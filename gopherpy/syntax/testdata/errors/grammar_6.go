package main

func f() { select { case x = <-c, y: } }
