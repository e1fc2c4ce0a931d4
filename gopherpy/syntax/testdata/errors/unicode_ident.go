package main

var héllo, 世界 = 1, 2
var ⌘x = 3
var x٣ = 4
var ٣x = 5
func f() { x := }
