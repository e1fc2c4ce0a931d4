package main

var x = func() {}()
