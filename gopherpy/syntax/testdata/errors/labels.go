package main

func main() {
L:
	for {
	}
M:
	goto N
	break
	continue
	for {
		break L
		continue M
	}
	goto L2
	x := 1
L2:
	_ = x
	{
	L3:
	}
	goto L3
}
