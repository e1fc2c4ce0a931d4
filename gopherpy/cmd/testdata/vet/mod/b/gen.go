//go:build ignore
// +build linux

package b
