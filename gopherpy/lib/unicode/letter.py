"""This file implements package unicode's predicates and case mapping over the generated tables.

Runes are Python ints; a rune outside 0..0x10FFFF is in no table and maps to itself.
tables.py holds Go's RangeTables exactly (lo, hi, stride triples); a table is turned
into three parallel lists (lows, highs, strides) the first time it is searched, and
membership is a binary search over the lows. Latin-1 answers are precomputed.
Used by the Go package's natives (native.py) and by other natives (strconv, strings).
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
MAX_CASE = 3
UPPER_LOWER = MAX_RUNE + 1

_searchable: dict = {}


def searchable(name: str):
    """(lows, highs, strides) of the named table, R16 then R32."""
    s = _searchable.get(name)
    if s is None:
        r16, r32, _ = T.TABLES[name]
        flat = r16 + r32
        s = (list(flat[0::3]), list(flat[1::3]), list(flat[2::3]))
        _searchable[name] = s
    return s


def in_searchable(s, r: int) -> bool:
    los, his, strides = s
    i = bisect_right(los, r) - 1
    if i < 0 or r > his[i]:
        return False
    st = strides[i]
    return st == 1 or (r - los[i]) % st == 0


def in_table(name: str, r: int) -> bool:
    """Whether rune r is in Go's table `name` (a category, script, property or foldX)."""
    return in_searchable(searchable(name), r)


def _latin1(*names) -> bytes:
    return bytes(any(in_table(n, r) for n in names) for r in range(256))


_L1_PRINT = bytearray(_latin1("L", "M", "N", "P", "S"))
_L1_PRINT[0x20] = 1
_L1_GRAPHIC = _latin1("L", "M", "N", "P", "S", "Zs")
_L1_LETTER = _latin1("L")
_L1_UPPER = _latin1("Lu")
_L1_LOWER = _latin1("Ll")
_L1_NUMBER = _latin1("N")
_L1_PUNCT = _latin1("P")
_L1_SYMBOL = _latin1("S")

_S_L = searchable("L")
_S_M = searchable("M")
_S_N = searchable("N")
_S_P = searchable("P")
_S_S = searchable("S")
_S_ZS = searchable("Zs")
_S_LU = searchable("Lu")
_S_LL = searchable("Ll")
_S_LT = searchable("Lt")
_S_ND = searchable("Nd")
_S_WHITE = searchable("White_Space")


def is_print(r: int) -> bool:
    """unicode.IsPrint (= strconv.IsPrint): L, M, N, P, S and the ASCII space."""
    if 0 <= r < 256:
        return bool(_L1_PRINT[r])
    return (in_searchable(_S_L, r) or in_searchable(_S_M, r) or in_searchable(_S_N, r)
            or in_searchable(_S_P, r) or in_searchable(_S_S, r))


def is_graphic(r: int) -> bool:
    """unicode.IsGraphic: L, M, N, P, S, Zs."""
    if 0 <= r < 256:
        return bool(_L1_GRAPHIC[r])
    return is_print(r) or in_searchable(_S_ZS, r)


def is_letter(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_LETTER[r])
    return in_searchable(_S_L, r)


def is_digit(r: int) -> bool:
    if r < 256:
        return 0x30 <= r <= 0x39
    return in_searchable(_S_ND, r)


def is_number(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_NUMBER[r])
    return in_searchable(_S_N, r)


def is_upper(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_UPPER[r])
    return in_searchable(_S_LU, r)


def is_lower(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_LOWER[r])
    return in_searchable(_S_LL, r)


def is_title(r: int) -> bool:
    if 0 <= r < 256:
        return False
    return in_searchable(_S_LT, r)


def is_mark(r: int) -> bool:
    return in_searchable(_S_M, r)


def is_punct(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_PUNCT[r])
    return in_searchable(_S_P, r)


def is_symbol(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_SYMBOL[r])
    return in_searchable(_S_S, r)


def is_space(r: int) -> bool:
    if 0 <= r <= 0xFF:
        return r in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0)
    return in_searchable(_S_WHITE, r)


def is_control(r: int) -> bool:
    return 0 <= r < 0x20 or 0x7F <= r <= 0x9F


_UPPER = T.UPPER
_LOWER = T.LOWER
_TITLE = T.TITLE
_FOLD = T.FOLD


def to_upper(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    return _UPPER.get(r, r)


def to_lower(r: int) -> int:
    if r < 0x80:
        return r + 32 if 0x41 <= r <= 0x5A else r
    return _LOWER.get(r, r)


def to_title(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    return _TITLE.get(r, r)


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
    return _FOLD.get(r, r)
