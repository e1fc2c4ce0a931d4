package main

func main() { for { } else {} }
