// Package errors implements functions to manipulate errors.
//
// gopherpy: the functions are implemented in native.py.
package errors

// errorString is the error New returns.
type errorString struct {
	s string
}

func (e *errorString) Error() string

// New returns an error whose Error method returns text; each call gives a distinct value.
func New(text string) error

// ErrUnsupported reports that an operation cannot be performed because it is unsupported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap method if it has one returning error, else nil.
func Unwrap(err error) error

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool

// As finds the first error in err's tree that matches target, and if one is found,
// sets target to that error value and returns true.
func As(err error, target any) bool

// AsType finds the first error in err's tree that matches the type E.
func AsType[E error](err error) (E, bool) {
	var e E
	ok := As(err, &e)
	return e, ok
}

// joinError is the error Join returns.
type joinError struct {
	errs []error
}

func (e *joinError) Error() string
func (e *joinError) Unwrap() []error

// Join returns an error that wraps the given errors, discarding nil ones.
func Join(errs ...error) error
