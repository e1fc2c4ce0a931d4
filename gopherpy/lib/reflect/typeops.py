"""This file implements reflect.Type's methods on the runtime's type descriptors, method sets, field lookup, and the type constructors (SliceOf, MapOf, FuncOf, StructOf ...).

It plays the part of Go's reflect/type.go. A reflect.Type value is an RType
(gopherpy/runtime/rtype.py) standing for *reflect.rtype; the functions named
`rtype_M` are the methods M, called with the RType first.

Method sets are computed here from what the compiler records (runtime/VALUES.md):
`T.mtypes` holds the value-receiver methods of a named type T, `ptr_to(T).mtypes` all
of T's methods, interface types list theirs in `imethods`/`mtypes`; methods promoted
through embedded fields are found by the breadth-first search Go's spec describes
(shallowest depth wins; two at the same depth hide each other). The result, sorted by
name, is cached in `RType.rcache`.
"""

from __future__ import annotations

from gopherpy.compile.names import attr as pyattr
from gopherpy.lib.reflect.core import G, F_METHOD, gopanic, mkv, gostr
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.panic import index_error
from gopherpy.runtime.values import Boxed, Slice, mkslice

INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, \
    UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, \
    POINTER, SLICE, STRING, STRUCT, UNSAFEPOINTER = range(27)

_MAXF32 = 3.4028234663852886e+38


def _s(s: str) -> bytes:
    return s.encode()


# ---------------------------------------------------------------------------
# simple accessors

def rtype_Align(t):
    return t.align


def rtype_FieldAlign(t):
    return t.align


def rtype_Size(t):
    return t.size


def rtype_Name(t):
    return t.name.encode()


def rtype_String(t):
    return t.string.encode()


def rtype_PkgPath(t):
    return t.pkg_path.encode() if t.named or t is rt.UNSAFEPOINTER_T else b""


def rtype_Kind(t):
    return t.kind


def rtype_Comparable(t):
    return t.comparable


def rtype_common(t):
    return t


def rtype_Bits(t):
    k = t.kind
    if k < INT or k > COMPLEX128:
        raise gopanic("reflect: Bits of non-arithmetic Type " + t.string)
    return t.size * 8


def rtype_ChanDir(t):
    if t.kind != CHAN:
        raise gopanic("reflect: ChanDir of non-chan type " + t.string)
    return t.dir


def rtype_IsVariadic(t):
    if t.kind != FUNC:
        raise gopanic("reflect: IsVariadic of non-func type " + t.string)
    return t.variadic


def rtype_Elem(t):
    if t.kind in (ARRAY, CHAN, MAP, POINTER, SLICE):
        return t.elem
    raise gopanic("reflect: Elem of invalid type " + t.string)


def rtype_Key(t):
    if t.kind != MAP:
        raise gopanic("reflect: Key of non-map type " + t.string)
    return t.key


def rtype_Len(t):
    if t.kind != ARRAY:
        raise gopanic("reflect: Len of non-array type " + t.string)
    return t.len


def rtype_NumField(t):
    if t.kind != STRUCT:
        raise gopanic("reflect: NumField of non-struct type " + t.string)
    return len(t.fields)


def rtype_NumIn(t):
    if t.kind != FUNC:
        raise gopanic("reflect: NumIn of non-func type " + t.string)
    return len(t.params)


def rtype_NumOut(t):
    if t.kind != FUNC:
        raise gopanic("reflect: NumOut of non-func type " + t.string)
    return len(t.results)


def rtype_In(t, i):
    if t.kind != FUNC:
        raise gopanic("reflect: In of non-func type " + t.string)
    if not 0 <= i < len(t.params):
        raise index_error(i, len(t.params))
    return t.params[i]


def rtype_Out(t, i):
    if t.kind != FUNC:
        raise gopanic("reflect: Out of non-func type " + t.string)
    if not 0 <= i < len(t.results):
        raise index_error(i, len(t.results))
    return t.results[i]


