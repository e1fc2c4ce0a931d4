package main

func f[T any, ]() {}
func g(a int, b) {}
type S[T interface{}|int] struct{}
