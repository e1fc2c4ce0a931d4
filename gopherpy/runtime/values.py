"""This file implements Go's composite values in Python: slices, maps, pointers, boxes, and integer wrapping.

It is the executable half of VALUES.md; compiled code, the runtime and the standard
library's natives all build and read values through these classes and helpers.

Invariants
----------
Slice: a Slice object is a header and is never mutated after construction.
  a is None  <=>  nil slice, and then off == len == cap == 0.
  otherwise  0 <= off, 0 <= len <= cap, off + cap <= len(a);
  a is a bytearray for []byte/[]uint8 and a list otherwise.
  Elements a[off:off+cap] are the slice's backing array window; those between
  len and cap exist (zero values or older contents) because reslicing up to cap
  exposes them, exactly as in Go.
Map: a dict subclass; NilMap (the nil map) is always empty and panics on store.
Ptr: every non-struct, non-array pointer target exposes the pointed-to variable
  as attribute `v` (Box stores it in a slot; FieldPtr/ElemPtr forward it), so
  `*p` compiles to `p.v` whatever kind of pointer p is, and a nil pointer (None)
  raises AttributeError that panic.py turns into Go's nil dereference panic.
Boxed: an interface-held value whose dynamic type is not one of Python's
  unboxed defaults (see rtype.typeof); equality and hashing are by (rtype, v).
"""

from __future__ import annotations

from math import copysign as _copysign

MASK64 = (1 << 64) - 1
MASK32 = (1 << 32) - 1
MASK16 = (1 << 16) - 1
MASK8 = 0xFF
MIN64 = -(1 << 63)
MAX64 = (1 << 63) - 1

# ---------------------------------------------------------------------------
# Integer wrapping: each function takes any Python int and returns the value Go's
# two's-complement arithmetic of that type would hold.


def wrap_int64(x: int) -> int:
    return ((x + 0x8000000000000000) & MASK64) - 0x8000000000000000


def wrap_int32(x: int) -> int:
    return ((x + 0x80000000) & MASK32) - 0x80000000


def wrap_int16(x: int) -> int:
    return ((x + 0x8000) & MASK16) - 0x8000


def wrap_int8(x: int) -> int:
    return ((x + 0x80) & MASK8) - 0x80


def wrap_uint64(x: int) -> int:
    return x & MASK64


def wrap_uint32(x: int) -> int:
    return x & MASK32


def wrap_uint16(x: int) -> int:
    return x & MASK16


def wrap_uint8(x: int) -> int:
    return x & MASK8


# ---------------------------------------------------------------------------
# Slices


class Slice:
    """A slice header (a, off, len, cap); see the invariants above."""

    __slots__ = ("a", "off", "len", "cap")

    def __init__(self, a, off: int, n: int, cap: int):
        self.a = a
        self.off = off
        self.len = n
        self.cap = cap

    def tolist(self) -> list:
        """The elements [0:len] as a new Python list (or bytes for a []byte)."""
        a = self.a
        if a is None:
            return []
        if self.off == 0 and self.len == len(a):
            return list(a)
        return list(a[self.off:self.off + self.len])

    def tobytes(self) -> bytes:
        """The elements of a []byte as bytes (Go's string(b))."""
        a = self.a
        if a is None:
            return b""
        return bytes(a[self.off:self.off + self.len])

    def __iter__(self):
        a = self.a
        if a is None:
            return iter(())
        if self.off == 0 and self.len == len(a):
            return iter(a)
        return iter(a[self.off:self.off + self.len])

    def __len__(self):
        return self.len

    def __repr__(self):
        if self.a is None:
            return "Slice(nil)"
        return f"Slice({self.tolist()!r}, off={self.off}, cap={self.cap})"


NIL_SLICE = Slice(None, 0, 0, 0)


def fmin(*xs) -> float:
    """Go's min of floats: NaN if any argument is NaN, and -0 below +0."""
    r = xs[0]
    for x in xs:
        if x != x:
            return x
        if x < r or (x == 0.0 and r == 0.0 and _copysign(1.0, x) < 0.0):
            r = x
    return r


def fmax(*xs) -> float:
    """Go's max of floats: NaN if any argument is NaN, and +0 above -0."""
    r = xs[0]
    for x in xs:
        if x != x:
            return x
        if x > r or (x == 0.0 and r == 0.0 and _copysign(1.0, x) > 0.0):
            r = x
    return r


