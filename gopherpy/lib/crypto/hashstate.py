"""This file holds the state of an MD5, SHA-1, SHA-224 or SHA-256 digest for the crypto natives.

A digest hashes through Python's hashlib. Go's digests can also marshal their
internal state (chaining values, the partial block, the length) and be
restored from it, which hashlib cannot: so a state also keeps the bytes written
so far (up to LOG_LIMIT) and computes the chaining values on demand with the
pure-Python compression functions below; a state restored by unmarshal runs on
those pure-Python functions from then on ("py" mode).

Invariants: exactly one of `lib` (a hashlib object) and `h` (chaining values)
is set; in lib mode `log` is None once more than LOG_LIMIT bytes were written;
`n` is the total length written; in py mode `buf` holds n % 64 bytes.
"""

from __future__ import annotations

import hashlib
import math
import struct

LOG_LIMIT = 1 << 20
M32 = 0xFFFFFFFF


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & M32


# -- MD5 (RFC 1321) ------------------------------------------------------------

_MD5_K = [int(abs(math.sin(i + 1)) * 2**32) & M32 for i in range(64)]
_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_IV = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476]


def _md5_block(h, block):
    m = struct.unpack("<16I", block)
    a, b, c, d = h
    for i in range(64):
        if i < 16:
            f = (b & c) | (~b & d)
            g = i
        elif i < 32:
            f = (d & b) | (~d & c)
            g = (5 * i + 1) & 15
        elif i < 48:
            f = b ^ c ^ d
            g = (3 * i + 5) & 15
        else:
            f = c ^ (b | (~d & M32))
            g = (7 * i) & 15
        f = (f + a + _MD5_K[i] + m[g]) & M32
        a, d, c, b = d, c, b, (b + _rotl(f, _MD5_S[i])) & M32
    return [(x + y) & M32 for x, y in zip(h, (a, b, c, d))]


# -- SHA-1 (RFC 3174) ----------------------------------------------------------

_SHA1_IV = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]


