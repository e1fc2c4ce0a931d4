"""This file implements runtime type descriptors (Go's abi.Type / reflect's rtype) and typeof.

Invariants
----------
- Canonical: the constructors (slice_of, ptr_to, map_of, array_of, chan_of, func_of,
  struct_of, iface_of) return one shared RType per identical type, so type identity
  at run time is `is`. Named types are created once each by `named()` (the compiler
  emits one per declared type, per instantiation for generic types).
- `string` is the text Go's %T prints (`main.T`, `[]int`, `map[string]int`, `*main.T`,
  `func(int) string`, `struct { A int }`, `interface {}`).
- `kind` uses reflect.Kind's numbering.
- size/align are amd64's; `noscan` is true when the type holds no pointers (used by
  append's growth rule, which is Go-visible through cap()).

Usage by compiled code and natives:
    typeof(v)      -> the RType of an interface value's dynamic type (None for nil)
    rt.box(v)      -> v wrapped for storage in an interface (identity for unboxed kinds)
    rt.zero()      -> a fresh zero value of the type
"""

from __future__ import annotations

from gopherpy.runtime.values import NIL_MAP, NIL_SLICE, Boxed

# reflect.Kind
INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, \
    UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, \
    POINTER, SLICE, STRING, STRUCT, UNSAFEPOINTER = range(27)

KIND_NAMES = ["invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
              "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
              "complex128", "array", "chan", "func", "interface", "map", "ptr", "slice",
              "string", "struct", "unsafe.Pointer"]

_BASIC_SIZE = {BOOL: 1, INT: 8, INT8: 1, INT16: 2, INT32: 4, INT64: 8, UINT: 8, UINT8: 1,
               UINT16: 2, UINT32: 4, UINT64: 8, UINTPTR: 8, FLOAT32: 4, FLOAT64: 8,
               COMPLEX64: 8, COMPLEX128: 16, STRING: 16, UNSAFEPOINTER: 8}

_BASIC_ZERO = {BOOL: False, STRING: b"", FLOAT32: 0.0, FLOAT64: 0.0,
               COMPLEX64: 0j, COMPLEX128: 0j}

# channel directions (reflect.ChanDir)
RECVDIR, SENDDIR, BOTHDIR = 1, 2, 3


class StructField:
    """One field of a struct type: Go name, Python attribute, type, embedded, tag, exported."""

    __slots__ = ("name", "attr", "type", "embedded", "tag", "exported", "offset", "pkg_path")

    def __init__(self, name, attr, typ, embedded=False, tag=b"", pkg_path=""):
        self.name = name
        self.attr = attr
        self.type = typ
        self.embedded = embedded
        self.tag = tag
        self.exported = name[:1].isupper()
        self.offset = 0
        self.pkg_path = pkg_path


