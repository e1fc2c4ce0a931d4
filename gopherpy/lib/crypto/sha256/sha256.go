// Package sha256 implements the SHA224 and SHA256 hash algorithms as defined in FIPS 180-4.
//
// gopherpy: the hashes are crypto/internal/fips140/sha256's Digest, as in Go
// (natives over Python's hashlib).
package sha256

import (
	"crypto/internal/fips140/sha256"
	"hash"
)

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

// New returns a new hash.Hash computing the SHA256 checksum. The Hash also
// implements encoding.BinaryMarshaler, encoding.BinaryAppender and
// encoding.BinaryUnmarshaler to marshal and unmarshal the internal state of the hash.
func New() hash.Hash { return sha256.New() }

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash { return sha256.New224() }

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte
