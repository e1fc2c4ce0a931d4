package main

const c := 1
var v := 2
type T := int