class RType:
    """A Go type at run time; see the module invariants."""

    __slots__ = ("kind", "string", "name", "pkg_path", "elem", "key", "len", "fields",
                 "methods", "size", "align", "comparable", "noscan", "is_byte",
                 "zero_const", "zero_is_none", "_zero", "_box", "cls", "dir",
                 "params", "results", "variadic", "imethods", "underlying", "named",
                 "mtypes", "rcache", "__weakref__")

    def __init__(self, kind: int, string: str):
        self.kind = kind
        self.string = string
        self.name = ""
        self.pkg_path = ""
        self.elem = None
        self.key = None
        self.len = 0
        self.fields: list[StructField] = []
        self.methods: dict[str, str] = {}     # Go method name -> Python attribute
        self.imethods: list[str] = []          # interface types: method names, sorted
        self.mtypes: dict = {}                 # method name -> func RType (when known)
        self.size = _BASIC_SIZE.get(kind, 8)
        self.align = 4 if kind == COMPLEX64 else (min(self.size, 8) or 1)
        self.comparable = True
        self.noscan = kind <= COMPLEX128
        self.is_byte = False
        self.zero_const = _BASIC_ZERO.get(kind, 0) if kind <= COMPLEX128 or kind == STRING else None
        self.zero_is_none = False
        self._zero = None
        self._box = None
        self.cls = None       # struct types: the Python class of its values
        self.dir = BOTHDIR
        self.params: tuple = ()
        self.results: tuple = ()
        self.variadic = False
        self.underlying = self
        self.named = False
        self.rcache = None    # package reflect's per-type data (method sets ...)

    def __repr__(self):
        return f"<rtype {self.string}>"

    def __str__(self):
        return self.string

    # -- values -----------------------------------------------------------

    def zero(self):
        """A fresh zero value of this type."""
        z = self._zero
        if z is not None:
            return z()
        if self.zero_const is not None or self.zero_is_none:
            return self.zero_const
        k = self.kind
        if k == STRUCT:
            return self.cls()
        if k == ARRAY:
            e = self.elem
            if e.zero_const is not None or e.zero_is_none:
                return [e.zero_const] * self.len
            return [e.zero() for _ in range(self.len)]
        raise AssertionError(f"zero of {self.string}")

    @property
    def box(self):
        """The Boxed subclass for values of this type held in an interface."""
        b = self._box
        if b is None:
            b = type("box[" + self.string + "]", (Boxed,), {"__slots__": (), "_rtype": self})
            self._box = b
        return b

    def set_box(self, cls) -> None:
        cls._rtype = self
        self._box = cls

    def implements(self, it: "RType") -> bool:
        """Whether this (dynamic) type's method set includes every method of interface it."""
        return self.missing_method(it) is None

    def missing_method(self, it: "RType"):
        """The first method of interface it (in its sorted order) that this type lacks or
        has with another signature, or None (the name Go's 'missing method' reports)."""
        ms = self.methods
        mt = self.mtypes
        it_mt = it.mtypes
        for m in it.imethods:
            if m not in ms:
                return m
            if it_mt and mt:
                a, b = mt.get(m), it_mt.get(m)
                if a is not None and b is not None and a is not b:
                    return m  # same name, different signature
        return None


def _finish(t: RType) -> RType:
    k = t.kind
    if k in (SLICE,):
        t.zero_const = NIL_SLICE
    elif k == MAP:
        t.zero_const = NIL_MAP
    elif k in (CHAN, FUNC, INTERFACE, POINTER, UNSAFEPOINTER):
        t.zero_const = None
        t.zero_is_none = True
    return t


# ---------------------------------------------------------------------------
# Basic types (unnamed in the sense of Go's predeclared types: name == string)

def _basic(kind: int, name: str) -> RType:
    t = RType(kind, name)
    t.name = name
    if kind == STRING:
        t.noscan = False
    return _finish(t)


BOOL_T = _basic(BOOL, "bool")
INT_T = _basic(INT, "int")
INT8_T = _basic(INT8, "int8")
INT16_T = _basic(INT16, "int16")
INT32_T = _basic(INT32, "int32")
INT64_T = _basic(INT64, "int64")
UINT_T = _basic(UINT, "uint")
UINT8_T = _basic(UINT8, "uint8")
UINT8_T.is_byte = True
UINT16_T = _basic(UINT16, "uint16")
UINT32_T = _basic(UINT32, "uint32")
UINT64_T = _basic(UINT64, "uint64")
UINTPTR_T = _basic(UINTPTR, "uintptr")
FLOAT32_T = _basic(FLOAT32, "float32")
FLOAT64_T = _basic(FLOAT64, "float64")
COMPLEX64_T = _basic(COMPLEX64, "complex64")
COMPLEX128_T = _basic(COMPLEX128, "complex128")
STRING_T = _basic(STRING, "string")
UNSAFEPOINTER_T = _basic(UNSAFEPOINTER, "unsafe.Pointer")
UNSAFEPOINTER_T.name = "Pointer"   # reflect: Name "Pointer", PkgPath "unsafe"
UNSAFEPOINTER_T.pkg_path = "unsafe"
BYTE_T = UINT8_T
RUNE_T = INT32_T

