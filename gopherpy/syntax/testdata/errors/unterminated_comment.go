package main

var a = 1 /* abc
