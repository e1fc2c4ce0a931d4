package main

func main() {
	switch var x = 1; x {
	}
	for i := range 10 {
	}
}
