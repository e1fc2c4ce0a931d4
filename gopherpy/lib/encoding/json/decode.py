"""This file implements Unmarshal: one decoder function per Go type, built from its runtime type descriptor and cached, as go1.27's json/v2 arshalers under the v1 options.

A decoder is called dec(d, cur, st) -> new: d the Dec (token reader and options), cur the
current Go value of the destination, st whether the `string` tag option applies; it
returns the value to store. Structs and arrays are decoded in place (the struct object or
list is returned); everything else is replaced. v1 merges: JSON null leaves a bool,
number, string, struct or array unchanged, a slice's existing elements and a map's
existing entries are kept and decoded into.

Errors: a value that does not fit its type is not fatal. It is recorded (the first one
wins, as each Go container keeps its first) as a SemErr, which native.py turns into the
v1 error (UnmarshalTypeError, InvalidUnmarshalError, the `unknown field` error); d.nerr
counts them so a caller can see that its child failed. Syntax and I/O errors are
stream.Fatal exceptions. Errors returned by UnmarshalJSON/UnmarshalText are recorded as
they are.
"""

from __future__ import annotations

from gopherpy.lib.encoding.json import fields as F
from gopherpy.lib.encoding.json import scanner as S
from gopherpy.lib.encoding.json.fields import I, implements
from gopherpy.lib.encoding.json.stream import TextDecoder
from gopherpy.lib.encoding.json.timejson import is_time, parse_time
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.values import NIL_MAP, NIL_SLICE, Box, Boxed, Map, Slice, floatkey, growcap, idkey

(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32,
 FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, STRING,
 STRUCT, UNSAFEPOINTER) = range(1, 27)

KIND = S.KIND


class SemErr:
    """json/v2's SemanticError: what JSON (kind, raw value) did not fit which Go type."""

    __slots__ = ("kind", "value", "gotype", "err", "offset", "pointer")

    def __init__(self, kind, value, gotype, err, offset, pointer):
        self.kind = kind
        self.value = value
        self.gotype = gotype
        self.err = err
        self.offset = offset
        self.pointer = pointer

    def __repr__(self):
        return f"<SemErr {chr(self.kind or 63)} {self.value!r} {self.gotype} {self.err!r} @{self.offset} {self.pointer}>"


# markers for v2's sentinel errors (native.py maps them to Go values)
NIL_INTERFACE = "nil interface"          # internal.ErrNilInterface
NON_NIL_REF = "non-nil reference"        # internal.ErrNonNilReference
UNKNOWN_NAME = "unknown object member name"
NIL_FIELD = "cannot set embedded pointer to unexported struct type"
NON_STRING_VALUE = "JSON value must be string type"
SYNTAX = "invalid syntax"                # strconv.ErrSyntax
RANGE = "value out of range"             # strconv.ErrRange


class Dec(TextDecoder):
    """The token reader with Unmarshal's options and error record."""

    __slots__ = ("use_number", "reject_unknown", "nerr", "first", "g", "checked")

    def setup(self, data, g, use_number=False, reject_unknown=False):
        self.init(data)
        self.g = g
        self.use_number = use_number
        self.reject_unknown = reject_unknown
        self.nerr = 0
        self.first = None
        self.checked = False
        return self

    def save(self, err):
        self.nerr += 1
        if self.first is None:
            self.first = err

    # v2's error constructors (errors.go), v1 flavour
    def after(self, t, err):
        tok = self.previous()
        off = self.input_offset() - len(tok)
        k = KIND[tok[0]] if tok else 0
        off += 1 if k == 0x5B or k == 0x7B else len(tok)
        return SemErr(k, None, t, err, off, self.pointer(-1))

    def after_value(self, t, err):
        e = self.after(t, err)
        if e.kind == 0x22 or e.kind == 0x30:
            e.value = self.previous()
        return e

    def after_skip(self, t, err):
        e = self.after(t, err)
        self.skip_remainder()
        return e

    def before(self, t, err):
        k = self.peek_kind()
        un = self.buf[self.prev_end:]
        n = len(un) - len(un.lstrip(b",: \n\r\t"))
        return SemErr(k, None, t, err, self.input_offset() + n, self.pointer(1))

    def before_skip(self, t, err):
        e = self.before(t, err)
        self.skip_value()
        return e