BASIC_BY_NAME = {t.string: t for t in (
    BOOL_T, INT_T, INT8_T, INT16_T, INT32_T, INT64_T, UINT_T, UINT8_T, UINT16_T, UINT32_T,
    UINT64_T, UINTPTR_T, FLOAT32_T, FLOAT64_T, COMPLEX64_T, COMPLEX128_T, STRING_T,
    UNSAFEPOINTER_T)}
BASIC_BY_NAME["byte"] = UINT8_T
BASIC_BY_NAME["rune"] = INT32_T

_cache: dict = {}


def slice_of(elem: RType) -> RType:
    key = ("slice", elem)
    t = _cache.get(key)
    if t is None:
        t = RType(SLICE, "[]" + elem.string)
        t.elem = elem
        t.size = 24
        t.comparable = False
        t.noscan = False
        _cache[key] = t = _finish(t)
    return t


def ptr_to(elem: RType) -> RType:
    key = ("ptr", elem)
    t = _cache.get(key)
    if t is None:
        t = RType(POINTER, "*" + elem.string)
        t.elem = elem
        t.noscan = False
        _cache[key] = t = _finish(t)
    return t


def array_of(n: int, elem: RType) -> RType:
    key = ("array", n, elem)
    t = _cache.get(key)
    if t is None:
        t = RType(ARRAY, f"[{n}]{elem.string}")
        t.elem = elem
        t.len = n
        t.size = n * elem.size
        t.align = elem.align
        t.comparable = elem.comparable
        t.noscan = elem.noscan
        t.zero_const = None
        _cache[key] = t
    return t


def map_of(key_t: RType, elem: RType) -> RType:
    key = ("map", key_t, elem)
    t = _cache.get(key)
    if t is None:
        t = RType(MAP, f"map[{key_t.string}]{elem.string}")
        t.key = key_t
        t.elem = elem
        t.comparable = False
        t.noscan = False
        _cache[key] = t = _finish(t)
    return t


def chan_of(d: int, elem: RType) -> RType:
    key = ("chan", d, elem)
    t = _cache.get(key)
    if t is None:
        if d == BOTHDIR:
            s = "chan " + (f"({elem.string})" if elem.string.startswith("<-chan") else elem.string)
        elif d == SENDDIR:
            s = "chan<- " + elem.string
        else:
            s = "<-chan " + elem.string
        t = RType(CHAN, s)
        t.elem = elem
        t.dir = d
        t.noscan = False
        _cache[key] = t = _finish(t)
    return t


def func_of(params: tuple, results: tuple, variadic: bool = False) -> RType:
    key = ("func", params, results, variadic)
    t = _cache.get(key)
    if t is None:
        ps = []
        for i, p in enumerate(params):
            if variadic and i == len(params) - 1:
                ps.append("..." + p.elem.string)
            else:
                ps.append(p.string)
        s = "func(" + ", ".join(ps) + ")"
        if len(results) == 1:
            s += " " + results[0].string
        elif results:
            s += " (" + ", ".join(r.string for r in results) + ")"
        t = RType(FUNC, s)
        t.params = params
        t.results = results
        t.variadic = variadic
        t.comparable = False
        t.noscan = False
        _cache[key] = t = _finish(t)
    return t


def struct_of(fields: tuple) -> RType:
    """fields: tuple of (name, attr, type, embedded, tag, pkg_path)."""
    key = ("struct", fields)
    t = _cache.get(key)
    if t is None:
        parts = []
        for (name, attr, ft, emb, tag, pp) in fields:
            p = ft.string if emb else f"{name} {ft.string}"
            if tag:
                p += " " + _quote(tag)
            parts.append(p)
        s = "struct {" + (" " + "; ".join(parts) + " }" if parts else "}")
        t = RType(STRUCT, s)
        off = 0
        align = 1
        for (name, attr, ft, emb, tag, pp) in fields:
            f = StructField(name, attr, ft, emb, tag, pp)
            a = ft.align
            off = (off + a - 1) // a * a
            f.offset = off
            off += ft.size
            align = max(align, a)
            t.fields.append(f)
        if off > 0 and t.fields[-1].type.size == 0:
            off += 1  # gc pads a struct ending in a zero-size field (no pointer past it)
        t.size = (off + align - 1) // align * align
        t.align = align
        t.comparable = all(f.type.comparable for f in t.fields)
        t.noscan = all(f.type.noscan for f in t.fields)
        t.zero_const = None
        _cache[key] = t
    return t


