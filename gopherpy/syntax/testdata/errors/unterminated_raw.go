package main

var a = `abc
