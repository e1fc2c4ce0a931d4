package json

import "bytes"

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and U+2029
// characters inside string literals changed to \u003c, \u003e, \u0026, \u2028,
// \u2029 so that the JSON will be safe to embed inside HTML <script> tags.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(src))
	start := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '<' || c == '>' || c == '&' {
			out = append(out, src[start:i]...)
			out = append(out, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			start = i + 1
		}
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			out = append(out, src[start:i]...)
			out = append(out, '\\', 'u', '2', '0', '2', hex[src[i+2]&0xF])
			start = i + 3
		}
	}
	dst.Write(append(out, src[start:]...))
}

// Compact appends to dst the JSON-encoded src with insignificant space
// characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	b, err := compact(src)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// Indent appends to dst an indented form of the JSON-encoded src.
// Each element in a JSON object or array begins on a new, indented line
// beginning with prefix followed by one or more copies of indent according to
// the indentation nesting. The data appended to dst does not begin with the
// prefix nor any indentation. Leading space characters of src are dropped,
// trailing ones are copied to dst.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := appendIndent(nil, src, prefix, indent)
	dst.Write(b)
	return err
}

// compact and appendIndent are natives (indent.py).
func compact(src []byte) ([]byte, error)
func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error)
