"""This file implements the sorts of package slices natively (stable sorts by Python's list.sort).

Sort orders cmp.Ordered values as cmp.Less does: NaNs first, then ascending.
"""

from __future__ import annotations

import functools


def _key_ordered(x):
    if type(x) is float and x != x:
        return (0, 0.0)
    return (1, x)


def Sort(x):
    if x.len > 1:
        a, o = x.a, x.off
        items = a[o:o + x.len]
        if items and type(items[0]) is float:
            a[o:o + x.len] = sorted(items, key=_key_ordered)
        else:
            a[o:o + x.len] = sorted(items)


def SortFunc(x, cmp):
    if x.len > 1:
        a, o = x.a, x.off
        a[o:o + x.len] = sorted(a[o:o + x.len], key=functools.cmp_to_key(cmp))


SortStableFunc = SortFunc
