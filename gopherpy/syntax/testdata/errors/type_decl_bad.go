package main

type T
type U = 
var v
