//go:build (a || b) && (c || d) && !(e && f)
// +build x

package p