def clearslice(s, rt) -> None:
    """clear(s): every element of s[0:len] set to the zero value of its type rt."""
    n = s.len
    if not n:
        return
    a, o = s.a, s.off
    if isinstance(a, bytearray):
        a[o:o + n] = bytes(n)
    elif rt.zero_const is not None or rt.zero_is_none:
        a[o:o + n] = [rt.zero_const] * n
    else:
        z = rt.zero
        for i in range(o, o + n):
            a[i] = z()


def mkslice(items: list) -> Slice:
    """A slice owning the list `items` (len == cap == len(items))."""
    return Slice(items, 0, len(items), len(items))


def mkbytes(data) -> Slice:
    """A []byte slice over a fresh bytearray copy of `data` (bytes-like)."""
    b = bytearray(data)
    return Slice(b, 0, len(b), len(b))


def string_to_bytes(s: bytes) -> Slice:
    """Go's []byte(s): a fresh backing array, cap rounded up as gc's rawbyteslice does."""
    n = len(s)
    if n == 0:
        return Slice(bytearray(), 0, 0, 0)
    cap = roundupsize(n, True)
    b = bytearray(s)
    if cap > n:
        b.extend(bytes(cap - n))
    return Slice(b, 0, n, cap)


def bytes_to_string(sl: Slice) -> bytes:
    """Go's string(b) for b []byte."""
    a = sl.a
    if a is None:
        return b""
    return bytes(a[sl.off:sl.off + sl.len])


# ---------------------------------------------------------------------------
# Size classes and Go's growth rule (runtime/slice.go growslice, runtime/msize.go).

_CLASS_SIZES = (0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
                224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704,
                768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
                3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
                10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
                24576, 27264, 28672, 32768)
_MAX_SMALL = 32768
_MALLOC_HEADER = 8
_MIN_SIZE_FOR_HEADER = 512
_PAGE = 8192


def _build_class_table():
    # index by size rounded up to 8 (for size <= 1024) -> class size
    import bisect
    return bisect.bisect_left


_bisect_left = _build_class_table()


def roundupsize(size: int, noscan: bool) -> int:
    """The byte size mallocgc hands out for a request of `size` bytes (minus any header)."""
    req = size
    if req <= _MAX_SMALL - _MALLOC_HEADER:
        if not noscan and req > _MIN_SIZE_FOR_HEADER:
            req += _MALLOC_HEADER
        cls = _CLASS_SIZES[_bisect_left(_CLASS_SIZES, req)]
        return cls - (req - size)
    return (req + _PAGE - 1) & ~(_PAGE - 1)


def nextslicecap(newlen: int, oldcap: int) -> int:
    doublecap = oldcap + oldcap
    if newlen > doublecap:
        return newlen
    if oldcap < 256:
        return doublecap
    newcap = oldcap
    while newcap < newlen:
        newcap += (newcap + 768) >> 2
    return newcap


def growcap(oldcap: int, newlen: int, esize: int, noscan: bool) -> int:
    """The cap Go's growslice chooses when appending up to newlen to a slice of cap oldcap."""
    if esize == 0:
        return newlen
    newcap = nextslicecap(newlen, oldcap)
    mem = roundupsize(newcap * esize, noscan)
    return mem // esize


def _fill(et, n: int):
    """n fresh zero values of element type `et` (an RType) as a list or bytearray."""
    if et.is_byte:
        return bytearray(n)
    z = et.zero_const
    if z is not None or et.zero_is_none:
        return [z] * n
    mk = et.zero
    return [mk() for _ in range(n)]


class ZeroStore:
    """The backing store of a very long slice of a zero-size element type (struct{},
    [0]T): n references to the one zero value, stored as a count. Go allocates no
    memory for such a slice, so make([]struct{}, math.MaxInt) succeeds there too.
    Supports what slices do with their store: index, store (nothing to store), slice,
    iterate, append."""

    __slots__ = ("n", "z")

    def __init__(self, n: int, z):
        self.n, self.z = n, z

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if type(i) is slice:
            return ZeroStore(len(range(*i.indices(self.n))), self.z)
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return self.z

    def __setitem__(self, i, v):
        pass  # every element is the zero value

    def __iter__(self):
        from itertools import repeat
        return repeat(self.z, self.n)

    def append(self, x):
        self.n += 1

    def extend(self, xs):
        self.n += len(xs)


