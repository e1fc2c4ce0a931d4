"""This file holds what every part of package reflect's natives shares: the Value triple, its flags, panics, and value copying.

A reflect.Value is an instance of the compiler's class for the Go struct `Value`
(value.go) with three attributes:
  typ   the RType of the value (None: the zero Value, which is invalid)
  ptr   the Go value itself in VALUES.md's representation, or, when F_INDIR is set,
        a location object (Box, FieldPtr, ElemPtr, GlobalPtr: anything with an
        attribute `v`) holding the variable
  flag  the bits below
Invariants
----------
- F_INDIR implies F_ADDR. An addressable struct or array Value never has F_INDIR:
  the struct object (the list) *is* the variable, as a pointer to it is the object
  itself (VALUES.md), so ptr is that object and stores mutate it in place.
- A Value never shares a mutable struct/array with a Go variable unless it is
  addressable (F_ADDR); Interface() and assignments copy as Go copies.
- F_RO (either bit) marks a value reached through an unexported struct field:
  readable, but not settable and not convertible back to an interface.
"""

from __future__ import annotations

from gopherpy.compile.names import mangle
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.panic import GoPanic
from gopherpy.runtime.values import Boxed, copyarr

# flags (the kind is not stored: it is typ.kind)
F_RO_STICKY = 1 << 5   # obtained through an unexported, non-embedded field
F_RO_EMBED = 1 << 6    # obtained through an unexported embedded field
F_RO = F_RO_STICKY | F_RO_EMBED
F_INDIR = 1 << 7       # ptr is a location; the value is ptr.v
F_ADDR = 1 << 8        # addressable
F_METHOD = 1 << 9      # a method value (made by Value.Method)

STRUCT, ARRAY, INTERFACE, POINTER = rt.STRUCT, rt.ARRAY, rt.INTERFACE, rt.POINTER


class _Pkg:
    """The compiled reflect package's classes and rtypes (filled by init_package)."""

    Value = None
    ValueError = None
    StructField = None
    Method = None
    MapIter = None
    rtype_ptr = None   # RType of *reflect.rtype
    value_t = None     # RType of reflect.Value
    type_t = None      # RType of reflect.Type


G = _Pkg()


def init(ns) -> None:
    """Bind the compiled package's classes (called by native.init_package)."""
    G.Value = ns[mangle("Value")]
    G.ValueError = ns[mangle("ValueError")]
    G.StructField = ns[mangle("StructField")]
    G.Method = ns[mangle("Method")]
    G.MapIter = ns[mangle("MapIter")]
    G.SelectCase = ns[mangle("SelectCase")]
    rts = ns["_grtypes"]
    G.rtype_ptr = rt.ptr_to(rts["reflect.rtype"])
    G.value_t = rts["reflect.Value"]
    G.type_t = rts["reflect.Type"]


def mkv(t, p, f: int = 0):
    """A new Value (typ t, ptr p, flag f)."""
    v = G.Value.__new__(G.Value)
    v.typ = t
    v.ptr = p
    v.flag = f
    return v


def invalid():
    """The zero Value."""
    return mkv(None, None, 0)


def get(v):
    """The Go value a Value holds (in the representation of its type)."""
    if v.flag & F_INDIR:
        return v.ptr.v
    return v.ptr


def copyval(t, x):
    """x copied as Go copies a value of type t (structs and arrays by value)."""
    k = t.kind
    if k == STRUCT:
        return x._copy()
    if k == ARRAY:
        e = t.elem.kind
        if e == STRUCT or e == ARRAY:
            return copyarr(x)
        return list(x)
    return x


def elem_value(et, container, i: int, flag: int):
    """The Value of element i of a list/bytearray (an array or a slice's backing store)
    of element type et; addressable when flag has F_ADDR."""
    if flag & F_ADDR:
        k = et.kind
        if k == STRUCT or k == ARRAY:
            return mkv(et, container[i], flag)
        from gopherpy.runtime.values import ElemPtr
        return mkv(et, ElemPtr(container, i), flag | F_INDIR)
    return mkv(et, container[i], flag)


def field_value(ft, obj, name: str, flag: int):
    """The Value of attribute name (a field of type ft) of struct object obj."""
    if flag & F_ADDR:
        k = ft.kind
        if k == STRUCT or k == ARRAY:
            return mkv(ft, getattr(obj, name), flag)
        from gopherpy.runtime.values import FieldPtr
        return mkv(ft, FieldPtr(obj, name), flag | F_INDIR)
    return mkv(ft, getattr(obj, name), flag)


def from_iface(x, flag: int = 0):
    """The Value of interface value x's dynamic value (invalid for nil)."""
    if x is None:
        return invalid()
    t = rt.typeof(x)
    return mkv(t, x.v if isinstance(x, Boxed) else x, flag)


def to_iface(v):
    """v's value as an interface value (copied)."""
    t = v.typ
    x = get(v)
    if t.kind == INTERFACE:
        return x
    return rt.box(t, copyval(t, x))


def store(v, x) -> None:
    """Assign Go value x (already of v's type and copied) to the variable v stands for."""
    if v.flag & F_INDIR:
        v.ptr.v = x
        return
    t = v.typ
    dst = v.ptr
    if t.kind == STRUCT:
        for f in t.fields:
            setattr(dst, f.attr, getattr(x, f.attr))
    elif t.kind == ARRAY:
        dst[:] = x
    else:  # pragma: no cover - an addressable Value of another kind is always F_INDIR
        raise AssertionError("store into " + t.string)


# ---------------------------------------------------------------------------
# panics


def kind_name(k: int) -> str:
    return rt.KIND_NAMES[k] if 0 <= k < len(rt.KIND_NAMES) else f"kind{k}"


def value_error(method: str, kind: int) -> GoPanic:
    """panic(&ValueError{method, kind})."""
    e = G.ValueError.__new__(G.ValueError)
    e.Method = method.encode()
    e.Kind = kind
    return GoPanic(e)


def gopanic(msg: str) -> GoPanic:
    """panic(msg) for a string message."""
    return GoPanic(msg.encode())


def kind_of(v) -> int:
    t = v.typ
    return 0 if t is None else t.kind


def must_be(v, kind: int, method: str) -> None:
    t = v.typ
    if t is None or t.kind != kind:
        raise value_error(method, 0 if t is None else t.kind)


def must_be_exported(v, method: str) -> None:
    if v.typ is None:
        raise value_error(method, 0)
    if v.flag & F_RO:
        raise gopanic("reflect: " + method + " using value obtained using unexported field")


def must_be_assignable(v, method: str) -> None:
    if v.typ is None:
        raise value_error(method, 0)
    f = v.flag
    if f & F_RO:
        raise gopanic("reflect: " + method + " using value obtained using unexported field")
    if not f & F_ADDR:
        raise gopanic("reflect: " + method + " using unaddressable value")


def gostr(s) -> str:
    """A Go string (bytes) as Python text for messages."""
    return s.decode("utf-8", "replace") if isinstance(s, (bytes, bytearray)) else str(s)
