// Package jsontext implements syntactic processing of JSON.
//
// gopherpy: only what package encoding/json exposes is provided: Value (json's
// RawMessage) and Kind. IsValid, Compact and Indent use json's natives with the
// options encoding/json's RawMessage users see.
package jsontext

import (
	"errors"
	"strconv"
)

// Value represents a single raw JSON value, which may be one of: a JSON literal
// (null, false, true, string, number), a JSON object, or a JSON array.
type Value []byte

// Clone returns a copy of v.
func (v Value) Clone() Value {
	if v == nil {
		return nil
	}
	return append(Value{}, v...)
}

// String returns the string formatting of v.
func (v Value) String() string {
	if v == nil {
		return "null"
	}
	return string(v)
}

// MarshalJSON returns v as the JSON encoding of v.
// It returns the stored value as the raw JSON output without any validation.
// If v is nil, then this returns a JSON null.
func (v Value) MarshalJSON() ([]byte, error) {
	if v == nil {
		return []byte("null"), nil
	}
	return v, nil
}

// UnmarshalJSON sets v as the JSON encoding of b.
// It stores a copy of the provided raw JSON input without any validation.
func (v *Value) UnmarshalJSON(b []byte) error {
	if v == nil {
		return errors.New("jsontext.Value: UnmarshalJSON on nil pointer")
	}
	*v = append((*v)[:0], b...)
	return nil
}

// Kind returns the starting token kind.
// For a valid value, this will never include '}' or ']'.
func (v Value) Kind() Kind {
	for _, c := range v {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return Kind(c).normalize()
	}
	return 0
}

// A Kind represents the kind of a JSON token.
type Kind byte

const (
	KindInvalid     Kind = 0   // invalid kind
	KindNull        Kind = 'n' // null
	KindFalse       Kind = 'f' // false
	KindTrue        Kind = 't' // true
	KindString      Kind = '"' // string
	KindNumber      Kind = '0' // number
	KindBeginObject Kind = '{' // begin object
	KindEndObject   Kind = '}' // end object
	KindBeginArray  Kind = '[' // begin array
	KindEndArray    Kind = ']' // end array
)

// String returns a string representation of k.
func (k Kind) String() string {
	switch k {
	case 0:
		return "invalid"
	case 'n':
		return "null"
	case 'f':
		return "false"
	case 't':
		return "true"
	case '"':
		return "string"
	case '0':
		return "number"
	case '{', '}', '[', ']':
		return string(rune(k))
	}
	return "<invalid jsontext.Kind: " + quoteByte(byte(k)) + ">"
}

func quoteByte(c byte) string {
	const hex = "0123456789abcdef"
	if c >= 0x80 {
		return `'\x` + string(hex[c>>4]) + string(hex[c&15]) + `'`
	}
	return strconv.QuoteRune(rune(c))
}

func (k Kind) normalize() Kind {
	switch {
	case k == 'n' || k == 'f' || k == 't' || k == '"' || k == '{' || k == '}' || k == '[' || k == ']':
		return k
	case k == '-' || '0' <= k && k <= '9':
		return '0'
	}
	return 0
}
