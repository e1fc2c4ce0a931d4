package xtest

import "testing"

func TestInternal(t *testing.T) {
	if internalCounter != 1 {
		t.Fatal("counter")
	}
	internalCounter++
}
