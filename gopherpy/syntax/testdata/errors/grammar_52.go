package main

var s = a[:]
