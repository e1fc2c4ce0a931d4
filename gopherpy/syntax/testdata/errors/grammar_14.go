package main

type T[P ~int|~string] struct{}