_ZERO_STORE_MIN = 1 << 16  # shorter zero-size slices stay plain lists


def _growslice_check(newlen: int) -> None:
    if newlen > MAX64:  # the length overflowed int
        from gopherpy.runtime.panic import runtime_error
        raise runtime_error("growslice: len out of range")


def makeslice(et, n: int, cap: int | None = None) -> Slice:
    """Go's make([]T, n[, cap]) with Go's panics for bad sizes."""
    if cap is None:
        cap = n
    if n < 0:
        from gopherpy.runtime.panic import runtime_error
        raise runtime_error("makeslice: len out of range")
    if cap < n:
        from gopherpy.runtime.panic import runtime_error
        raise runtime_error("makeslice: cap out of range")
    if et.size == 0 and cap >= _ZERO_STORE_MIN and et.kind != 0:
        if cap > MAX64:
            from gopherpy.runtime.panic import runtime_error
            raise runtime_error("makeslice: len out of range" if n > MAX64 else "makeslice: cap out of range")
        return Slice(ZeroStore(cap, et.zero()), 0, n, cap)
    if cap * max(et.size, 1) > (1 << 47):
        from gopherpy.runtime.panic import runtime_error
        raise runtime_error("makeslice: len out of range" if n * max(et.size, 1) > (1 << 47)
                            else "makeslice: cap out of range")
    return Slice(_fill(et, cap), 0, n, cap)


def append1(s: Slice, x, et) -> Slice:
    """append(s, x) for one element (x already copied if it has value semantics)."""
    n = s.len
    if n < s.cap:
        a = s.a
        a[s.off + n] = x
        return Slice(a, s.off, n + 1, s.cap)
    _growslice_check(n + 1)
    newcap = growcap(s.cap, n + 1, et.size, et.noscan)
    a = s.a
    if a is None:
        na = _fill(et, newcap)
        na[0] = x
        return Slice(na, 0, 1, newcap)
    off = s.off
    na = a[off:off + n]
    na.append(x)
    na.extend(_fill(et, newcap - n - 1))
    return Slice(na, 0, n + 1, newcap)


def appendn(s: Slice, xs, et) -> Slice:
    """append(s, xs...) where xs is a Python sequence (list/bytes/bytearray) of elements."""
    k = len(xs)
    if k == 0:
        if s.a is None:
            return s
        return s
    n = s.len
    newlen = n + k
    if newlen <= s.cap:
        a = s.a
        o = s.off + n
        a[o:o + k] = xs
        return Slice(a, s.off, newlen, s.cap)
    _growslice_check(newlen)
    newcap = growcap(s.cap, newlen, et.size, et.noscan)
    a = s.a
    if a is None:
        na = _fill(et, 0)
    else:
        na = a[s.off:s.off + n]
    na.extend(xs)
    na.extend(_fill(et, newcap - newlen))
    return Slice(na, 0, newlen, newcap)


def appendslice(s: Slice, t: Slice, et) -> Slice:
    """append(s, t...) for a slice t (copies t's elements first, so overlap is safe)."""
    if t.len == 0:
        return s
    return appendn(s, t.a[t.off:t.off + t.len], et)


def copyslice(dst: Slice, src) -> int:
    """Go's copy(dst, src); src is a Slice or a string (bytes). Returns the count copied."""
    if type(src) is bytes:
        n = min(dst.len, len(src))
        if n:
            o = dst.off
            dst.a[o:o + n] = src[:n]
        return n
    n = min(dst.len, src.len)
    if n:
        o = dst.off
        so = src.off
        dst.a[o:o + n] = src.a[so:so + n]
    return n


