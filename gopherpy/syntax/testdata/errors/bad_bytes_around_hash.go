package main

func f(a ÿ#ÿ b uint64) {}
