package main

var x = interface{}(nil)