def iface_of(methods: tuple, string: str | None = None) -> RType:
    """An interface type with the given sorted method names (empty: `interface {}`)."""
    key = ("iface", methods, string)
    t = _cache.get(key)
    if t is None:
        if string is None:
            string = "interface {}" if not methods else "interface { " + "; ".join(methods) + " }"
        t = RType(INTERFACE, string)
        t.imethods = list(methods)
        t.size = 16
        t.noscan = False
        _cache[key] = t = _finish(t)
    return t


_universe: dict = {}


def named(pkg_path: str, pkg_name: str, name: str, underlying: RType | None = None) -> RType:
    """A new defined type pkg.name; call set_underlying() when the underlying type is known.

    The predeclared `error` (no package) is one object for every package that names it,
    so method signatures mentioning it are identical across packages."""
    if not pkg_path:
        t = _universe.get(name)
        if t is not None:
            return t
    s = f"{pkg_name}.{name}" if pkg_name else name
    t = RType(INVALID, s)
    if not pkg_path:
        _universe[name] = t
    t.name = name
    t.pkg_path = pkg_path
    t.named = True
    if underlying is not None:
        set_underlying(t, underlying)
    return t


_instances: dict = {}


def instance(pkg_path: str, pkg_name: str, name: str) -> RType:
    """The defined type pkg.name for an instance of a generic type (name with its type
    arguments, `G[int]`): one shared RType for each, whichever package needs it."""
    key = (pkg_path, name)
    t = _instances.get(key)
    if t is None:
        t = _instances[key] = named(pkg_path, pkg_name, name)
    return t


def set_underlying(t: RType, u: RType) -> None:
    """Copy the structure of underlying type u into the named type t."""
    t.kind = u.kind
    t.elem = u.elem
    t.key = u.key
    t.len = u.len
    t.fields = u.fields
    t.size = u.size
    t.align = u.align
    t.comparable = u.comparable
    t.noscan = u.noscan
    t.is_byte = u.is_byte
    t.zero_const = u.zero_const
    t.zero_is_none = u.zero_is_none
    t.dir = u.dir
    t.params = u.params
    t.results = u.results
    t.variadic = u.variadic
    t.imethods = u.imethods
    if u.kind == INTERFACE:
        t.mtypes = u.mtypes
    t.underlying = u


def _struct_layout(t: RType) -> tuple:
    off = 0
    align = 1
    for f in t.fields:
        a = f.type.align
        off = (off + a - 1) // a * a
        f.offset = off
        off += f.type.size
        align = max(align, a)
    if off > 0 and t.fields and t.fields[-1].type.size == 0:
        off += 1
    return ((off + align - 1) // align * align, align,
            all(f.type.comparable for f in t.fields), all(f.type.noscan for f in t.fields))


def layout(types) -> None:
    """Recompute size, align, field offsets, comparable and noscan of the struct and
    array types in `types` and of the named types over them, until nothing changes.

    The compiler creates a package's descriptors in order of first use, so a struct
    type may be built while a named type it holds by value still has no underlying
    type (size unknown); it calls this once all of them are set (VALUES.md).
    """
    for _ in range(64):
        changed = False
        for t in types:
            k = t.kind
            if t.named:
                u = t.underlying
                new = (u.size, u.align, u.comparable, u.noscan)
            elif k == STRUCT:
                new = _struct_layout(t)
            elif k == ARRAY:
                e = t.elem
                new = (t.len * e.size, e.align, e.comparable, e.noscan)
            else:
                continue
            if new != (t.size, t.align, t.comparable, t.noscan):
                t.size, t.align, t.comparable, t.noscan = new
                changed = True
        if not changed:
            return