def overflow_float32(x: float) -> bool:
    if x < 0:
        x = -x
    return _MAXF32 < x <= 1.7976931348623157e+308


def rtype_OverflowInt(t, x):
    k = t.kind
    if INT <= k <= INT64:
        b = t.size * 8
        return not -(1 << (b - 1)) <= x < (1 << (b - 1))
    raise gopanic("reflect: OverflowInt of non-int type " + t.string)


def rtype_OverflowUint(t, x):
    k = t.kind
    if UINT <= k <= UINTPTR:
        return x >= 1 << (t.size * 8)
    raise gopanic("reflect: OverflowUint of non-uint type " + t.string)


def rtype_OverflowFloat(t, x):
    k = t.kind
    if k == FLOAT32:
        return overflow_float32(x)
    if k == FLOAT64:
        return False
    raise gopanic("reflect: OverflowFloat of non-float type " + t.string)


def rtype_OverflowComplex(t, x):
    k = t.kind
    if k == COMPLEX64:
        return overflow_float32(x.real) or overflow_float32(x.imag)
    if k == COMPLEX128:
        return False
    raise gopanic("reflect: OverflowComplex of non-complex type " + t.string)


def _range_func(t, n: int) -> bool:
    if t.kind != FUNC or len(t.params) != 1 or t.results:
        return False
    y = t.params[0]
    return (y.kind == FUNC and len(y.params) == n and len(y.results) == 1
            and y.results[0].kind == BOOL)


def rtype_CanSeq(t):
    k = t.kind
    if INT <= k <= UINTPTR or k in (ARRAY, SLICE, CHAN, STRING, MAP):
        return True
    if k == FUNC:
        return _range_func(t, 1)
    if k == POINTER:
        return t.elem.kind == ARRAY
    return False


def rtype_CanSeq2(t):
    k = t.kind
    if k in (ARRAY, SLICE, STRING, MAP):
        return True
    if k == FUNC:
        return _range_func(t, 2)
    if k == POINTER:
        return t.elem.kind == ARRAY
    return False


# ---------------------------------------------------------------------------
# struct fields

def struct_field(t, i: int, index=None):
    """The reflect.StructField of field i of struct type t."""
    f = t.fields[i]
    sf = G.StructField()
    sf.Name = f.name.encode()
    sf.PkgPath = b"" if f.exported else f.pkg_path.encode()
    sf.Type = f.type
    sf.Tag = f.tag
    sf.Offset = f.offset
    sf.Index = mkslice(list(index) if index is not None else [i])
    sf.Anonymous = f.embedded
    return sf


def rtype_Field(t, i):
    if t.kind != STRUCT:
        raise gopanic("reflect: Field of non-struct type " + t.string)
    if not 0 <= i < len(t.fields):
        raise gopanic("reflect: Field index out of bounds")
    return struct_field(t, i)


def rtype_FieldByIndex(t, index):
    if t.kind != STRUCT:
        raise gopanic("reflect: FieldByIndex of non-struct type " + t.string)
    idx = index.tolist()
    f = None
    cur = t
    for n, i in enumerate(idx):
        if n > 0:
            cur = f.Type
            if cur.kind == POINTER and cur.elem.kind == STRUCT:
                cur = cur.elem
        f = rtype_Field(cur, i)
    if f is None:
        return G.StructField()
    return f


