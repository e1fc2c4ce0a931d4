// Package fmt implements formatted I/O with functions analogous to C's printf and scanf.
//
// gopherpy: the printing functions are implemented in native.py (formatting in
// printer.py and format.py); Errorf too.
package fmt

import "io"

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method (used by %#v).
type GoStringer interface {
	GoString() string
}

// FormatString returns a string representing the fully qualified formatting
// directive captured by the State, followed by the argument verb.
func FormatString(state State, verb rune) string

func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Appendf(b []byte, format string, a ...any) []byte
func Fprint(w io.Writer, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprint(a ...any) string
func Append(b []byte, a ...any) []byte
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Sprintln(a ...any) string
func Appendln(b []byte, a ...any) []byte

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error. A %w verb's operand is wrapped (*fmt.wrapError, or
// *fmt.wrapErrors for several).
func Errorf(format string, a ...any) error

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string
func (e *wrapError) Unwrap() error

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string
func (e *wrapErrors) Unwrap() []error
