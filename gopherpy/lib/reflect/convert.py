"""This file implements assignability, convertibility and conversion of values (Go's directlyAssignable, convertOp and the cvt functions), and == on values of a type.

Type identity is `is` on the canonical descriptors (runtime/rtype.py); identity
ignoring struct tags, which conversions use, is checked structurally here.
"""

from __future__ import annotations

from gopherpy.lib.reflect.core import (F_ADDR, F_INDIR, F_RO, copyval, get, gopanic, mkv)
from gopherpy.lib.reflect.typeops import implements
from gopherpy.runtime import rtype as rt
from gopherpy.runtime import values as V

INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, \
    UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, \
    POINTER, SLICE, STRING, STRUCT, UNSAFEPOINTER = range(27)

_SIGNED = (INT, INT8, INT16, INT32, INT64)
_UNSIGNED = (UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR)
_FLOATS = (FLOAT32, FLOAT64)


# ---------------------------------------------------------------------------
# identity and assignability

def has_name(t) -> bool:
    return bool(t.name)


def identical(T, U, cmptags: bool) -> bool:
    """Go's haveIdenticalType."""
    if cmptags or T is U:
        return T is U
    if T.name != U.name or T.kind != U.kind or (T.pkg_path if T.named else "") != \
            (U.pkg_path if U.named else ""):
        return False
    return identical_underlying(T, U, False)


def identical_underlying(T, U, cmptags: bool) -> bool:
    """Go's haveIdenticalUnderlyingType."""
    if T is U:
        return True
    if T.underlying is U.underlying:
        return True
    k = T.kind
    if k != U.kind:
        return False
    if BOOL <= k <= COMPLEX128 or k == STRING or k == UNSAFEPOINTER:
        return True
    if k == ARRAY:
        return T.len == U.len and identical(T.elem, U.elem, cmptags)
    if k == CHAN:
        return T.dir == U.dir and identical(T.elem, U.elem, cmptags)
    if k == FUNC:
        if T.variadic != U.variadic or len(T.params) != len(U.params) or \
                len(T.results) != len(U.results):
            return False
        return all(identical(a, b, cmptags) for a, b in zip(T.params, U.params)) and \
            all(identical(a, b, cmptags) for a, b in zip(T.results, U.results))
    if k == INTERFACE:
        if not T.imethods and not U.imethods:
            return True
        return T.imethods == U.imethods and all(
            T.mtypes.get(n) is U.mtypes.get(n) for n in T.imethods)
    if k == MAP:
        return identical(T.key, U.key, cmptags) and identical(T.elem, U.elem, cmptags)
    if k == POINTER or k == SLICE:
        return identical(T.elem, U.elem, cmptags)
    if k == STRUCT:
        if len(T.fields) != len(U.fields):
            return False
        for a, b in zip(T.fields, U.fields):
            if a.name != b.name or a.embedded != b.embedded or a.offset != b.offset:
                return False
            if not a.exported and a.pkg_path != b.pkg_path:
                return False
            if not identical(a.type, b.type, cmptags):
                return False
            if cmptags and a.tag != b.tag:
                return False
        return True
    return False


def _special_chan(T, U) -> bool:
    return U.dir == rt.BOTHDIR and (not has_name(T) or not has_name(U)) and \
        identical(T.elem, U.elem, True)


def directly_assignable(T, U) -> bool:
    """Whether a value of type U can be assigned to type T without an interface."""
    if T is U:
        return True
    if (has_name(T) and has_name(U)) or T.kind != U.kind:
        return False
    if T.kind == CHAN and _special_chan(T, U):
        return True
    return identical_underlying(T, U, True)


def assignable(U, T) -> bool:
    """Type.AssignableTo: a value of type U assignable to type T."""
    return directly_assignable(T, U) or (T.kind == INTERFACE and implements(U, T))


def retype(t, x, to):
    """Go value x of type t as a value of type to (same underlying type): a struct value
    becomes an instance of to's class; everything else keeps its representation."""
    if t.kind == STRUCT and to.cls is not None and type(x) is not to.cls:
        n = to.cls.__new__(to.cls)
        for f in to.fields:
            setattr(n, f.attr, getattr(x, f.attr))
        return n
    return x


