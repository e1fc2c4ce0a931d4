"""This file implements package unicode's body-less functions and builds its tables.

`table(name)` makes the Go *RangeTable of tables.txt's entry. The package declares
about 260 tables and a program uses a few, so a table's R16/R32 slices (Range16/Range32
struct values) and its LatinOffset are set when Go code first reads one of them (nothing
of tables.txt but the table's name is looked at before): the object is of a subclass of
the compiler's RangeTable class whose R16/R32/LatinOffset are properties over the class's slots.
Is on one of the package's own tables whose slices a program has not replaced is a
binary search over the Python data (letter.py); Is on any other table searches the Go
slices themselves. (A program that stores into the elements of a package table's
slices is not seen by that fast path.)
"""

from __future__ import annotations

from gopherpy.compile.names import mangle
from gopherpy.lib.unicode import letter as L
from gopherpy.runtime.values import Slice

_ns: dict = {}


def init_package(ns):
    rt = ns[mangle("RangeTable")]
    _ns["Range16"] = ns[mangle("Range16")]
    _ns["Range32"] = ns[mangle("Range32")]
    _ns["CaseRange"] = ns[mangle("CaseRange")]
    _ns["Lazy"] = _lazy_class(rt)


def _ranges(cls, flat: list) -> Slice:
    items = [cls(flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat), 3)]
    return Slice(items, 0, len(items), len(items))


def _lazy_class(rt):
    """The subclass of RangeTable's class for the package's own tables."""
    r16slot, r32slot, losslot = rt.R16, rt.R32, rt.LatinOffset  # the struct's slots' descriptors

    def build(self):
        r16, r32, latin = L.table_data(self._gname)
        r16slot.__set__(self, _ranges(_ns["Range16"], r16))
        r32slot.__set__(self, _ranges(_ns["Range32"], r32))
        losslot.__set__(self, latin)
        self._gbuilt = (r16slot.__get__(self), r32slot.__get__(self))

    def get16(self):
        if self._gbuilt is None:
            build(self)
        return r16slot.__get__(self)

    def set16(self, v):
        if self._gbuilt is None:
            build(self)
        r16slot.__set__(self, v)

    def get32(self):
        if self._gbuilt is None:
            build(self)
        return r32slot.__get__(self)

    def set32(self, v):
        if self._gbuilt is None:
            build(self)
        r32slot.__set__(self, v)

    def getlo(self):
        if self._gbuilt is None:
            build(self)
        return losslot.__get__(self)

    def setlo(self, v):
        if self._gbuilt is None:
            build(self)
        losslot.__set__(self, v)

    def fast(self):
        """letter.py's search data while the slices are still the ones built here."""
        b = self._gbuilt
        if b is None or (b[0] is r16slot.__get__(self) and b[1] is r32slot.__get__(self)):
            return L.searchable(self._gname)
        return None

    return type("RangeTable", (rt,), {
        "__slots__": ("_gname", "_gbuilt"),
        "R16": property(get16, set16),
        "R32": property(get32, set32),
        "LatinOffset": property(getlo, setlo),
        "_gfast": fast,
    })


def table(name: bytes):
    n = name.decode()
    t = object.__new__(_ns["Lazy"])
    t._gname = n
    t._gbuilt = None
    return t


def caseRanges(name: bytes):
    flat = L.numbers(L.LISTS[name.decode()])
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
    f = getattr(t, "_gfast", None)
    if f is not None:
        s = f()
        if s is not None:
            return L.in_searchable(s, r)
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
