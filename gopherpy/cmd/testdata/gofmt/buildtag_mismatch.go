//go:build (linux||darwin)&&!cgo
// +build linux

package p

func f() {}
