package util

// Twice returns 2*x.
func Twice(x int) int { return 2 * x }
