// Package fnv implements FNV-1 and FNV-1a, non-cryptographic hash functions
// created by Glenn Fowler, Landon Curt Noll, and Phong Vo.
//
// All the hash.Hash implementations returned by this package also implement
// encoding.BinaryMarshaler and encoding.BinaryUnmarshaler to marshal and
// unmarshal the internal state of the hash.
//
// gopherpy: written in Go (no natives).
package fnv

import (
	"errors"
	"hash"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64
	sum128a [2]uint64
)

const (
	offset32        = 2166136261
	offset64        = 14695981039346656037
	offset128Lower  = 0x62b821756295c58d
	offset128Higher = 0x6c62272e07bb0142
	prime32         = 16777619
	prime64         = 1099511628211
	prime128Lower   = 0x13b
	prime128Shift   = 24
)

// New32 returns a new 32-bit FNV-1 hash.Hash. Its Sum method will lay the value out in big-endian byte order.
func New32() hash.Hash32 {
	var s sum32 = offset32
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.Hash.
func New32a() hash.Hash32 {
	var s sum32a = offset32
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.Hash.
func New64() hash.Hash64 {
	var s sum64 = offset64
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.Hash.
func New64a() hash.Hash64 {
	var s sum64a = offset64
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.Hash.
func New128() hash.Hash {
	var s sum128
	s[0] = offset128Higher
	s[1] = offset128Lower
	return &s
}

// New128a returns a new 128-bit FNV-1a hash.Hash.
func New128a() hash.Hash {
	var s sum128a
	s[0] = offset128Higher
	s[1] = offset128Lower
	return &s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { s[0] = offset128Higher; s[1] = offset128Lower }
func (s *sum128a) Reset() { s[0] = offset128Higher; s[1] = offset128Lower }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime32
		h ^= sum32(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum32a(c)
		h *= prime32
	}
	*s = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime64
		h ^= sum64(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum64a(c)
		h *= prime64
	}
	*s = h
	return len(data), nil
}

// mul128 multiplies the 128-bit value (hi, lo) by the FNV 128-bit prime
// (2^88 + 0x13b), modulo 2^128.
func mul128(hi, lo uint64) (uint64, uint64) {
	h, l := mul64(prime128Lower, lo)
	h += lo<<prime128Shift + prime128Lower*hi
	return h, l
}

// mul64 is bits.Mul64: the 128-bit product of x and y as (hi, lo).
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t&mask32 + x0*y1
	hi = x1*y1 + t>>32 + w1>>32
	lo = x * y
	return
}

func (s *sum128) Write(data []byte) (int, error) {
	for _, c := range data {
		s[0], s[1] = mul128(s[0], s[1])
		s[1] ^= uint64(c)
	}
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	for _, c := range data {
		s[1] ^= uint64(c)
		s[0], s[1] = mul128(s[0], s[1])
	}
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func be32(b []byte, x uint32) []byte {
	return append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

func be64(b []byte, x uint64) []byte {
	return be32(be32(b, uint32(x>>32)), uint32(x))
}

func rd32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func rd64(b []byte) uint64 { return uint64(rd32(b))<<32 | uint64(rd32(b[4:])) }

func (s *sum32) Sum(in []byte) []byte   { return be32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return be32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return be64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return be64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return be64(be64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return be64(be64(in, s[0]), s[1]) }

const (
	magic32          = "fnv\x01"
	magic32a         = "fnv\x02"
	magic64          = "fnv\x03"
	magic64a         = "fnv\x04"
	magic128         = "fnv\x05"
	magic128a        = "fnv\x06"
	marshaledSize32  = len(magic32) + 4
	marshaledSize64  = len(magic64) + 8
	marshaledSize128 = len(magic128) + 8*2
)

func (s *sum32) AppendBinary(b []byte) ([]byte, error)   { return be32(append(b, magic32...), uint32(*s)), nil }
func (s *sum32a) AppendBinary(b []byte) ([]byte, error)  { return be32(append(b, magic32a...), uint32(*s)), nil }
func (s *sum64) AppendBinary(b []byte) ([]byte, error)   { return be64(append(b, magic64...), uint64(*s)), nil }
func (s *sum64a) AppendBinary(b []byte) ([]byte, error)  { return be64(append(b, magic64a...), uint64(*s)), nil }
func (s *sum128) AppendBinary(b []byte) ([]byte, error)  { return be64(be64(append(b, magic128...), s[0]), s[1]), nil }
func (s *sum128a) AppendBinary(b []byte) ([]byte, error) { return be64(be64(append(b, magic128a...), s[0]), s[1]), nil }

func (s *sum32) MarshalBinary() ([]byte, error)   { return s.AppendBinary(make([]byte, 0, marshaledSize32)) }
func (s *sum32a) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, marshaledSize32)) }
func (s *sum64) MarshalBinary() ([]byte, error)   { return s.AppendBinary(make([]byte, 0, marshaledSize64)) }
func (s *sum64a) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, marshaledSize64)) }
func (s *sum128) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, marshaledSize128)) }
func (s *sum128a) MarshalBinary() ([]byte, error) { return s.AppendBinary(make([]byte, 0, marshaledSize128)) }

var (
	errIdent = errors.New("hash/fnv: invalid hash state identifier")
	errSize  = errors.New("hash/fnv: invalid hash state size")
)

// checkState checks b's magic and length.
func checkState(b []byte, magic string, size int) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errIdent
	}
	if len(b) != size {
		return errSize
	}
	return nil
}

func (s *sum32) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic32, marshaledSize32); err != nil {
		return err
	}
	*s = sum32(rd32(b[4:]))
	return nil
}

func (s *sum32a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic32a, marshaledSize32); err != nil {
		return err
	}
	*s = sum32a(rd32(b[4:]))
	return nil
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic64, marshaledSize64); err != nil {
		return err
	}
	*s = sum64(rd64(b[4:]))
	return nil
}

func (s *sum64a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic64a, marshaledSize64); err != nil {
		return err
	}
	*s = sum64a(rd64(b[4:]))
	return nil
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic128, marshaledSize128); err != nil {
		return err
	}
	s[0] = rd64(b[4:])
	s[1] = rd64(b[12:])
	return nil
}

func (s *sum128a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic128a, marshaledSize128); err != nil {
		return err
	}
	s[0] = rd64(b[4:])
	s[1] = rd64(b[12:])
	return nil
}

func (s *sum32) Clone() (hash.Cloner, error)   { r := *s; return &r, nil }
func (s *sum32a) Clone() (hash.Cloner, error)  { r := *s; return &r, nil }
func (s *sum64) Clone() (hash.Cloner, error)   { r := *s; return &r, nil }
func (s *sum64a) Clone() (hash.Cloner, error)  { r := *s; return &r, nil }
func (s *sum128) Clone() (hash.Cloner, error)  { r := *s; return &r, nil }
func (s *sum128a) Clone() (hash.Cloner, error) { r := *s; return &r, nil }
