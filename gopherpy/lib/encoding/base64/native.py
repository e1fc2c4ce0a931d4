"""This file implements an Encoding's Encode and decode natively.

Whole runs of 4 alphabet symbols go through binascii (after translating the
alphabet to the standard one); everything else -- newlines, padding, an
unpadded tail, strictness and the offset of corrupt input -- follows Go's
quantum-by-quantum rules in _quantum.
"""

from __future__ import annotations

import binascii
import re

from gopherpy.compile.names import mangle
from gopherpy.runtime.panic import index_error

_STD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_F_ENCODE = mangle("encode")
_F_MAP = mangle("decodeMap")
_F_PAD = mangle("padChar")
_F_STRICT = mangle("strict")

_tables: dict = {}


def _table(alphabet: bytes):
    """(to-alphabet table, to-standard table, regex of a byte outside the alphabet)."""
    t = _tables.get(alphabet)
    if t is None:
        bad = re.compile(b"[^" + b"".join(b"\\x%02x" % c for c in alphabet) + b"]")
        t = (bytes.maketrans(_STD, alphabet), bytes.maketrans(alphabet, _STD), bad)
        _tables[alphabet] = t
    return t


def _bytes(s):
    a = s.a
    return b"" if a is None else bytes(a[s.off:s.off + s.len])


def _encode(enc, data: bytes) -> bytes:
    alphabet = getattr(enc, _F_ENCODE)
    out = binascii.b2a_base64(data, newline=False)
    if alphabet != _STD:
        out = out.translate(_table(alphabet)[0])
    pad = getattr(enc, _F_PAD)
    if pad != 0x3D and out.endswith(b"="):
        k = len(out.rstrip(b"="))
        out = out[:k] + (b"" if pad < 0 else bytes([pad]) * (len(out) - k))
    return out


def Encoding_Encode(enc, dst, src):
    out = _encode(enc, _bytes(src))
    n = len(out)
    if n > dst.len:
        raise index_error(dst.len, dst.len)
    if n:
        dst.a[dst.off:dst.off + n] = out


def Encoding_EncodeToString(enc, src):
    return _encode(enc, _bytes(src))


def _quantum(s: bytes, si: int, dmap, pad: int, strict: bool, out: bytearray):
    """Decode one quantum at s[si:], appending to out; returns (si, bad offset or -1)."""
    L = len(s)
    v = [0, 0, 0, 0]
    j = 0
    dlen = 4
    bad = -1
    while j < 4:
        if si == L:
            if j == 0:
                return si, -1
            if j == 1 or pad != -1:
                return si, si - j
            dlen = j
            break
        c = s[si]
        si += 1
        x = dmap[c]
        if x != 0xFF:
            v[j] = x
            j += 1
            continue
        if c == 10 or c == 13:
            continue
        if c != pad:
            return si, si - 1
        # padding: only after 2 or 3 symbols; "==" after 2
        if j < 2:
            return si, si - 1
        if j == 2:
            while si < L and s[si] in (10, 13):
                si += 1
            if si == L:
                return si, L
            if s[si] != pad:
                return si, si - 1
            si += 1
        while si < L and s[si] in (10, 13):
            si += 1
        if si < L:
            bad = si  # data after the padding
        dlen = j
        break
    val = v[0] << 18 | v[1] << 12 | v[2] << 6 | v[3]
    b0, b1, b2 = val >> 16 & 0xFF, val >> 8 & 0xFF, val & 0xFF
    if dlen == 4:
        out += bytes((b0, b1, b2))
    elif dlen == 3:
        if strict and b2:
            return si, si - 1
        out += bytes((b0, b1))
    else:
        if strict and (b1 or b2):
            return si, si - 2
        out.append(b0)
    return si, bad


def Encoding_decode(enc, dst, src):
    s = _bytes(src)
    alphabet = getattr(enc, _F_ENCODE)
    _, to_std, badre = _table(alphabet)
    dmap = getattr(enc, _F_MAP)
    pad = getattr(enc, _F_PAD)
    strict = getattr(enc, _F_STRICT)
    out = bytearray()
    si = 0
    L = len(s)
    bad = -1
    while si < L:
        m = badre.search(s, si)
        end = L if m is None else m.start()
        k = (end - si) & ~3
        if k:
            chunk = s[si:si + k]
            if alphabet != _STD:
                chunk = chunk.translate(to_std)
            out += binascii.a2b_base64(chunk)
            si += k
            if si == L:
                break
        si, bad = _quantum(s, si, dmap, pad, strict, out)
        if bad >= 0:
            break
    n = len(out)
    if n > dst.len:
        # Go panics in the first quantum that does not fit, storing its last byte first
        n0 = dst.len // 3 * 3
        raise index_error(min(3, n - n0) - 1, dst.len - n0)
    if n:
        dst.a[dst.off:dst.off + n] = out
    end = _wide_writes_end(s, dst.len, dmap, pad, strict, badre)
    if end > n:
        dst.a[dst.off + n:dst.off + end] = bytes(end - n)
    return n, bad


def _wide_writes_end(s: bytes, dlen: int, dmap, pad: int, strict: bool, badre) -> int:
    """Where the last of Go's whole-word stores ends: Decode writes 8 bytes for each 8
    symbols (6 of data) and 4 for each 4 (3 of data) while room allows, so the zero bytes
    past the data of the last such store stay in dst when nothing overwrites them."""
    L = len(s)
    si = n = end = 0
    for width, src_step, dst_step in ((8, 8, 6), (4, 4, 3)):
        while L - si >= src_step and dlen - n >= width:
            m = badre.search(s, si)
            run = (L if m is None else m.start()) - si
            if run >= src_step:
                k = min(run // src_step, (dlen - n - width) // dst_step + 1)
                n += k * dst_step
                si += k * src_step
                end = max(end, n - dst_step + width)
                continue
            tmp = bytearray()
            si, bad = _quantum(s, si, dmap, pad, strict, tmp)
            n += len(tmp)
            if bad >= 0:
                return end
    return end
