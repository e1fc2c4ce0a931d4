package nofiles

// X is not tested.
func X() int { return 1 }
