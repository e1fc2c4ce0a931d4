// A variable redeclared by := is assigned, not used; using it on the right side of
// the same := (runtime/panic.go: off, fd := read(fd)) counts as a use.
package main

func h(b []byte) (int, []byte) { return 0, b }

func g(b []byte) {
	fd := b
	if fd != nil {
		off, fd := h(fd)
		x, fd := h(fd)
		_, _ = off, x
	}
	n, err := 1, error(nil)
	m, err := 2, err
	_, _ = n, m
	p, q := 1, 2
	p, r := 3, 4
}

func main() {
	g(nil)
}
