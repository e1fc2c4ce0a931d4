"""This file implements addresses for Go pointers: what print/println and %p show, uintptr(unsafe.Pointer(p)), and unsafe.Pointer arithmetic and conversions.

Go values live in Python objects (VALUES.md), which have no addresses. An object gets
a fake address the first time one is asked for, from a bump allocator over Go's heap
arena range (0xc000000000...), with room for its Go size; type descriptors get
addresses in a text-like range (0x4a0000...). The registry keeps each object alive,
so an address is never reused and two distinct objects never share one. An address
maps back to the object, and an offset inside it to the field or element there
(`from_addr`), which is what unsafe.Pointer arithmetic needs.

An unsafe.Pointer is None (nil), an `UnsafePointer` (a Go pointer object of any kind
with the rtype of what it points to), or a `RawPointer` (an address that names no
object: arithmetic past an object, or a made-up integer). Converting it to *T gives
back the pointer itself when T is the type it points to; otherwise a view that
reinterprets the memory: a scalar of the same size (math.Float64bits-style casts),
an array over the elements of an array, a struct whose fields are those at the same
offsets of another struct, or a string or slice header word. A *[N]byte over a struct or
an array of scalars reads and writes the bytes of its fields (`_ByteView`). Other
reinterpretations raise a Go fatal error naming the conversion (partial: gopherpy has no byte-level
memory).

Package variables live where gc's linker puts them, in a data-segment range
(0x580000...) below the heap: a variable reached through a GlobalPtr gets its address
there on first use, and the compiler registers the struct and array variables of a
package that imports unsafe once its variables are initialised (`register_global`).

Invariants
----------
- `_objs[id(o)] = (base, o, size, rt)`; bases strictly increase in `_bases` order.
- An address a with base <= a < base + size belongs to that object only, or to a part
  of it: a struct or array held inside it (registered in `_objs` with its address
  inside the container, never in `_bases`; addresses resolve through the container).
"""

from __future__ import annotations

import bisect
import struct as _struct

from gopherpy.runtime import rtype as R
from gopherpy.runtime.values import ArrayView, Box, ElemPtr, FieldPtr, GlobalPtr, Slice

_HEAP0 = 0xc000010000
_TEXT0 = 0x4a0000
_DATA0 = 0x580000
_next = [_HEAP0, _TEXT0, _DATA0]
_objs: dict = {}          # id(obj) -> (base, obj, size, rt)
_bases: list = []         # sorted bases
_by_base: list = []       # the entries, parallel to _bases
_globals: dict = {}       # (id(ns), name) -> holder object for &pkgvar


class _GlobalCell:
    __slots__ = ("ns", "name")

    def __init__(self, ns, name):
        self.ns, self.name = ns, name


def _size(rt) -> int:
    return rt.size if rt is not None else 8


def register(o, rt=None, size=None, text=False, data=False) -> int:
    """The base address of object o (allocated on first use; in the text range for
    type descriptors and functions, the data range for package variables)."""
    e = _objs.get(id(o))
    if e is not None:
        if e[3] is None and rt is not None:
            _objs[id(o)] = e = (e[0], o, max(e[2], _size(rt)), rt)
        return e[0]
    if size is None:
        size = _size(rt) if rt is not None else 8
    region = 1 if text else 2 if data else 0
    base = _next[region]
    _next[region] = base + ((max(size, 1) + 15) & ~15)
    e = (base, o, size, rt)
    _objs[id(o)] = e
    if data:  # below every heap base: keep _bases sorted
        i = bisect.bisect_right(_bases, base)
        _bases.insert(i, base)
        _by_base.insert(i, e)
    elif not text:
        _bases.append(base)
        _by_base.append(e)
    if rt is not None and not text:
        _register_parts(o, rt, base, [4096])
    return base


