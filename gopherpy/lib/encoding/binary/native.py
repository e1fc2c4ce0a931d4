"""This file implements encoding/binary's byte orders and the encoding of fixed-size data.

Read/Write & co. walk the runtime type of the value (runtime/rtype.py), as Go's
reflection-based code walks reflect.Type: bools, sized integers, floats and
complex numbers, arrays and structs of them; a top-level pointer or slice of
those. Composite values are decoded in place (a pointer into a struct or array
still sees the new contents). A byte order other than this package's calls the
order's methods, as Go does.
"""

from __future__ import annotations

import struct

from gopherpy.lib.nativeutil import append_bytes, bslice
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.panic import index_error, nil_deref
from gopherpy.runtime.values import Boxed, Slice

# -- the byte orders' methods ----------------------------------------------------


def _get(b: Slice, n: int, order: str) -> int:
    if b.len < n:
        raise index_error(n - 1, b.len)
    return int.from_bytes(b.a[b.off:b.off + n], order)


def _put(b: Slice, n: int, v: int, order: str):
    if b.len < n:
        raise index_error(n - 1, b.len)
    b.a[b.off:b.off + n] = v.to_bytes(n, order)


def _mk(order: str):
    return {
        "Uint16": lambda r, b: _get(b, 2, order),
        "Uint32": lambda r, b: _get(b, 4, order),
        "Uint64": lambda r, b: _get(b, 8, order),
        "PutUint16": lambda r, b, v: _put(b, 2, v, order),
        "PutUint32": lambda r, b, v: _put(b, 4, v, order),
        "PutUint64": lambda r, b, v: _put(b, 8, v, order),
        "AppendUint16": lambda r, b, v: append_bytes(b, v.to_bytes(2, order)),
        "AppendUint32": lambda r, b, v: append_bytes(b, v.to_bytes(4, order)),
        "AppendUint64": lambda r, b, v: append_bytes(b, v.to_bytes(8, order)),
    }


for _name, _fn in _mk("little").items():
    globals()["littleEndian_" + _name] = _fn
for _name, _fn in _mk("big").items():
    globals()["bigEndian_" + _name] = _fn

# -- fixed-size data ---------------------------------------------------------------

_INTS = {rt.INT8: (1, True), rt.INT16: (2, True), rt.INT32: (4, True), rt.INT64: (8, True),
         rt.UINT8: (1, False), rt.UINT16: (2, False), rt.UINT32: (4, False), rt.UINT64: (8, False)}
_FIXED = set(_INTS) | {rt.BOOL, rt.FLOAT32, rt.FLOAT64, rt.COMPLEX64, rt.COMPLEX128}
_FAST = {rt.BOOL_T, rt.INT8_T, rt.UINT8_T, rt.INT16_T, rt.UINT16_T, rt.INT32_T, rt.UINT32_T,
         rt.INT64_T, rt.UINT64_T, rt.FLOAT32_T, rt.FLOAT64_T}
_PACK = {rt.INT8: "b", rt.INT16: "h", rt.INT32: "i", rt.INT64: "q", rt.UINT8: "B",
         rt.UINT16: "H", rt.UINT32: "I", rt.UINT64: "Q", rt.FLOAT32: "f", rt.FLOAT64: "d",
         rt.BOOL: "?"}


def sizeof(t) -> int:
    """The encoded size of a value of type t, -1 if t is not fixed-size."""
    k = t.kind
    if k in _FIXED:
        return t.size
    if k == rt.ARRAY:
        s = sizeof(t.elem)
        return s * t.len if s >= 0 else -1
    if k == rt.STRUCT:
        total = 0
        for f in t.fields:
            s = sizeof(f.type)
            if s < 0:
                return -1
            total += s
        return total
    return -1


def _target(data):
    """(type, value) of what data holds or points to; (None, None) if nothing (nil pointer)."""
    t = rt.typeof(data)
    if t is None:
        return None, None
    v = data.v if isinstance(data, Boxed) else data
    if t.kind == rt.POINTER:
        if v is None:
            return None, None
        e = t.elem
        if e.kind in (rt.STRUCT, rt.ARRAY):
            return e, v
        return e, v.v
    return t, v


def _datasize(t, v) -> int:
    if t is None:
        return -1
    if t.kind == rt.SLICE:
        s = sizeof(t.elem)
        return s * v.len if s >= 0 else -1
    return sizeof(t)


def Size(v):
    return _datasize(*_target(v))


def typeString(data):
    t = rt.typeof(data)
    if t is None:
        raise nil_deref()  # Go: reflect.TypeOf(nil).String()
    return t.string.encode()


def readSize(data):
    t0 = rt.typeof(data)
    if t0 is None:
        return -1, False
    t, v = _target(data)
    if t0.kind in (rt.POINTER, rt.SLICE):
        n = _datasize(t, v)
        return (n, True) if n >= 0 else (-1, False)
    if t0 in _FAST:
        return t0.size, False  # Go reads the bytes first, then finds it cannot store them
    return -1, False


class _Order:
    """A byte order: this package's (struct formats) or the program's (its methods)."""

    __slots__ = ("prefix", "o")

    def __init__(self, o):
        t = rt.typeof(o)
        s = t.string if t is not None else ""
        self.o = o
        self.prefix = {"binary.littleEndian": "<", "binary.nativeEndian": "<",
                       "binary.bigEndian": ">"}.get(s)

    def get(self, n: int, b: bytes) -> int:
        if n == 1:
            return b[0]
        o = self.o
        sl = bslice(b)
        return o.Uint16(sl) if n == 2 else o.Uint32(sl) if n == 4 else o.Uint64(sl)

    def put(self, n: int, x: int) -> bytes:
        if n == 1:
            return bytes((x,))
        sl = bslice(bytes(n))
        o = self.o
        if n == 2:
            o.PutUint16(sl, x)
        elif n == 4:
            o.PutUint32(sl, x)
        else:
            o.PutUint64(sl, x)
        return bytes(sl.a)