_cache: dict = {}


def decoder(t):
    """The decoder function of type t."""
    f = _cache.get(t)
    if f is None:
        if is_time(t):
            f = _time(t)
        else:
            f = _default(t)
            k = t.kind
            if k != POINTER and k != INTERFACE:
                f = _with_methods(t, f)
        _cache[t] = f
    return f


def set_struct(t, dst, src):
    """Copy struct value src into the struct object dst (a store through a pointer)."""
    for f in t.fields:
        setattr(dst, f.attr, getattr(src, f.attr))


def _time(t):
    def dec(d, cur, st):
        raw = d.read_value()
        k = KIND[raw[0]]
        if k == 0x22:
            tt, err = parse_time(S.unquote(raw))
            if err is not None:
                d.save(err)
            else:
                set_struct(t, cur, tt)
            return cur
        if k != 0x6E:
            d.save(d.after(t, None))
        return cur
    return dec


def _lazy(t):
    cell = []

    def dec(d, cur, st):
        if not cell:
            cell.append(decoder(t))
        return cell[0](d, cur, st)
    return dec


# -- basic kinds --------------------------------------------------------------------------------

def _bool(t):
    def dec(d, cur, st):
        k = d.read_token()
        if k == 0x6E:
            return cur
        if k == 0x74 or k == 0x66:
            if not st:
                return k == 0x74
        elif k == 0x22 and st:
            s = S.unquote(d.token_bytes())
            if s == b"true":
                return True
            if s == b"false":
                return False
            if s == b"null":
                return cur
            d.save(d.after_value(t, SYNTAX))
            return cur
        d.save(d.after_skip(t, None))
        return cur
    return dec


def _string(t):
    def dec(d, cur, st):
        raw = d.read_value()
        k = KIND[raw[0]]
        if k == 0x22:
            s = S.unquote(raw)
            if st:
                if s == b"null":
                    return cur
                s, err = S.unquote_strict(s)
                if err is not None:
                    d.save(d.after(t, S.Unquoted(err)))
                    return cur
            return s
        if k == 0x6E:
            return cur
        d.save(d.after(t, None))
        return cur
    return dec


def _int(t):
    bits = t.size * 8
    signed = t.kind <= INT64
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1

    def dec(d, cur, st):
        st = st or d.need_name()
        raw = d.read_value()
        k = KIND[raw[0]]
        if k == 0x30:
            if st:
                d.save(d.after(t, None))
                return cur
            neg = raw[0] == 0x2D
            digits = raw[1:] if neg else raw
            if not digits.isdigit() or (digits[0] == 0x30 and len(digits) > 1):
                d.save(d.after_value(t, SYNTAX))
                return cur
            n = int(digits)
            if neg:
                n = -n
            if not lo <= n <= hi:
                d.save(d.after_value(t, RANGE))
                return cur
            return n
        if k == 0x22:
            if not st:
                d.save(d.after(t, None))
                return cur
            s = S.unquote(raw)
            n, err = (d.g.parse_int if signed else d.g.parse_uint)(s, bits)
            if err is not None:
                if s == b"null":
                    return cur
                d.save(d.after_value(t, err))
                return cur
            return n
        if k == 0x6E:
            return cur
        d.save(d.after(t, None))
        return cur
    return dec


