// Copyright line.

// +build ignore

package p

// +build toolate

var s = `
// +build insidestring
`
