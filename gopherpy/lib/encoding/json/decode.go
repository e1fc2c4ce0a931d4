// Package json implements encoding and decoding of JSON as defined in RFC 7159,
// with the behaviour of go1.27, whose encoding/json runs on encoding/json/v2 with
// the v1 options (error texts, offsets and corner cases are v2's).
//
// gopherpy: Marshal, Unmarshal, the stream Decoder and the formatting functions are
// natives (native.py over scanner.py, stream.py, decode.py, encode.py, fields.py,
// indent.py) walking the runtime type descriptors as Go's reflection-based code
// does; error types and small methods are Go.
package json

import (
	"encoding/base64"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Unmarshal parses the JSON-encoded data and stores the result in the value
// pointed to by v. If v is nil or not a pointer, Unmarshal returns an
// InvalidUnmarshalError.
func Unmarshal(data []byte, v any) error

// Unmarshaler is the interface implemented by types that can unmarshal a JSON
// description of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// An UnmarshalTypeError describes a JSON value that was not appropriate for a
// value of a specific Go type.
type UnmarshalTypeError struct {
	Value  string       // description of JSON value - "bool", "array", "number -5"
	Type   reflect.Type // type of Go value it could not be assigned to
	Offset int64        // error occurred after reading Offset bytes
	Struct string       // name of the root type containing the field
	Field  string       // the full path from root node to the value
	Err    error        // may be nil
}

func (e *UnmarshalTypeError) Error() string {
	s := "json: cannot unmarshal " + e.Value + " into "
	if e.Struct == "" && e.Field == "" {
		s += "Go value of type " + e.Type.String()
	} else {
		// a path whose last element is an array index does not name a struct field
		last := e.Field[strings.LastIndexByte(e.Field, '.')+1:]
		if last == "" || strings.Trim(last, "0123456789") != "" {
			s += "Go struct field "
		}
		s += e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *UnmarshalTypeError) Unwrap() error { return e.Err }

// An UnmarshalFieldError describes a JSON object key that led to an unexported
// (and therefore unwritable) struct field.
//
// Deprecated: No longer used; kept for compatibility.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) +
		" into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
// (The argument to Unmarshal must be a non-nil pointer.)
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	switch {
	case e.Type == nil:
		return "json: Unmarshal(nil)"
	case e.Type.Kind() != reflect.Pointer:
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// Helpers the natives call (Go values with Go's own error types).

func appendDecodeBase64(dst, src []byte) ([]byte, error) {
	return base64.StdEncoding.AppendDecode(dst, src)
}

func appendEncodeBase64(dst, src []byte) []byte {
	return base64.StdEncoding.AppendEncode(dst, src)
}

func errorf(format string, a ...any) error { return fmt.Errorf(format, a...) }

func parseInt(s string, bits int) (int64, error) {
	n, err := strconv.ParseInt(s, 10, bits)
	if err != nil {
		return 0, err.(*strconv.NumError).Err
	}
	return n, nil
}

func parseUint(s string, bits int) (uint64, error) {
	n, err := strconv.ParseUint(s, 10, bits)
	if err != nil {
		return 0, err.(*strconv.NumError).Err
	}
	return n, nil
}

func parseFloat(s string, bits int) (float64, error) {
	f, err := strconv.ParseFloat(s, bits)
	if err != nil {
		return 0, err.(*strconv.NumError).Err
	}
	return f, nil
}

var errSyntax, errRange = strconv.ErrSyntax, strconv.ErrRange

func wrapErrUnsupported(err error, what string) error {
	if errors.Is(err, errors.ErrUnsupported) {
		return errors.New(what + " may not return errors.ErrUnsupported")
	}
	return err
}

// isZeroer is what the omitzero option calls when a type has it.
type isZeroer interface {
	IsZero() bool
}
