package main

var s = 1 # 2
var t = @