def assign_value(v, context: str, dst):
    """The Go value of Value v assigned to a variable of type dst (copied, boxed into
    an interface when dst is one); Go's Value.assignTo."""
    t = v.typ
    if directly_assignable(dst, t):
        x = copyval(t, get(v))
        if t is not dst:
            x = retype(t, x, dst)
        return x
    if dst.kind == INTERFACE and implements(t, dst):
        x = get(v)
        if t.kind == INTERFACE:
            return x
        return rt.box(t, copyval(t, x))
    raise gopanic(context + ": value of type " + t.string + " is not assignable to type "
                  + dst.string)


# ---------------------------------------------------------------------------
# conversions

def wrap_to(t, x: int) -> int:
    """Integer x wrapped to integer type t."""
    bits = t.size * 8
    x &= (1 << bits) - 1
    if t.kind in _SIGNED and x >> (bits - 1):
        x -= 1 << bits
    return x


def _float_to(t, x: float) -> float:
    return V.f32(x) if t.kind == FLOAT32 else x


def _cvt_int(v, t):
    return wrap_to(t, get(v))


def _cvt_int_float(v, t):
    return _float_to(t, float(get(v)))


def _cvt_int_string(v, t):
    x = get(v)
    return V.encoderune(x if -(1 << 31) <= x < (1 << 31) else 0xFFFD)


def _cvt_float_int(v, t):
    x = get(v)
    if t.kind in _UNSIGNED and x >= 0:
        try:
            return int(x) & ((1 << (t.size * 8)) - 1) if x < 2.0 ** 64 else 1 << 63
        except (ValueError, OverflowError):
            return 1 << 63
    return V.f2i(x, lambda i: wrap_to(t, i))


def _cvt_float(v, t):
    return _float_to(t, get(v))


def _cvt_complex(v, t):
    x = get(v)
    return V.c64(x) if t.kind == COMPLEX64 else complex(x)


def _cvt_string_bytes(v, t):
    return V.string_to_bytes(get(v))


def _cvt_string_runes(v, t):
    return V.string_to_runes(get(v))


def _cvt_bytes_string(v, t):
    return V.bytes_to_string(get(v))


def _cvt_runes_string(v, t):
    return V.runes_to_string(get(v))


def _cvt_slice_array_ptr(v, t):
    s = get(v)
    n = t.elem.len
    if n > s.len:
        raise gopanic(f"reflect: cannot convert slice with length {s.len} to pointer to "
                      f"array with length {n}")
    if s.a is None:
        return None if n == 0 and s.a is None else s.a
    if s.off == 0 and len(s.a) == n and type(s.a) is list:
        return s.a  # the backing array itself: aliasing as in Go
    return list(s.a[s.off:s.off + n])  # gopherpy: a copy (no view of a list's middle)


def _cvt_slice_array(v, t):
    s = get(v)
    n = t.len
    if n > s.len:
        raise gopanic(f"reflect: cannot convert slice with length {s.len} to array with "
                      f"length {n}")
    if n == 0:
        return []
    return copyval(t, list(s.a[s.off:s.off + n]))


def _cvt_direct(v, t):
    x = get(v)
    if v.flag & F_ADDR:
        x = copyval(v.typ, x)
    return retype(v.typ, x, t)


def _cvt_t2i(v, t):
    return rt.box(v.typ, copyval(v.typ, get(v)))


def _cvt_i2i(v, t):
    return get(v)


def convert_op(dst, src):
    """The conversion function for src -> dst, or None (Go's convertOp)."""
    sk = src.kind
    dk = dst.kind
    if sk in _SIGNED or sk in _UNSIGNED:
        if dk in _SIGNED or dk in _UNSIGNED:
            return _cvt_int
        if dk in _FLOATS:
            return _cvt_int_float
        if dk == STRING:
            return _cvt_int_string
    elif sk in _FLOATS:
        if dk in _SIGNED or dk in _UNSIGNED:
            return _cvt_float_int
        if dk in _FLOATS:
            return _cvt_float
    elif sk == COMPLEX64 or sk == COMPLEX128:
        if dk == COMPLEX64 or dk == COMPLEX128:
            return _cvt_complex
    elif sk == STRING:
        if dk == SLICE:
            if dst.elem.kind == UINT8:
                return _cvt_string_bytes
            if dst.elem.kind == INT32:
                return _cvt_string_runes
    elif sk == SLICE:
        if dk == STRING:
            if src.elem.kind == UINT8:
                return _cvt_bytes_string
            if src.elem.kind == INT32:
                return _cvt_runes_string
        if dk == POINTER and dst.elem.kind == ARRAY and src.elem is dst.elem.elem:
            return _cvt_slice_array_ptr
        if dk == ARRAY and src.elem is dst.elem:
            return _cvt_slice_array
    elif sk == CHAN:
        if dk == CHAN and _special_chan(dst, src):
            return _cvt_direct
    if identical_underlying(dst, src, False):
        return _cvt_direct
    if dk == POINTER and not dst.name and sk == POINTER and not src.name and \
            identical_underlying(dst.elem, src.elem, False):
        return _cvt_direct
    if dk == INTERFACE and implements(src, dst):
        return _cvt_i2i if sk == INTERFACE else _cvt_t2i
    return None


