"""This file implements Marshal: one encoder function per Go type, built from its runtime type descriptor and cached, as go1.27's json/v2 arshalers under the v1 options.

An encoder is called enc(e, x, fa, st): e the Enc state (output bytearray, HTML escaping,
nesting depth, pointers seen), x the Go value (VALUES.md), fa whether the value is *not*
addressable (v2's forcedAddr: a copy, such as Marshal's argument, a map key or value, an
interface's contents) - or, for a value that needs its address for a pointer method, the
pointer itself - and st whether the `string` tag option applies. Method encoders skip a
pointer-receiver method when fa is true, as v1 always did.

Errors end the whole Marshal: they are raised as MarshalErr carrying what the v1 error
will be (UnsupportedTypeError, UnsupportedValueError, MarshalerError); its `path`
collects JSON pointer tokens while it unwinds, for the one error text that shows it.
Cycles are found as Go finds them: once more than 1000 objects/arrays are open, every
pointer, map and slice entered is remembered until left, and meeting one again fails.
"""

from __future__ import annotations

from gopherpy.lib.encoding.json import fields as F
from gopherpy.lib.encoding.json.fields import I, implements
from gopherpy.lib.encoding.json.quote import format_float, quote
from gopherpy.lib.encoding.json.timejson import format_time, is_time
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.values import Boxed, ElemPtr, FieldPtr

(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32,
 FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, STRING,
 STRUCT, UNSAFEPOINTER) = range(1, 27)

CYCLE_DEPTH = 1000


class MarshalErr(Exception):
    """A Marshal failure: kind 'type' (t), 'value' (str, val: (t, x) or None), 'marshaler'
    (t = the pointer type, err = Go error, func = method name), 'name' (a map key that is
    not a string: t, offset)."""

    def __init__(self, kind, t=None, err=None, func="", text="", val=None, offset=0):
        super().__init__(kind)
        self.kind = kind
        self.t = t
        self.err = err
        self.func = func
        self.text = text
        self.val = val
        self.offset = offset
        self.path = []


class Enc:
    __slots__ = ("out", "html", "depth", "seen")

    def __init__(self, html: bool):
        self.out = bytearray()
        self.html = html
        self.depth = 1
        self.seen = None


_cache: dict = {}
_kcache: dict = {}


def encoder(t):
    """The encoder function of type t."""
    f = _cache.get(t)
    if f is None:
        if is_time(t):
            f = _time(t)
        else:
            f = _default(t)
            if t.kind != POINTER and t.kind != INTERFACE:
                f = _with_methods(t, f)
        _cache[t] = f
    return f


def _time(t):
    pt = rt.ptr_to(t)

    def enc(e, x, fa, st):
        s, msg = format_time(t, x)
        if msg is not None:
            from gopherpy.lib.nativeutil import native_error
            raise MarshalErr("marshaler", pt, err=native_error(msg.encode()), func="MarshalJSON")
        e.out += b'"' + s + b'"'
    return enc


def _lazy(t):
    """An encoder for t that is resolved on first use (recursive types)."""
    cell = []

    def enc(e, x, fa, st):
        if not cell:
            cell.append(encoder(t))
        return cell[0](e, x, fa, st)
    return enc


def _visit(e, key):
    s = e.seen
    if s is None:
        s = e.seen = set()
    if key in s:
        return False
    s.add(key)
    return True


def _ptrkey(p):
    """Identity of a pointer's target (pointers to one variable are equal)."""
    if type(p) is FieldPtr:
        return (id(p.obj), p.name)
    if type(p) is ElemPtr:
        return (id(p.a), p.i)
    return id(p) if not hasattr(p, "ns") else (id(p.ns), p.name)


# -- basic kinds ----------------------------------------------------------------------------

def _bool(t):
    def enc(e, x, fa, st):
        if st:
            e.out += b'"true"' if x else b'"false"'
        else:
            e.out += b"true" if x else b"false"
    return enc


def _int(t):
    def enc(e, x, fa, st):
        if st:
            e.out += b'"%d"' % x
        else:
            e.out += b"%d" % x
    return enc


def _float(t):
    bits = 32 if t.kind == FLOAT32 else 64

    def enc(e, x, fa, st):
        if x != x or x in (_INF, -_INF):
            raise _nonfinite(t, x)
        s = format_float(x, bits)
        if st:
            e.out += b'"' + s + b'"'
        else:
            e.out += s
    return enc


