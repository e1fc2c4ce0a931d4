package fuzz

import (
	"fmt"
	"testing"
)

func TestA(t *testing.T) {}

func FuzzRev(f *testing.F) {
	f.Add("hello", 3)
	f.Add("x", 1)
	f.Log("in fuzz target")
	f.Fuzz(func(t *testing.T, s string, n int) {
		t.Logf("s=%q n=%d", s, n)
		if n == 7 {
			t.Error("seven")
		}
	})
}

func FuzzEmpty(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {})
}

func Example_x() {
	fmt.Println("x")
	// Output: x
}