def _sha1_block(h, block):
    w = list(struct.unpack(">16I", block))
    for i in range(16, 80):
        w.append(_rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
    a, b, c, d, e = h
    for i in range(80):
        if i < 20:
            f, k = (b & c) | (~b & d), 0x5A827999
        elif i < 40:
            f, k = b ^ c ^ d, 0x6ED9EBA1
        elif i < 60:
            f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
        else:
            f, k = b ^ c ^ d, 0xCA62C1D6
        a, b, c, d, e = (_rotl(a, 5) + (f & M32) + e + k + w[i]) & M32, a, _rotl(b, 30), c, d
    return [(x + y) & M32 for x, y in zip(h, (a, b, c, d, e))]


# -- SHA-224 / SHA-256 (FIPS 180-4) --------------------------------------------

def _primes(n):
    out, k = [], 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


def _icbrt(n):
    """floor(cube root of n) for a non-negative integer n."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


_P = _primes(64)
# the first 32 bits of the fractional parts of the cube roots of the first 64 primes
_SHA256_K = [_icbrt(p << 96) & M32 for p in _P]
# ... of the square roots of the first 8 primes; SHA-224: the second 32 bits, primes 9..16
_SHA256_IV = [math.isqrt(p << 64) & M32 for p in _P[:8]]
_SHA224_IV = [math.isqrt(p << 128) & M32 for p in _P[8:16]]


def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & M32


def _sha256_block(h, block):
    w = list(struct.unpack(">16I", block))
    for i in range(16, 64):
        s0 = _rotr(w[i - 15], 7) ^ _rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
        s1 = _rotr(w[i - 2], 17) ^ _rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
        w.append((w[i - 16] + s0 + w[i - 7] + s1) & M32)
    a, b, c, d, e, f, g, hh = h
    for i in range(64):
        S1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
        ch = (e & f) ^ (~e & g)
        t1 = (hh + S1 + ch + _SHA256_K[i] + w[i]) & M32
        S0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
        maj = (a & b) ^ (a & c) ^ (b & c)
        t2 = (S0 + maj) & M32
        a, b, c, d, e, f, g, hh = (t1 + t2) & M32, a, b, c, (d + t1) & M32, e, f, g
    return [(x + y) & M32 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]


# name: (hashlib name, IV, compression, little-endian words and length, digest size, magic)
ALGOS = {
    "md5": ("md5", _MD5_IV, _md5_block, True, 16, b"md5\x01"),
    "sha1": ("sha1", _SHA1_IV, _sha1_block, False, 20, b"sha\x01"),
    "sha224": ("sha224", _SHA224_IV, _sha256_block, False, 28, b"sha\x02"),
    "sha256": ("sha256", _SHA256_IV, _sha256_block, False, 32, b"sha\x03"),
}


class HashState:
    __slots__ = ("algo", "lib", "log", "h", "buf", "n")

    def __init__(self, algo: str):
        self.algo = algo
        self.reset()

    def reset(self):
        self.lib = hashlib.new(ALGOS[self.algo][0])
        self.log = bytearray()
        self.h = None
        self.buf = b""
        self.n = 0

    def copy(self) -> "HashState":
        c = object.__new__(HashState)
        c.algo = self.algo
        c.lib = self.lib.copy() if self.lib is not None else None
        c.log = bytearray(self.log) if self.log is not None else None
        c.h = list(self.h) if self.h is not None else None
        c.buf = self.buf
        c.n = self.n
        return c

    def write(self, data: bytes):
        self.n += len(data)
        if self.lib is not None:
            self.lib.update(data)
            if self.log is not None:
                if len(self.log) + len(data) > LOG_LIMIT:
                    self.log = None
                else:
                    self.log += data
            return
        block = ALGOS[self.algo][2]
        data = self.buf + data
        h = self.h
        k = len(data) & ~63
        for i in range(0, k, 64):
            h = block(h, data[i:i + 64])
        self.h = h
        self.buf = data[k:]

    def _py_state(self):
        """(chaining values, partial block) of the data written so far."""
        if self.lib is None:
            return self.h, self.buf
        _, iv, block, _, _, _ = ALGOS[self.algo]
        data = bytes(self.log)
        h = list(iv)
        k = len(data) & ~63
        for i in range(0, k, 64):
            h = block(h, data[i:i + 64])
        return h, data[k:]

    def digest(self) -> bytes:
        if self.lib is not None:
            return self.lib.digest()
        _, _, block, little, size, _ = ALGOS[self.algo]
        bits = (self.n * 8) & ((1 << 64) - 1)
        pad = b"\x80" + b"\0" * ((55 - self.n) % 64) + struct.pack("<Q" if little else ">Q", bits)
        h = self.h
        data = self.buf + pad
        for i in range(0, len(data), 64):
            h = block(h, data[i:i + 64])
        out = struct.pack(("<%dI" if little else ">%dI") % len(h), *h)
        return out[:size]

    def marshal(self) -> bytes | None:
        """Go's marshaled state, or None when the state is no longer known (see LOG_LIMIT)."""
        if self.lib is not None and self.log is None:
            return None
        h, buf = self._py_state()
        magic = ALGOS[self.algo][5]
        return (magic + struct.pack(">%dI" % len(h), *h) + buf + b"\0" * (64 - len(buf))
                + struct.pack(">Q", self.n & ((1 << 64) - 1)))

    def unmarshal(self, b: bytes) -> str | None:
        """Restore from Go's marshaled state; the error text, or None."""
        _, iv, _, _, _, magic = ALGOS[self.algo]
        pkg = {"md5": "md5", "sha1": "sha1"}.get(self.algo, "sha256")
        if len(b) < 4 or b[:4] != magic:
            return f"crypto/{pkg}: invalid hash state identifier"
        nw = len(iv)
        if len(b) != 4 + 4 * nw + 64 + 8:
            return f"crypto/{pkg}: invalid hash state size"
        self.h = list(struct.unpack(">%dI" % nw, b[4:4 + 4 * nw]))
        x = b[4 + 4 * nw:4 + 4 * nw + 64]
        self.n = struct.unpack(">Q", b[-8:])[0]
        self.buf = x[:self.n % 64]
        self.lib = None
        self.log = None
        return None
