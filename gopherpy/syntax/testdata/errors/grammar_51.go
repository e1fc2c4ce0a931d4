package main

var s = a[1:2:3:4]