_INF = float("inf")


def _nonfinite(t, x):
    text = "NaN" if x != x else ("+Inf" if x > 0 else "-Inf")
    return MarshalErr("value", t, text=text, val=(t, x))


def _string(t):
    def enc(e, x, fa, st):
        if st:
            inner = quote(x, e.html)
            e.out += quote(inner, False)
        else:
            e.out += quote(x, e.html)
    return enc


def _invalid(t):
    def enc(e, x, fa, st):
        raise MarshalErr("type", t)
    return enc


# -- composites -------------------------------------------------------------------------------

def _pointer(t):
    elem = t.elem
    sub = _lazy(elem)
    ek = elem.kind
    elem_ptr = elem.kind == POINTER

    def enc(e, x, fa, st):
        if x is None:
            e.out += b"null"
            return
        visited = False
        if e.depth > CYCLE_DEPTH:
            key = (t, _ptrkey(x) if ek != STRUCT and ek != ARRAY else id(x))
            if not _visit(e, key):
                raise MarshalErr("value", t, text="encountered a cycle via " + t.string)
            visited = key
        if st and elem_ptr:
            st = False
        if ek == STRUCT or ek == ARRAY:
            sub(e, x, False, st)
        else:
            sub(e, x.v, x, st)
        if visited:
            e.seen.discard(visited)
    return enc


def _interface(t):
    which = None
    for it in (I.marshaler, I.text_appender, I.text_marshaler):
        if it is not None and F.typeops.implements(t, it):
            which = it
            break

    if which is None and not t.imethods:
        return enc_any

    def enc(e, x, fa, st):
        if x is None:
            e.out += b"null"
            return
        dt = rt.typeof(x)
        v = x.v if isinstance(x, Boxed) else x
        if which is not None and dt.kind == POINTER and v is None:
            _call_nil_marshaler(e, which, x)
            return
        encoder(dt)(e, v, True, False)
    return enc


def enc_any(e, x, fa, st):
    """The encoder of an empty interface, with the values Unmarshal stores in one
    (string, float64, bool, map[string]any, []any) written directly."""
    tx = type(x)
    if tx is bytes:
        e.out += quote(x, e.html)
    elif tx is float:
        if x != x or x == _INF or x == -_INF:
            raise _nonfinite(rt.FLOAT64_T, x)
        e.out += format_float(x, 64)
    elif tx is bool:
        e.out += b"true" if x else b"false"
    elif x is None:
        e.out += b"null"
    elif tx is int:
        e.out += b"%d" % x
    else:
        dt = x._rtype
        if dt is I.map_any:
            _map_any(e, dt, x.v)
        elif dt is I.slice_any:
            _slice_any(e, dt, x.v)
        else:
            encoder(dt)(e, x.v if isinstance(x, Boxed) else x, True, False)


def _map_any(e, t, m):
    if m.nil:
        e.out += b"null"
        return
    visited = False
    if e.depth > CYCLE_DEPTH:
        key = (t, id(m))
        if not _visit(e, key):
            raise MarshalErr("value", t, text="encountered a cycle via " + t.string)
        visited = key
    if not m:
        e.out += b"{}"
    else:
        out = e.out
        html = e.html
        out += b"{"
        e.depth += 1
        first = True
        name = b""
        try:
            for name in sorted(m):
                if first:
                    first = False
                else:
                    out += b","
                out += quote(name, html)
                out += b":"
                enc_any(e, m[name], True, False)
        except MarshalErr as err:
            err.path.append(_coerce(name).decode("utf-8", "replace"))
            raise
        e.depth -= 1
        out += b"}"
    if visited:
        e.seen.discard(visited)


def _slice_any(e, t, sl):
    a = sl.a
    if a is None:
        e.out += b"null"
        return
    n = sl.len
    visited = False
    if e.depth > CYCLE_DEPTH:
        key = (t, id(a), sl.off, n)
        if not _visit(e, key):
            raise MarshalErr("value", t, text="encountered a cycle via " + t.string)
        visited = key
    if n == 0:
        e.out += b"[]"
    else:
        out = e.out
        out += b"["
        e.depth += 1
        off = sl.off
        i = off
        try:
            for i in range(off, off + n):
                if i > off:
                    out += b","
                enc_any(e, a[i], True, False)
        except MarshalErr as err:
            err.path.append(str(i - off))
            raise
        e.depth -= 1
        out += b"]"
    if visited:
        e.seen.discard(visited)


