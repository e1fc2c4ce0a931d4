"""This file orders map keys for printing as Go's internal/fmtsort does.

Order by kind: numbers numerically (NaN first among floats), strings bytewise, false
before true, complex by real then imaginary part, pointers and channels by identity
(stable within a run, as Go's by address), structs and arrays field by field,
interfaces by dynamic type first and then by value.
"""

from __future__ import annotations

import functools
import math

from gopherpy.runtime import rtype as rt
from gopherpy.runtime.values import Boxed


def compare(t, a, b) -> int:
    """-1, 0, 1 comparing two values of type t."""
    k = t.kind
    if k in (rt.STRING,) or (rt.INT <= k <= rt.UINTPTR):
        return (a > b) - (a < b)
    if k in (rt.FLOAT32, rt.FLOAT64):
        return _cmpfloat(a, b)
    if k in (rt.COMPLEX64, rt.COMPLEX128):
        c = _cmpfloat(a.real, b.real)
        return c if c else _cmpfloat(a.imag, b.imag)
    if k == rt.BOOL:
        return (a > b) - (a < b)
    if k in (rt.POINTER, rt.CHAN, rt.UNSAFEPOINTER, rt.FUNC):
        ia = 0 if a is None else id(a)
        ib = 0 if b is None else id(b)
        return (ia > ib) - (ia < ib)
    if k == rt.STRUCT:
        for f in t.fields:
            c = compare(f.type, getattr(a, f.attr), getattr(b, f.attr))
            if c:
                return c
        return 0
    if k == rt.ARRAY:
        for x, y in zip(a, b):
            c = compare(t.elem, x, y)
            if c:
                return c
        return 0
    if k == rt.INTERFACE:
        if a is None or b is None:
            if a is None and b is None:
                return 0
            return -1 if a is None else 1
        ta, tb = rt.typeof(a), rt.typeof(b)
        if ta is not tb:
            return (id(ta) > id(tb)) - (id(ta) < id(tb))
        va = a.v if isinstance(a, Boxed) else a
        vb = b.v if isinstance(b, Boxed) else b
        return compare(ta, va, vb)
    return 0


def _cmpfloat(a: float, b: float) -> int:
    if a < b:
        return -1
    if a > b:
        return 1
    if a == b:
        return 0
    an, bn = math.isnan(a), math.isnan(b)
    if an and bn:
        return 0
    return -1 if an else 1


def sorted_items(t, m) -> list:
    """The (key, value) pairs of map m (map type t) in fmtsort order; keys as Go values."""
    kt = t.key
    items = list(m.items())
    if kt.kind == rt.INTERFACE:
        items = [(rt.ifacekey_value(k), v) for k, v in items]
    elif kt.kind == rt.ARRAY:
        items = [(list(k), v) for k, v in items]
    kind = kt.kind
    if kind == rt.STRING or (rt.INT <= kind <= rt.UINTPTR) or kind == rt.BOOL:
        items.sort(key=lambda kv: kv[0])
        return items
    items.sort(key=functools.cmp_to_key(lambda x, y: compare(kt, x[0], y[0])))
    return items
