package main

func main() { _ = T{ }
