package main

func f[P any](x P) P { return x }
