package main

var x = [[[[[[[
