package main

var x = T{a: 1, 2}
