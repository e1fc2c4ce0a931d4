"""This file implements package unicode's predicates and case mapping over the generated tables.txt.

Runes are Python ints; a rune outside 0..0x10FFFF is in no table and maps to itself.
tables.txt holds Go's RangeTables exactly (lo, hi, stride triples); a table is turned
into three parallel lists (lows, highs, strides) the first time it is searched, and
membership is a binary search over the lows. Latin-1 answers are precomputed; the case
maps are parsed on their first non-ASCII lookup.
Used by the Go package's natives (native.py) and by other natives (strconv, strings).
"""

from __future__ import annotations

import os
from bisect import bisect_right

MAX_RUNE = 0x10FFFF
REPLACEMENT_CHAR = 0xFFFD
MAX_ASCII = 0x7F
MAX_LATIN1 = 0xFF

UPPER_CASE = 0
LOWER_CASE = 1
TITLE_CASE = 2
MAX_CASE = 3
UPPER_LOWER = MAX_RUNE + 1


_TEXT = None


def _text() -> str:
    """tables.txt (see gen/gen_tables.go), read on first use, with a leading newline:
    every entry is a line, found by the search for its "\\nNAME " (or "\\nT NAME ")."""
    global _TEXT
    if _TEXT is None:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables.txt")) as f:
            _TEXT = "\n" + f.read()
    return _TEXT


class _Entries(dict):
    """tables.txt's entries by name (lists: the unparsed comma-separated text; RangeTables:
    [r16, r32, latin offset], unparsed), each found in the text when first asked for.
    A program uses a few of the ~260 tables: splitting every line of the 190 KB file at
    import was ~4 M instructions, the tenth of a hello world's own start-up."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def __missing__(self, name):
        t = _text()
        i = t.find("\n" + self.prefix + name + " ")
        if i < 0:
            raise KeyError(name)
        j = t.find("\n", i + 1)
        parts = t[i + 1:j if j >= 0 else len(t)].split()
        v = parts[1] if not self.prefix else parts[2:]
        self[name] = v
        return v


LISTS = _Entries("")        # VERSION, LATIN1, CASE_RANGES, TURKISH_CASE, UPPER, LOWER, TITLE, FOLD
TABLES = _Entries("T ")     # RangeTables by name


VERSION = LISTS["VERSION"]

_searchable: dict = {}


def numbers(text: str) -> list:
    """The ints of one of tables.txt's comma-separated lists ("-" is the empty list)."""
    return [] if text == "-" else [int(x) for x in text.split(",")]


def table_data(name: str):
    """(R16 triples, R32 triples, LatinOffset) of the named table as flat int lists."""
    r16, r32, latin = TABLES[name]
    return numbers(r16), numbers(r32), int(latin)


def searchable(name: str):
    """(lows, highs, strides) of the named table, R16 then R32."""
    s = _searchable.get(name)
    if s is None:
        r16, r32, _ = table_data(name)
        flat = r16 + r32
        s = (flat[0::3], flat[1::3], flat[2::3])
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


# Latin-1 answers of Go's predicates, one bit each (gen/gen_tables.go's latin1Preds order)
_L1 = numbers(LISTS["LATIN1"])
(L1_PRINT, L1_GRAPHIC, L1_LETTER, L1_UPPER, L1_LOWER, L1_NUMBER, L1_PUNCT, L1_SYMBOL, L1_MARK,
 L1_SPACE, L1_CONTROL, L1_DIGIT, L1_TITLE) = (1 << i for i in range(13))


def _latin1(bit: int) -> bytes:
    return bytes(map(bool, map(bit.__and__, _L1)))   # no Python frame per byte


_L1_PRINT = _latin1(L1_PRINT)
_L1_GRAPHIC = _latin1(L1_GRAPHIC)
_L1_LETTER = _latin1(L1_LETTER)
_L1_UPPER = _latin1(L1_UPPER)
_L1_LOWER = _latin1(L1_LOWER)
_L1_NUMBER = _latin1(L1_NUMBER)
_L1_PUNCT = _latin1(L1_PUNCT)
_L1_SYMBOL = _latin1(L1_SYMBOL)


