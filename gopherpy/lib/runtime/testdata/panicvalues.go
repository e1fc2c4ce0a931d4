package main

import (
	"errors"
	"fmt"
	"io"
)

type St int

func (s St) String() string { return "St!" }

type MyInt int
type MyF float64
type MyS string
type MyB bool
type MyC complex64

// Each deferred call panics again: the crash report lists every panic value the
// way the runtime prints it (printpanicval), oldest first.
func main() {
	defer func() { panic(uint8(200)) }()
	defer func() { panic(float32(1.5)) }()
	defer func() { panic(int64(-5)) }()
	defer func() { panic(complex64(1i)) }()
	defer func() { panic(MyC(2 + 3i)) }()
	defer func() { panic(MyB(true)) }()
	defer func() { panic(MyS("x\ny")) }()
	defer func() { panic(MyF(1e100)) }()
	defer func() { panic(MyInt(5)) }()
	defer func() { panic(St(3)) }()
	defer func() { panic(fmt.Errorf("w: %w", io.EOF)) }()
	defer func() { panic("multi\nline") }()
	defer func() { panic(true) }()
	defer func() { panic(3.5) }()
	panic(errors.New("boom"))
}