def reslice(s: Slice, lo, hi, mx=None, what: str = "capacity") -> Slice:
    """s[lo:hi] / s[lo:hi:max] with Go's bounds checks (None means omitted)."""
    cap = s.cap
    if mx is not None:
        if not 0 <= mx <= cap:
            raise _slice_oob(f"[::{mx}]" if mx < 0 else f"[::{mx}] with {what} {cap}")
        if hi is None:
            hi = s.len
        if not 0 <= hi <= mx:
            raise _slice_oob(f"[:{hi}:]" if hi < 0 else f"[:{hi}:{mx}]")
        cap = mx
        if lo is None:
            lo = 0
        elif not 0 <= lo <= hi:
            raise _slice_oob(f"[{lo}::]" if lo < 0 else f"[{lo}:{hi}:]")
    else:
        if hi is None:
            hi = s.len
        elif not 0 <= hi <= cap:
            raise _slice_oob(f"[:{hi}]" if hi < 0 else f"[:{hi}] with {what} {cap}")
        if lo is None:
            lo = 0
        elif not 0 <= lo <= hi:
            raise _slice_oob(f"[{lo}:]" if lo < 0 else f"[{lo}:{hi}]")
    if s.a is None:
        return s
    return Slice(s.a, s.off + lo, hi - lo, cap - lo)


def _slice_oob(detail: str):
    """Go's boundsError text; a negative index is shown alone (runtime/error.go's
    boundsNegErrorFmt): `[:-1]`, `[-1:]`, `[::-1]`, `[:-1:]`, `[-1::]`."""
    from gopherpy.runtime.panic import bounds_error
    return bounds_error("slice bounds out of range " + detail)


def slicearray(a: list, lo, hi, mx=None) -> Slice:
    """arr[lo:hi:max] for an array (a list) or *array: a slice sharing the list."""
    if a is None:
        from gopherpy.runtime.panic import nil_deref
        raise nil_deref()
    return reslice(Slice(a, 0, len(a), len(a)), lo, hi, mx, "length")


def slicestring(s: bytes, lo, hi) -> bytes:
    """s[lo:hi] for a string with Go's bounds checks."""
    n = len(s)
    if hi is None:
        hi = n
    elif not 0 <= hi <= n:
        raise _slice_oob(f"[:{hi}]" if hi < 0 else f"[:{hi}] with length {n}")
    if lo is None:
        lo = 0
    elif not 0 <= lo <= hi:
        raise _slice_oob(f"[{lo}:]" if lo < 0 else f"[{lo}:{hi}]")
    return s[lo:hi]


# ---------------------------------------------------------------------------
# Strings and runes (UTF-8 exactly as Go's unicode/utf8 decodes it)

RUNE_ERROR = 0xFFFD


def decoderune(s: bytes, i: int):
    """Decode the rune starting at byte i of s: (rune, width), (0xFFFD, 1) if invalid."""
    n = len(s)
    c = s[i]
    if c < 0x80:
        return c, 1
    if c < 0xC2 or c > 0xF4:
        return RUNE_ERROR, 1
    if c < 0xE0:
        if i + 1 < n and 0x80 <= s[i + 1] <= 0xBF:
            return ((c & 0x1F) << 6) | (s[i + 1] & 0x3F), 2
        return RUNE_ERROR, 1
    if c < 0xF0:
        lo, hi = 0x80, 0xBF
        if c == 0xE0:
            lo = 0xA0
        elif c == 0xED:
            hi = 0x9F
        if i + 1 < n and lo <= s[i + 1] <= hi:
            if i + 2 < n and 0x80 <= s[i + 2] <= 0xBF:
                return ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F), 3
        return RUNE_ERROR, 1
    lo, hi = 0x80, 0xBF
    if c == 0xF0:
        lo = 0x90
    elif c == 0xF4:
        hi = 0x8F
    if i + 1 < n and lo <= s[i + 1] <= hi and i + 2 < n and 0x80 <= s[i + 2] <= 0xBF \
            and i + 3 < n and 0x80 <= s[i + 3] <= 0xBF:
        return (((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12)
                | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F)), 4
    return RUNE_ERROR, 1


def iterrunes(s: bytes):
    """Yield (byte index, rune) pairs as Go's `for i, r := range s` does."""
    if s.isascii():
        return enumerate(s)
    try:
        u = s.decode("utf-8")
    except UnicodeDecodeError:
        return _iterrunes_slow(s)
    if "\ud800" <= max(u) and any("\ud800" <= ch <= "\udfff" for ch in u):
        return _iterrunes_slow(s)
    return _iterrunes_valid(u)


def _iterrunes_valid(u: str):
    i = 0
    for ch in u:
        r = ord(ch)
        yield i, r
        i += 1 if r < 0x80 else 2 if r < 0x800 else 3 if r < 0x10000 else 4


def _iterrunes_slow(s: bytes):
    i = 0
    n = len(s)
    while i < n:
        r, w = decoderune(s, i)
        yield i, r
        i += w


