package main

//line foo.go:10
var x = )
/*line bar.go:20:5*/var y = )
//line :abc
//line baz.go:0
var z = )
