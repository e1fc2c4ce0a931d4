package main

func main() {
	for {
	L:
	}
	{
	M:
	}
	switch {
	case true:
	N:
	}
}
