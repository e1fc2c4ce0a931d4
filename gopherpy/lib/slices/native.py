"""This file implements the sorts of package slices natively.

Sort orders cmp.Ordered values as cmp.Less does (NaNs first, then ascending). Its
result is unique, so Python's sort computes it, except for floats holding both 0 and
-0, which compare equal but print differently: those, and SortFunc (whose equal
elements may differ), follow Go's pdqsort call for call (lib/sort/pdqsort.py).
SortStableFunc's result is unique for a consistent cmp: Python's stable sort.
"""

from __future__ import annotations

import functools
import math



def _key_ordered(x):
    if x != x:
        return (0, 0.0)
    return (1, x)


def _cmp_less(x, y):
    return x < y or (x != x and y == y)


def Sort(x):
    n = x.len
    if n < 2:
        return
    a, o = x.a, x.off
    items = a[o:o + n]
    if type(items[0]) is not float:
        a[o:o + n] = sorted(items)
    elif 0.0 in items and any(v == 0.0 and math.copysign(1.0, v) < 0 for v in items):
        from gopherpy.lib.sort.pdqsort import list_callbacks, pdqsort
        less, swap = list_callbacks(a, o, _cmp_less)
        pdqsort(less, swap, n)
    else:
        a[o:o + n] = sorted(items, key=_key_ordered)


def SortFunc(x, cmp):
    n = x.len
    if n < 2:
        return
    a, o = x.a, x.off
    t = a[o:o + n]  # sorted apart (one indexing step less per call), written back even after a panic

    def less(i, j):
        return cmp(t[i], t[j]) < 0

    def swap(i, j):
        t[i], t[j] = t[j], t[i]
    from gopherpy.lib.sort.pdqsort import pdqsort   # imported when first needed (start-up)
    try:
        pdqsort(less, swap, n)
    finally:
        a[o:o + n] = t


def SortStableFunc(x, cmp):
    if x.len > 1:
        a, o = x.a, x.off
        a[o:o + x.len] = sorted(a[o:o + x.len], key=functools.cmp_to_key(cmp))
