package main

x := 1
