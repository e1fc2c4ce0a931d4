package main

var c = <-chan int(nil)
