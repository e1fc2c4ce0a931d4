"""This file implements encoding/hex's Encode and decode natively (bytes.hex / bytes.fromhex)."""

from __future__ import annotations

import re

from gopherpy.runtime.panic import index_error

_BAD = re.compile(rb"[^0-9a-fA-F]")


def _src(s):
    a = s.a
    return b"" if a is None else bytes(a[s.off:s.off + s.len])


def Encode(dst, src):
    data = _src(src)
    out = data.hex().encode()
    n = len(out)
    if n > dst.len:
        raise index_error(dst.len, dst.len)
    if n:
        dst.a[dst.off:dst.off + n] = out
    return n


def EncodeToString(src):
    return _src(src).hex().encode()


def decode(dst, src):
    """(n, invalid byte or -1, odd length) as Go's Decode sees src, writing dst[:n]."""
    s = _src(src)
    m = _BAD.search(s)
    end = len(s) & ~1
    bad = -1
    if m is not None:
        i = m.start()
        k = i & ~1  # the pair holding the first invalid byte
        if k < end:
            # within a pair: its first byte is checked first
            bad = s[k] if _BAD.match(s, k) else s[k + 1]
            end = k
        else:
            bad = s[i]
    out = bytes.fromhex(s[:end].decode())
    n = len(out)
    if n > dst.len:
        raise index_error(dst.len, dst.len)
    if n:
        dst.a[dst.off:dst.off + n] = out
    return n, bad, bad < 0 and len(s) % 2 == 1
