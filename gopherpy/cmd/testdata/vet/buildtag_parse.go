//go:build linux &&
// +build !!linux

// The buildtag analyzer on constraints that do not parse.
package main

func main() {}
