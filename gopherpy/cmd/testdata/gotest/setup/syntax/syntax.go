package syntax

// F is one.
func F() int { return 1 }
