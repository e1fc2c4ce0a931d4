"""This file implements package unicode/utf8's functions natively over strings (bytes) and []byte (Slice).

Decoding follows Go's rules exactly: the shortest form only, no surrogates, nothing
above U+10FFFF; an invalid or short sequence decodes as (RuneError, 1), and an empty
input as (RuneError, 0).
"""

from __future__ import annotations

from gopherpy.lib.nativeutil import append_bytes
from gopherpy.runtime.values import RUNE_ERROR, decoderune, index_panic

# The accepted ranges of the second byte after each leading byte (Go's "accept ranges").
_SECOND = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF), 0xF4: (0x80, 0x8F)}


def _view(p):
    """The bytes of a []byte Slice as a memoryview-free bytes copy (short inputs) or the store."""
    a = p.a
    if a is None:
        return b""
    return bytes(a[p.off:p.off + p.len])


def _full(s, n: int) -> bool:
    if n == 0:
        return False
    c = s[0]
    if c < 0x80 or c < 0xC2 or c > 0xF4:
        return True  # ASCII, or an invalid leading byte (decodes as RuneError, 1)
    need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
    if n >= need:
        return True
    lo, hi = _SECOND.get(c, (0x80, 0xBF))
    if n > 1 and not lo <= s[1] <= hi:
        return True
    if n > 2 and not 0x80 <= s[2] <= 0xBF:
        return True
    return False


def FullRune(p) -> bool:
    a = p.a
    if a is None:
        return False
    return _full(a[p.off:p.off + min(p.len, 4)], min(p.len, 4))


def FullRuneInString(s: bytes) -> bool:
    return _full(s, min(len(s), 4))


def DecodeRuneInString(s: bytes):
    if not s:
        return RUNE_ERROR, 0
    c = s[0]
    if c < 0x80:
        return c, 1
    return decoderune(s[:4], 0)


def DecodeRune(p):
    a = p.a
    if a is None or p.len == 0:
        return RUNE_ERROR, 0
    o = p.off
    c = a[o]
    if c < 0x80:
        return c, 1
    return decoderune(bytes(a[o:o + min(p.len, 4)]), 0)


def _decode_last(s: bytes):
    n = len(s)
    if n == 0:
        return RUNE_ERROR, 0
    c = s[n - 1]
    if c < 0x80:
        return c, 1
    # back up over at most UTFMax-1 continuation bytes to a possible start byte
    lim = max(n - 4, 0)
    start = n - 1
    while start > lim and s[start] & 0xC0 == 0x80:
        start -= 1
    r, size = decoderune(s, start)
    if start + size != n:
        return RUNE_ERROR, 1
    return r, size


def DecodeLastRuneInString(s: bytes):
    return _decode_last(s[-4:])


def DecodeLastRune(p):
    a = p.a
    if a is None or p.len == 0:
        return RUNE_ERROR, 0
    e = p.off + p.len
    return _decode_last(bytes(a[max(p.off, e - 4):e]))


def RuneLen(r: int) -> int:
    if r < 0:
        return -1
    if r < 0x80:
        return 1
    if r < 0x800:
        return 2
    if 0xD800 <= r <= 0xDFFF:
        return -1
    if r < 0x10000:
        return 3
    if r <= 0x10FFFF:
        return 4
    return -1


def _encode(r: int) -> bytes:
    if 0 <= r < 0x80:
        return bytes((r,))
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        r = RUNE_ERROR
    return chr(r).encode("utf-8")


def EncodeRune(p, r: int) -> int:
    b = _encode(r)
    k = len(b)
    if p.len < k:
        # Go indexes p[k-1] first (the bounds check of the widest write)
        index_panic(k - 1, p.len)
    o = p.off
    p.a[o:o + k] = b
    return k


def AppendRune(p, r: int):
    return append_bytes(p, _encode(r))


def RuneCountInString(s: bytes) -> int:
    if s.isascii():
        return len(s)
    try:
        u = s.decode("utf-8")
        return len(u)
    except UnicodeDecodeError:
        pass
    n = 0
    i = 0
    ln = len(s)
    while i < ln:
        if s[i] < 0x80:
            i += 1
        else:
            i += decoderune(s, i)[1]
        n += 1
    return n


def RuneCount(p) -> int:
    return RuneCountInString(_view(p))


def ValidString(s: bytes) -> bool:
    if s.isascii():
        return True
    try:
        s.decode("utf-8")  # Python's strict UTF-8 rejects exactly what Go rejects
        return True
    except UnicodeDecodeError:
        return False


def Valid(p) -> bool:
    return ValidString(_view(p))

