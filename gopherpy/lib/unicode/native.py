"""This file implements package unicode's body-less functions and builds its tables.

`table(name)` makes the Go *RangeTable of tables.py's entry (Range16/Range32 struct
values, LatinOffset) and remembers which table object it made for which name, so Is
on one of the package's own tables is a binary search over the Python data
(letter.py); Is on any other table (or on a package table whose R16/R32 field a
program reassigned) searches the Go slices themselves. A program that stores into
the elements of a package table's slices is not seen by that fast path.
"""

from __future__ import annotations


from gopherpy.compile.names import mangle
from gopherpy.lib.unicode import letter as L
from gopherpy.lib.unicode import tables as T
from gopherpy.runtime.values import Slice

_ns: dict = {}
_own: dict = {}  # id(table object) -> (table object, R16 slice, R32 slice, searchable)


def init_package(ns):
    _ns["RangeTable"] = ns[mangle("RangeTable")]
    _ns["Range16"] = ns[mangle("Range16")]
    _ns["Range32"] = ns[mangle("Range32")]
    _ns["CaseRange"] = ns[mangle("CaseRange")]


def _ranges(cls, flat: tuple) -> Slice:
    items = [cls(flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat), 3)]
    return Slice(items, 0, len(items), len(items))


def table(name: bytes):
    n = name.decode()
    r16, r32, latin = T.TABLES[n]
    t = _ns["RangeTable"](_ranges(_ns["Range16"], r16), _ranges(_ns["Range32"], r32), latin)
    _own[id(t)] = (t, t.R16, t.R32, L.searchable(n))
    return t


def caseRanges(name: bytes):
    flat = getattr(T, name.decode())
    cls = _ns["CaseRange"]
    items = [cls(flat[i], flat[i + 1], [flat[i + 2], flat[i + 3], flat[i + 4]])
             for i in range(0, len(flat), 5)]
    return Slice(items, 0, len(items), len(items))


def _in_slice(sl: Slice, r: int) -> bool:
    """Binary search of a []Range16 or []Range32 for r."""
    a = sl.a
    if a is None:
        return False
    lo, hi = sl.off, sl.off + sl.len
    while lo < hi:
        m = (lo + hi) >> 1
        e = a[m]
        if e.Lo <= r <= e.Hi:
            return e.Stride == 1 or (r - e.Lo) % e.Stride == 0
        if r < e.Lo:
            hi = m
        else:
            lo = m + 1
    return False


def Is(t, r: int) -> bool:
    own = _own.get(id(t))
    if own is not None and own[0] is t and own[1] is t.R16 and own[2] is t.R32:
        return L.in_searchable(own[3], r)
    # t may be nil: Go reads rangeTab.R16 and faults, so does this
    r16 = t.R16
    if r16.len and r <= r16.a[r16.off + r16.len - 1].Hi:
        return _in_slice(r16, r)
    r32 = t.R32
    if r32.len and r >= r32.a[r32.off].Lo:
        return _in_slice(r32, r)
    return False


IsControl = L.is_control
IsDigit = L.is_digit
IsGraphic = L.is_graphic
IsLetter = L.is_letter
IsLower = L.is_lower
IsMark = L.is_mark
IsNumber = L.is_number
IsPrint = L.is_print
IsPunct = L.is_punct
IsSpace = L.is_space
IsSymbol = L.is_symbol
IsTitle = L.is_title
IsUpper = L.is_upper
To = L.to_case
ToLower = L.to_lower
ToTitle = L.to_title
ToUpper = L.to_upper
SimpleFold = L.simple_fold

