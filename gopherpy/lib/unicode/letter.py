"""This file implements package unicode's predicates and case mapping over the generated tables.

Runes are Python ints; a rune outside 0..0x10FFFF is in no table and maps to itself.
Latin-1 has fast paths; the rest is a binary search over tables.py's flat range tuples.
"""

from __future__ import annotations

from bisect import bisect_right

from gopherpy.lib.unicode import tables as T

MAX_RUNE = 0x10FFFF
REPLACEMENT_CHAR = 0xFFFD
MAX_ASCII = 0x7F
MAX_LATIN1 = 0xFF

UPPER_CASE = 0
LOWER_CASE = 1
TITLE_CASE = 2


def in_ranges(t: tuple, r: int) -> bool:
    """Whether r lies in the flat inclusive range tuple t."""
    p = bisect_right(t, r)
    return bool(p & 1) or (p > 0 and t[p - 1] == r)


def _merge(*tabs) -> tuple:
    rs = []
    for t in tabs:
        rs.extend(zip(t[0::2], t[1::2]))
    rs.sort()
    out = []
    for lo, hi in rs:
        if out and lo <= out[-1] + 1:
            if hi > out[-1]:
                out[-1] = hi
        else:
            out += [lo, hi]
    return tuple(out)


C = T.CATEGORIES
_L, _M, _N, _P, _S, _Zs = C["L"], C["M"], C["N"], C["P"], C["S"], C["Zs"]
_Lu, _Ll, _Lt, _Nd = C["Lu"], C["Ll"], C["Lt"], C["Nd"]
_PRINT = _merge(_L, _M, _N, _P, _S)
_GRAPHIC = _merge(_PRINT, _Zs)
_WHITE = T.PROPERTIES["White_Space"]

# Latin-1 answers, computed once from the tables
_L1_PRINT = bytes(in_ranges(_PRINT, r) or r == 0x20 for r in range(256))
_L1_GRAPHIC = bytes(in_ranges(_GRAPHIC, r) for r in range(256))
_L1_LETTER = bytes(in_ranges(_L, r) for r in range(256))


def is_print(r: int) -> bool:
    """unicode.IsPrint (= strconv.IsPrint): L, M, N, P, S and the ASCII space."""
    if 0 <= r < 256:
        return bool(_L1_PRINT[r])
    return in_ranges(_PRINT, r)


def is_graphic(r: int) -> bool:
    """unicode.IsGraphic: L, M, N, P, S, Zs."""
    if 0 <= r < 256:
        return bool(_L1_GRAPHIC[r])
    return in_ranges(_GRAPHIC, r)


def is_letter(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_LETTER[r])
    return in_ranges(_L, r)


def is_digit(r: int) -> bool:
    if r < 256:
        return 0x30 <= r <= 0x39
    return in_ranges(_Nd, r)


def is_number(r: int) -> bool:
    return in_ranges(_N, r)


def is_upper(r: int) -> bool:
    if 0x41 <= r <= 0x5A:
        return True
    return r >= 0x80 and in_ranges(_Lu, r)


def is_lower(r: int) -> bool:
    if 0x61 <= r <= 0x7A:
        return True
    return r >= 0x80 and in_ranges(_Ll, r)


def is_title(r: int) -> bool:
    return r >= 0x80 and in_ranges(_Lt, r)


def is_mark(r: int) -> bool:
    return in_ranges(_M, r)


def is_punct(r: int) -> bool:
    return in_ranges(_P, r)


def is_symbol(r: int) -> bool:
    return in_ranges(_S, r)


def is_space(r: int) -> bool:
    if 0 <= r <= 0xFF:
        return r in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0)
    return in_ranges(_WHITE, r)


def is_control(r: int) -> bool:
    return 0 <= r < 0x20 or 0x7F <= r <= 0x9F


def to_upper(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    return T.UPPER.get(r, r)


def to_lower(r: int) -> int:
    if r < 0x80:
        return r + 32 if 0x41 <= r <= 0x5A else r
    return T.LOWER.get(r, r)


def to_title(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    return T.TITLE.get(r, r)


def to_case(case: int, r: int) -> int:
    """unicode.To: REPLACEMENT_CHAR for a bad case."""
    if case == UPPER_CASE:
        return to_upper(r)
    if case == LOWER_CASE:
        return to_lower(r)
    if case == TITLE_CASE:
        return to_title(r)
    return REPLACEMENT_CHAR


def simple_fold(r: int) -> int:
    """unicode.SimpleFold: the next rune of r's folding orbit."""
    return T.FOLD.get(r, r)


def table(name: str):
    """The ranges of a category, script or property by Go's name (None if unknown)."""
    t = T.CATEGORIES.get(name)
    if t is None:
        t = T.SCRIPTS.get(name)
    if t is None:
        t = T.PROPERTIES.get(name)
    return t
