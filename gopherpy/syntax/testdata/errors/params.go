package main

func f(a, b int, c) {}
func g(a ...int, b int) {}
func h(a int, ...int) {}
func (a, b T) m() {}
func () n() {}
