"""This file implements Unmarshal's fast path: Python's json module parses the input, and per-type tree decoders store the result, for destinations whose types have no methods.

The tree: objects are tuples of (name, value) pairs (order and duplicates kept), arrays
lists, strings str (the input decoded with surrogateescape, so invalid UTF-8 shows up as
lone surrogates, as do unpaired surrogate escapes: both become U+FFFD, as in Go), numbers
Num (their literal text), true/false bool, null None.

The tree decoders reproduce decode.py's results for input without errors. Whenever the
input holds something that would be an error, or that only decode.py handles (a method,
the `string` option, an interface holding a pointer, an escaped or unusual map key), they
raise Restart and Unmarshal starts over on decode.py's path. Starting over is safe because
what the fast path stored before is what the exact path stores first as well (no method
has been called; slices, maps and structs are decoded into in the same order with the
same values; v1 merge semantics make decoding a value twice give what decoding it once
does).
"""

from __future__ import annotations

import binascii
import json as _pyjson

from gopherpy.lib.encoding.json import fields as F
from gopherpy.lib.encoding.json.fields import I
from gopherpy.lib.encoding.json.timejson import is_time, parse_time
from gopherpy.lib.nativeutil import LazyPattern
from gopherpy.lib.strconv import atof
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.values import NIL_MAP, NIL_SLICE, Box, Map, Slice, floatkey, growcap, idkey

(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32,
 FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, STRING,
 STRUCT, UNSAFEPOINTER) = range(1, 27)


class Restart(Exception):
    """The fast path cannot decode this input exactly: use decode.py."""


class Num(str):
    """A JSON number: its literal text."""

    __slots__ = ()


def _reject(name):
    raise ValueError(name)


PARSER = _pyjson.JSONDecoder(parse_float=Num, parse_int=Num, parse_constant=_reject,
                             object_pairs_hook=tuple)

_SURR = LazyPattern("[\ud800-\udfff]")


def gostr(s: str) -> bytes:
    """A decoded JSON string as a Go string."""
    try:
        return s.encode()
    except UnicodeEncodeError:
        return _SURR.sub("\ufffd", s).encode()


class Opts:
    __slots__ = ("use_number", "reject_unknown")

    def __init__(self, use_number: bool, reject_unknown: bool):
        self.use_number = use_number
        self.reject_unknown = reject_unknown


# -- which types the fast path handles ------------------------------------------------------------

_ok: dict = {}


def tree_ok(t) -> bool:
    """Whether values of type t can be decoded by the fast path (no methods anywhere)."""
    r = _ok.get(t)
    if r is None:
        _ok[t] = True   # recursive types: assume yes while looking
        r = _ok[t] = _tree_ok(t)
    return r


def _tree_ok(t) -> bool:
    k = t.kind
    if is_time(t):
        return True
    if k != POINTER and k != INTERFACE and t is not I.number:
        if F.implements_any(t, I.unmarshaler, I.text_unmarshaler):
            return False
    if k == BOOL or k == STRING or INT <= k <= FLOAT64:
        return True
    if k == SLICE or k == ARRAY or k == POINTER:
        return tree_ok(t.elem)
    if k == MAP:
        kk = t.key.kind
        if not (kk == STRING or INT <= kk <= UINTPTR):
            return False
        if F.implements_any(t.key, I.unmarshaler, I.text_unmarshaler):
            return False
        return tree_ok(t.elem)
    if k == INTERFACE:
        return not t.imethods
    if k == STRUCT:
        for f in F.struct_fields(t).fields:
            if f.string or not tree_ok(f.typ):
                return False
        return True
    return False


# -- tree decoders ---------------------------------------------------------------------------------

_cache: dict = {}


def tdecoder(t):
    f = _cache.get(t)
    if f is None:
        f = _cache[t] = _make(t)
    return f


def _make(t):
    k = t.kind
    if is_time(t):
        return _time(t)
    if t is I.number:
        return _number
    if k == BOOL:
        return _bool
    if k == STRING:
        return _string
    if INT <= k <= UINTPTR:
        return _int(t)
    if k == FLOAT64:
        return _float64
    if k == FLOAT32:
        return _float32
    if k == SLICE:
        if t.elem.kind == UINT8:
            return _bytes(t)
        return _slice(t)
    if k == ARRAY:
        return _array(t)
    if k == MAP:
        return _map(t)
    if k == POINTER:
        return _pointer(t)
    if k == INTERFACE:
        return _interface
    if k == STRUCT:
        return _struct(t)
    raise AssertionError(t)   # pragma: no cover - tree_ok refused it