def _call_nil_marshaler(e, which, x):
    """v1 calls the method of an interface holding a nil pointer (through a struct
    embedding the interface)."""
    name = "MarshalJSON" if which is I.marshaler else (
        "AppendText" if which is I.text_appender else "MarshalText")
    holder = rt.ptr_to(rt.struct_of(((which.name, which.name, which, True, b"", ""),)))
    m = getattr(x, rt.typeof(x).methods.get(name, name))
    if name == "MarshalJSON":
        data, err = m()
        if err is not None:
            raise MarshalErr("marshaler", holder, err=err, func=name)
        _write_raw(e, _bytes(data), holder, name)
    else:
        if name == "AppendText":
            from gopherpy.runtime.values import NIL_SLICE
            data, err = m(NIL_SLICE)
        else:
            data, err = m()
        if err is not None:
            raise MarshalErr("marshaler", holder, err=err, func=name)
        e.out += quote(_bytes(data), e.html)


def _slice(t):
    elem = t.elem
    sub = _lazy(elem)
    ek = elem.kind
    want_ptr = _wants_ptr(elem)

    def enc(e, x, fa, st):
        a = x.a
        if a is None:
            e.out += b"null"
            return
        n = x.len
        visited = False
        if e.depth > CYCLE_DEPTH:
            key = (t, id(a), x.off, n)
            if not _visit(e, key):
                raise MarshalErr("value", t, text="encountered a cycle via " + t.string)
            visited = key
        if n == 0:
            e.out += b"[]"
        else:
            out = e.out
            out += b"["
            e.depth += 1
            off = x.off
            try:
                if want_ptr:
                    for i in range(n):
                        if i:
                            out += b","
                        sub(e, a[off + i], ElemPtr(a, off + i), False)
                else:
                    first = True
                    for i in range(off, off + n):
                        if first:
                            first = False
                        else:
                            out += b","
                        sub(e, a[i], False, False)
            except MarshalErr as err:
                err.path.append(str(i - off if not want_ptr else i))
                raise
            e.depth -= 1
            out += b"]"
        if visited:
            e.seen.discard(visited)
    return enc


def _array(t):
    elem = t.elem
    sub = _lazy(elem)
    want_ptr = _wants_ptr(elem)

    def enc(e, x, fa, st):
        out = e.out
        out += b"["
        e.depth += 1
        i = 0
        try:
            for i in range(len(x)):
                if i:
                    out += b","
                if want_ptr and not fa:
                    sub(e, x[i], ElemPtr(x, i), False)
                else:
                    sub(e, x[i], fa, False)
        except MarshalErr as err:
            err.path.append(str(i))
            raise
        e.depth -= 1
        out += b"]"
    return enc


def _map(t):
    kt, vt = t.key, t.elem
    sub = _lazy(vt)
    kstr = kt.kind == STRING and not _non_default(kt)

    def enc(e, x, fa, st):
        if x.nil:
            e.out += b"null"
            return
        visited = False
        if e.depth > CYCLE_DEPTH:
            key = (t, id(x))
            if not _visit(e, key):
                raise MarshalErr("value", t, text="encountered a cycle via " + t.string)
            visited = key
        if not x:
            e.out += b"{}"
        else:
            out = e.out
            out += b"{"
            e.depth += 1
            if kstr:
                members = sorted(x.items())
            else:
                kenc = key_encoder(kt)
                members = []
                pos = len(out)
                for k, v in x.items():
                    members.append((kenc(e, _key_value(kt, k), pos), v))
                members.sort(key=lambda m: m[0])
            html = e.html
            name = b""
            try:
                first = True
                for name, v in members:
                    if first:
                        first = False
                    else:
                        out += b","
                    out += quote(name, html)
                    out += b":"
                    sub(e, v, True, False)
            except MarshalErr as err:
                err.path.append(_coerce(name).decode("utf-8", "replace"))
                raise
            e.depth -= 1
            out += b"}"
        if visited:
            e.seen.discard(visited)
    return enc