def encoderune(r: int) -> bytes:
    """Go's string(rune): UTF-8 of r, or of U+FFFD if r is not a valid code point."""
    if 0 <= r < 0x80:
        return bytes((r,))
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        r = RUNE_ERROR
    return chr(r).encode("utf-8")


def string_to_runes(s: bytes) -> Slice:
    """Go's []rune(s)."""
    rs = [r for _, r in iterrunes(s)]
    n = len(rs)
    cap = roundupsize(n * 4, True) // 4 if n else 0
    if cap > n:
        rs.extend([0] * (cap - n))
    return Slice(rs, 0, n, cap)


def runes_to_string(sl: Slice) -> bytes:
    """Go's string(rs) for rs []rune."""
    if sl.a is None:
        return b""
    return b"".join(encoderune(r) for r in sl.a[sl.off:sl.off + sl.len])


def runecount(s: bytes) -> int:
    if s.isascii():
        return len(s)
    n = 0
    for _ in iterrunes(s):
        n += 1
    return n


# ---------------------------------------------------------------------------
# Maps


class Map(dict):
    """A non-nil Go map: a dict from keys (see VALUES.md) to values."""

    __slots__ = ()
    nil = False


class NilMap(Map):
    """The nil map: reads see it empty; stores panic."""

    __slots__ = ()
    nil = True

    def __setitem__(self, k, v):
        from gopherpy.runtime.panic import plain_error
        p = plain_error("assignment to entry in nil map")
        # the runtime function gc calls for this key type (Go's stack shows it)
        t = type(k)
        p.helpers = [("runtime.mapassign_faststr" if t is bytes else
                      "runtime.mapassign_fast64" if t is int else "runtime.mapassign", 0)]
        raise p


NIL_MAP = NilMap()


def mapiter(m: dict):
    """Keys of m in a randomised order (Go's iteration order is unspecified and random).

    Like Go's, the order is a random rotation of the table order; entries added during
    iteration may or may not be seen (here: they are not), deleted ones are skipped by the
    compiled loop's membership test.
    """
    ks = list(m)
    n = len(ks)
    if n > 1:
        import random
        r = random.randrange(n)
        if r:
            ks = ks[r:] + ks[:r]
    return ks


# ---------------------------------------------------------------------------
# Pointers


class Ptr:
    """Base of pointer kinds whose target is not a struct or an array: `p.v` is `*p`."""

    __slots__ = ()


class Box(Ptr):
    """A heap variable (an escaped local whose address is taken, or new(T))."""

    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v!r})"


class FieldPtr(Ptr):
    """&obj.field: a pointer to a field of a struct object."""

    __slots__ = ("obj", "name")

    def __init__(self, obj, name: str):
        if obj is None:
            from gopherpy.runtime.panic import nil_deref
            raise nil_deref()
        self.obj = obj
        self.name = name

    @property
    def v(self):
        return getattr(self.obj, self.name)

    @v.setter
    def v(self, x):
        setattr(self.obj, self.name, x)

    def __eq__(self, o):
        return type(o) is FieldPtr and o.obj is self.obj and o.name == self.name

    def __hash__(self):
        return hash((id(self.obj), self.name))


class ElemPtr(Ptr):
    """&a[i]: a pointer to an element of an array list or slice backing store."""

    __slots__ = ("a", "i")

    def __init__(self, a, i: int):
        self.a = a
        self.i = i

    @property
    def v(self):
        return self.a[self.i]

    @v.setter
    def v(self, x):
        self.a[self.i] = x

    def __eq__(self, o):
        return type(o) is ElemPtr and o.a is self.a and o.i == self.i

    def __hash__(self):
        return hash((id(self.a), self.i))


class GlobalPtr(Ptr):
    """&pkgvar: a pointer to a package-level variable held in a module namespace dict."""

    __slots__ = ("ns", "name")

    def __init__(self, ns: dict, name: str):
        self.ns = ns
        self.name = name

    @property
    def v(self):
        return self.ns[self.name]

    @v.setter
    def v(self, x):
        self.ns[self.name] = x

    def __eq__(self, o):
        return type(o) is GlobalPtr and o.ns is self.ns and o.name == self.name

    def __hash__(self):
        return hash((id(self.ns), self.name))


# ---------------------------------------------------------------------------
# Boxed interface values


