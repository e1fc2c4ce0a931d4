package main

var x = g(0ÿp)
