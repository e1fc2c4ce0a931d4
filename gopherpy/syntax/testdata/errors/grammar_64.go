package main

func main() { switch { case 1: default: default: } }
