package p

func f(m map[int]int) {
	for a, b, c := range m {
	}
	for i := range 10 {
		_ = i
	}
}
