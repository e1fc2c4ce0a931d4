package missing

// F is one.
func F() int { return 1 }
