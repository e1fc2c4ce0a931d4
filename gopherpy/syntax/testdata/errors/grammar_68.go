package main

func main() { var x, y = 1 }