def _quote(b: bytes) -> str:
    out = ['"']
    for ch in b.decode("utf-8", "replace"):
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


# ---------------------------------------------------------------------------
# Dynamic types of interface values

_UNBOXED = {int: INT_T, float: FLOAT64_T, bytes: STRING_T, bool: BOOL_T, complex: COMPLEX128_T}


def typeof(v) -> RType | None:
    """The dynamic type of interface value v (None for the nil interface)."""
    t = _UNBOXED.get(type(v))
    if t is not None:
        return t
    if v is None:
        return None
    return v._rtype


def box(rt: RType, v):
    """v (a value of static type rt) converted to an interface value."""
    if rt.kind == INTERFACE:
        return v
    if _UNBOXED.get(type(v)) is rt:
        return v
    if rt.kind == POINTER and rt.elem.kind == STRUCT and v is not None and \
            getattr(type(v), "_rtype", None) is rt:
        return v
    return rt.box(v)


def unbox(v):
    """The Go value inside interface value v (the inverse of box)."""
    if isinstance(v, Boxed):
        return v.v
    return v


def ifaceeq(a, b) -> bool:
    """Go's == on two interface values (panics on uncomparable dynamic types)."""
    ta = type(a)
    if ta is not type(b):
        return False
    if a is b:
        if ta.__eq__ is Boxed.__eq__ and not a._rtype.comparable:
            from gopherpy.runtime.panic import runtime_error
            raise runtime_error("comparing uncomparable type " + a._rtype.string)
        return ta is not float or a == a
    if ta in _UNBOXED or isinstance(a, Boxed):
        return a == b
    return False  # distinct pointers


def ifacehash_key(v):
    """The dict key for interface value v in a map with interface-typed keys."""
    t = type(v)
    if t is int or t is float or t is bool or t is complex:
        return (t, v)
    if isinstance(v, Boxed):
        hash(v)
        return v
    if v is not None and hasattr(v, "_gstruct"):
        from gopherpy.runtime.values import IdKey
        return IdKey(v)  # a *struct: identity, not the struct's value
    return v


def ifacehash_lookup(m, v):
    """ifacehash_key for a lookup or delete in map m: an empty or nil map checks an
    unhashable key with Go's maps.unhashableTypeError instead of hashing it."""
    if not m and isinstance(v, Boxed) and not v._rtype.comparable:
        from gopherpy.runtime.panic import GoPanic, UnhashableTypeError
        raise GoPanic(UnhashableTypeError(("hash of unhashable type: " + v._rtype.string).encode()))
    return ifacehash_key(v)


def ifacekey_value(k):
    """Inverse of ifacehash_key."""
    if type(k) is tuple:
        return k[1]
    if type(k).__name__ == "IdKey":
        return k.o
    return k


# ---------------------------------------------------------------------------
# Type assertions


def assert_type(v, want: RType, iface: str, commaok: bool, zero):
    """x.(T) for a concrete type T: the unboxed value, or (value, ok) when commaok."""
    t = typeof(v)
    if t is want:
        r = v.v if isinstance(v, Boxed) else v
        return (r, True) if commaok else r
    if commaok:
        return zero, False
    from gopherpy.runtime.panic import type_assert_error
    if t is not None and t.string == want.string:
        # two types spelt alike (Go's clearer message)
        raise type_assert_error(iface, t.string, want.string + (
            " (types from different packages)" if t.pkg_path != want.pkg_path
            else " (types from different scopes)"))
    raise type_assert_error(iface, t.string if t is not None else None, want.string)


def assert_iface(v, want: RType, iface: str, commaok: bool):
    """x.(I) for an interface type I: v itself if its dynamic type implements I."""
    t = typeof(v)
    if t is not None and t.implements(want):
        return (v, True) if commaok else v
    if commaok:
        return None, False
    from gopherpy.runtime.panic import type_assert_error
    if t is None:
        raise type_assert_error(iface, None, want.string)
    missing = t.missing_method(want)
    raise type_assert_error(iface, t.string, want.string, missing)
