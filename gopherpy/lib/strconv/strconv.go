// Package strconv implements conversions to and from string representations
// of basic data types.
//
// gopherpy: the number parsers, formatters and quoting are Python (atoi.py, atof.py,
// ftoa.py, quote.py, bound in native.py); they report failures as codes that the
// Go wrappers here turn into *NumError values as Go's strconv does.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// The failure codes of the natives (atoi.py).
const (
	codeOK = iota
	codeSyntax
	codeRange
	codeBase
	codeBitSize
)

func toError(fn, s string, base, bitSize, code int) error {
	switch code {
	case codeSyntax:
		return &NumError{fn, s, ErrSyntax}
	case codeRange:
		return &NumError{fn, s, ErrRange}
	case codeBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	case codeBitSize:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
	}
	return nil
}

// ParseBool returns the boolean value represented by the string.
// It accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
// Any other value returns an error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to dst.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

func parseInt(s string, base, bitSize int) (int64, int)
func parseUint(s string, base, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func parseComplex(s string, bitSize int) (complex128, int)

// ParseInt interprets a string s in the given base (0, 2 to 36) and
// bit size (0 to 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	x, code := parseInt(s, base, bitSize)
	if code != codeOK {
		return x, toError("ParseInt", s, base, bitSize, code)
	}
	return x, nil
}

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	x, code := parseUint(s, base, bitSize)
	if code != codeOK {
		return x, toError("ParseUint", s, base, bitSize, code)
	}
	return x, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	x, code := parseInt(s, 10, 0)
	if code != codeOK {
		return int(x), toError("Atoi", s, 0, 0, code)
	}
	return int(x), nil
}

// ParseFloat converts the string s to a floating-point number with the precision
// specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	x, code := parseFloat(s, bitSize)
	if code != codeOK {
		return x, toError("ParseFloat", s, 0, bitSize, code)
	}
	return x, nil
}

// ParseComplex converts the string s to a complex number with the precision
// specified by bitSize: 64 for complex64, or 128 for complex128.
func ParseComplex(s string, bitSize int) (complex128, error) {
	x, code := parseComplex(s, bitSize)
	if code != codeOK {
		return x, toError("ParseComplex", s, 0, bitSize, code)
	}
	return x, nil
}

// FormatFloat converts the floating-point number f to a string, according to the
// format fmt and precision prec.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends the string form of the floating-point number f, as generated
// by FormatFloat, to dst and returns the extended buffer.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte

// FormatComplex converts the complex number c to a string of the form (a+bi).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // complex64 uses float32 internally
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// FormatInt returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatInt(i int64, base int) string

// FormatUint returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatUint(i uint64, base int) string

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string

// AppendInt appends the string form of the integer i, as generated by FormatInt, to dst.
func AppendInt(dst []byte, i int64, base int) []byte

// AppendUint appends the string form of the unsigned integer i, as generated by FormatUint, to dst.
func AppendUint(dst []byte, i uint64, base int) []byte

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string

// AppendQuote appends a double-quoted Go string literal representing s, as generated by Quote, to dst.
func AppendQuote(dst []byte, s string) []byte

// QuoteToASCII returns a double-quoted Go string literal representing s, with non-ASCII escaped.
func QuoteToASCII(s string) string

// AppendQuoteToASCII appends the QuoteToASCII form of s to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte

// QuoteToGraphic returns a double-quoted Go string literal representing s, leaving
// Unicode graphic characters unescaped.
func QuoteToGraphic(s string) string

// AppendQuoteToGraphic appends the QuoteToGraphic form of s to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string

// AppendQuoteRune appends the QuoteRune form of r to dst.
func AppendQuoteRune(dst []byte, r rune) []byte

// QuoteRuneToASCII returns a single-quoted Go character literal, non-ASCII escaped.
func QuoteRuneToASCII(r rune) string

// AppendQuoteRuneToASCII appends the QuoteRuneToASCII form of r to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte

// QuoteRuneToGraphic returns a single-quoted Go character literal, graphic characters unescaped.
func QuoteRuneToGraphic(r rune) string

// AppendQuoteRuneToGraphic appends the QuoteRuneToGraphic form of r to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte

// CanBackquote reports whether the string s can be represented unchanged as a
// single-line backquoted string without control characters other than tab.
func CanBackquote(s string) bool

// IsPrint reports whether the rune is defined as printable by Go, with the same
// definition as unicode.IsPrint.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool

func unquote(s string) (string, bool)
func quotedPrefix(s string) (string, bool)
func unquoteChar(s string, quote byte) (rune, bool, string, bool)

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string
// literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
// If s does not start with a valid quoted string, QuotedPrefix returns an error.
func QuotedPrefix(s string) (string, error) {
	v, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

// UnquoteChar decodes the first character or byte in the escaped string or
// character literal represented by the string s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}