def _register_parts(o, rt, base: int, budget: list) -> None:
    """Struct objects held inside o (elements of an array of structs, struct fields of
    a struct: separate Python objects) get the addresses inside o where Go keeps them,
    unless they have one already (at most budget[0] parts, for very large arrays)."""
    k = rt.kind
    if k == R.ARRAY:
        et = rt.elem
        if et is None or et.kind not in (R.STRUCT, R.ARRAY) or type(o) is not list:
            return
        for i, x in enumerate(o):
            if budget[0] <= 0:
                return
            if id(x) not in _objs:
                budget[0] -= 1
                _add_part(x, et, base + i * et.size, budget)
    elif k == R.STRUCT:
        for f in rt.fields or ():
            ft = f.type
            if ft is not None and ft.kind in (R.STRUCT, R.ARRAY) and budget[0] > 0:
                x = getattr(o, f.attr, None)
                if x is not None and id(x) not in _objs:
                    budget[0] -= 1
                    _add_part(x, ft, base + f.offset, budget)


def _add_part(x, rt, a: int, budget: list) -> None:
    """Register x at address a inside an object already registered (not in _bases: an
    address resolves through its container)."""
    _objs[id(x)] = (a, x, rt.size, rt)
    _register_parts(x, rt, a, budget)


def register_global(o, rt) -> None:
    """Give package variable o (a struct object or an array's list) its data address."""
    if o is not None:
        register(o, rt, rt.size if rt is not None else None, data=True)


def registry_refs(o) -> int:
    """How many references to o the registry holds (0 when o has no address): the
    finalizer check (lib/runtime) does not count them, since an address (a uintptr)
    does not keep an object alive in Go."""
    e = _objs.get(id(o))
    if e is None or e[1] is not o:
        return 0
    n = 1
    i = bisect.bisect_left(_bases, e[0])
    while i < len(_bases) and _bases[i] == e[0]:
        b = _by_base[i]
        if b is not e and b[1] is o:
            n += 1      # an older entry of o (re-registered with its type)
        i += 1
    return n


def pin(*args) -> list:
    """The objects at the addresses passed to a //go:uintptrescapes function (uintptr
    arguments, and the elements of a ...uintptr one): its frame holds them for the
    call, as gc keeps those objects alive until the call returns."""
    out = []
    for a in args:
        if isinstance(a, Slice):
            out.extend(from_addr(x) for x in a.a[a.off:a.off + a.len])
        elif a:
            out.append(from_addr(a))
    return out


def _esize(a, rt) -> int:
    if rt is not None:
        return rt.size or 1
    return 1 if isinstance(a, (bytes, bytearray)) else 8


def addr_of_ptr(p, rt=None) -> int:
    """The address a Go pointer p (of any representation) points at; rt: the pointee type."""
    if p is None:
        return 0
    t = type(p)
    if t is UnsafePointer:
        return addr_of_ptr(p.p, p.rt)
    if t is RawPointer:
        return p.a
    if t is CastPointer:
        return addr_of_ptr(p.p, p.src)
    if t is Box:
        return register(p, rt)
    if t is FieldPtr:
        srt = getattr(type(p.obj), "_gstruct", None)
        base = register(p.obj, srt)
        if srt is not None:
            for f in srt.fields:
                if f.attr == p.name:
                    return base + f.offset
        return base
    if t is ElemPtr:
        es = _esize(p.a, rt)
        return register(p.a, R.array_of(len(p.a), rt) if rt is not None else None,
                        len(p.a) * es) + p.i * es
    if t is ArrayView:
        es = _esize(p.a, rt.elem if rt is not None and rt.kind == R.ARRAY else None)
        return register(p.a, None, len(p.a) * es) + p.off * es
    if t is GlobalPtr:
        k = (id(p.ns), p.name)
        h = _globals.get(k)
        if h is None:
            h = _globals[k] = _GlobalCell(p.ns, p.name)
        return register(h, rt, data=True)
    if t is list or t is bytearray:
        return register(p, rt, len(p) * _esize(p, rt.elem if rt is not None and rt.kind == R.ARRAY else None))
    srt = getattr(t, "_gstruct", None)
    if srt is not None:
        return register(p, srt)
    return register(p, rt)


def value_addr(v) -> int:
    """The address print shows for a pointer-shaped value (map, chan, func, pointer)."""
    if v is None or getattr(v, "nil", False) is True:
        return 0
    if callable(v) and not hasattr(v, "_gstruct"):
        return register(getattr(v, "__func__", v), text=True, size=16)
    return addr_of_ptr(v)


