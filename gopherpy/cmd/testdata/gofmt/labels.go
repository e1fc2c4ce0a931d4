package p

func f(x int) {
L:
	for {
		break M
	}
	goto N
	var y = 1
N:
	_ = y
	if x > 0 {
		fallthrough
	}
	continue
unused:
	return
}
func   g() {}
