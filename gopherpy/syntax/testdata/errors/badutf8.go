package main

var s = "aÿb"
// ş comment
var Ãx = 1