class _Lazy:
    """The search data of the tables the predicates use, parsed on first use."""

    def __getattr__(self, name):
        v = searchable({"WHITE": "White_Space"}.get(name, name))
        setattr(self, name, v)
        return v


_S = _Lazy()


def merged(*names) -> list:
    """The union of tables as a flat list lo0, hi0, lo1, hi1... of stride-1 ranges."""
    iv = []
    for n in names:
        los, his, strides = searchable(n)
        for lo, hi, st in zip(los, his, strides):
            if st == 1:
                iv.append((lo, hi))
            else:
                iv.extend((r, r) for r in range(lo, hi + 1, st))
    iv.sort()
    out = []
    for lo, hi in iv:
        if out and lo <= out[-1] + 1:
            if hi > out[-1]:
                out[-1] = hi
        else:
            out += [lo, hi]
    return out


_unions: dict = {}


def _union(key: str, *names) -> list:
    u = _unions.get(key)
    if u is None:
        u = _unions[key] = merged(*names)
    return u


def is_print(r: int) -> bool:
    """unicode.IsPrint (= strconv.IsPrint): L, M, N, P, S and the ASCII space."""
    if 0 <= r < 256:
        return bool(_L1_PRINT[r])
    u = _unions.get("print") or _union("print", "L", "M", "N", "P", "S")
    p = bisect_right(u, r)
    return p & 1 == 1 or (p > 0 and u[p - 1] == r)


def is_graphic(r: int) -> bool:
    """unicode.IsGraphic: L, M, N, P, S, Zs."""
    if 0 <= r < 256:
        return bool(_L1_GRAPHIC[r])
    u = _unions.get("graphic") or _union("graphic", "L", "M", "N", "P", "S", "Zs")
    p = bisect_right(u, r)
    return p & 1 == 1 or (p > 0 and u[p - 1] == r)


def is_letter(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_LETTER[r])
    return in_searchable(_S.L, r)


def is_digit(r: int) -> bool:
    if r < 256:
        return 0x30 <= r <= 0x39
    return in_searchable(_S.Nd, r)


def is_number(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_NUMBER[r])
    return in_searchable(_S.N, r)


def is_upper(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_UPPER[r])
    return in_searchable(_S.Lu, r)


def is_lower(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_LOWER[r])
    return in_searchable(_S.Ll, r)


def is_title(r: int) -> bool:
    if 0 <= r < 256:
        return False
    return in_searchable(_S.Lt, r)


def is_mark(r: int) -> bool:
    return in_searchable(_S.M, r)


def is_punct(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_PUNCT[r])
    return in_searchable(_S.P, r)


def is_symbol(r: int) -> bool:
    if 0 <= r < 256:
        return bool(_L1_SYMBOL[r])
    return in_searchable(_S.S, r)


def is_space(r: int) -> bool:
    if 0 <= r <= 0xFF:
        return r in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0)
    return in_searchable(_S.WHITE, r)


def is_control(r: int) -> bool:
    return 0 <= r < 0x20 or 0x7F <= r <= 0x9F


class _CaseMap(dict):
    """rune -> mapped rune for the runes a mapping changes, parsed from tables.py on first use."""

    def __init__(self, attr: str):
        super().__init__()
        self.attr = attr
        self.loaded = False

    def __missing__(self, r):
        if self.loaded:
            return r
        self.loaded = True
        v = numbers(LISTS[self.attr])
        self.update(zip(v[0::2], v[1::2]))
        return self.get(r, r)


_UPPER = _CaseMap("UPPER")
_LOWER = _CaseMap("LOWER")
_TITLE = _CaseMap("TITLE")
_FOLD = _CaseMap("FOLD")


def to_upper(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    return _UPPER[r]


def to_lower(r: int) -> int:
    if r < 0x80:
        return r + 32 if 0x41 <= r <= 0x5A else r
    return _LOWER[r]


def to_title(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    return _TITLE[r]


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
    return _FOLD[r]
