"""This file gives strings and bytes the Unicode facts they need: simple case mapping and classes.

Go maps case rune by rune (unicode.ToUpper: one rune to one rune); Python's str.upper
applies full mappings that may produce several characters, so a full mapping that
is longer than one character leaves the rune unchanged here, as Go's tables do.
Python's unicodedata may be a different Unicode version than Go's tables; only
runes added or changed between those versions can differ.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def isspace(r: int) -> bool:
    """unicode.IsSpace."""
    if r < 0x100:
        return r in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0)
    if r > 0x10FFFF:
        return False
    return unicodedata.category(chr(r)) == "Zs" or r in (0x2028, 0x2029)


def _cat(r: int) -> str:
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return "Cn"
    return unicodedata.category(chr(r))


def isletter(r: int) -> bool:
    return _cat(r)[0] == "L"


def isdigit(r: int) -> bool:
    return _cat(r) == "Nd"


@lru_cache(maxsize=4096)
def toupper(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    if r > 0x10FFFF or 0xD800 <= r <= 0xDFFF or r < 0:
        return r
    u = chr(r).upper()
    return ord(u) if len(u) == 1 else r


@lru_cache(maxsize=4096)
def tolower(r: int) -> int:
    if r < 0x80:
        return r + 32 if 0x41 <= r <= 0x5A else r
    if r > 0x10FFFF or 0xD800 <= r <= 0xDFFF or r < 0:
        return r
    if r == 0x130:       # İ: Go maps to i (simple mapping), Python to i + combining dot
        return 0x69
    u = chr(r).lower()
    return ord(u) if len(u) == 1 else r


@lru_cache(maxsize=4096)
def totitle(r: int) -> int:
    if r < 0x80:
        return toupper(r)
    if r > 0x10FFFF or 0xD800 <= r <= 0xDFFF or r < 0:
        return r
    u = chr(r).title()
    return ord(u) if len(u) == 1 else toupper(r)


def fold_equal(a: int, b: int) -> bool:
    """Whether runes a and b are equal under Unicode simple case folding."""
    if a == b:
        return True
    if a < 0x80 and b < 0x80:
        return tolower(a) == tolower(b)
    return tolower(a) == tolower(b) or toupper(a) == toupper(b) or \
        tolower(toupper(a)) == tolower(toupper(b))
