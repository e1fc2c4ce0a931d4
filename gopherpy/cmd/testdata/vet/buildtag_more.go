//go:build (linux || go1.x) && !go.21
// +build linux

//go:build extra

// More cases of the buildtag analyzer: a mismatch, a bad go version, an extra line.
package main

func main() {}
