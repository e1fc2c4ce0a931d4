package main

func main() {
	c := make(chan bool)
	close(c)
	close(c)
}
