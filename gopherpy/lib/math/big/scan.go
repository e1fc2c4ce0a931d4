// This file implements fmt.Scanner for Int, Rat and Float: the number is read from
// the scan state rune by rune (what follows it stays unread) and converted by
// SetString.

package big

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var (
	errNoDigits = errors.New("number has no digits")
	errInvalSep = errors.New("'_' must separate successive digits")
)

// digitValue is the value of digit r in bases up to 36, or 36 for a non-digit.
func digitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case 'a' <= r && r <= 'z':
		return int(r-'a') + 10
	case 'A' <= r && r <= 'Z':
		return int(r-'A') + 10
	}
	return 36
}

// numReader reads the runes of one number from a fmt.ScanState, keeping them.
type numReader struct {
	s   fmt.ScanState
	buf []rune
	r   rune // the current rune; valid if !eof
	eof bool
}

// next reads the next rune into r (eof at the end of the input).
func (n *numReader) next() {
	r, _, err := n.s.ReadRune()
	if err != nil {
		n.eof = true
		return
	}
	n.r = r
}

// take keeps the current rune and reads the next.
func (n *numReader) take() {
	n.buf = append(n.buf, n.r)
	n.next()
}

// done gives back the current rune, which is not part of the number.
func (n *numReader) done() {
	if !n.eof {
		n.s.UnreadRune()
	}
}

// mantissa reads an optional sign, a base prefix (base 0 only: 0b, 0o, 0x, or 0 for
// octal when octal is set) and the digits and (base 0 only) separators that follow;
// with frac, also a '.' and fraction digits. It returns the base it read digits in,
// how many digits it read, and whether a '_' stood outside a digit pair.
func (n *numReader) mantissa(base int, octal, frac bool) (b, digits int, badSep bool) {
	if !n.eof && (n.r == '+' || n.r == '-') {
		n.take()
	}
	b = base
	prefixed := false
	if base == 0 {
		b = 10
		if !n.eof && n.r == '0' {
			n.take()
			digits = 1
			if octal {
				b = 8
			}
			if !n.eof {
				switch n.r {
				case 'b', 'B':
					b, prefixed = 2, true
				case 'o', 'O':
					b, prefixed = 8, true
				case 'x', 'X':
					b, prefixed = 16, true
				}
				if prefixed {
					n.take()
					digits = 0
				}
			}
		}
	}
	prev := '.' // the last rune kept: a '_' must follow a digit or a prefix
	if prefixed {
		prev = '0'
	} else if digits > 0 {
		prev = '0'
	}
	seenDot := false
	for !n.eof {
		r := n.r
		switch {
		case digitValue(r) < b:
			digits++
		case r == '_' && base == 0:
			if prev == '_' || prev == '.' {
				badSep = true
			}
		case r == '.' && frac && !seenDot:
			seenDot = true
			if prev == '_' {
				badSep = true
			}
		default:
			if prev == '_' {
				badSep = true
			}
			return
		}
		prev = r
		if r != '_' && r != '.' {
			prev = '0'
		}
		n.take()
	}
	if prev == '_' {
		badSep = true
	}
	return
}

// Scan is a support routine for fmt.Scanner; it sets z to the value of the
// scanned number. It accepts the verbs 'b' (binary), 'o' (octal), 'd' (decimal),
// 'x' and 'X' (hexadecimal), and 's' and 'v', which take the base from the
// number's prefix.
func (z *Int) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	base := 0
	switch ch {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'd':
		base = 10
	case 'x', 'X':
		base = 16
	case 's', 'v':
	default:
		return errors.New("Int.Scan: invalid verb")
	}
	n := &numReader{s: s}
	n.next()
	if n.eof {
		return io.EOF
	}
	_, digits, badSep := n.mantissa(base, true, false)
	n.done()
	if digits == 0 {
		z.SetInt64(0)
		return errNoDigits
	}
	tok := string(n.buf)
	if badSep {
		z.SetString(strings.ReplaceAll(tok, "_", ""), base)
		return errInvalSep
	}
	z.SetString(tok, base)
	return nil
}

func ratTok(ch rune) bool {
	return strings.ContainsRune("+-/0123456789.eE", ch)
}

// Scan is a support routine for fmt.Scanner. It accepts the formats 'e', 'E', 'f',
// 'F', 'g', 'G', and 'v'. All formats are equivalent.
func (z *Rat) Scan(s fmt.ScanState, ch rune) error {
	tok, err := s.Token(true, ratTok)
	if err != nil {
		return err
	}
	if !strings.ContainsRune("efgEFGv", ch) {
		return errors.New("Rat.Scan: invalid verb")
	}
	if _, ok := z.SetString(string(tok)); !ok {
		return errors.New("Rat.Scan: invalid syntax")
	}
	return nil
}

// Scan is a support routine for fmt.Scanner; it sets z to the value of the
// scanned number (any verb): a decimal, binary (0b), octal (0o) or hexadecimal
// (0x) mantissa with an optional fraction and exponent ('e' for decimal, 'p' for
// a power of two), as SetString accepts it, but no infinities.
func (z *Float) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	n := &numReader{s: s}
	n.next()
	if n.eof {
		return io.EOF
	}
	b, digits, badSep := n.mantissa(0, false, true)
	if digits == 0 {
		n.done()
		return errNoDigits
	}
	if !n.eof && (n.r == 'p' || n.r == 'P' || b == 10 && (n.r == 'e' || n.r == 'E')) {
		n.take()
		if !n.eof && (n.r == '+' || n.r == '-') {
			n.take()
		}
		expDigits := 0
		for !n.eof && '0' <= n.r && n.r <= '9' {
			n.take()
			expDigits++
		}
		if expDigits == 0 {
			n.done()
			return errNoDigits
		}
	}
	n.done()
	if badSep {
		return errInvalSep
	}
	if _, ok := z.SetString(string(n.buf)); !ok {
		return errNoDigits
	}
	return nil
}
