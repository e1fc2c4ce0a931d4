package main

type I interface {
	m[]()
	n[]
	T[int]
}