class Boxed:
    """An interface value of a dynamic type that Python cannot carry unboxed.

    Subclasses are made per dynamic type by rtype.RType.box (or by the compiler for
    named types with methods) and set the class attribute `_rtype`.
    """

    __slots__ = ("v",)
    _rtype = None

    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if type(o) is not type(self):
            return False
        rt = self._rtype
        if not rt.comparable:
            from gopherpy.runtime.panic import runtime_error
            raise runtime_error("comparing uncomparable type " + rt.string)
        return self.v == o.v

    def __ne__(self, o):
        return not self.__eq__(o)

    def __hash__(self):
        rt = self._rtype
        if not rt.comparable:
            from gopherpy.runtime.panic import runtime_error
            raise runtime_error("hash of unhashable type " + rt.string)
        v = self.v
        if type(v) is list:
            v = tuple(v)
        return hash((id(rt), v))

    def __repr__(self):
        return f"<{self._rtype.string} {self.v!r}>"


# ---------------------------------------------------------------------------
# Arithmetic helpers the compiler calls where Python's operators differ from Go's.

import math as _math
import struct as _struct

_f32pack = _struct.Struct("<f")


def f32(x: float) -> float:
    """Round a float64 to the nearest float32 value (Go's float32 conversion)."""
    try:
        return _f32pack.unpack(_f32pack.pack(x))[0]
    except OverflowError:
        # beyond float32's range: rounds to +-Inf unless within half an ulp of max
        m = 3.4028235677973366e+38
        if abs(x) < 3.4028235677973366e+38 + 1.0141204801825835e+31:
            return _math.copysign(m, x)
        return _math.copysign(_math.inf, x)


def idiv(x: int, y: int, wrap=wrap_int64) -> int:
    """Signed integer x / y truncating toward zero; panics on y == 0."""
    if y == 0:
        from gopherpy.runtime.panic import divide_error
        raise divide_error()
    q = x // y
    if q < 0 and q * y != x:
        q += 1
    return wrap(q)


def imod(x: int, y: int) -> int:
    """Signed integer x % y with the sign of x; panics on y == 0."""
    if y == 0:
        from gopherpy.runtime.panic import divide_error
        raise divide_error()
    r = abs(x) % abs(y)
    return -r if x < 0 else r


def udiv(x: int, y: int) -> int:
    if y == 0:
        from gopherpy.runtime.panic import divide_error
        raise divide_error()
    return x // y


def umod(x: int, y: int) -> int:
    if y == 0:
        from gopherpy.runtime.panic import divide_error
        raise divide_error()
    return x % y


def shiftcheck(y: int) -> int:
    if y < 0:
        from gopherpy.runtime.panic import runtime_error
        raise runtime_error("negative shift amount")
    return y


def shl(x: int, y: int, bits: int, signed: bool) -> int:
    """x << y wrapped to an integer type of `bits` bits (Go: counts >= bits give 0)."""
    if y < 0:
        shiftcheck(y)
    if y >= bits:
        return 0
    r = (x << y) & ((1 << bits) - 1)
    if signed and r >> (bits - 1):
        r -= 1 << bits
    return r


def shr(x: int, y: int) -> int:
    """x >> y (arithmetic for signed x, logical for unsigned since x >= 0)."""
    if y < 0:
        shiftcheck(y)
    if y > 1000:
        return -1 if x < 0 else 0
    return x >> y


def fdiv(x: float, y: float) -> float:
    """IEEE x / y (Python raises on division by zero; Go gives +-Inf or NaN)."""
    try:
        return x / y
    except ZeroDivisionError:
        if x != x or x == 0:
            return _math.nan
        return _math.copysign(_math.inf, x) * _math.copysign(1.0, y)


def _inf_to_one(f: float) -> float:
    """+-1 for an infinite f, +-0 otherwise (the sign of f kept)."""
    return _math.copysign(1.0 if f in (_math.inf, -_math.inf) else 0.0, f)