def _coerce(b: bytes) -> bytes:
    from gopherpy.lib.encoding.json.scanner import coerce_utf8
    try:
        b.decode("utf-8")
        return b
    except UnicodeDecodeError:
        return coerce_utf8(b)


def _key_value(kt, k):
    """The Go value of dict key k of a map with key type kt."""
    if kt.kind == INTERFACE:
        return rt.ifacekey_value(k)
    if kt.kind == POINTER:
        return k.o if type(k).__name__ == "IdKey" else k
    if kt.kind == ARRAY and type(k) is tuple:
        return list(k)
    return k


def _struct(t):
    state = []

    def enc(e, x, fa, st):
        if not state:
            state.append(_struct_plan(t))
        out = e.out
        out += b"{"
        e.depth += 1
        first = True
        html = e.html
        f = None
        try:
            for f, getv, sub, check in state[0]:
                v = getv(x)
                if v is _SKIP:
                    continue
                if check is not None and check(v, fa, x):
                    continue
                if first:
                    first = False
                else:
                    out += b","
                if f.need_escape:
                    out += quote(f.name, html)
                else:
                    out += f.quoted
                out += b":"
                if f.ptr_needed and not fa:
                    sub(e, v, _field_ptr(x, f), f.string)
                else:
                    sub(e, v, fa, f.string)
        except MarshalErr as err:
            if f is not None:
                err.path.append(f.name.decode("utf-8", "replace"))
            raise
        e.depth -= 1
        out += b"}"
    return enc


_SKIP = object()


def _field_ptr(x, f):
    """A pointer to field f of struct object x (walking embedded structs)."""
    obj = x
    for attr, ft, exp in f.path[:-1]:
        obj = getattr(obj, attr)
    return FieldPtr(obj, f.path[-1][0])


def _struct_plan(t):
    """(field, get value, encoder, omit check) for each JSON field of struct type t."""
    plan = []
    for f in F.struct_fields(t).fields:
        path = f.path
        if len(path) == 1:
            attr = path[0][0]

            def getv(x, attr=attr):
                return getattr(x, attr)
        else:
            def getv(x, path=path):
                for attr, ft, exp in path[:-1]:
                    x = getattr(x, attr)
                    if x is None:
                        return _SKIP
                return getattr(x, path[-1][0])
        f.ptr_needed = _wants_ptr(f.typ)
        plan.append((f, getv, _lazy(f.typ), _omit_check(f)))
    return plan


def _omit_check(f):
    ft = f.typ
    checks = []
    if f.omitzero:
        how = f.is_zero
        from gopherpy.lib.reflect.value import is_zero

        def zero(v, fa, x, how=how, ft=ft):
            if how == 0:
                return is_zero(ft, v)
            if how == 1:
                if v is None:
                    return True
                if rt.typeof(v).kind == POINTER and (v.v if isinstance(v, Boxed) else v) is None:
                    return True
                return _call0(v, rt.typeof(v), "IsZero")
            if how == 2:
                return v is None or _call0(rt.box(ft, v), ft, "IsZero")
            if how == 3:
                return _call0(rt.box(ft, _copy(ft, v)), ft, "IsZero")
            pt = rt.ptr_to(ft)
            if ft.kind == STRUCT or ft.kind == ARRAY:
                p = v if not fa else _copy(ft, v)
            else:
                p = _field_ptr(x, f) if not fa else _box_var(v)
            return _call0(rt.box(pt, p), pt, "IsZero")
        checks.append(zero)
    if f.omitempty:
        k = ft.kind
        if k == BOOL:
            checks.append(lambda v, fa, x: not v)
        elif INT <= k <= FLOAT64:
            checks.append(lambda v, fa, x: v == 0)
        elif k == STRING or k == ARRAY:
            checks.append(lambda v, fa, x: len(v) == 0)
        elif k == SLICE:
            checks.append(lambda v, fa, x: v.len == 0)
        elif k == MAP:
            checks.append(lambda v, fa, x: len(v) == 0)
        elif k == POINTER or k == INTERFACE:
            checks.append(lambda v, fa, x: v is None)
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]
    a, b = checks
    return lambda v, fa, x: a(v, fa, x) or b(v, fa, x)


def _box_var(v):
    from gopherpy.runtime.values import Box
    return Box(v)


def _copy(t, v):
    if t.kind == STRUCT:
        return v._copy()
    if t.kind == ARRAY:
        from gopherpy.lib.reflect.core import copyval
        return copyval(t, v)
    return v