def _time(t):
    from gopherpy.lib.encoding.json.decode import set_struct

    def dec(o, jv, cur):
        if type(jv) is str:
            tt, err = parse_time(gostr(jv))
            if err is not None:
                raise Restart
            set_struct(t, cur, tt)
            return cur
        if jv is None:
            return cur
        raise Restart
    return dec


def _bool(o, jv, cur):
    if jv is True or jv is False:
        return jv
    if jv is None:
        return cur
    raise Restart


def _string(o, jv, cur):
    if type(jv) is str:
        return gostr(jv)
    if jv is None:
        return cur
    raise Restart


def _number(o, jv, cur):
    tj = type(jv)
    if tj is Num:
        return jv.encode()
    if jv is None:
        return cur
    raise Restart   # a string holding a number, or an error


_INTLIT = LazyPattern(r"-?[0-9]+\Z")


def _int(t):
    bits = t.size * 8
    if t.kind <= INT64:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1

    def dec(o, jv, cur):
        if type(jv) is Num:
            if "." in jv or "e" in jv or "E" in jv or len(jv) > 21:
                raise Restart
            n = int(jv)
            if lo <= n <= hi:
                return n
            raise Restart
        if jv is None:
            return cur
        raise Restart
    return dec


_INF = float("inf")


def _float64(o, jv, cur):
    if type(jv) is Num:
        f = float(jv)
        if f == _INF or f == -_INF:
            raise Restart
        return f
    if jv is None:
        return cur
    raise Restart


def _float32(o, jv, cur):
    if type(jv) is Num:
        f, code = atof.parse_float(jv.encode(), 32)
        if code:
            raise Restart
        return f
    if jv is None:
        return cur
    raise Restart


def _fill(et, n):
    from gopherpy.runtime.values import _fill as fill
    return fill(et, n)


_grown: dict = {}


def grown_cap(cap: int, n: int, esize: int, noscan: bool) -> int:
    """The capacity Go's decoder reaches growing a slice of capacity cap one element at a
    time (reflect.Value.Grow(1)) until it holds n elements."""
    key = (cap, n, esize, noscan)
    c = _grown.get(key)
    if c is None:
        c = cap
        while c < n:
            c = growcap(c, c + 1, esize, noscan)
        if len(_grown) < 4096:
            _grown[key] = c
    return c


def _slice(t):
    elem = t.elem
    cell = [None]
    esize, noscan = elem.size, elem.noscan
    empty = []

    def dec(o, jv, cur):
        if type(jv) is list:
            n = len(jv)
            if n == 0:
                if not empty:
                    empty.append(Slice(_fill(elem, 0), 0, 0, 0))
                return empty[0]
            sub = cell[0]
            if sub is None:
                sub = cell[0] = tdecoder(elem)
            a = cur.a
            off = cur.off
            cap = cur.cap
            if n > cap:
                newcap = grown_cap(cap, n, esize, noscan)
                na = _fill(elem, newcap)
                if a is not None:
                    na[:cap] = a[off:off + cap]
                a, off, cap = na, 0, newcap
            i = off
            for x in jv:
                a[i] = sub(o, x, a[i])
                i += 1
            return Slice(a, off, n, cap)
        if jv is None:
            return NIL_SLICE
        raise Restart
    return dec