def cdiv(x: complex, y: complex) -> complex:
    """Go's complex division (the runtime's complex128div): Smith's algorithm, then the
    C99 Annex G recovery of infinities and zeros when both parts came out NaN. Python's
    own `/` raises on a zero divisor and takes another branch for NaN divisors."""
    a, b, c, d = x.real, x.imag, y.real, y.imag
    if abs(c) >= abs(d):
        ratio = fdiv(d, c)
        denom = c + ratio * d
        e = fdiv(a + b * ratio, denom)
        f = fdiv(b - a * ratio, denom)
    else:
        ratio = fdiv(c, d)  # (d is zero when c is NaN)
        denom = d + ratio * c
        e = fdiv(a * ratio + b, denom)
        f = fdiv(b * ratio - a, denom)
    if e != e and f != f:
        isinf = _math.isinf
        fin = _math.isfinite
        if c == 0 and d == 0 and (a == a or b == b):
            s = _math.copysign(_math.inf, c)
            e, f = s * a, s * b
        elif (isinf(a) or isinf(b)) and fin(c) and fin(d):
            a, b = _inf_to_one(a), _inf_to_one(b)
            e, f = _math.inf * (a * c + b * d), _math.inf * (b * c - a * d)
        elif (isinf(c) or isinf(d)) and fin(a) and fin(b):
            c, d = _inf_to_one(c), _inf_to_one(d)
            e, f = 0.0 * (a * c + b * d), 0.0 * (b * c - a * d)
    return complex(e, f)


def count_wrapping(i: int, lo: int, hi: int):
    """i, i+1, ... through hi, then lo, lo+1, ... forever: the counter of
    `for i := a; i <= b; i++` when b is its type's maximum (the loop ends only by a
    break or return)."""
    while True:
        yield i
        i = lo if i == hi else i + 1


def f2i(x: float, wrap) -> int:
    """Conversion float -> integer type (truncation; NaN/Inf give gc's amd64 result)."""
    try:
        return wrap(int(x))
    except (ValueError, OverflowError):
        return wrap(-0x8000000000000000)


from functools import partial as bind  # a method value: the method with its receiver bound


def index_panic(i: int, n: int):
    from gopherpy.runtime.panic import index_error
    raise index_error(i, n)


def mapkey_copy(k):
    """Array keys (lists) become tuples; everything else is already hashable by value."""
    if type(k) is list:
        return tuple(mapkey_copy(x) for x in k)
    return k


def copyarr(a: list) -> list:
    """A deep value copy of an array whose elements are arrays or structs."""
    out = []
    for x in a:
        if type(x) is list:
            out.append(copyarr(x))
        elif hasattr(x, "_copy"):
            out.append(x._copy())
        else:
            out.append(x)
    return out


EMPTY_ARRAY: list = []  # every zero-length array value (nothing can be stored in it)
ONE = (None,)  # the one-element iterable of one-shot loops (a switch that holds `break`)


def mapget(m: dict, k, vt):
    """m[k] for a map whose value type has a mutable zero value (struct, array)."""
    v = m.get(k, _MISSING)
    if v is _MISSING:
        return vt.zero()
    return v


_MISSING = object()
MISSING = _MISSING  # sentinel for the comma-ok map read


def floatkey(x: float):
    """Map key for a float: NaN keys are all distinct (a fresh object each time)."""
    if x != x:
        return _NaNKey()
    if x == 0.0:
        return 0.0  # +0 and -0 are the same key
    return x


def complexkey(x: complex):
    """Map key for a complex number: one with a NaN part is a fresh key each time."""
    if x != x:
        return _NaNComplexKey(x)
    return x  # (-0 and +0 parts compare and hash alike already)


class _NaNComplexKey(complex):
    """A complex map key with a NaN part: equal to nothing (see _NaNKey)."""

    def __hash__(self):
        return id(self)

    def __eq__(self, o):
        return False


class _NaNKey(float):
    """A NaN map key: equal to nothing, hashing randomly, as Go's NaN keys behave."""

    def __new__(cls):
        return float.__new__(cls, "nan")

    def __hash__(self):
        return id(self)

    def __eq__(self, o):
        return False


