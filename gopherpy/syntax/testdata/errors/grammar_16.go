package main

func (T) m[P any]() {}
