// Package sha256 implements the SHA-224 and SHA-256 hash algorithms as defined in FIPS 180-4.
//
// gopherpy: here only so that crypto/sha256's hashes are *sha256.Digest, as in
// Go; the methods are natives (Python's hashlib, see ../../../digestnative.py).
package sha256

import "hash"

const (
	size      = 32
	size224   = 28
	blockSize = 64
)

// Digest is a SHA-224 or SHA-256 hash implementation.
type Digest struct {
	state any
	is224 bool
}

// New returns a new Digest computing the SHA-256 hash.
func New() *Digest {
	d := new(Digest)
	d.Reset()
	return d
}

// New224 returns a new Digest computing the SHA-224 hash.
func New224() *Digest {
	d := new(Digest)
	d.is224 = true
	d.Reset()
	return d
}

func (d *Digest) Size() int {
	if d.is224 {
		return size224
	}
	return size
}

func (d *Digest) BlockSize() int { return blockSize }

func (d *Digest) Reset()
func (d *Digest) Write(p []byte) (nn int, err error)
func (d *Digest) Sum(in []byte) []byte
func (d *Digest) MarshalBinary() ([]byte, error)
func (d *Digest) AppendBinary(b []byte) ([]byte, error)
func (d *Digest) UnmarshalBinary(b []byte) error
func (d *Digest) Clone() (hash.Cloner, error)