def _call0(iv, t, name):
    return getattr(iv, t.methods.get(name, name))()


def _wants_ptr(t) -> bool:
    """Whether an addressable value of t needs a pointer object for a method call."""
    k = t.kind
    if k == STRUCT or k == ARRAY or k == POINTER or k == INTERFACE:
        return False
    for it in (I.marshaler, I.text_appender, I.text_marshaler, I.is_zeroer):
        if it is not None and implements(t, it) == (True, True):
            return True
    return False


# -- []byte ------------------------------------------------------------------------------------

def _bytes_enc(t, fallback):
    has_m = F.implements_any(t.elem, *F.all_marshalers())

    def enc(e, x, fa, st):
        if t.kind == ARRAY or has_m:
            return fallback(e, x, fa, st)
        if x.a is None:
            e.out += b"null"
            return
        data = bytes(x.a[x.off:x.off + x.len])
        import binascii
        e.out += b'"' + (binascii.b2a_base64(data, newline=False) if data else b"") + b'"'
    return enc


# -- methods -------------------------------------------------------------------------------------

def _bytes(sl) -> bytes:
    a = sl.a
    if a is None:
        return b""
    return bytes(a[sl.off:sl.off + sl.len])


def _recv(t, x, fa, need_addr):
    """The interface value to call t's method on for value x."""
    if need_addr:
        if t.kind == STRUCT or t.kind == ARRAY:
            return rt.box(rt.ptr_to(t), x), rt.ptr_to(t)
        p = fa if fa not in (True, False) else _box_var(x)
        return rt.box(rt.ptr_to(t), p), rt.ptr_to(t)
    return rt.box(t, _copy(t, x)), t


def _with_methods(t, base):
    f = base
    na, ok = implements(t, I.text_marshaler)
    if ok:
        f = _text_marshaler(t, f, na, "MarshalText")
    na, ok = implements(t, I.text_appender)
    if ok:
        f = _text_marshaler(t, f, na, "AppendText")
    na, ok = implements(t, I.marshaler)
    if ok:
        f = _json_marshaler(t, f, na)
    if I.number is not None and t is I.number:
        f = _number_marshaler(t, f)
    return f


def _text_marshaler(t, prev, need_addr, name):
    pt = rt.ptr_to(t)

    def enc(e, x, fa, st):
        if need_addr and fa is True:
            return prev(e, x, fa, st)
        iv, mt = _recv(t, x, fa, need_addr)
        m = getattr(iv, mt.methods.get(name, name))
        if name == "AppendText":
            from gopherpy.runtime.values import NIL_SLICE
            data, err = m(NIL_SLICE)
        else:
            data, err = m()
        if err is not None:
            raise MarshalErr("marshaler", pt, err=err, func=name)
        e.out += quote(_bytes(data), e.html)
    return enc


def _json_marshaler(t, prev, need_addr):
    pt = rt.ptr_to(t)

    def enc(e, x, fa, st):
        if need_addr and fa is True:
            return prev(e, x, fa, st)
        iv, mt = _recv(t, x, fa, need_addr)
        data, err = getattr(iv, mt.methods.get("MarshalJSON", "MarshalJSON"))()
        if err is not None:
            raise MarshalErr("marshaler", pt, err=err, func="MarshalJSON")
        _write_raw(e, _bytes(data), pt, "MarshalJSON")
    return enc


def _write_raw(e, data: bytes, pt, func):
    """Append the output of a MarshalJSON method, validated and compacted (WriteValue)."""
    from gopherpy.lib.encoding.json.indent import reformat
    out, err = reformat(data, e.html, True, None, b"", b"", len(e.out))
    if err is not None:
        raise MarshalErr("marshaler", pt, err=err, func=func)
    e.out += out


def _number_marshaler(t, prev):
    """json.Number's MarshalJSONTo: its literal, validated ("0" for the empty string)."""
    from gopherpy.lib.encoding.json.scanner import NUMBER

    def enc(e, x, fa, st):
        n = x or b"0"
        m = NUMBER.match(n)
        if m is None or m.end() != len(n):
            raise MarshalErr("marshaler", rt.ptr_to(t), func="MarshalJSONTo", text=n)
        e.out += n
    return enc


def _non_default(t) -> bool:
    return F.implements_any(t, I.marshaler, I.text_appender, I.text_marshaler) or t is I.number


# -- map keys ------------------------------------------------------------------------------------

def key_encoder(t):
    """kenc(e, x, pos) -> the object name (unquoted) a map key of type t becomes."""
    f = _kcache.get(t)
    if f is None:
        f = _kcache[t] = _key_encoder(t)
    return f


def _nonstring(t, pos):
    return MarshalErr("name", t, offset=pos + 1)


def _key_encoder(t):
    k = t.kind
    if k == STRING:
        return lambda e, x, pos: x
    if k == POINTER:
        nillable = F.implements_any(t, I.text_marshaler, I.text_appender)
        elem = t.elem

        def kptr(e, x, pos):
            if x is None:
                if nillable:
                    return b""
                raise _nonstring(t, pos)
            if elem.kind == STRUCT or elem.kind == ARRAY:
                return _key_of(elem, e, x, False, pos)
            return _key_of(elem, e, x.v, x, pos)
        return kptr
    if k == INTERFACE:
        def kiface(e, x, pos):
            if x is None:
                raise _nonstring(t, pos)
            dt = rt.typeof(x)
            return _key_of(dt, e, x.v if isinstance(x, Boxed) else x, True, pos)
        return kiface
    return lambda e, x, pos: _key_of(t, e, x, True, pos)


def _key_of(t, e, x, fa, pos):
    """The name a value x of type t (not a pointer or interface at the top) becomes in
    name position."""
    k = t.kind
    if k == POINTER or k == INTERFACE:
        return key_encoder(t)(e, x, pos)
    if k == STRING:
        return x
    if is_time(t):
        s, msg = format_time(t, x)
        if msg is not None:
            from gopherpy.lib.nativeutil import native_error
            raise MarshalErr("marshaler", rt.ptr_to(t), err=native_error(msg.encode()), func="MarshalJSON")
        return s
    for it, name in ((I.marshaler, None), (I.text_appender, "AppendText"), (I.text_marshaler, "MarshalText")):
        if name is None:
            continue
        na, ok = implements(t, it)
        if ok and not (na and fa is True):
            iv, mt = _recv(t, x, fa, na)
            m = getattr(iv, mt.methods.get(name, name))
            if name == "AppendText":
                from gopherpy.runtime.values import NIL_SLICE
                data, err = m(NIL_SLICE)
            else:
                data, err = m()
            if err is not None:
                raise MarshalErr("marshaler", rt.ptr_to(t), err=err, func=name)
            return _coerce(_bytes(data))
    if INT <= k <= UINTPTR:
        return b"%d" % x
    if k == FLOAT32 or k == FLOAT64:
        if x != x or x in (_INF, -_INF):
            raise _nonfinite(t, x)
        return format_float(x, 32 if k == FLOAT32 else 64)
    if k in (COMPLEX64, COMPLEX128, CHAN, FUNC, UNSAFEPOINTER):
        raise MarshalErr("type", t)
    raise _nonstring(t, pos)


def _default(t):
    k = t.kind
    if k == BOOL:
        return _bool(t)
    if k == STRING:
        return _string(t)
    if INT <= k <= UINTPTR:
        return _int(t)
    if k == FLOAT32 or k == FLOAT64:
        return _float(t)
    if k == MAP:
        return _map(t)
    if k == STRUCT:
        return _struct(t)
    if k == SLICE:
        f = _slice(t)
        if t.elem.kind == UINT8:
            return _bytes_enc(t, f)
        return f
    if k == ARRAY:
        return _array(t)
    if k == POINTER:
        return _pointer(t)
    if k == INTERFACE:
        return _interface(t)
    return _invalid(t)


def marshal_value(v, html: bool) -> bytes:
    """Marshal's walk of interface value v; raises MarshalErr."""
    e = Enc(html)
    if v is None:
        return b"null"
    t = rt.typeof(v)
    x = v.v if isinstance(v, Boxed) else v
    if t.kind == POINTER:
        if x is None:
            return b"null"
        et = t.elem
        if et.kind == STRUCT or et.kind == ARRAY:
            encoder(et)(e, x, False, False)
        else:
            encoder(et)(e, x.v, x, False)
    else:
        encoder(t)(e, x, True, False)
    return bytes(e.out)
