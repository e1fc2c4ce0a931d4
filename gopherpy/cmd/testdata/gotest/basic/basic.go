// Package basic is a small package under test.
package basic

// Add returns a+b.
func Add(a, b int) int { return a + b }

// Greet returns a greeting.
func Greet(name string) string { return "hello, " + name }
