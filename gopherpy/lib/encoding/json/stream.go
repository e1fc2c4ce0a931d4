package json

import (
	"bytes"
	"encoding/json/jsontext"
	"io"
)

// A Decoder reads and decodes JSON values from an input stream.
type Decoder struct {
	d   *decodeState // the token reader over r (stream.py)
	err error

	useNumber, disallowUnknownFields bool

	// hadPeeked reports whether More was called; hadEOF whether Token hit io.EOF.
	// Both are reset by Decode and Token.
	hadPeeked, hadEOF bool
}

// decodeState is the natives' reader state (a Python object whose class derives
// from this one's).
type decodeState struct{}

// NewDecoder returns a new decoder that reads from r.
//
// The decoder introduces its own buffering and may read data from r beyond the
// JSON values requested.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{d: newDecodeState(r)}
}

func newDecodeState(r io.Reader) *decodeState

// UseNumber causes the Decoder to unmarshal a number into an interface value as
// a Number instead of as a float64.
func (dec *Decoder) UseNumber() { dec.useNumber = true }

// DisallowUnknownFields causes the Decoder to return an error when the
// destination is a struct and the input contains object keys which do not match
// any non-ignored, exported fields in the destination.
func (dec *Decoder) DisallowUnknownFields() { dec.disallowUnknownFields = true }

// Decode reads the next JSON-encoded value from its input and stores it in the
// value pointed to by v.
func (dec *Decoder) Decode(v any) error

// Buffered returns a reader of the data remaining in the Decoder's buffer.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.unreadBuffer())
}

func (dec *Decoder) unreadBuffer() []byte

// Token returns the next JSON token in the input stream.
// At the end of the input stream, Token returns nil, io.EOF.
func (dec *Decoder) Token() (Token, error)

// More reports whether there is another element in the current array or object
// being parsed.
func (dec *Decoder) More() bool

// InputOffset returns the input stream byte offset of the current decoder
// position. The offset gives the location of the end of the most recently
// returned token and the beginning of the next token.
func (dec *Decoder) InputOffset() int64

// An Encoder writes JSON values to an output stream.
type Encoder struct {
	w          io.Writer
	err        error
	escapeHTML bool

	indentPrefix string
	indentValue  string
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes the JSON encoding of v to the stream, followed by a newline
// character.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	b, err := marshal(v, enc.escapeHTML)
	if err != nil {
		return err
	}
	if len(enc.indentPrefix)+len(enc.indentValue) > 0 {
		if b, err = appendIndent(nil, b, enc.indentPrefix, enc.indentValue); err != nil {
			return err
		}
	}
	b = append(b, '\n')
	if _, err = enc.w.Write(b); err != nil {
		enc.err = err
		return err
	}
	return nil
}

// SetIndent instructs the encoder to format each subsequent encoded value as if
// indented by the package-level function Indent(dst, src, prefix, indent).
// Calling SetIndent("", "") disables indentation.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.indentPrefix = prefix
	enc.indentValue = indent
}

// SetEscapeHTML specifies whether problematic HTML characters should be escaped
// inside JSON quoted strings. The default behavior is to escape &, <, and > to
// \u0026, \u003c, and \u003e.
func (enc *Encoder) SetEscapeHTML(on bool) { enc.escapeHTML = on }

// RawMessage is a raw encoded JSON value.
// It implements Marshaler and Unmarshaler and can be used to delay JSON decoding
// or precompute a JSON encoding.
type RawMessage = jsontext.Value

// A Token holds a value of one of these types: Delim, for the four JSON
// delimiters [ ] { }; bool, for JSON booleans; float64, for JSON numbers;
// Number, for JSON numbers; string, for JSON string literals; nil, for JSON null.
type Token any

// A Delim is a JSON array or object delimiter, one of [ ] { or }.
type Delim rune

func (d Delim) String() string { return string(d) }
