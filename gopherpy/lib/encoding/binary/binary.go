// Package binary implements simple translation between numbers and byte
// sequences and encoding and decoding of varints.
//
// gopherpy: the byte orders' methods and the encoding of fixed-size values
// (Read, Write, Size, Encode, Decode, Append) are natives (native.py; they walk
// the value's runtime type as Go's reflection-based code does); varints are Go.
package binary

import (
	"errors"
	"io"
)

var errBufferTooSmall = errors.New("buffer too small")

// A ByteOrder specifies how to convert byte slices into unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder specifies how to append 16-, 32-, or 64-bit unsigned integers into a byte slice.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian implementation of ByteOrder and AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian implementation of ByteOrder and AppendByteOrder.
var BigEndian bigEndian

// NativeEndian is the native-endian implementation of ByteOrder and
// AppendByteOrder (little-endian: gopherpy is amd64).
var NativeEndian nativeEndian

type littleEndian struct{}

func (littleEndian) Uint16(b []byte) uint16
func (littleEndian) Uint32(b []byte) uint32
func (littleEndian) Uint64(b []byte) uint64
func (littleEndian) PutUint16(b []byte, v uint16)
func (littleEndian) PutUint32(b []byte, v uint32)
func (littleEndian) PutUint64(b []byte, v uint64)
func (littleEndian) AppendUint16(b []byte, v uint16) []byte
func (littleEndian) AppendUint32(b []byte, v uint32) []byte
func (littleEndian) AppendUint64(b []byte, v uint64) []byte
func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16
func (bigEndian) Uint32(b []byte) uint32
func (bigEndian) Uint64(b []byte) uint64
func (bigEndian) PutUint16(b []byte, v uint16)
func (bigEndian) PutUint32(b []byte, v uint32)
func (bigEndian) PutUint64(b []byte, v uint64)
func (bigEndian) AppendUint16(b []byte, v uint16) []byte
func (bigEndian) AppendUint32(b []byte, v uint32) []byte
func (bigEndian) AppendUint64(b []byte, v uint64) []byte
func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

type nativeEndian struct {
	littleEndian
}

func (nativeEndian) String() string   { return "NativeEndian" }
func (nativeEndian) GoString() string { return "binary.NativeEndian" }

// natives over data's dynamic type:
//
// readSize: how many bytes Read must take for data, and whether data can be
// decoded into (a pointer or slice of fixed-size data); n < 0 when nothing is
// read first. encode: data's encoding, ok false if not fixed-size. decode:
// stores buf's values into data. typeString: data's %T.
func readSize(data any) (n int, ok bool)
func encode(order ByteOrder, data any) (b []byte, ok bool)
func decode(buf []byte, order ByteOrder, data any)
func typeString(data any) string

// Read reads structured binary data from r into data. Data must be a pointer
// to a fixed-size value or a slice of fixed-size values. Bytes read from r are
// decoded using the specified byte order and written to successive fields of
// the data. When decoding boolean values, a zero byte is decoded as false, and
// any other non-zero byte is decoded as true. When reading into structs, the
// field data for fields with blank (_) field names is skipped.
//
// The error is io.EOF only if no bytes were read. If an io.EOF happens after
// reading some but not all the bytes, Read returns io.ErrUnexpectedEOF.
func Read(r io.Reader, order ByteOrder, data any) error {
	n, ok := readSize(data)
	if n < 0 {
		return errors.New("binary.Read: invalid type " + typeString(data))
	}
	bs := make([]byte, n)
	if _, err := io.ReadFull(r, bs); err != nil {
		return err
	}
	if !ok {
		return errors.New("binary.Read: invalid type " + typeString(data))
	}
	decode(bs, order, data)
	return nil
}

// Decode decodes binary data from buf into data according to the given byte
// order. It returns an error if buf is too small, otherwise the number of
// bytes consumed from buf.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	n, ok := readSize(data)
	if n < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeString(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	if !ok {
		return 0, errors.New("binary.Decode: invalid type " + typeString(data))
	}
	decode(buf[:n], order, data)
	return n, nil
}

// Write writes the binary representation of data into w. Data must be a
// fixed-size value or a slice of fixed-size values, or a pointer to such data.
// Boolean values encode as one byte: 1 for true, and 0 for false. When writing
// structs, zero values are written for fields with blank (_) field names.
func Write(w io.Writer, order ByteOrder, data any) error {
	bs, ok := encode(order, data)
	if !ok {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeString(data))
	}
	_, err := w.Write(bs)
	return err
}

// Encode encodes the binary representation of data into buf according to the
// given byte order. It returns an error if buf is too small, otherwise the
// number of bytes written into buf.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	bs, ok := encode(order, data)
	if !ok {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeString(data))
	}
	if len(buf) < len(bs) {
		return 0, errBufferTooSmall
	}
	return copy(buf, bs), nil
}

// Append appends the binary representation of data to buf. buf may be nil, in
// which case a new buffer will be allocated.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	bs, ok := encode(order, data)
	if !ok {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeString(data))
	}
	return append(buf, bs...), nil
}

// Size returns how many bytes Write would generate to encode the value v,
// which must be a fixed-size value or a slice of fixed-size values, or a
// pointer to such data. If v is neither of these, Size returns -1.
func Size(v any) int
