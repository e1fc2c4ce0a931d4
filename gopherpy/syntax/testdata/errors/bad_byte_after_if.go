package main

func f() {
	if» !ok {
	}
}

x := 1
