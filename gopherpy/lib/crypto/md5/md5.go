// Package md5 implements the MD5 hash algorithm as defined in RFC 1321.
//
// gopherpy: the digest's methods are natives (native.py, Python's hashlib; the
// marshaled state is Go's format, see ../hashstate.py for its limit).
package md5

import "hash"

// The size of a MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

// digest represents the partial evaluation of a checksum.
type digest struct {
	state any
}

// New returns a new hash.Hash computing the MD5 checksum. The Hash also
// implements encoding.BinaryMarshaler, encoding.BinaryAppender and
// encoding.BinaryUnmarshaler to marshal and unmarshal the internal state of the hash.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Reset()
func (d *digest) Write(p []byte) (nn int, err error)
func (d *digest) Sum(in []byte) []byte
func (d *digest) MarshalBinary() ([]byte, error)
func (d *digest) AppendBinary(b []byte) ([]byte, error)
func (d *digest) UnmarshalBinary(b []byte) error
func (d *digest) Clone() (hash.Cloner, error)

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte
