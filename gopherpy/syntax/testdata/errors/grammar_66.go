package main

func main() { switch x.(type) { case int: fallthrough } }
