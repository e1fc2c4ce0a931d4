package main

var x = struct{}{}
