package xtest_test

import (
	"fmt"
	"testing"

	"example.com/xtest"
	"example.com/xtest/util"
)

func TestDouble(t *testing.T) {
	if got := xtest.Double(21); got != 42 {
		t.Errorf("Double(21) = %d", got)
	}
	if util.Twice(1) != 3 {
		t.Errorf("util.Twice(1) = %d, want 3 (deliberate)", util.Twice(1))
	}
}

func ExampleDouble() {
	fmt.Println(xtest.Double(4))
	// Output: 8
}
