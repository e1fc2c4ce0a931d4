// Cases of the stdmethods analyzer.
package main

import (
	"fmt"
	"io"
)

type T struct{}

func (T) ReadByte() byte                              { return 0 }
func (T) Seek(offset int64, whence string) int64       { return 0 }
func (T) WriteTo(w io.Writer) (int, error)             { return 0, nil }
func (T) MarshalJSON() ([]byte, error)                 { return nil, nil }
func (T) UnmarshalJSON(s string) error                 { return nil }
func (T) Format(f fmt.State, c byte)                   {}
func (T) ReadFrom(r io.Reader, extra int) (int64, error) { return 0, nil }
func (T) Scan(x int) error                             { return nil }

type E struct{}

func (E) Error() string      { return "e" }
func (E) Unwrap() string     { return "" }
func (E) Is(target any) bool { return false }

type U struct{}

func (U) Unwrap() string { return "" }

type I interface {
	ReadRune() (rune, error)
	WriteByte(b byte)
}

func main() {
	var i I
	fmt.Println(T{}, E{}, U{}, i)
}
