package p

func f() {
	x := [
	y := )
	if x := 1 {
	}
	switch z = w.(type) {
	}
	go (g())
	defer h
	a, b
	c :=
	f(1 2)
	_ = T{1, 2
	}
	m[1:2:]
	for a, b, c, d := range e {}
	return 1 +
}
func g() int { return 1 }
func k(a, b int, c) {}