class ArrayView:
    """*[N]T made from a slice whose window is not a whole Python list ((*[N]T)(s)):
    the array's elements are s's backing store, so stores through either are seen by
    both. Supports what compiled code does with an array: index, store, len, iterate,
    slice (for s[:] and copies)."""

    __slots__ = ("a", "off", "n")

    def __init__(self, a, off: int, n: int):
        self.a = a
        self.off = off
        self.n = n

    def __len__(self):
        return self.n

    def _index(self, i):
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return self.off + (i % self.n if i < 0 else i)

    def __getitem__(self, i):
        if type(i) is slice:
            return self.a[self.off:self.off + self.n][i]
        return self.a[self._index(i)]

    def __setitem__(self, i, v):
        if type(i) is slice:
            w = list(range(self.n))[i]
            v = list(v)
            if len(v) != len(w):
                raise ValueError("array view: size change")
            for j, x in zip(w, v):
                self.a[self.off + j] = x
            return
        self.a[self._index(i)] = v

    def __iter__(self):
        return iter(self.a[self.off:self.off + self.n])

    def __eq__(self, o):
        return o is self

    def __hash__(self):
        return id(self)


def _conv_panic(n: int, want: int):
    from gopherpy.runtime.panic import bounds_error
    raise bounds_error(f"cannot convert slice with length {n} to array or pointer to array "
                       f"with length {want}")


def slice_to_array(s: Slice, n: int) -> list:
    """[N]T(s): a copy of the first N elements (panics if len(s) < N)."""
    if s.len < n:
        _conv_panic(s.len, n)
    if n == 0:
        return EMPTY_ARRAY
    return list(s.a[s.off:s.off + n])


def slice_to_arrayptr(s: Slice, n: int):
    """(*[N]T)(s): a pointer to s's first N elements (nil for a nil slice)."""
    if s.len < n:
        _conv_panic(s.len, n)
    a = s.a
    if a is None:
        return None
    if n == 0:
        return EMPTY_ARRAY
    if s.off == 0 and n == len(a) and type(a) is list:
        return a
    return ArrayView(a, s.off, n)


def fill_sparse(base: list, items: dict) -> list:
    for i, v in items.items():
        base[i] = v
    return base


def deref(p):
    """*p for a pointer to a struct or array: p itself, with Go's nil check."""
    if p is None:
        from gopherpy.runtime.panic import nil_deref
        raise nil_deref()
    return p


def elemptr_slice(s: Slice, i: int) -> ElemPtr:
    if not 0 <= i < s.len:
        index_panic(i, s.len)
    return ElemPtr(s.a, s.off + i)


def elemptr_array(a: list, i: int):
    if a is None:
        from gopherpy.runtime.panic import nil_deref
        raise nil_deref()
    if not 0 <= i < len(a):
        index_panic(i, len(a))
    x = a[i]
    if type(x) is list or hasattr(x, "_copy"):
        return x
    if type(a) is ArrayView:  # the element is one of the slice's: the same pointer as &s[j]
        return ElemPtr(a.a, a.off + i)
    return ElemPtr(a, i)


def c64(c: complex) -> complex:
    return complex(f32(c.real), f32(c.imag))


def gdiv(x, y):
    """x / y for an operand of type-parameter type (erased generics)."""
    if type(x) is int:
        return idiv(x, y)
    return fdiv(x, y)


def append1_stack(s: Slice, x, et) -> Slice:
    """append(s, x) for a slice gc keeps on the stack: the first append to an empty
    slice gets the 32-byte stack buffer (cap 32/elemsize) when it fits."""
    if s.len == 0 and s.cap == 0 and et.size and et.size <= 32:
        k = 32 // et.size
        na = _fill(et, k)
        na[0] = x
        return Slice(na, 0, 1, k)
    return append1(s, x, et)


def appendn_stack(s: Slice, xs, et) -> Slice:
    """append(s, xs...) (fixed count) for a stack-kept slice; see append1_stack."""
    if s.len == 0 and s.cap == 0 and et.size and len(xs) and len(xs) * et.size <= 32:
        k = 32 // et.size
        na = _fill(et, k)
        na[0:len(xs)] = xs
        return Slice(na, 0, len(xs), k)
    return appendn(s, xs, et)


def mapget2(m: dict, k, vt):
    """v, ok := m[k]."""
    v = m.get(k, _MISSING)
    if v is _MISSING:
        return vt.zero(), False
    return v, True


class IdKey:
    """Map key for a pointer to a struct or array: equal only to the same object (the
    struct classes compare by value, which is right for struct keys, wrong for pointers)."""

    __slots__ = ("o",)

    def __init__(self, o):
        self.o = o

    def __eq__(self, other):
        return type(other) is IdKey and other.o is self.o

    def __hash__(self):
        return id(self.o)


def idkey(o):
    return o if o is None else IdKey(o)
