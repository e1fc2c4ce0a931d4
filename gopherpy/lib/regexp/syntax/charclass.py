"""This file implements character classes for the regexp parser: range lists, case folding, Perl/POSIX groups and Unicode tables.

A class is a flat list of runes [lo0, hi0, lo1, hi1, ...]. Building one appends
ranges and merges the last two ranges on the fly (as Go's appendRange does);
clean_class sorts and merges; the result of clean_class is what the parser
stores. Unicode tables come from gopherpy's unicode package (tables.txt, which
holds Go's RangeTables exactly), the names \\p{...} accepts from Go's maps in
lib/unicode/tables.go (Categories, Scripts, CategoryAliases, FoldCategory,
FoldScript).
"""

from __future__ import annotations

import os
import re as _pyre

from gopherpy.lib.unicode import letter as _uni

MAX_RUNE = 0x10FFFF
# the smallest and largest runes that take part in case folding (Go's tables)
MIN_FOLD = 0x0041
MAX_FOLD = 0x1E943
FOLD_CASE = 1

simple_fold = _uni.simple_fold


def min_fold_rune(r: int) -> int:
    """The smallest rune of r's folding orbit."""
    if r < MIN_FOLD or r > MAX_FOLD:
        return r
    m = r
    f = simple_fold(r)
    while f != r:
        if f < m:
            m = f
        f = simple_fold(f)
    return m


def append_range(r: list, lo: int, hi: int) -> list:
    """Append lo-hi, widening one of the last two ranges when it overlaps or abuts."""
    n = len(r)
    for i in (2, 4):
        if n >= i:
            rlo, rhi = r[n - i], r[n - i + 1]
            if lo <= rhi + 1 and rlo <= hi + 1:
                if lo < rlo:
                    r[n - i] = lo
                if hi > rhi:
                    r[n - i + 1] = hi
                return r
    r.append(lo)
    r.append(hi)
    return r


def append_folded_range(r: list, lo: int, hi: int) -> list:
    """Append lo-hi and every rune that folds to one of them."""
    if lo <= MIN_FOLD and hi >= MAX_FOLD:
        return append_range(r, lo, hi)
    if hi < MIN_FOLD or lo > MAX_FOLD:
        return append_range(r, lo, hi)
    if lo < MIN_FOLD:
        r = append_range(r, lo, MIN_FOLD - 1)
        lo = MIN_FOLD
    if hi > MAX_FOLD:
        r = append_range(r, MAX_FOLD + 1, hi)
        hi = MAX_FOLD
    for c in range(lo, hi + 1):
        r = append_range(r, c, c)
        f = simple_fold(c)
        while f != c:
            r = append_range(r, f, f)
            f = simple_fold(f)
    return r


def append_literal(r: list, x: int, flags: int) -> list:
    if flags & FOLD_CASE:
        return append_folded_range(r, x, x)
    return append_range(r, x, x)


def append_class(r: list, x: list) -> list:
    for i in range(0, len(x), 2):
        r = append_range(r, x[i], x[i + 1])
    return r


def append_folded_class(r: list, x: list) -> list:
    for i in range(0, len(x), 2):
        r = append_folded_range(r, x[i], x[i + 1])
    return r


def append_negated_class(r: list, x: list) -> list:
    """Append the complement of the clean class x."""
    nlo = 0
    for i in range(0, len(x), 2):
        lo, hi = x[i], x[i + 1]
        if nlo <= lo - 1:
            r = append_range(r, nlo, lo - 1)
        nlo = hi + 1
    if nlo <= MAX_RUNE:
        r = append_range(r, nlo, MAX_RUNE)
    return r


def clean_class(r: list) -> list:
    """Sort the ranges (lo ascending, hi descending), merge overlapping and abutting ones."""
    if len(r) < 4:
        return r
    pairs = sorted(zip(r[0::2], r[1::2]), key=lambda p: (p[0], -p[1]))
    out = [pairs[0][0], pairs[0][1]]
    for lo, hi in pairs[1:]:
        if lo <= out[-1] + 1:
            if hi > out[-1]:
                out[-1] = hi
            continue
        out.append(lo)
        out.append(hi)
    return out


def negate_class(r: list) -> list:
    """The complement of the clean class r."""
    out = []
    nlo = 0
    for i in range(0, len(r), 2):
        lo, hi = r[i], r[i + 1]
        if nlo <= lo - 1:
            out.append(nlo)
            out.append(lo - 1)
        nlo = hi + 1
    if nlo <= MAX_RUNE:
        out.append(nlo)
        out.append(MAX_RUNE)
    return out


def in_class(r: int, cls: list) -> bool:
    from bisect import bisect_right
    i = bisect_right(cls, r)
    # inside a range when r falls after a lo (odd insertion point) or equals a hi
    return i % 2 == 1 or (i > 0 and cls[i - 1] == r)


# -- Unicode tables ---------------------------------------------------------------------------

def _triples(table) -> list:
    """The (lo, hi, stride) triples of a table: a tables.txt name or a literal list."""
    if isinstance(table, str):
        r16, r32, _ = _uni.table_data(table)
        flat = r16 + r32
    else:
        flat = table
    return list(zip(flat[0::3], flat[1::3], flat[2::3]))


def append_table(r: list, table) -> list:
    for lo, hi, st in _triples(table):
        if st == 1:
            r = append_range(r, lo, hi)
        else:
            for c in range(lo, hi + 1, st):
                r = append_range(r, c, c)
    return r


