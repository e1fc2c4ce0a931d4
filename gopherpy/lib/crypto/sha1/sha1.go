// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174.
//
// gopherpy: the digest's methods are natives (native.py, Python's hashlib; the
// marshaled state is Go's format, see ../hashstate.py for its limit).
package sha1

import "hash"

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

// digest represents the partial evaluation of a checksum.
type digest struct {
	state any
}

// New returns a new hash.Hash computing the SHA-1 checksum. The Hash also
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

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte
