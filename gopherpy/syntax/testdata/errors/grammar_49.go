package main

var f func(int) (int