def append_negated_table(r: list, table) -> list:
    nlo = 0
    for lo, hi, st in _triples(table):
        if st == 1:
            if nlo <= lo - 1:
                r = append_range(r, nlo, lo - 1)
            nlo = hi + 1
            continue
        for c in range(lo, hi + 1, st):
            if nlo <= c - 1:
                r = append_range(r, nlo, c - 1)
            nlo = c + 1
    if nlo <= MAX_RUNE:
        r = append_range(r, nlo, MAX_RUNE)
    return r


ANY_TABLE = [0, 0xFFFF, 1, 0x10000, MAX_RUNE, 1]
ASCII_TABLE = [0, 0x7F, 1]
ASCII_FOLD_TABLE = [0, 0x7F, 1, 0x17F, 0x17F, 1, 0x212A, 0x212A, 1]

_maps = None


def _go_maps():
    """Go's Categories, Scripts, CategoryAliases, FoldCategory, FoldScript (name -> table name)."""
    global _maps
    if _maps is None:
        path = os.path.join(os.path.dirname(os.path.abspath(_uni.__file__)), "tables.go")
        with open(path) as f:
            src = f.read()
        maps = {}
        for name in ("Categories", "Scripts", "CategoryAliases", "FoldCategory", "FoldScript"):
            m = _pyre.search(r"var %s = map\[string\][^{]*\{(.*?)\n\}" % name, src, _pyre.S)
            entries = _pyre.findall(r'"([^"]+)":\s*("?)([A-Za-z_0-9]+)', m.group(1)) if m else []
            d = {}
            for k, quoted, v in entries:
                d[k] = v if quoted else _var_to_table(name, k, v)
            maps[name] = d
        _maps = maps
    return _maps


def _var_to_table(mapname: str, key: str, var: str) -> str:
    """The tables.txt name of a map value: the key for Categories/Scripts, fold tables by their variable."""
    if mapname in ("Categories", "Scripts"):
        return key
    return var  # foldL, foldGreek, ...


def canonical_name(name: bytes) -> bytes:
    """Go's lookup form of a \\p name: first letter upper, the rest lower, no _ - or space."""
    out = bytearray()
    first = True
    for c in name:
        if c in (0x5F, 0x2D, 0x20):
            continue
        if first:
            if 0x61 <= c <= 0x7A:
                c -= 32
            first = False
        elif 0x41 <= c <= 0x5A:
            c += 32
        out.append(c)
    return bytes(out)


_aliases = None


def unicode_table(name: bytes):
    """(table, fold table or None, sign) for a \\p{name}, or None when unknown."""
    global _aliases
    name = canonical_name(name)
    if name == b"Any":
        return ANY_TABLE, ANY_TABLE, 1
    if name == b"Assigned":
        return "Cn", "Cn", -1
    if name == b"Ascii":
        return ASCII_TABLE, ASCII_FOLD_TABLE, 1
    m = _go_maps()
    if name == b"Lc":
        return "LC", m["FoldCategory"].get("LC"), 1
    try:
        key = name.decode()
    except UnicodeDecodeError:
        return None
    if key in m["Categories"]:
        return m["Categories"][key], m["FoldCategory"].get(key), 1
    if key in m["Scripts"]:
        return m["Scripts"][key], m["FoldScript"].get(key), 1
    if _aliases is None:
        cats = {canonical_name(k.encode()).decode(): v for k, v in m["CategoryAliases"].items()}
        scripts = {canonical_name(k.encode()).decode(): k for k in m["Scripts"]}
        _aliases = (cats, scripts)
    actual = _aliases[0].get(key)
    if actual:
        return m["Categories"][actual], m["FoldCategory"].get(actual), 1
    actual = _aliases[1].get(key)
    if actual:
        return m["Scripts"][actual], m["FoldScript"].get(actual), 1
    return None


# -- Perl and POSIX groups -------------------------------------------------------------------

def _group(sign: int, ranges: str):
    cls = []
    for part in ranges.split():
        lo, _, hi = part.partition("-")
        cls += [int(lo, 16), int(hi or lo, 16)]
    return sign, cls


_PERL = {b"d": "30-39", b"s": "9-a c-d 20", b"w": "30-39 41-5a 5f 61-7a"}
PERL_GROUPS = {}
for _k, _v in _PERL.items():
    PERL_GROUPS[b"\\" + _k] = _group(1, _v)
    PERL_GROUPS[b"\\" + _k.upper()] = _group(-1, _v)

_POSIX = {
    b"alnum": "30-39 41-5a 61-7a",
    b"alpha": "41-5a 61-7a",
    b"ascii": "0-7f",
    b"blank": "9 20",
    b"cntrl": "0-1f 7f",
    b"digit": "30-39",
    b"graph": "21-7e",
    b"lower": "61-7a",
    b"print": "20-7e",
    b"punct": "21-2f 3a-40 5b-60 7b-7e",
    b"space": "9-d 20",
    b"upper": "41-5a",
    b"word": "30-39 41-5a 5f 61-7a",
    b"xdigit": "30-39 41-46 61-66",
}
POSIX_GROUPS = {}
for _k, _v in _POSIX.items():
    POSIX_GROUPS[b"[:" + _k + b":]"] = _group(1, _v)
    POSIX_GROUPS[b"[:^" + _k + b":]"] = _group(-1, _v)


def append_group(r: list, g, fold: int) -> list:
    sign, cls = g
    if not fold:
        return append_negated_class(r, cls) if sign < 0 else append_class(r, cls)
    tmp = clean_class(append_folded_class([], cls))
    return append_negated_class(r, tmp) if sign < 0 else append_class(r, tmp)
