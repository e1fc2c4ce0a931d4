package shapes

func stmts(ch chan int, xs []int, m map[string]int) (err error) {
	x := 1
	x += 2
	x++
	var y, z = 3, "s"
	const c = 'c'
	type local struct{ a int }
	_, _ = y, z
	if x := f(); x > 0 {
	} else if x < 0 {
	} else {
	}
	for {
		break
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for x < 10 {
		x++
	}
	for range 10 {
	}
	for i := range xs {
		_ = i
	}
	for k, v := range m {
		_, _ = k, v
	}
	for _, v = range m {
	}
	switch {
	case x > 1, x < 0:
		fallthrough
	default:
	}
	switch y := x; y {
	case 1:
	}
	switch v := any(x).(type) {
	case int, string:
		_ = v
	case nil:
	}
	switch any(x).(type) {
	}
	select {
	case v := <-ch:
		_ = v
	case ch <- 1:
	case <-ch:
	default:
	}
	go f()
	defer func() { recover() }()
L:
	for {
		break L
	}
	goto M
M:
	;
	{
	}
	_ = T{a: 1, b: []int{1, 2}}
	_ = [...]string{2: "a", "b"}
	_ = &T{}
	_ = xs[1:2]
	_ = xs[:]
	_ = xs[1:2:3]
	_ = xs[i]
	_ = f[int, string]
	_ = x.(interface{ M() })
	_ = -x + ^x*!b - <-ch
	_ = (*T).Method
	_ = func(a, b int) int { return a + b }(1, 2)
	_ = map[string]struct{}{"a": {}}
	_ = [][]int{{1}, {2, 3}}
	_ = 1.5e3 + 0x1p-2 + 1i + 0b101 + 0o17 + 'a'
	if x == (T{}) {
	}
	return nil
}