def slice_addr(s: Slice) -> int:
    """The address of a slice's first element (its array pointer)."""
    if s.a is None:
        return 0
    es = 1 if isinstance(s.a, (bytes, bytearray)) else 8
    return register(s.a, None, len(s.a) * es) + s.off * es


def type_addr(rt) -> int:
    """The address of a type descriptor (the first word of an interface value)."""
    return register(rt, text=True, size=48)


def iface_words(v) -> tuple[int, int]:
    """The (type, data) words print shows for interface value v."""
    if v is None:
        return 0, 0
    rt = R.typeof(v)
    data = v.v if isinstance(v, R.Boxed) and rt.kind in (R.POINTER, R.MAP, R.CHAN, R.FUNC,
                                                          R.UNSAFEPOINTER) else v
    if rt.kind in (R.POINTER, R.MAP, R.CHAN, R.FUNC, R.UNSAFEPOINTER):
        return type_addr(rt), value_addr(data)
    return type_addr(rt), register(v, rt)


# ---------------------------------------------------------------------------
# unsafe.Pointer


class UnsafePointer:
    """A non-nil unsafe.Pointer made from a Go pointer p to a value of type rt."""

    __slots__ = ("p", "rt")

    def __init__(self, p, rt):
        self.p = p
        self.rt = rt

    def __eq__(self, o):
        return type(o) in (UnsafePointer, RawPointer) and addr(o) == addr(self)

    def __hash__(self):
        return hash(addr(self))

    @property
    def v(self):  # never dereferenced by Go code (unsafe.Pointer has no elements)
        from gopherpy.runtime.panic import nil_deref
        raise nil_deref()


class RawPointer:
    """An unsafe.Pointer holding an address that names no Go object."""

    __slots__ = ("a",)

    def __init__(self, a: int):
        self.a = a

    def __eq__(self, o):
        return type(o) in (UnsafePointer, RawPointer) and addr(o) == self.a

    def __hash__(self):
        return hash(self.a)

    @property
    def v(self):
        _fault(self.a)

    @v.setter
    def v(self, x):
        _fault(self.a)


def _fault(a: int):
    from gopherpy.runtime.panic import GoPanic, ErrorString
    p = GoPanic(ErrorString(b"runtime error: invalid memory address or nil pointer dereference"))
    p.signal = f"[signal SIGSEGV: segmentation violation code=0x1 addr={a:#x} pc=0x0]"
    raise p


def up(p, rt):
    """unsafe.Pointer(p) for p of type *T (rt: T's rtype)."""
    if p is None:
        return None
    if type(p) is CastPointer:
        return UnsafePointer(p.p, p.src) if p.dst is rt else UnsafePointer(p, rt)
    return UnsafePointer(p, rt)


def addr(u) -> int:
    """uintptr(u) for an unsafe.Pointer u."""
    if u is None:
        return 0
    if type(u) is RawPointer:
        return u.a
    return addr_of_ptr(u.p, u.rt)


def from_addr(a: int):
    """unsafe.Pointer(uintptr(a)): the object (and field or element) at address a."""
    a &= (1 << 64) - 1
    if a == 0:
        return None
    i = bisect.bisect_right(_bases, a) - 1
    if i >= 0:
        base, o, size, rt = _by_base[i]
        if a < base + max(size, 1):
            r = _resolve(o, rt, a - base)
            if r is not None:
                return r
    return RawPointer(a)