def _float(t):
    bits = 32 if t.kind == FLOAT32 else 64

    def dec(d, cur, st):
        st = st or d.need_name()
        raw = d.read_value()
        k = KIND[raw[0]]
        if k == 0x30:
            if st:
                d.save(d.after(t, None))
                return cur
            f, err = d.g.parse_float(raw, bits)
            if err is not None:
                d.save(d.after_value(t, err))
                return cur
            return f
        if k == 0x22:
            if not st:
                d.save(d.after(t, None))
                return cur
            s = S.unquote(raw)
            f, err = d.g.parse_float(s, bits)
            if err is not None:
                if s == b"null":
                    return cur
                d.save(d.after_value(t, err))
                return cur
            return f
        if k == 0x6E:
            return cur
        d.save(d.after(t, None))
        return cur
    return dec


def _invalid(t):
    def dec(d, cur, st):
        raw = d.read_value()
        if raw[0] != 0x6E:
            d.save(d.after(t, None))
        return cur
    return dec


# -- composites ------------------------------------------------------------------------------------

def _new(t):
    """A pointer to a fresh zero value of t (VALUES.md's pointer representation)."""
    if t.kind == STRUCT or t.kind == ARRAY:
        return t.zero()
    return Box(t.zero())


def _pointer(t):
    elem = t.elem
    sub = _lazy(elem)
    inplace = elem.kind == STRUCT or elem.kind == ARRAY
    elem_ptr = elem.kind == POINTER

    def dec(d, cur, st):
        if d.peek_kind() == 0x6E:
            d.read_token()
            return None
        if st and elem_ptr:
            st = False
        if cur is None:
            cur = _new(elem)
        n0 = d.nerr
        if inplace:
            sub(d, cur, st)
        else:
            cur.v = sub(d, cur.v, st)
        if st and d.nerr == n0 and d.previous() == b'"null"':
            return None
        return cur
    return dec


def _interface(t):
    is_any = not t.imethods

    def dec(d, cur, st):
        if cur is not None:
            dt = rt.typeof(cur)
            if dt.kind == POINTER and (cur.v if isinstance(cur, Boxed) else cur) is not None:
                p = cur.v if isinstance(cur, Boxed) else cur
                if d.peek_kind() == 0x6E and dt.elem.kind == POINTER:
                    d.read_token()
                    p.v = None
                    return cur
                if d.peek_kind() == 0x6E:
                    d.read_token()
                    return None
                decoder(dt)(d, p, False)
                return cur
            cur = None
        k = d.peek_kind()
        if k == 0x6E:
            d.read_token()
            return None
        if not is_any:
            d.save(d.before_skip(t, NIL_INTERFACE))
            return None
        if k == 0x74 or k == 0x66:
            return d.read_token() == 0x74
        if k == 0x22:
            return _string_any(d)
        if k == 0x30:
            if d.use_number:
                return rt.box(I.number, d.read_value())
            return _float_any(d)
        if k == 0x7B:
            return rt.box(I.map_any, decoder(I.map_any)(d, NIL_MAP, False))
        if k == 0x5B:
            return rt.box(I.slice_any, decoder(I.slice_any)(d, NIL_SLICE, False))
        d.read_value()   # raises the syntax error
        return None
    return dec


def _string_any(d):
    raw = d.read_value()
    if S.SIMPLE_STRING.match(raw) is not None:
        return raw[1:-1]
    return S.unquote(raw)


def _float_any(d):
    raw = d.read_value()
    f, err = d.g.parse_float(raw, 64)
    if err is not None:
        d.save(d.after_value(I.float64, err))
        return 0.0
    return f


def _slice(t):
    elem = t.elem
    sub = _lazy(elem)
    esize, noscan = elem.size, elem.noscan
    empty = []

    def dec(d, cur, st):
        k = d.read_token()
        if k == 0x5B:
            a = cur.a
            off = cur.off
            cap = cur.cap
            i = 0
            while d.peek_kind() != 0x5D:
                if i == cap:
                    newcap = growcap(cap, cap + 1, esize, noscan)
                    na = _fill(elem, newcap)
                    if a is not None:
                        na[:cap] = a[off:off + cap]
                    a, off, cap = na, 0, newcap
                a[off + i] = sub(d, a[off + i], False)
                i += 1
            d.read_token()
            if i == 0:
                if not empty:
                    empty.append(Slice(_fill(elem, 0), 0, 0, 0))
                return empty[0]
            return Slice(a, off, i, cap)
        if k == 0x6E:
            return NIL_SLICE
        d.save(d.after_skip(t, None))
        return cur
    return dec


