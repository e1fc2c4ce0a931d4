// Package comment block.

// +build linux darwin
// +build amd64,!cgo

package p

var x = 1