def field_search(t, match):
    """(index path, found) for the field Go's FieldByNameFunc finds: the shallowest
    embedding depth with exactly one match, embedded structs visited once each."""
    nxt = [(t, ())]
    nextcount = {}
    visited = set()
    while nxt:
        current, nxt = nxt, []
        count, nextcount = nextcount, {}
        found = None
        for st, idx in current:
            key = id(st.underlying)
            if key in visited:
                continue
            visited.add(key)
            for i, f in enumerate(st.fields):
                ntyp = None
                if f.embedded:
                    ntyp = f.type
                    if ntyp.kind == POINTER:
                        ntyp = ntyp.elem
                if match(f.name):
                    if count.get(key, 0) > 1 or found is not None:
                        return None
                    found = (st, idx + (i,), i)
                    continue
                if found is not None or ntyp is None or ntyp.kind != STRUCT:
                    continue
                nk = id(ntyp.underlying)
                if nextcount.get(nk, 0) > 0:
                    nextcount[nk] = 2
                    continue
                nextcount[nk] = 2 if count.get(key, 0) > 1 else 1
                nxt.append((ntyp, idx + (i,)))
        if found is not None:
            return found
    return None


def _by_name(t, name: str):
    for i, f in enumerate(t.fields):
        if f.name == name:
            return (t, (i,), i)
    if not any(f.embedded for f in t.fields):
        return None
    return field_search(t, lambda s: s == name)


def rtype_FieldByName(t, name):
    if t.kind != STRUCT:
        raise gopanic("reflect: FieldByName of non-struct type " + t.string)
    r = _by_name(t, gostr(name)) if name else None
    if r is None:
        return G.StructField(), False
    st, idx, i = r
    return struct_field(st, i, idx), True


def rtype_FieldByNameFunc(t, match):
    if t.kind != STRUCT:
        raise gopanic("reflect: FieldByNameFunc of non-struct type " + t.string)
    r = field_search(t, lambda s: match(s.encode()))
    if r is None:
        return G.StructField(), False
    st, idx, i = r
    return struct_field(st, i, idx), True


def VisibleFields(t):
    """reflect.VisibleFields: every field of t and of its embedded structs that a
    selector can reach, in breadth-first order within the declaration order."""
    if t is None:
        raise gopanic("reflect: VisibleFields(nil)")
    if t.kind != STRUCT:
        raise gopanic("reflect.VisibleFields of non-struct type")
    out = []            # StructFields in result order
    byname = {}         # name -> (depth, position in out or -1 when hidden by a tie)
    visiting = set()

    def walk(st, index, depth):
        key = id(st.underlying)
        if key in visiting:
            return
        visiting.add(key)
        for i, f in enumerate(st.fields):
            idx = index + (i,)
            sf = struct_field(st, i, idx)
            add = True
            old = byname.get(f.name)
            if old is not None:
                odepth, opos = old
                if depth > odepth:
                    add = False
                elif depth == odepth:
                    if opos >= 0:
                        out[opos] = None
                    byname[f.name] = (depth, -1)
                    add = False
                else:
                    if opos >= 0:
                        out[opos] = None
            if add:
                byname[f.name] = (depth, len(out))
                out.append(sf)
            if f.embedded:
                ft = f.type
                if ft.kind == POINTER:
                    ft = ft.elem
                if ft.kind == STRUCT:
                    walk(ft, idx, depth + 1)
        visiting.discard(key)

    walk(t, (), 0)
    return mkslice([f for f in out if f is not None])


# ---------------------------------------------------------------------------
# method sets

class MethodInfo:
    """One method of a method set: Go name, signature without receiver, exported."""

    __slots__ = ("name", "mtype", "exported", "pkg_path")

    def __init__(self, name, mtype, pkg_path):
        self.name = name
        self.mtype = mtype
        self.exported = name[:1].isupper()
        self.pkg_path = pkg_path


def _guess(name: str):
    # descriptors made by natives (runtime errors, errors.New) record names only
    if name in ("Error", "String"):
        return rt.func_of((), (rt.STRING_T,), False)
    return rt.func_of((), (), False)


def _declared(src) -> dict:
    """name -> signature of the methods recorded on descriptor src."""
    mt = src.mtypes
    if len(mt) >= len(src.methods):
        return dict(mt)
    st = src.elem if src.kind == POINTER else src
    if st.kind == STRUCT and any(f.embedded for f in st.fields):
        return dict(mt)  # the rest are promoted methods (the compiler's methods dict
        #                  approximates the value method set): found by _promoted
    out = dict(mt)
    for n in src.methods:
        if n not in out:
            out[n] = _guess(n)
    return out


def _embedded_methods(ft, addressable: bool) -> dict:
    if ft.kind == INTERFACE:
        return {n: ft.mtypes.get(n) or _guess(n) for n in ft.imethods}
    if ft.named:
        return _declared(rt.ptr_to(ft) if addressable else ft)
    return {}


def _promoted(st, addressable: bool, hidden: set) -> dict:
    out = {}
    current = [(st, addressable)]
    seen = {(id(st.underlying), addressable)}
    while current:
        count = {}
        found = {}
        nxt = []
        for s, a in current:
            for f in s.fields:
                if not f.embedded:
                    continue
                ft, fa = f.type, a
                if ft.kind == POINTER:
                    ft, fa = ft.elem, True
                for n, m in _embedded_methods(ft, fa).items():
                    count[n] = count.get(n, 0) + 1
                    found[n] = m
                if ft.kind == STRUCT:
                    for g in ft.fields:
                        count[g.name] = count.get(g.name, 0) + 1
                    k = (id(ft.underlying), fa)
                    if k not in seen:
                        seen.add(k)
                        nxt.append((ft, fa))
        for n, m in found.items():
            if n not in hidden and count[n] == 1:
                out[n] = m
        hidden.update(count)
        current = nxt
    return out


def method_set(t) -> list:
    """The method set of t as MethodInfos sorted by name (cached)."""
    c = t.rcache
    if c is not None and "ms" in c:
        return c["ms"]
    k = t.kind
    ms = {}
    if k == INTERFACE:
        ms = {n: t.mtypes.get(n) or _guess(n) for n in t.imethods}
    elif k == POINTER:
        e = t.elem
        if e.named and e.kind not in (POINTER, INTERFACE):
            ms = _declared(t)
        if e.kind == STRUCT:
            ms.update(_promoted(e, True, set(ms) | {f.name for f in e.fields}))
    else:
        if t.named:
            ms = _declared(t)
        if k == STRUCT:
            ms.update(_promoted(t, False, set(ms) | {f.name for f in t.fields}))
    pp = t.pkg_path if t.named else (t.elem.pkg_path if k == POINTER and t.elem.named else "")
    out = [MethodInfo(n, ms[n], pp) for n in sorted(ms, key=lambda s: s.encode())]
    if c is None:
        c = t.rcache = {}
    c["ms"] = out
    c["xms"] = [m for m in out if m.exported]
    return out


def exported_methods(t) -> list:
    method_set(t)
    return t.rcache["xms"]


def method_attr(t, name: str) -> str:
    """The Python attribute implementing method name on values of type t."""
    a = t.methods.get(name)
    return a if a is not None else pyattr(name)


def bind(t, name: str, x):
    """The method value x.name for x of type t (x an interface value when t is one)."""
    if t.kind == INTERFACE:
        if x is None:
            raise gopanic("reflect: Method on nil interface value")
        dt = rt.typeof(x)
        return getattr(x, method_attr(dt, name))
    iv = rt.box(t, x)
    return getattr(iv, method_attr(t, name))


def rtype_NumMethod(t):
    if t.kind == INTERFACE:
        return len(t.imethods)
    return len(exported_methods(t))


def _func_with_receiver(t, mt):
    return rt.func_of((t,) + tuple(mt.params), tuple(mt.results), mt.variadic)


def _method(t, i: int):
    m = G.Method()
    if t.kind == INTERFACE:
        ms = method_set(t)
        if not 0 <= i < len(ms):
            return m
        mi = ms[i]
        m.Name = mi.name.encode()
        if not mi.exported:
            m.PkgPath = mi.pkg_path.encode()
        m.Type = mi.mtype
        m.Index = i
        return m
    ms = exported_methods(t)
    if not 0 <= i < len(ms):
        raise gopanic("reflect: Method index out of range")
    mi = ms[i]
    ft = _func_with_receiver(t, mi.mtype)
    name = mi.name

    def fn(recv, *args):
        return bind(t, name, recv)(*args)

    fn.__name__ = fn.__qualname__ = f"{t.string}.{name}"
    from gopherpy.runtime.panic import WRAPPER_CODES
    WRAPPER_CODES.add(fn.__code__)  # recover() in the method sees the deferred call
    m.Name = name.encode()
    m.Type = ft
    m.Func = mkv(ft, fn, 0)
    m.Index = i
    return m


def rtype_Method(t, i):
    return _method(t, i)


def rtype_MethodByName(t, name):
    name = gostr(name)
    ms = method_set(t) if t.kind == INTERFACE else exported_methods(t)
    for i, mi in enumerate(ms):
        if mi.name == name:
            return _method(t, i), True
    return G.Method(), False


def implements(t, it) -> bool:
    """Whether type t implements interface type it (method names and signatures)."""
    need = method_set(it)
    if not need:
        return True
    have = {m.name: m.mtype for m in method_set(t)}
    for m in need:
        h = have.get(m.name)
        if h is None or (h is not m.mtype and h.string != m.mtype.string):
            return False
    return True


def rtype_Implements(t, u):
    if u is None:
        raise gopanic("reflect: nil type passed to Type.Implements")
    if u.kind != INTERFACE:
        raise gopanic("reflect: non-interface type passed to Type.Implements")
    return implements(t, u)


def rtype_AssignableTo(t, u):
    if u is None:
        raise gopanic("reflect: nil type passed to Type.AssignableTo")
    from gopherpy.lib.reflect.convert import assignable
    return assignable(t, u)


def rtype_ConvertibleTo(t, u):
    if u is None:
        raise gopanic("reflect: nil type passed to Type.ConvertibleTo")
    from gopherpy.lib.reflect.convert import convert_op
    return convert_op(u, t) is not None


# ---------------------------------------------------------------------------
# StructTag

def StructTag_Lookup(tag, key):
    """Go's conventional `key:"value" key2:"value2"` tag syntax."""
    from gopherpy.lib.reflect.convert import unquote
    t = bytes(tag)
    while t:
        i = 0
        while i < len(t) and t[i] == 0x20:
            i += 1
        t = t[i:]
        if not t:
            break
        i = 0
        while i < len(t) and t[i] > 0x20 and t[i] != 0x3A and t[i] != 0x22 and t[i] != 0x7F:
            i += 1
        if i == 0 or i + 1 >= len(t) or t[i] != 0x3A or t[i + 1] != 0x22:
            break
        name = t[:i]
        t = t[i + 1:]
        i = 1
        while i < len(t) and t[i] != 0x22:
            if t[i] == 0x5C:
                i += 1
            i += 1
        if i >= len(t):
            break
        qvalue = t[:i + 1]
        t = t[i + 1:]
        if key == name:
            v = unquote(qvalue)
            if v is None:
                break
            return v, True
    return b"", False


# ---------------------------------------------------------------------------
# type constructors

def TypeOf(i):
    return rt.typeof(i)


def PointerTo(t):
    return rt.ptr_to(t)


def SliceOf(t):
    return rt.slice_of(t)


def MapOf(key, elem):
    if not key.comparable:
        raise gopanic("reflect.MapOf: invalid key type " + key.string)
    return rt.map_of(key, elem)


def ArrayOf(length, elem):
    if length < 0:
        raise gopanic("reflect: negative length passed to ArrayOf")
    if elem.size and length > (1 << 63) // elem.size:
        raise gopanic("reflect.ArrayOf: array size would exceed virtual address space")
    return rt.array_of(length, elem)


def ChanOf(d, t):
    if d not in (rt.RECVDIR, rt.SENDDIR, rt.BOTHDIR):
        raise gopanic("reflect.ChanOf: invalid dir")
    if t.size >= 1 << 16:
        raise gopanic("reflect.ChanOf: element size too large")
    return rt.chan_of(d, t)


def FuncOf(ins, outs, variadic):
    ps = tuple(ins.tolist())
    rs = tuple(outs.tolist())
    if variadic and (not ps or ps[-1].kind != SLICE):
        raise gopanic("reflect.FuncOf: last arg of variadic func must be slice")
    if len(ps) + len(rs) > 128:
        raise gopanic("reflect.FuncOf: too many arguments")
    return rt.func_of(ps, rs, bool(variadic))


def _valid_name(s: str) -> bool:
    if not s:
        return False
    for i, ch in enumerate(s):
        if not (ch == "_" or ch.isalpha() or (i > 0 and ch.isdigit())):
            return False
    return True


def StructOf(fields):
    fs = fields.tolist()
    specs = []
    seen = set()
    pkgpath = ""
    for i, f in enumerate(fs):
        name = gostr(f.Name)
        if not name:
            raise gopanic(f"reflect.StructOf: field {i} has no name")
        if not _valid_name(name):
            raise gopanic(f"reflect.StructOf: field {i} has invalid name")
        if f.Type is None:
            raise gopanic(f"reflect.StructOf: field {i} has no type")
        fpp = gostr(f.PkgPath)
        exported = name[:1].isupper()
        if f.Anonymous and fpp:
            raise gopanic(f'reflect.StructOf: field "{name}" is anonymous but has PkgPath set')
        if not exported and not fpp:
            raise gopanic(f'reflect.StructOf: field "{name}" is unexported but missing PkgPath')
        if fpp:
            if pkgpath and pkgpath != fpp:
                raise gopanic("reflect.StructOf: fields with different PkgPath " + pkgpath
                              + " and " + fpp)
            pkgpath = fpp
        if name in seen and name != "_":
            raise gopanic("reflect.StructOf: duplicate field " + name)
        seen.add(name)
        a = pyattr(name) if name != "_" else f"_gblank{i}"
        specs.append((name, a, f.Type, bool(f.Anonymous), bytes(f.Tag), fpp))
    t = rt.struct_of(tuple(specs))
    if t.cls is None:
        make_struct_class(t)
    return t


def make_struct_class(t) -> type:
    """A Python class for values of struct type t made at run time (the compiler emits
    one for every struct type a program spells out; StructOf's types are new)."""
    attrs = tuple(f.attr for f in t.fields)
    fields = t.fields

    def __init__(self, *args, **kw):
        for f in fields:
            setattr(self, f.attr, f.type.zero())
        for a, x in zip(attrs, args):
            setattr(self, a, x)
        for a, x in kw.items():
            setattr(self, a, x)

    def _copy(self):
        from gopherpy.lib.reflect.core import copyval
        n = object.__new__(type(self))
        for f in fields:
            setattr(n, f.attr, copyval(f.type, getattr(self, f.attr)))
        return n

    def __eq__(self, o):
        from gopherpy.lib.reflect.convert import equal_values
        return all(equal_values(f.type, getattr(self, f.attr), getattr(o, f.attr))
                   for f in fields if f.name != "_")

    def __hash__(self):
        from gopherpy.runtime.values import mapkey_copy
        return hash(tuple(mapkey_copy(getattr(self, f.attr)) for f in fields if f.name != "_"))

    cls = type("struct", (), {"__slots__": attrs, "__init__": __init__, "_copy": _copy,
                              "__eq__": __eq__, "__hash__": __hash__,
                              "_rtype": rt.ptr_to(t), "_gstruct": t})
    t.cls = cls
    return cls


__all__ = [n for n in dir() if n.startswith("rtype_") or n in (
    "TypeOf", "PointerTo", "SliceOf", "MapOf", "ArrayOf", "ChanOf", "FuncOf", "StructOf",
    "VisibleFields", "StructTag_Lookup")]

_unused = (Boxed, Slice, F_METHOD, _s)
