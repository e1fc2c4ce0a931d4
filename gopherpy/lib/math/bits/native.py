"""This file implements package math/bits over Python ints (Go's unsigned values, within range).

Add32 (in 64 bits) and Sub32 compute the carry and borrow as Go's code does and Add64/Sub64 as gc's
ADC/SBB do, so even a carry input other than 0 or 1 (undefined by the documentation)
gives Go's amd64 result; Div panics with the runtime errors Go's does.
"""

from __future__ import annotations

from gopherpy.runtime.panic import divide_error, runtime_error

M8, M16, M32, M64 = 0xFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF


def _lz(n):
    return lambda x: n - x.bit_length()


LeadingZeros = _lz(64)
LeadingZeros8 = _lz(8)
LeadingZeros16 = _lz(16)
LeadingZeros32 = _lz(32)
LeadingZeros64 = _lz(64)


def _tz(n):
    return lambda x: n if x == 0 else (x & -x).bit_length() - 1


TrailingZeros = _tz(64)
TrailingZeros8 = _tz(8)
TrailingZeros16 = _tz(16)
TrailingZeros32 = _tz(32)
TrailingZeros64 = _tz(64)


def _ones(x):
    return bin(x).count("1")


OnesCount = OnesCount8 = OnesCount16 = OnesCount32 = OnesCount64 = _ones


def _len(x):
    return x.bit_length()


Len = Len8 = Len16 = Len32 = Len64 = _len


def _rot(n, mask):
    def rotate_left(x, k):
        s = k & (n - 1)
        return ((x << s) | (x >> (n - s))) & mask
    return rotate_left


RotateLeft = _rot(64, M64)
RotateLeft8 = _rot(8, M8)
RotateLeft16 = _rot(16, M16)
RotateLeft32 = _rot(32, M32)
RotateLeft64 = _rot(64, M64)

_REV8 = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


def Reverse8(x):
    return _REV8[x]


def _rev(nbytes):
    def reverse(x):
        return int.from_bytes(x.to_bytes(nbytes, "little").translate(_REV8), "big")
    return reverse


Reverse16 = _rev(2)
Reverse32 = _rev(4)
Reverse64 = Reverse = _rev(8)


def _revbytes(nbytes):
    def reverse_bytes(x):
        return int.from_bytes(x.to_bytes(nbytes, "little"), "big")
    return reverse_bytes


ReverseBytes16 = _revbytes(2)
ReverseBytes32 = _revbytes(4)
ReverseBytes64 = ReverseBytes = _revbytes(8)


def _add(n, mask):
    top = n - 1

    def add(x, y, carry):
        s = (x + y + carry) & mask
        return s, (((x & y) | ((x | y) & ~s)) >> top) & 1
    return add


def Add32(x, y, carry):
    s = x + y + carry  # Go adds in 64 bits: the carry out is the high half
    return s & M32, s >> 32


_add64 = _add(64, M64)


def Add64(x, y, carry):
    # gc makes Add64 an ADC whose carry-in flag is carry != 0
    return _add64(x, y, 1 if carry else 0)


Add = Add64


def _sub(n, mask):
    top = n - 1

    def sub(x, y, borrow):
        d = (x - y - borrow) & mask
        return d, ((((~x) & y) | ((~(x ^ y)) & d)) >> top) & 1
    return sub


Sub32 = _sub(32, M32)
_sub64 = _sub(64, M64)


def Sub64(x, y, borrow):
    # gc makes Sub64 an SBB whose borrow-in flag is borrow != 0
    return _sub64(x, y, 1 if borrow else 0)


Sub = Sub64


def Mul64(x, y):
    p = x * y
    return p >> 64, p & M64


Mul = Mul64


def Mul32(x, y):
    p = x * y
    return p >> 32, p & M32


def Div64(hi, lo, y):
    if y == 0:
        raise divide_error()
    if y <= hi:
        raise runtime_error("integer overflow")
    return divmod((hi << 64) | lo, y)


Div = Div64


def Div32(hi, lo, y):
    if y != 0 and y <= hi:
        raise runtime_error("integer overflow")
    if y == 0:
        raise divide_error()
    return divmod((hi << 32) | lo, y)


def Rem64(hi, lo, y):
    if y == 0:
        raise divide_error()
    return ((hi << 64) | lo) % y


Rem = Rem64


def Rem32(hi, lo, y):
    if y == 0:
        raise divide_error()
    return ((hi << 32) | lo) % y