def Value_Convert(v, t):
    if v.typ is None:
        from gopherpy.lib.reflect.core import value_error
        raise value_error("reflect.Value.Convert", 0)
    op = convert_op(t, v.typ)
    if op is None:
        raise gopanic("reflect.Value.Convert: value of type " + v.typ.string
                      + " cannot be converted to type " + t.string)
    x = op(v, t)
    if op is _cvt_i2i and x is None:
        return mkv(t, None, v.flag & F_RO)
    return mkv(t, x, v.flag & F_RO)


def Value_CanConvert(v, t):
    vt = v.typ
    if vt is None:
        from gopherpy.lib.reflect.core import value_error
        raise value_error("reflect.Value.CanConvert", 0)
    op = convert_op(t, vt)
    if op is None:
        return False
    if op is _cvt_slice_array_ptr:
        return get(v).len >= t.elem.len
    if op is _cvt_slice_array:
        return get(v).len >= t.len
    return True


# ---------------------------------------------------------------------------
# == on Go values of one type

def equal_values(t, a, b) -> bool:
    """Go's a == b for two values of type t (t comparable)."""
    k = t.kind
    if k == INTERFACE:
        return rt.ifaceeq(a, b)
    if k == STRUCT:
        for f in t.fields:
            if f.name != "_" and not equal_values(f.type, getattr(a, f.attr), getattr(b, f.attr)):
                return False
        return True
    if k == ARRAY:
        et = t.elem
        return all(equal_values(et, x, y) for x, y in zip(a, b))
    if k == POINTER:
        if t.elem.kind in (STRUCT, ARRAY):
            return a is b
        return a is b or (a is not None and b is not None and a == b)
    if k in (CHAN, FUNC, UNSAFEPOINTER):
        return a is b
    return a == b


# ---------------------------------------------------------------------------
# strconv.Unquote for the double-quoted strings of struct tags

_SIMPLE = {ord("a"): 7, ord("b"): 8, ord("f"): 12, ord("n"): 10, ord("r"): 13, ord("t"): 9,
           ord("v"): 11, ord("\\"): 92, ord('"'): 34}


def unquote(q: bytes):
    """The value of Go string literal q ("..."), or None if q is not one."""
    if len(q) < 2 or q[0] != 0x22 or q[-1] != 0x22:
        return None
    s = q[1:-1]
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == 0x22 or c == 0x0A:
            return None
        if c != 0x5C:
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            return None
        e = s[i + 1]
        i += 2
        if e in _SIMPLE:
            out.append(_SIMPLE[e])
        elif e in (0x78, 0x75, 0x55):  # x u U
            w = {0x78: 2, 0x75: 4, 0x55: 8}[e]
            h = s[i:i + w]
            if len(h) != w:
                return None
            try:
                x = int(h, 16)
            except ValueError:
                return None
            i += w
            if e == 0x78:
                out.append(x)
            else:
                if x > 0x10FFFF or 0xD800 <= x <= 0xDFFF:
                    return None
                out += chr(x).encode()
        elif 0x30 <= e <= 0x37:
            h = s[i - 1:i + 2]
            if len(h) != 3 or any(not 0x30 <= d <= 0x37 for d in h):
                return None
            x = int(h, 8)
            if x > 255:
                return None
            out.append(x)
            i += 2
        else:
            return None
    return bytes(out)


_unused = (F_INDIR, MAP)