def _fill(et, n):
    from gopherpy.runtime.values import _fill as fill
    return fill(et, n)


def _array(t):
    elem = t.elem
    sub = _lazy(elem)
    n = t.len

    def dec(d, cur, st):
        k = d.read_token()
        if k == 0x5B:
            i = 0
            while d.peek_kind() != 0x5D:
                if i >= n:
                    d.skip_value()
                    continue
                cur[i] = sub(d, cur[i], False)
                i += 1
            while i < n:
                cur[i] = elem.zero()
                i += 1
            d.read_token()
            return cur
        if k == 0x6E:
            return cur
        d.save(d.after_skip(t, None))
        return cur
    return dec


def dictkey(kt):
    """The function turning a Go value of map key type kt into its dict key."""
    k = kt.kind
    if k == INTERFACE:
        return rt.ifacehash_key
    if k == FLOAT32 or k == FLOAT64:
        return floatkey
    if k == STRUCT:
        return lambda x: x._copy()
    if k == ARRAY:
        from gopherpy.runtime.values import mapkey_copy
        return mapkey_copy
    if k == POINTER and kt.elem.kind in (STRUCT, ARRAY):
        return idkey
    return None


def _map(t):
    kt, vt = t.key, t.elem
    ksub = _lazy(kt)
    vsub = _lazy(vt)
    tokey = dictkey(kt)

    def dec(d, cur, st):
        k = d.read_token()
        if k == 0x7B:
            if cur.nil:
                cur = Map()
            while d.peek_kind() != 0x7D:
                n0 = d.nerr
                key = ksub(d, kt.zero(), False)
                if d.nerr != n0:
                    d.skip_value()
                    continue
                v = vsub(d, vt.zero(), False)
                cur[tokey(key) if tokey is not None else key] = v
            d.read_token()
            return cur
        if k == 0x6E:
            return NIL_MAP
        d.save(d.after_skip(t, None))
        return cur
    return dec


def _struct(t):
    state = []

    def dec(d, cur, st):
        k = d.read_token()
        if k == 0x7B:
            if not state:
                state.append(F.struct_fields(t))
            sf = state[0]
            by_name = sf.by_name
            while d.peek_kind() != 0x7D:
                raw = d.read_value()
                name = raw[1:-1] if S.SIMPLE_STRING.match(raw) else S.unquote(raw)
                f = by_name.get(name)
                if f is None:
                    f = sf.lookup(name)
                    if f is None:
                        if d.reject_unknown:
                            d.save(d.after(t, UNKNOWN_NAME))
                        d.skip_value()
                        continue
                path = f.path
                obj = cur
                if len(path) > 1:
                    obj = _walk(d, t, cur, path)
                    if obj is None:
                        d.skip_value()
                        continue
                attr = path[-1][0]
                sub = f.dec
                if sub is None:
                    sub = f.dec = _lazy(f.typ)
                setattr(obj, attr, sub(d, getattr(obj, attr), f.string))
            d.read_token()
            return cur
        if k == 0x6E:
            return cur
        d.save(d.after_skip(t, None))
        return cur
    return dec


def _walk(d, t, obj, path):
    """The struct object holding the last field of path, allocating nil embedded pointers
    (None when one cannot be set: an unexported embedded pointer)."""
    for attr, ft, exported in path[:-1]:
        x = getattr(obj, attr)
        if ft.kind == POINTER:
            if x is None:
                if not exported:
                    d.save(d.before(t, NIL_FIELD))
                    return None
                x = ft.elem.zero()
                setattr(obj, attr, x)
        obj = x
    return obj


