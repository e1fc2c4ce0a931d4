// Package hex implements hexadecimal encoding and decoding.
//
// gopherpy: Encode and Decode are natives (native.py); the streaming encoder,
// decoder and Dumper are Go.
package hex

import (
	"errors"
	"fmt"
	"io"
)

// ErrLength reports an attempt to decode an odd-length input using Decode or DecodeString.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes: n * 2.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of a decoding of x source bytes: x / 2.
func DecodedLen(x int) int { return x / 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst and returns that number.
func Encode(dst, src []byte) int

// decode decodes src into dst; bad is the invalid byte (or -1) and odd whether
// the error is ErrLength.
func decode(dst, src []byte) (n int, bad int, odd bool)

// Decode decodes src into DecodedLen(len(src)) bytes of dst and returns the
// number of bytes written. If src contains invalid characters, Decode returns
// the number of bytes successfully written and an InvalidByteError; an
// odd-length src gives ErrLength (after checking the last byte).
func Decode(dst, src []byte) (int, error) {
	n, bad, odd := decode(dst, src)
	if bad >= 0 {
		return n, InvalidByteError(bad)
	}
	if odd {
		return n, ErrLength
	}
	return n, nil
}

// AppendEncode appends the hexadecimally encoded src to dst and returns the extended buffer.
func AppendEncode(dst, src []byte) []byte {
	n := EncodedLen(len(src))
	dst = grow(dst, n)
	Encode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n]
}

// AppendDecode appends the hexadecimally decoded src to dst and returns the
// extended buffer. If the input is malformed, it returns the partially decoded
// src and an error.
func AppendDecode(dst, src []byte) ([]byte, error) {
	n := DecodedLen(len(src))
	dst = grow(dst, n)
	n, err := Decode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n], err
}

// grow makes room for n more bytes after len(b) (as slices.Grow).
func grow(b []byte, n int) []byte {
	if n -= cap(b) - len(b); n > 0 {
		b = append(b[:cap(b)], make([]byte, n)...)[:len(b)]
	}
	return b
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	dst := make([]byte, DecodedLen(len(s)))
	n, err := Decode(dst, []byte(s))
	return dst[:n], err
}

// chunk is how many bytes the streaming encoder and decoder handle at a time.
const chunk = 512

type encoder struct {
	w   io.Writer
	err error
	out [2 * chunk]byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunk {
			k = chunk
		}
		m := Encode(e.out[:], p[:k])
		var w int
		w, e.err = e.w.Write(e.out[:m])
		n += w / 2
		p = p[k:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // undecoded input
	buf [2 * chunk]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r.
// NewDecoder expects that r contain only an even number of hexadecimal characters.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (int, error) {
	if len(d.in) < 2 && d.err == nil {
		// keep the odd byte left over, read more after it
		k := copy(d.buf[:], d.in)
		m, err := d.r.Read(d.buf[k:])
		d.in = d.buf[:k+m]
		d.err = err
		if err == io.EOF && len(d.in)%2 == 1 {
			if last := d.in[len(d.in)-1]; !isHex(last) {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err := Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*n:]
	if err != nil {
		d.in = nil
		d.err = err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// Dump returns a string that contains a hex dump of the given data, in the
// format of `hexdump -C`.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var w sink
	d := Dumper(&w)
	d.Write(data)
	d.Close()
	return string(w.b)
}

// sink is a minimal in-memory writer (bytes and strings are above this package).
type sink struct{ b []byte }

func (s *sink) Write(p []byte) (int, error) {
	s.b = append(s.b, p...)
	return len(p), nil
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to w,
// in the format of `hexdump -C`.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

// A dump line: "00000010  2e 2f 30 31 32 33 34 35  36 37 38 39 3a 3b 3c 3d  |./0123456789:;<=|\n".
// The dumper writes the offset when a line starts, each byte's column as the
// byte arrives, and the character column when the line is complete.
type dumper struct {
	w      io.Writer
	chars  [18]byte // character column of the current line, then "|\n"
	tmp    [14]byte
	used   int  // bytes in the current line
	off    uint // bytes dumped in all
	closed bool
}

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

// column is the text after the hex of the i-th byte of a line (0-based).
func column(i int) string {
	switch i {
	case 7:
		return "  "
	case 15:
		return "  |"
	}
	return " "
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, c := range data {
		if h.used == 0 {
			o := h.off
			src := [4]byte{byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o)}
			Encode(h.tmp[:8], src[:])
			h.tmp[8], h.tmp[9] = ' ', ' '
			if _, err = h.w.Write(h.tmp[:10]); err != nil {
				return
			}
		}
		Encode(h.tmp[:2], []byte{c})
		k := 2 + copy(h.tmp[2:], column(h.used))
		if _, err = h.w.Write(h.tmp[:k]); err != nil {
			return
		}
		n++
		h.chars[h.used] = printable(c)
		h.used++
		h.off++
		if h.used == 16 {
			h.chars[16], h.chars[17] = '|', '\n'
			if _, err = h.w.Write(h.chars[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	// blank columns for the missing bytes, then the characters so far
	for i := h.used; i < 16; i++ {
		k := copy(h.tmp[:], "  ")
		k += copy(h.tmp[k:], column(i))
		if _, err = h.w.Write(h.tmp[:k]); err != nil {
			return
		}
	}
	h.chars[h.used] = '|'
	h.chars[h.used+1] = '\n'
	_, err = h.w.Write(h.chars[:h.used+2])
	return
}