def _f32bits(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


def _f64bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _enc(t, x, c: _Order, out: bytearray):
    k = t.kind
    p = c.prefix
    if k in _PACK and p is not None:
        out += struct.pack(p + _PACK[k], x)
    elif k == rt.BOOL:
        out.append(1 if x else 0)
    elif k in _INTS:
        n, _ = _INTS[k]
        out += c.put(n, x & ((1 << (8 * n)) - 1))
    elif k == rt.FLOAT32:
        out += c.put(4, _f32bits(x))
    elif k == rt.FLOAT64:
        out += c.put(8, _f64bits(x))
    elif k == rt.COMPLEX64:
        _enc(rt.FLOAT32_T, x.real, c, out)
        _enc(rt.FLOAT32_T, x.imag, c, out)
    elif k == rt.COMPLEX128:
        _enc(rt.FLOAT64_T, x.real, c, out)
        _enc(rt.FLOAT64_T, x.imag, c, out)
    elif k == rt.ARRAY:
        e = t.elem
        if e.kind in _PACK and p is not None:
            out += struct.pack(p + str(len(x)) + _PACK[e.kind], *x)
        else:
            for y in x:
                _enc(e, y, c, out)
    elif k == rt.STRUCT:
        for f in t.fields:
            if f.name == "_":
                out += bytes(sizeof(f.type))  # blank fields are written as zeros
            else:
                _enc(f.type, getattr(x, f.attr), c, out)


def encode(order, data):
    t, v = _target(data)
    n = _datasize(t, v)
    if n < 0:
        return bslice(b""), False
    c = _Order(order)
    if t.kind == rt.SLICE:
        e = t.elem
        if e.is_byte or e.kind == rt.UINT8 and v.a is not None and isinstance(v.a, bytearray):
            return v, True  # a []byte is written as it is
        out = bytearray()
        items = v.tolist()
        if e.kind in _PACK and c.prefix is not None:
            out += struct.pack(c.prefix + str(len(items)) + _PACK[e.kind], *items)
        else:
            for y in items:
                _enc(e, y, c, out)
        return bslice(out), True
    out = bytearray()
    _enc(t, v, c, out)
    return bslice(out), True


def _dec1(t, b: bytes, pos: int, c: _Order):
    """A value of non-composite type t decoded at b[pos:]: (value, new pos)."""
    k = t.kind
    p = c.prefix
    n = t.size
    if k in _PACK and p is not None:
        v = struct.unpack_from(p + _PACK[k], b, pos)[0]
        if k == rt.BOOL:
            v = b[pos] != 0
        return v, pos + n
    if k == rt.BOOL:
        return b[pos] != 0, pos + 1
    if k in _INTS:
        n, signed = _INTS[k]
        x = c.get(n, b[pos:pos + n])
        if signed and x >> (8 * n - 1):
            x -= 1 << (8 * n)
        return x, pos + n
    if k == rt.FLOAT32:
        return struct.unpack("<f", struct.pack("<I", c.get(4, b[pos:pos + 4])))[0], pos + 4
    if k == rt.FLOAT64:
        return struct.unpack("<d", struct.pack("<Q", c.get(8, b[pos:pos + 8])))[0], pos + 8
    if k == rt.COMPLEX64:
        re, pos = _dec1(rt.FLOAT32_T, b, pos, c)
        im, pos = _dec1(rt.FLOAT32_T, b, pos, c)
        return complex(re, im), pos
    re, pos = _dec1(rt.FLOAT64_T, b, pos, c)
    im, pos = _dec1(rt.FLOAT64_T, b, pos, c)
    return complex(re, im), pos


def _dec_into(t, b: bytes, pos: int, c: _Order, obj) -> int:
    """Decode a struct or array of type t into obj in place; the new pos."""
    if t.kind == rt.ARRAY:
        e = t.elem
        if e.kind in (rt.STRUCT, rt.ARRAY):
            for y in obj:
                pos = _dec_into(e, b, pos, c, y)
        else:
            for i in range(t.len):
                obj[i], pos = _dec1(e, b, pos, c)
        return pos
    for f in t.fields:
        ft = f.type
        if f.name == "_":
            pos += sizeof(ft)  # blank fields are skipped
        elif ft.kind in (rt.STRUCT, rt.ARRAY):
            pos = _dec_into(ft, b, pos, c, getattr(obj, f.attr))
        else:
            v, pos = _dec1(ft, b, pos, c)
            setattr(obj, f.attr, v)
    return pos


def decode(buf, order, data):
    b = bytes(buf.a[buf.off:buf.off + buf.len]) if buf.a is not None else b""
    c = _Order(order)
    t0 = rt.typeof(data)
    t, v = _target(data)
    if t0.kind == rt.POINTER and t.kind not in (rt.STRUCT, rt.ARRAY, rt.SLICE):
        ptr = data.v if isinstance(data, Boxed) else data
        ptr.v, _ = _dec1(t, b, 0, c)
        return
    if t.kind == rt.SLICE:
        e = t.elem
        a, off, n = v.a, v.off, v.len
        if e.kind in (rt.STRUCT, rt.ARRAY):
            pos = 0
            for i in range(n):
                pos = _dec_into(e, b, pos, c, a[off + i])
        elif isinstance(a, bytearray):
            a[off:off + n] = b[:n]
        else:
            pos = 0
            for i in range(n):
                a[off + i], pos = _dec1(e, b, pos, c)
        return
    _dec_into(t, b, 0, c, v)
