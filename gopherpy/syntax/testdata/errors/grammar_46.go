package main

var c <-chan <-chan int
