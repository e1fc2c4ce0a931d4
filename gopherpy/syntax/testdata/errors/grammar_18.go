package main

var x = f[int, string](1)
