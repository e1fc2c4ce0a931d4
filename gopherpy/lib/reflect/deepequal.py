"""This file implements DeepEqual (Go's reflect/deepequal.go): recursive equality over (type, value) pairs, with cycle detection on pointers, maps and slices.
"""

from __future__ import annotations

from gopherpy.lib.reflect.core import G
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.values import MISSING, Boxed

INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, \
    UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, \
    POINTER, SLICE, STRING, STRUCT, UNSAFEPOINTER = range(27)


def _unbox(x):
    return x.v if isinstance(x, Boxed) else x


def DeepEqual(x, y):
    if x is None or y is None:
        return x is y
    tx = rt.typeof(x)
    if tx is not rt.typeof(y):
        return False
    return deep(tx, _unbox(x), _unbox(y), set())


def _same_ptr(t, a, b) -> bool:
    if t.elem.kind in (STRUCT, ARRAY) or a is None or b is None:
        return a is b
    return a is b or a == b


def deep(t, a, b, visited) -> bool:
    """Go's deepValueEqual for two values a, b of type t."""
    k = t.kind
    if k <= COMPLEX128 or k == STRING:
        return a == b
    if k == POINTER:
        if _same_ptr(t, a, b):
            return True
        if a is None or b is None or t is G.rtype_ptr:
            return False
        key = (id(a), id(b), t)
        if key in visited:
            return True
        visited.add(key)
        e = t.elem
        if e.kind in (STRUCT, ARRAY):
            return deep(e, a, b, visited)
        return deep(e, a.v, b.v, visited)
    if k == STRUCT:
        for f in t.fields:
            if not deep(f.type, getattr(a, f.attr), getattr(b, f.attr), visited):
                return False
        return True
    if k == ARRAY:
        et = t.elem
        if et.kind < FLOAT32 or et.kind == STRING:
            return a == b  # (list == skips elements that are the same object: not for NaN)
        for x, y in zip(a, b):
            if not deep(et, x, y, visited):
                return False
        return True
    if k == SLICE:
        if (a.a is None) != (b.a is None):
            return False
        if a.len != b.len:
            return False
        if a.a is b.a and a.off == b.off:
            return True
        et = t.elem
        xa = a.a[a.off:a.off + a.len]
        xb = b.a[b.off:b.off + b.len]
        if et.kind < FLOAT32 or et.kind == STRING:
            if type(xa) is not type(xb):
                return list(xa) == list(xb)
            return xa == xb
        key = (id(a.a), a.off, id(b.a), b.off, t)
        if key in visited:
            return True
        visited.add(key)
        for x, y in zip(xa, xb):
            if not deep(et, x, y, visited):
                return False
        return True
    if k == INTERFACE:
        if a is None or b is None:
            return a is b
        ta = rt.typeof(a)
        if ta is not rt.typeof(b):
            return False
        return deep(ta, _unbox(a), _unbox(b), visited)
    if k == MAP:
        if a.nil != b.nil:
            return False
        if len(a) != len(b):
            return False
        if a is b:
            return True
        key = (id(a), id(b), t)
        if key in visited:
            return True
        visited.add(key)
        et = t.elem
        for kk, x in a.items():
            y = b.get(kk, MISSING)
            if y is MISSING or not deep(et, x, y, visited):
                return False
        return True
    if k == FUNC:
        return a is None and b is None
    if k == CHAN or k == UNSAFEPOINTER:
        return a is b
    return a == b
