// Package base64 implements base64 encoding as specified by RFC 4648.
//
// gopherpy: an Encoding's Encode and Decode are natives (native.py, through
// Python's binascii for whole quanta, with Go's rules for padding, newlines,
// strictness and error offsets); the rest is Go.
package base64

import "io"

// An Encoding is a radix 64 encoding/decoding scheme, defined by a 64-character alphabet.
type Encoding struct {
	encode    string     // the 64 symbols, in order
	decodeMap [256]uint8 // symbol byte -> index, 0xFF for bytes outside the alphabet
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

const invalidIndex = 0xFF

// NewEncoding returns a new padded Encoding defined by the given alphabet,
// which must be a 64-byte string that contains unique byte values and does
// not contain the padding character or CR / LF ('\r', '\n').
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{encode: encoder, padChar: StdPadding}
	for i := range e.decodeMap {
		e.decodeMap[i] = invalidIndex
	}
	for i := 0; i < len(encoder); i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.decodeMap[c] != invalidIndex {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.decodeMap[c] = uint8(i)
	}
	return e
}

// WithPadding creates a new encoding identical to enc except with a specified
// padding character, or NoPadding to disable padding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.decodeMap[byte(padding)] != invalidIndex {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict creates a new encoding identical to enc except with strict decoding
// enabled: the trailing padding bits must be zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// StdEncoding is the standard base64 encoding, as defined in RFC 4648.
var StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

// URLEncoding is the alternate base64 encoding defined in RFC 4648 (URLs and file names).
var URLEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

// RawStdEncoding is the standard raw, unpadded base64 encoding.
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)

// RawURLEncoding is the unpadded alternate base64 encoding defined in RFC 4648.
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// Encode encodes src using the encoding enc, writing EncodedLen(len(src)) bytes to dst.
func (enc *Encoding) Encode(dst, src []byte)

// AppendEncode appends the base64 encoded src to dst and returns the extended buffer.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := enc.EncodedLen(len(src))
	dst = grow(dst, n)
	enc.Encode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n]
}

// grow makes room for n more bytes after len(b) (as slices.Grow).
func grow(b []byte, n int) []byte {
	if n -= cap(b) - len(b); n > 0 {
		b = append(b[:cap(b)], make([]byte, n)...)[:len(b)]
	}
	return b
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string

// EncodedLen returns the length in bytes of the base64 encoding of an input buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data
// corresponding to n bytes of base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int { return decodedLen(n, enc.padChar) }

func decodedLen(n int, padChar rune) int {
	if padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// A CorruptInputError is the offset of the first illegal byte of the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + itoa(int64(e))
}

// itoa is strconv.FormatInt(x, 10) (this package sits below strconv here).
func itoa(x int64) string {
	if x == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	u := uint64(x)
	if x < 0 {
		u = uint64(-x)
	}
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if x < 0 {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// decode is Decode's native: n bytes written, and the offset of the corrupt
// input (or -1).
func (enc *Encoding) decode(dst, src []byte) (n int, bad int)

// Decode decodes src using the encoding enc. It writes at most
// DecodedLen(len(src)) bytes to dst and returns the number of bytes written.
// If src contains invalid base64 data, it returns the number of bytes
// successfully written and CorruptInputError. New line characters (\r and \n)
// are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	n, bad := enc.decode(dst, src)
	if bad >= 0 {
		return n, CorruptInputError(bad)
	}
	return n, nil
}

// AppendDecode appends the base64 decoded src to dst and returns the extended
// buffer. If the input is malformed, it returns the partially decoded src and an error.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(src)
	for n > 0 && rune(src[n-1]) == enc.padChar {
		n--
	}
	n = decodedLen(n, NoPadding)
	dst = grow(dst, n)
	n, err := enc.Decode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n], err
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}

// encoder buffers up to 2 bytes of a partial quantum between writes.
type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	part [3]byte
	npart int
	out  [1024]byte
}

// NewEncoder returns a new base64 stream encoder. Data written to the returned
// writer will be encoded using enc and then written to w. The caller must Close
// the returned encoder to flush any partially written blocks.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.npart > 0 {
		// complete the pending quantum first
		k := copy(e.part[e.npart:], p)
		e.npart += k
		n += k
		p = p[k:]
		if e.npart < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.part[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.npart = 0
	}
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	e.npart = copy(e.part[:], p)
	n += e.npart
	return n, nil
}

// Close flushes any pending output from the encoder.
func (e *encoder) Close() error {
	if e.err == nil && e.npart > 0 {
		e.enc.Encode(e.out[:], e.part[:e.npart])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.npart)])
		e.npart = 0
	}
	return e.err
}

// decoder reads whole quanta from r (newlines removed) and hands out their
// decoding, keeping what p had no room for.
type decoder struct {
	err     error
	readErr error
	enc     *Encoding
	r       io.Reader
	in      [1024]byte
	nin     int
	out     []byte
	outbuf  [768]byte
}

// NewDecoder constructs a new base64 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &noNewlines{r}}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// at least one quantum, reading about as much as p can take
	for d.nin < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.in) {
			want = len(d.in)
		}
		var k int
		k, d.readErr = d.r.Read(d.in[d.nin:want])
		d.nin += k
	}
	if d.nin < 4 {
		if d.enc.padChar == NoPadding && d.nin > 0 {
			// an unpadded final partial quantum
			var k int
			k, d.err = d.enc.Decode(d.outbuf[:], d.in[:d.nin])
			d.nin = 0
			d.out = d.outbuf[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nin > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nin / 4 * 4
	if d.nin/4*3 > len(p) {
		var k int
		k, d.err = d.enc.Decode(d.outbuf[:], d.in[:whole])
		d.out = d.outbuf[:k]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.in[:whole])
	}
	d.nin = copy(d.in[:], d.in[whole:d.nin])
	return n, d.err
}

// noNewlines drops '\r' and '\n' from what it reads.
type noNewlines struct {
	r io.Reader
}

func (f *noNewlines) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		k := 0
		for _, c := range p[:n] {
			if c != '\r' && c != '\n' {
				p[k] = c
				k++
			}
		}
		if k > 0 {
			return k, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