def _resolve(o, rt, off: int):
    """An UnsafePointer to the part of object o (of type rt) at byte offset off."""
    if type(o) is _GlobalCell:
        return UnsafePointer(GlobalPtr(o.ns, o.name), rt) if off == 0 else None
    if rt is None:
        if off == 0:
            return UnsafePointer(o, None)
        if isinstance(o, (list, bytearray, bytes)):
            es = _esize(o, None)
            if off % es == 0 and off // es < len(o):
                return UnsafePointer(ElemPtr(o, off // es), None)
        return None
    k = rt.kind
    if k == R.ARRAY and isinstance(o, (list, bytearray, bytes, ArrayView)):
        es = rt.elem.size or 1
        i, r = divmod(off, es)
        if i >= len(o):
            return None
        e = o[i]
        if rt.elem.kind in (R.STRUCT, R.ARRAY):
            return _resolve(e, rt.elem, r)
        return UnsafePointer(ElemPtr(o, i), rt.elem) if r == 0 else None
    if k == R.INTERFACE and off == 8 and type(o) in (Box, _GlobalCell):
        # the data word of an interface variable, seen as a *uintptr
        iv = o.v if type(o) is Box else o.ns[o.name]
        return UnsafePointer(_Word(lambda: _data_word(iv)), R.ptr_to(R.UINTPTR_T))
    if k == R.STRUCT:
        if off == 0 and not rt.fields:
            return UnsafePointer(o, rt)
        for f in rt.fields:
            if f.offset <= off < f.offset + max(f.type.size, 1):
                sub = off - f.offset
                if f.type.kind in (R.STRUCT, R.ARRAY):
                    return _resolve(getattr(o, f.attr), f.type, sub)
                return UnsafePointer(FieldPtr(o, f.attr), f.type) if sub == 0 else None
        return UnsafePointer(o, rt) if off == 0 else None
    if off == 0:
        return UnsafePointer(o, rt)
    return None


_SCALAR_FMT = {R.BOOL: "?", R.INT: "q", R.INT8: "b", R.INT16: "h", R.INT32: "i", R.INT64: "q",
               R.UINT: "Q", R.UINT8: "B", R.UINT16: "H", R.UINT32: "I", R.UINT64: "Q",
               R.UINTPTR: "Q", R.FLOAT32: "f", R.FLOAT64: "d"}


class CastPointer:
    """*T over a variable of another scalar type of the same size: reads and writes
    reinterpret its bits (src, dst: the rtypes)."""

    __slots__ = ("p", "src", "dst", "_unpack", "_pack")

    def __init__(self, p, src, dst):
        self.p, self.src, self.dst = p, src, dst

    @property
    def v(self):
        x = self.p.v
        b = _struct.pack("<" + _SCALAR_FMT[self.src.kind], x)
        return _struct.unpack("<" + _SCALAR_FMT[self.dst.kind], b)[0]

    @v.setter
    def v(self, x):
        b = _struct.pack("<" + _SCALAR_FMT[self.dst.kind], x)
        self.p.v = _struct.unpack("<" + _SCALAR_FMT[self.src.kind], b)[0]

    def __eq__(self, o):
        return type(o) is CastPointer and o.p == self.p

    def __hash__(self):
        return hash(id(self.p))


class _HeaderWord:
    """*uintptr over the data word of a string or slice variable (read only)."""

    __slots__ = ("p", "slice")

    def __init__(self, p, is_slice):
        self.p, self.slice = p, is_slice

    @property
    def v(self):
        x = self.p.v
        if self.slice:
            return slice_addr(x)
        return register(x, None, len(x)) if x else 0


class _Word:
    """A read-only machine word gopherpy computes on demand (an interface's data word,
    a func value's code pointer): `.v` is the word, a pointer object or an integer."""

    __slots__ = ("get",)

    def __init__(self, get):
        self.get = get

    @property
    def v(self):
        return self.get()


def _funcval(fn):
    """The pointer a func value is (to its funcval, whose first word is the entry PC)."""
    if fn is None:
        return None
    from gopherpy.runtime import symtab
    return _Word(lambda: symtab.funcpc(fn))


def _data_word(iv):
    """The data word of interface value iv, as a *uintptr (None for nil)."""
    if iv is None:
        return None
    rt = R.typeof(iv)
    if rt.kind == R.FUNC:
        return _funcval(iv.v if isinstance(iv, R.Boxed) else iv)
    if rt.kind in (R.POINTER, R.MAP, R.CHAN, R.UNSAFEPOINTER):
        return iv.v if isinstance(iv, R.Boxed) else iv
    x = R.unbox(iv)
    return _Word(lambda: x if type(x) is int else 0)


def _leaves(rt, off=0):
    """[(offset, kind, size)] of the scalar parts of a value of type rt, in memory order."""
    if rt.kind == R.STRUCT:
        out = []
        for f in rt.fields:
            out += _leaves(f.type, off + f.offset)
        return out
    if rt.kind == R.ARRAY:
        out = []
        for i in range(rt.len):
            out += _leaves(rt.elem, off + i * rt.elem.size)
        return out
    return [(off, rt.kind, rt.size)]


def _compatible(dst, src) -> bool:
    """Whether a value of type dst can be viewed over memory holding a src: the same
    scalar parts (kinds of the same size) at the same offsets."""
    if dst.size > src.size:
        return False
    lv = {o: (k, n) for o, k, n in _leaves(src)}
    for o, k, n in _leaves(dst):
        sk = lv.get(o)
        if sk is None or sk[1] != n or (sk[0] != k and not (k in _SCALAR_FMT and sk[0] in _SCALAR_FMT)):
            return False
    return True


def _leaf(o, rt, off):
    """(getter, setter, rtype) of the scalar at byte offset off inside o (of type rt)."""
    if rt.kind == R.STRUCT:
        for f in rt.fields:
            if f.offset <= off < f.offset + max(f.type.size, 1):
                if f.type.kind in (R.STRUCT, R.ARRAY):
                    return _leaf(getattr(o, f.attr), f.type, off - f.offset)
                a = f.attr
                return (lambda: getattr(o, a)), (lambda x: setattr(o, a, x)), f.type
    elif rt.kind == R.ARRAY:
        i, r = divmod(off, rt.elem.size)
        if rt.elem.kind in (R.STRUCT, R.ARRAY):
            return _leaf(o[i], rt.elem, r)

        def put(x, _i=i):
            o[_i] = x
        return (lambda: o[i]), put, rt.elem
    elif rt.kind in (R.STRING, R.SLICE):
        return _header_leaf(o, rt, off)
    elif rt.kind == R.INTERFACE:
        return _iface_leaf(o, off)
    elif off == 0:  # a scalar variable: o is a pointer to it (Box, ElemPtr, FieldPtr ...)
        return (lambda: o.v), (lambda x: setattr(o, "v", x)), rt
    raise AssertionError("no scalar at offset")


_HEADER_WORDS = {R.STRING: ((0, R.UINTPTR), (8, R.INT)),
                 R.SLICE: ((0, R.UINTPTR), (8, R.INT), (16, R.INT))}


def _is_header(dst, src) -> bool:
    """Whether struct type dst reads as the header words of a string or slice (src):
    reflect.StringHeader / SliceHeader and structs shaped like them."""
    words = dict(_HEADER_WORDS[src.kind])
    for o, k, n in _leaves(dst):
        w = words.get(o)
        if w is None or n != 8 or k not in (R.UINTPTR, R.INT, R.UINT, R.INT64, R.UINT64):
            return False
    return True


_WORD_KINDS = (R.UINTPTR, R.UNSAFEPOINTER, R.POINTER, R.INT, R.UINT, R.INT64, R.UINT64)


def _is_iface_words(dst) -> bool:
    """Whether struct type dst reads as the two words of an interface value (runtime's
    eface/iface: a type or itab pointer, then a data pointer)."""
    return dst.size <= 16 and all(o in (0, 8) and n == 8 and k in _WORD_KINDS
                                  for o, k, n in _leaves(dst))


def _iface_leaf(o, off):
    """(getter, setter, rtype) of a word of the interface variable *o: the type word
    (the type descriptor's address; gopherpy has no itabs, so a non-empty interface
    shows its dynamic type too) or the data word. The words cannot be stored."""
    def get():
        t, d = iface_words(o.v)
        w = t if off == 0 else d
        return from_addr(w) if w else None

    def put(x):
        from gopherpy.runtime.panic import GoPanic, PlainError
        raise GoPanic(PlainError(b"gopherpy: unsupported store to an interface value's words"))
    return get, put, R.UNSAFEPOINTER_T


def _header_leaf(o, rt, off):
    """(getter, setter, rtype) of a header word of the string or slice variable *o: its
    data address, length or capacity. A store of the length or capacity makes a new
    header over the same memory (within it); the data word cannot be stored."""
    if off == 0:
        def get():
            x = o.v
            if rt.kind == R.SLICE:
                return 0 if x.a is None else addr_of_ptr(ElemPtr(x.a, x.off), rt.elem)
            return register(x, None, len(x)) if x else 0

        def put(v):
            from gopherpy.runtime.panic import GoPanic, PlainError
            raise GoPanic(PlainError(b"gopherpy: unsupported store to a string or slice header's data word"))
        return get, put, R.UINTPTR_T

    def get():
        x = o.v
        if rt.kind == R.STRING:
            return len(x)
        return x.len if off == 8 else x.cap

    def put(n):
        x = o.v
        if rt.kind == R.STRING:
            if not 0 <= n <= len(x):
                raise AssertionError("string header length beyond its bytes")
            o.v = x[:n]
        elif off == 8:
            o.v = Slice(x.a, x.off, n, max(x.cap, n))
        else:
            o.v = Slice(x.a, x.off, min(x.len, n), n)
    return get, put, R.INT_T


def _conv(x, src, dst):
    if src is dst or src.kind == dst.kind:
        return x
    if src.kind == R.UNSAFEPOINTER:  # an interface word seen as another word type
        if x is None:
            return 0 if dst.kind in _SCALAR_FMT else None
        if dst.kind in _SCALAR_FMT:
            return addr(x)
        if dst.kind == R.POINTER:
            return cast(x, dst.elem)
    b = _struct.pack("<" + _SCALAR_FMT[src.kind], x)
    return _struct.unpack("<" + _SCALAR_FMT[dst.kind], b)[0]


_views: dict = {}


def _struct_view(cls, src_obj, dst, src, off=0):
    """An object of struct class cls (type dst) whose fields are the parts of src_obj
    (of type src) at the same offsets: reads and writes go to src_obj."""
    key = (cls, dst)
    vc = _views.get(key)
    if vc is None:
        ns = {"__slots__": ("_gsrc", "_gsrt", "_goff")}
        for fd in dst.fields:
            if fd.type.kind == R.STRUCT and fd.type.cls is not None:
                def get(self, _f=fd):
                    return _struct_view(_f.type.cls, self._gsrc, _f.type, self._gsrt,
                                        self._goff + _f.offset)

                def put(self, x, _f=fd):
                    v = get(self)
                    for g in _f.type.fields:
                        setattr(v, g.attr, getattr(x, g.attr))
            else:
                def get(self, _f=fd):
                    g, _, t = _leaf(self._gsrc, self._gsrt, self._goff + _f.offset)
                    return _conv(g(), t, _f.type)

                def put(self, x, _f=fd):
                    _, st, t = _leaf(self._gsrc, self._gsrt, self._goff + _f.offset)
                    st(_conv(x, _f.type, t))
            ns[fd.attr] = property(get, put)
        vc = _views[key] = type(cls.__name__, (cls,), ns)
    o = object.__new__(vc)
    o._gsrc, o._gsrt, o._goff = src_obj, src, off
    if off == 0:  # the view is at its source's address
        if src.kind in (R.STRUCT, R.ARRAY):
            register(src_obj, src)
            _objs[id(o)] = _objs[id(src_obj)]
        else:
            _objs[id(o)] = (addr_of_ptr(src_obj, src), o, dst.size, dst)
    return o


def _stored_scalars(o, rt, base: int, out: list) -> bool:
    """Append (offset, size, format, holder, key) for every scalar stored in o (of type
    rt) at byte offset base; False if o holds something without a byte image here."""
    k = rt.kind
    if k == R.STRUCT:
        for f in rt.fields:
            ft = f.type
            if ft.kind in _SCALAR_FMT:
                out.append((base + f.offset, ft.size, "<" + _SCALAR_FMT[ft.kind], o, f.attr))
            elif ft.kind in (R.STRUCT, R.ARRAY):
                if not _stored_scalars(getattr(o, f.attr), ft, base + f.offset, out):
                    return False
            elif ft.size:
                return False
        return True
    if k == R.ARRAY and isinstance(o, (list, bytearray)):
        et = rt.elem
        for i in range(rt.len):
            if et.kind in _SCALAR_FMT:
                out.append((base + i * et.size, et.size, "<" + _SCALAR_FMT[et.kind], o, i))
            elif not _stored_scalars(o[i], et, base + i * et.size, out):
                return False
        return True
    return False


class _ByteView:
    """*[N]byte over the memory of a struct or array of scalars: byte i reads and writes
    the bytes of the field or element at offset i (little-endian, as amd64 stores them).
    Padding has no storage in gopherpy: its bytes read as 0 and writes to them are lost
    (Go's == and map hashing ignore padding and blank fields either way)."""

    __slots__ = ("n", "leaves", "at")

    def __init__(self, leaves, n: int):
        self.n = n
        self.leaves = leaves
        self.at = {}
        for j, lf in enumerate(leaves):
            for b in range(lf[0], min(lf[0] + lf[1], n)):
                self.at[b] = j

    def __len__(self):
        return self.n

    def _get(self, i):
        j = self.at.get(i)
        if j is None:
            return 0
        off, size, fmt, h, key = self.leaves[j]
        v = getattr(h, key) if type(key) is str else h[key]
        return _struct.pack(fmt, v)[i - off]

    def _set(self, i, x):
        j = self.at.get(i)
        if j is None:
            return
        off, size, fmt, h, key = self.leaves[j]
        v = getattr(h, key) if type(key) is str else h[key]
        b = bytearray(_struct.pack(fmt, v))
        b[i - off] = x & 0xFF
        v = _struct.unpack(fmt, bytes(b))[0]
        if type(key) is str:
            setattr(h, key, v)
        else:
            h[key] = v

    def __getitem__(self, i):
        if type(i) is slice:
            return bytearray(self._get(j) for j in range(self.n)[i])
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return self._get(i % self.n)

    def __setitem__(self, i, v):
        if type(i) is slice:
            w = range(self.n)[i]
            v = list(v)
            if len(v) != len(w):
                raise ValueError("byte view: size change")
            for j, x in zip(w, v):
                self._set(j, x)
            return
        if not -self.n <= i < self.n:
            raise IndexError(i)
        self._set(i % self.n, v)

    def __iter__(self):
        return iter(self[:])

    def __eq__(self, o):
        return o is self

    def __hash__(self):
        return id(self)


def cast(u, rt):
    """(*T)(u) for an unsafe.Pointer u (rt: T's rtype)."""
    if u is None:
        return None
    if type(u) is RawPointer:
        return u  # dereferencing faults
    p, src = u.p, u.rt
    if src is rt or src is None or rt.kind == R.UNSAFEPOINTER and src.kind == R.UNSAFEPOINTER:
        return p
    if src.kind in _SCALAR_FMT and rt.kind in _SCALAR_FMT and src.size == rt.size:
        if type(p) is CastPointer:
            return p.p if p.src is rt else CastPointer(p.p, p.src, rt)
        return CastPointer(p, src, rt)
    if rt.kind == R.UINTPTR and src.kind in (R.STRING, R.SLICE):
        return _HeaderWord(p, src.kind == R.SLICE)
    if src.kind == R.FUNC and rt.kind == R.POINTER and rt.elem.kind == R.UINTPTR:
        # **uintptr over a func variable: the funcval, whose first word is the code PC
        return _Word(lambda: _funcval(p.v))
    if rt.kind == R.ARRAY and (src is rt.elem or src.kind == R.ARRAY and src.elem is rt.elem):
        # *[N]E over consecutive elements of an array of E
        if type(p) is ElemPtr:
            return ArrayView(p.a, p.i, rt.len)
        if isinstance(p, (list, ArrayView)) and len(p) >= rt.len:
            return p if len(p) == rt.len else ArrayView(p, 0, rt.len)
    if src.kind == R.ARRAY and (src.elem is rt) and isinstance(p, list) and rt.kind not in (R.STRUCT, R.ARRAY):
        return ElemPtr(p, 0)
    if rt.kind == R.STRUCT and src.kind in (R.STRUCT, R.ARRAY) and rt.cls is not None \
            and type(p) is not Box and _compatible(rt, src):
        return _struct_view(rt.cls, p, rt, src)
    if rt.kind == R.STRUCT and src.kind in (R.STRING, R.SLICE) and rt.cls is not None \
            and hasattr(p, "v") and _is_header(rt, src):
        return _struct_view(rt.cls, p, rt, src)  # reflect.StringHeader / SliceHeader
    if rt.kind == R.STRUCT and src.kind == R.INTERFACE and rt.cls is not None \
            and hasattr(p, "v") and _is_iface_words(rt):
        return _struct_view(rt.cls, p, rt, src)  # the runtime's eface / iface
    if rt.kind == R.STRUCT and src.kind in _SCALAR_FMT and rt.cls is not None \
            and hasattr(p, "v") and _compatible(rt, src):
        return _struct_view(rt.cls, p, rt, src)  # a struct holding just that scalar
    # the same address seen with the new type (e.g. a struct's first field)
    a = addr(u)
    r = from_addr(a)
    if type(r) is UnsafePointer and r.rt is rt:
        return r.p
    if rt.kind == R.ARRAY and rt.elem.kind == R.UINT8 and rt.size <= src.size \
            and src.kind in (R.STRUCT, R.ARRAY) and p is not None:
        leaves = []
        if _stored_scalars(p, src, 0, leaves):
            return _ByteView(leaves, rt.len)  # (*[N]byte)(unsafe.Pointer(&x))
    from gopherpy.runtime.panic import GoPanic, PlainError
    raise GoPanic(PlainError(
        f"gopherpy: unsupported unsafe.Pointer conversion from *{src.string} to *{rt.string}".encode()))


def add(u, n: int):
    """unsafe.Add(u, n)."""
    return from_addr(addr(u) + n)


def _panic(msg: str):
    from gopherpy.runtime.panic import runtime_error
    raise runtime_error(msg)


def unsafe_slice(p, n: int, rt):
    """unsafe.Slice(p, n) for p of type *T (rt: T's rtype)."""
    if n < 0:
        _panic("unsafe.Slice: len out of range")
    if p is None:
        if n == 0:
            from gopherpy.runtime.values import NIL_SLICE
            return NIL_SLICE
        _panic("unsafe.Slice: ptr is nil and len is not zero")
    size = rt.size
    if size and (n * size >= 1 << 63 or addr_of_ptr(p, rt) + n * size > 1 << 64):
        _panic("unsafe.Slice: len out of range")
    t = type(p)
    if t is ElemPtr:
        a, i = p.a, p.i
    elif t is ArrayView:
        a, i = p.a, p.off
    elif t is list:
        a, i = p, 0
    elif t is Box and n <= 1:
        a, i = _BoxSeq(p), 0
    elif getattr(t, "_gstruct", None) is not None and n <= 1:
        a, i = [p], 0
    else:
        a, i = [rt.zero() for _ in range(n)], 0  # memory gopherpy cannot name
    if i + n > len(a):
        a = list(a[i:]) + [rt.zero() for _ in range(i + n - len(a))]
        i = 0
    return Slice(a, i, n, n)


class _BoxSeq:
    """The one-element array a *T to a single variable points at."""

    __slots__ = ("b",)

    def __init__(self, b):
        self.b = b

    def __len__(self):
        return 1

    def __getitem__(self, i):
        if type(i) is slice:
            return [self.b.v][i]
        if i != 0:
            raise IndexError(i)
        return self.b.v

    def __setitem__(self, i, v):
        if type(i) is slice:
            v = list(v)
            if len(v) == 1:
                self.b.v = v[0]
            return
        if i != 0:
            raise IndexError(i)
        self.b.v = v


def unsafe_string(p, n: int) -> bytes:
    """unsafe.String(p, n) for p of type *byte."""
    if n < 0:
        _panic("unsafe.String: len out of range")
    if p is None:
        if n == 0:
            return b""
        _panic("unsafe.String: ptr is nil and len is not zero")
    t = type(p)
    if t is ElemPtr:
        return bytes(p.a[p.i:p.i + n])
    if t is Box:
        return bytes([p.v])[:n]
    return bytes(n)


def string_data(s: bytes):
    """unsafe.StringData(s): a *byte to the string's first byte (nil for "")."""
    if not s:
        return None
    return ElemPtr(s, 0)


def slice_data(s: Slice):
    """unsafe.SliceData(s)."""
    if s.a is None:
        return None
    from gopherpy.runtime.values import elemptr_array
    if s.off < len(s.a):
        x = s.a[s.off]
        if type(x) is list or hasattr(x, "_copy"):
            return x
    return ElemPtr(s.a, s.off)