# -- []byte ------------------------------------------------------------------------------------------

def _bytes_dec(t, array_dec):
    is_array = t.kind == ARRAY

    def dec(d, cur, st):
        if is_array or d.peek_kind() == 0x5B:
            return array_dec(d, cur, st)
        raw = d.read_value()
        k = KIND[raw[0]]
        if k == 0x22:
            s = S.unquote(raw)
            dst = cur if cur.a is not None else NIL_SLICE
            out, err = d.g.decode_base64(Slice(dst.a, dst.off, 0, dst.cap), s)
            if err is not None:
                d.save(d.after(t, err))
                return cur
            if out.a is None:
                return Slice(bytearray(), 0, 0, 0)
            return out
        if k == 0x6E:
            return NIL_SLICE
        d.save(d.after(t, None))
        return cur
    return dec


# -- methods --------------------------------------------------------------------------------------------

def _ptr(t, cur):
    """(pointer interface value, pointer type, reader of the new value) for calling a
    pointer method on a variable holding cur."""
    pt = rt.ptr_to(t)
    if t.kind == STRUCT or t.kind == ARRAY:
        return rt.box(pt, cur), pt, None
    b = Box(cur)
    return rt.box(pt, b), pt, b


def _with_methods(t, base):
    f = base
    if implements(t, I.text_unmarshaler)[1]:
        f = _text_unmarshaler(t)
    if implements(t, I.unmarshaler)[1]:
        f = _json_unmarshaler(t, f)
    if t is I.number:
        f = _number(t, f)
    return f


def _text_unmarshaler(t):
    def dec(d, cur, st):
        raw = d.read_value()
        k = KIND[raw[0]]
        if k == 0x6E:
            return cur
        if k != 0x22:
            d.save(d.after(t, NON_STRING_VALUE))
            return cur
        iv, pt, box = _ptr(t, cur)
        err = getattr(iv, pt.methods.get("UnmarshalText", "UnmarshalText"))(_bslice(S.unquote(raw)))
        if err is not None:
            d.save(d.g.wrap_unsupported(err, "UnmarshalText method"))
        return box.v if box is not None else cur
    return dec


def _json_unmarshaler(t, prev):
    def dec(d, cur, st):
        if d.need_name():
            return prev(d, cur, st)
        raw = d.read_value()
        iv, pt, box = _ptr(t, cur)
        err = getattr(iv, pt.methods.get("UnmarshalJSON", "UnmarshalJSON"))(_bslice(raw))
        if err is not None:
            d.save(d.g.wrap_unsupported(err, "UnmarshalJSON method"))
        return box.v if box is not None else cur
    return dec


def _number(t, prev):
    """json.Number's UnmarshalJSONFrom: a number literal, or a string holding one."""
    def dec(d, cur, st):
        if d.need_name():
            return prev(d, cur, st)
        raw = d.read_value()
        k = KIND[raw[0]]
        if k == 0x30:
            return raw
        if k == 0x22:
            s = S.unquote(raw)
            m = S.NUMBER.match(s)
            if m is None or m.end() != len(s):
                d.save(SemErr(0x22, raw, t, SYNTAX, 0, ""))
                return cur
            return s
        if k == 0x6E:
            return cur
        d.save(SemErr(k, None, t, None, 0, ""))
        return cur
    return dec


def _bslice(b: bytes) -> Slice:
    a = bytearray(b)
    return Slice(a, 0, len(a), len(a))


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
            return _bytes_dec(t, f)
        return f
    if k == ARRAY:
        f = _array(t)
        if t.elem.kind == UINT8:
            return f   # v1: byte arrays are JSON arrays
        return f
    if k == POINTER:
        return _pointer(t)
    if k == INTERFACE:
        return _interface(t)
    return _invalid(t)
