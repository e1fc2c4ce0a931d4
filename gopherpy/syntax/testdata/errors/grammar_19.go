package main

var x = T[int]{}
