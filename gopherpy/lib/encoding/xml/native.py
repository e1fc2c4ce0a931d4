"""This file holds encoding/xml's one native: finding the next byte of a set in a []byte without copying it (the decoder's bulk reads of text and names)."""

from __future__ import annotations

import re

_patterns: dict = {}


def indexAnyFrom(b, start, chars):
    """The index in b of the first byte at or after start that is in chars, or -1."""
    p = _patterns.get(chars)
    if p is None:
        p = _patterns[chars] = re.compile(b"[" + b"".join(b"\\x%02x" % c for c in chars) + b"]")
    a = b.a
    if a is None:
        return -1
    off = b.off
    m = p.search(a, off + start, off + b.len)
    return -1 if m is None else m.start() - off
