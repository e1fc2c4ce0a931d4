package vet

import "testing"

func Testfoo(t *testing.T) {}

func ExampleT_M() {}

func ExampleT_F() {}

func ExampleT_Nope() {}

func ExampleNope() {}

func Example_Bad() {}

func ExampleG_suffix() {}

func Benchmarkx(b *testing.B) {}

func ExampleG() {
	// Output: early
	println()
	// a comment after
}

func ExampleT() {
	// Output: a
	// more
	_ = 1
	// Output: b
}
