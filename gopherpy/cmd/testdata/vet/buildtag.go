// Cases of the buildtag analyzer.

//go:build linux && (amd64 || arm64) && !windows
// +build linux,amd64 linux,arm64
// +build !windows

// +build bad-tag

// go:build linux

package main

//go:build misplaced

// +build misplaced

import "fmt"

/*
//go:build instar
*/

func main() {
	fmt.Println("ok")
}