_B64 = LazyPattern(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?\Z")


def _bytes(t):
    array_dec = _slice(t)

    def dec(o, jv, cur):
        if type(jv) is str:
            if _B64.match(jv) is None:
                raise Restart
            data = binascii.a2b_base64(jv)
            need = len(jv.rstrip("=")) * 6 // 8
            a = cur.a
            if a is not None and cur.cap >= need:
                o_ = cur.off
                a[o_:o_ + len(data)] = data
                return Slice(a, o_, len(data), cur.cap)
            if need == 0:
                return Slice(bytearray(), 0, 0, 0)
            cap = growcap(cur.cap, need, 1, True)
            na = bytearray(cap)
            na[:len(data)] = data
            return Slice(na, 0, len(data), cap)
        if type(jv) is list:
            return array_dec(o, jv, cur)
        if jv is None:
            return NIL_SLICE
        raise Restart
    return dec


def _array(t):
    elem = t.elem
    cell = [None]
    n = t.len

    def dec(o, jv, cur):
        if type(jv) is list:
            sub = cell[0]
            if sub is None:
                sub = cell[0] = tdecoder(elem)
            i = 0
            for x in jv:
                if i >= n:
                    break
                cur[i] = sub(o, x, cur[i])
                i += 1
            while i < n:
                cur[i] = elem.zero()
                i += 1
            return cur
        if jv is None:
            return cur
        raise Restart
    return dec


_UINTKEY = LazyPattern(r"[0-9]+\Z")
_INTKEY = LazyPattern(r"[+-]?[0-9]+\Z")


def _map(t):
    kt, vt = t.key, t.elem
    cell = [None]
    kk = kt.kind
    if kk == STRING:
        conv = gostr
    else:
        bits = kt.size * 8
        if kk <= INT64:
            lo, hi, pat = -(1 << (bits - 1)), (1 << (bits - 1)) - 1, _INTKEY
        else:
            lo, hi, pat = 0, (1 << bits) - 1, _UINTKEY

        def conv(s):
            if pat.match(s) is None or len(s) > 22:
                raise Restart
            n = int(s)
            if not lo <= n <= hi:
                raise Restart
            return n

    def dec(o, jv, cur):
        if type(jv) is tuple:
            vsub = cell[0]
            if vsub is None:
                vsub = cell[0] = tdecoder(vt)
            if cur.nil:
                cur = Map()
            for k, v in jv:
                cur[conv(k)] = vsub(o, v, vt.zero())
            return cur
        if jv is None:
            return NIL_MAP
        raise Restart
    return dec


def _pointer(t):
    elem = t.elem
    cell = [None]
    inplace = elem.kind == STRUCT or elem.kind == ARRAY

    def dec(o, jv, cur):
        if jv is None:
            return None
        sub = cell[0]
        if sub is None:
            sub = cell[0] = tdecoder(elem)
        if cur is None:
            if inplace:
                cur = elem.zero()
            else:
                cur = Box(elem.zero())
        if inplace:
            sub(o, jv, cur)
        else:
            cur.v = sub(o, jv, cur.v)
        return cur
    return dec


def _interface(o, jv, cur):
    if cur is not None and rt.typeof(cur).kind == POINTER:
        raise Restart
    return any_value(o, jv)


def any_value(o, jv):
    """The interface value v1 stores for a JSON value in an empty interface."""
    tj = type(jv)
    if tj is str:
        return gostr(jv)
    if tj is Num:
        if o.use_number:
            return rt.box(I.number, jv.encode())
        f = float(jv)
        if f == _INF or f == -_INF:
            raise Restart
        return f
    if tj is tuple:
        m = Map()
        for k, v in jv:
            m[gostr(k)] = any_value(o, v)
        return rt.box(I.map_any, m)
    if tj is list:
        items = [any_value(o, x) for x in jv]
        return rt.box(I.slice_any, Slice(items, 0, len(items), len(items)))
    return jv   # True, False, None


def _struct(t):
    state = []

    def init():
        sf = F.struct_fields(t)
        by_str = {}
        for f in sf.fields:
            sub = tdecoder(f.typ)
            simple = 1 if sub is _string else 2 if sub is _bool else 3 if sub is _float64 else 0
            attr = f.path[0][0] if len(f.path) == 1 else None
            by_str[f.name.decode("utf-8", "surrogateescape")] = (attr, simple, sub, f)
        state.append((sf, by_str))

    def dec(o, jv, cur):
        if type(jv) is tuple:
            if not state:
                init()
            sf, by_str = state[0]
            for k, v in jv:
                e = by_str.get(k)
                if e is None:
                    f = sf.lookup(gostr(k))
                    if f is None:
                        if o.reject_unknown:
                            raise Restart
                        continue
                    e = by_str[f.name.decode("utf-8", "surrogateescape")]
                attr, simple, sub, f = e
                if attr is not None:
                    if simple:
                        tv = type(v)
                        if simple == 1 and tv is str:
                            try:
                                setattr(cur, attr, v.encode())
                                continue
                            except UnicodeEncodeError:
                                pass
                        elif simple == 3 and tv is Num:
                            x = float(v)
                            if x != _INF and x != -_INF:
                                setattr(cur, attr, x)
                                continue
                        elif simple == 2 and tv is bool:
                            setattr(cur, attr, v)
                            continue
                    setattr(cur, attr, sub(o, v, getattr(cur, attr)))
                    continue
                path = f.path
                obj = cur
                for a, ft, exported in path[:-1]:
                    x = getattr(obj, a)
                    if ft.kind == POINTER and x is None:
                        if not exported:
                            raise Restart
                        x = ft.elem.zero()
                        setattr(obj, a, x)
                    obj = x
                a = path[-1][0]
                setattr(obj, a, sub(o, v, getattr(obj, a)))
            return cur
        if jv is None:
            return cur
        raise Restart
    return dec
