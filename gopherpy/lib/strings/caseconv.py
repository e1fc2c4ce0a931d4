"""This file gives strings and bytes the Unicode facts they need: simple case mapping, folding and classes.

Everything comes from package unicode's tables (gopherpy/lib/unicode/letter.py, which
are generated from real Go), so the answers are Go's for every rune and Unicode
version differences with Python's unicodedata cannot appear.
"""

from __future__ import annotations

from gopherpy.lib.unicode import letter as L

isspace = L.is_space
isletter = L.is_letter
isdigit = L.is_digit
toupper = L.to_upper
tolower = L.to_lower
totitle = L.to_title
simple_fold = L.simple_fold


def fold_equal(a: int, b: int) -> bool:
    """Whether runes a and b are equal under Unicode simple case folding (EqualFold's rule)."""
    if a == b:
        return True
    if a < 0x80 and b < 0x80:
        return 0x41 <= (a | 0x20) - 0x20 <= 0x5A and (a | 0x20) == (b | 0x20)
    # b must be in a's folding orbit
    r = simple_fold(a)
    while r != a:
        if r == b:
            return True
        r = simple_fold(r)
    return False
