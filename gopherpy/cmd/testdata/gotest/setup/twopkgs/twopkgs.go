package twopkgs

// F is one.
func F() int { return 1 }
