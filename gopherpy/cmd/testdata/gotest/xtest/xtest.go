package xtest

import "example.com/xtest/util"

// Double doubles x.
func Double(x int) int { return util.Twice(x) }

var internalCounter = 1
