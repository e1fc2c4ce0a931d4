"""This file implements reflect.Value's methods and the functions that make Values (ValueOf, Zero, New, MakeSlice, MakeMap, Append, Copy ...).

It plays the part of Go's reflect/value.go; the Value triple and its flags are
described in core.py. Natives named `Value_M` are the methods M (receiver first).
"""

from __future__ import annotations

from gopherpy.lib.reflect.convert import assign_value, equal_values, wrap_to
from gopherpy.lib.reflect.core import (F_ADDR, F_INDIR, F_METHOD, F_RO, F_RO_EMBED,
                                       F_RO_STICKY, G, copyval, elem_value, field_value,
                                       from_iface, get, gopanic, gostr, invalid, kind_name,
                                       mkv, must_be, must_be_assignable, must_be_exported,
                                       store, to_iface, value_error)
from gopherpy.lib.reflect import typeops
from gopherpy.runtime import rtype as rt
from gopherpy.runtime import values as V
from gopherpy.runtime.panic import index_error
from gopherpy.runtime.values import Boxed, Map, Slice

INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, \
    UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, ARRAY, CHAN, FUNC, INTERFACE, MAP, \
    POINTER, SLICE, STRING, STRUCT, UNSAFEPOINTER = range(27)

_SIGNED = (INT, INT8, INT16, INT32, INT64)
_UNSIGNED = (UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR)
_NILABLE = (CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, UNSAFEPOINTER)


def _k(v) -> int:
    t = v.typ
    return 0 if t is None else t.kind


# ---------------------------------------------------------------------------
# making Values

def ValueOf(i):
    return from_iface(i)


def Zero(t):
    if t is None:
        raise gopanic("reflect: Zero(nil)")
    return mkv(t, t.zero(), 0)


def new_ptr(t):
    """A pointer (in VALUES.md's representation) to a new zero variable of type t."""
    z = t.zero()
    if t.kind == STRUCT or t.kind == ARRAY:
        return z
    return V.Box(z)


def New(t):
    if t is None:
        raise gopanic("reflect: New(nil)")
    return mkv(rt.ptr_to(t), new_ptr(t), 0)


def NewAt(t, p):
    return mkv(rt.ptr_to(t), p, 0)


def MakeSlice(t, n, cap):
    if t.kind != SLICE:
        raise gopanic("reflect.MakeSlice of non-slice type")
    if n < 0:
        raise gopanic("reflect.MakeSlice: negative len")
    if cap < 0:
        raise gopanic("reflect.MakeSlice: negative cap")
    if n > cap:
        raise gopanic("reflect.MakeSlice: len > cap")
    return mkv(t, V.makeslice(t.elem, n, cap), 0)


def MakeMap(t):
    return MakeMapWithSize(t, 0)


def MakeMapWithSize(t, n):
    if t.kind != MAP:
        raise gopanic("reflect.MakeMapWithSize of non-map type")
    return mkv(t, Map(), 0)


def MakeChan(t, buffer):
    if t.kind != CHAN:
        raise gopanic("reflect.MakeChan of non-chan type")
    if buffer < 0:
        raise gopanic("reflect.MakeChan: negative buffer size")
    if t.dir != rt.BOTHDIR:
        raise gopanic("reflect.MakeChan: unidirectional channel type")
    from gopherpy.runtime import chan
    return mkv(t, chan.makechan(t.elem, buffer), 0)


# ---------------------------------------------------------------------------
# kind, type, validity

def Value_Kind(v):
    return _k(v)


def Value_Type(v):
    t = v.typ
    if t is None:
        raise value_error("reflect.Value.Type", 0)
    return t


def Value_IsValid(v):
    return v.typ is not None


def Value_CanAddr(v):
    return bool(v.flag & F_ADDR)


def Value_CanSet(v):
    return v.flag & (F_ADDR | F_RO) == F_ADDR


def Value_CanInterface(v):
    if v.typ is None:
        raise value_error("reflect.Value.CanInterface", 0)
    return not v.flag & F_RO


def Value_Interface(v):
    if v.typ is None:
        raise value_error("reflect.Value.Interface", 0)
    if v.flag & F_RO:
        raise gopanic("reflect.Value.Interface: cannot return value obtained from unexported "
                      "field or method")
    return to_iface(v)


def Value_String(v):
    t = v.typ
    if t is None:
        return b"<invalid Value>"
    if t.kind == STRING:
        return get(v)
    return ("<" + t.string + " Value>").encode()


# ---------------------------------------------------------------------------
# scalars

def Value_Bool(v):
    if _k(v) != BOOL:
        raise value_error("reflect.Value.Bool", _k(v))
    return get(v)


def Value_Int(v):
    k = _k(v)
    if INT <= k <= INT64:
        return get(v)
    raise value_error("reflect.Value.Int", k)


def Value_Uint(v):
    k = _k(v)
    if UINT <= k <= UINTPTR:
        return get(v)
    raise value_error("reflect.Value.Uint", k)


def Value_Float(v):
    k = _k(v)
    if k == FLOAT32 or k == FLOAT64:
        return get(v)
    raise value_error("reflect.Value.Float", k)


def Value_Complex(v):
    k = _k(v)
    if k == COMPLEX64 or k == COMPLEX128:
        return get(v)
    raise value_error("reflect.Value.Complex", k)


def Value_CanInt(v):
    return INT <= _k(v) <= INT64


def Value_CanUint(v):
    return UINT <= _k(v) <= UINTPTR


def Value_CanFloat(v):
    return _k(v) in (FLOAT32, FLOAT64)


def Value_CanComplex(v):
    return _k(v) in (COMPLEX64, COMPLEX128)


def Value_Bytes(v):
    k = _k(v)
    if k == SLICE:
        if v.typ.elem.kind != UINT8:
            raise gopanic("reflect.Value.Bytes of non-byte slice")
        return get(v)
    if k == ARRAY:
        if v.typ.elem.kind != UINT8:
            raise gopanic("reflect.Value.Bytes of non-byte array")
        if not v.flag & F_ADDR:
            raise gopanic("reflect.Value.Bytes of unaddressable byte array")
        a = get(v)
        return Slice(a, 0, len(a), len(a))
    raise value_error("reflect.Value.Bytes", k)


def _overflow(method, v, x, fn):
    k = _k(v)
    try:
        return fn(v.typ, x)
    except Exception:
        raise value_error(method, k) from None


def Value_OverflowInt(v, x):
    if not INT <= _k(v) <= INT64:
        raise value_error("reflect.Value.OverflowInt", _k(v))
    return typeops.rtype_OverflowInt(v.typ, x)


def Value_OverflowUint(v, x):
    if not UINT <= _k(v) <= UINTPTR:
        raise value_error("reflect.Value.OverflowUint", _k(v))
    return typeops.rtype_OverflowUint(v.typ, x)


def Value_OverflowFloat(v, x):
    if _k(v) not in (FLOAT32, FLOAT64):
        raise value_error("reflect.Value.OverflowFloat", _k(v))
    return typeops.rtype_OverflowFloat(v.typ, x)


def Value_OverflowComplex(v, x):
    if _k(v) not in (COMPLEX64, COMPLEX128):
        raise value_error("reflect.Value.OverflowComplex", _k(v))
    return typeops.rtype_OverflowComplex(v.typ, x)


# ---------------------------------------------------------------------------
# setters

def Value_Set(v, x):
    must_be_assignable(v, "reflect.Value.Set")
    must_be_exported(x, "reflect.Value.Set")
    store(v, assign_value(x, "reflect.Set", v.typ))


def Value_SetBool(v, x):
    must_be_assignable(v, "reflect.Value.SetBool")
    must_be(v, BOOL, "reflect.Value.SetBool")
    store(v, bool(x))


def Value_SetInt(v, x):
    must_be_assignable(v, "reflect.Value.SetInt")
    k = _k(v)
    if not INT <= k <= INT64:
        raise value_error("reflect.Value.SetInt", k)
    store(v, wrap_to(v.typ, x))


def Value_SetUint(v, x):
    must_be_assignable(v, "reflect.Value.SetUint")
    k = _k(v)
    if not UINT <= k <= UINTPTR:
        raise value_error("reflect.Value.SetUint", k)
    store(v, wrap_to(v.typ, x))


def Value_SetFloat(v, x):
    must_be_assignable(v, "reflect.Value.SetFloat")
    k = _k(v)
    if k == FLOAT32:
        store(v, V.f32(x))
    elif k == FLOAT64:
        store(v, x)
    else:
        raise value_error("reflect.Value.SetFloat", k)


def Value_SetComplex(v, x):
    must_be_assignable(v, "reflect.Value.SetComplex")
    k = _k(v)
    if k == COMPLEX64:
        store(v, V.c64(x))
    elif k == COMPLEX128:
        store(v, x)
    else:
        raise value_error("reflect.Value.SetComplex", k)


def Value_SetString(v, x):
    must_be_assignable(v, "reflect.Value.SetString")
    must_be(v, STRING, "reflect.Value.SetString")
    store(v, x)


def Value_SetBytes(v, x):
    must_be_assignable(v, "reflect.Value.SetBytes")
    must_be(v, SLICE, "reflect.Value.SetBytes")
    if v.typ.elem.kind != UINT8:
        raise gopanic("reflect.Value.SetBytes of non-byte slice")
    store(v, x)


def Value_SetLen(v, n):
    must_be_assignable(v, "reflect.Value.SetLen")
    must_be(v, SLICE, "reflect.Value.SetLen")
    s = get(v)
    if not 0 <= n <= s.cap:
        raise gopanic("reflect: slice length out of range in SetLen")
    store(v, Slice(s.a, s.off, n, s.cap) if s.a is not None else s)


def Value_SetCap(v, n):
    must_be_assignable(v, "reflect.Value.SetCap")
    must_be(v, SLICE, "reflect.Value.SetCap")
    s = get(v)
    if not s.len <= n <= s.cap:
        raise gopanic("reflect: slice capacity out of range in SetCap")
    store(v, Slice(s.a, s.off, s.len, n) if s.a is not None else s)


def Value_SetPointer(v, x):
    must_be_assignable(v, "reflect.Value.SetPointer")
    must_be(v, UNSAFEPOINTER, "reflect.Value.SetPointer")
    store(v, x)


def Value_SetZero(v):
    must_be_assignable(v, "reflect.Value.SetZero")
    store(v, v.typ.zero())


def Value_Grow(v, n):
    must_be_assignable(v, "reflect.Value.Grow")
    must_be(v, SLICE, "reflect.Value.Grow")
    if n < 0:
        raise gopanic("reflect.Value.Grow: negative len")
    s = get(v)
    if s.len + n > s.cap:
        et = v.typ.elem
        newcap = V.growcap(s.cap, s.len + n, et.size, et.noscan)
        na = V._fill(et, newcap)
        if s.a is not None:
            na[0:s.len] = s.a[s.off:s.off + s.len]
        store(v, Slice(na, 0, s.len, newcap))


def Value_Clear(v):
    k = _k(v)
    if k == MAP:
        get(v).clear()
    elif k == SLICE:
        s = get(v)
        et = v.typ.elem
        for i in range(s.off, s.off + s.len):
            s.a[i] = et.zero()
    else:
        raise value_error("reflect.Value.Clear", k)


# ---------------------------------------------------------------------------
# length, elements, fields

def Value_Len(v):
    k = _k(v)
    if k == SLICE:
        return get(v).len
    if k == STRING:
        return len(get(v))
    if k == ARRAY:
        return v.typ.len
    if k == MAP:
        return len(get(v))
    if k == CHAN:
        from gopherpy.runtime import chan
        return chan.chanlen(get(v))
    if k == POINTER and v.typ.elem.kind == ARRAY:
        return v.typ.elem.len
    if k == POINTER:
        raise gopanic("reflect: call of reflect.Value.Len on ptr to non-array Value")
    raise value_error("reflect.Value.Len", k)


def Value_Cap(v):
    k = _k(v)
    if k == SLICE:
        return get(v).cap
    if k == ARRAY:
        return v.typ.len
    if k == CHAN:
        from gopherpy.runtime import chan
        return chan.chancap(get(v))
    if k == POINTER and v.typ.elem.kind == ARRAY:
        return v.typ.elem.len
    if k == POINTER:
        raise gopanic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
    raise value_error("reflect.Value.Cap", k)


def Value_Index(v, i):
    k = _k(v)
    if k == SLICE:
        s = get(v)
        if not 0 <= i < s.len:
            raise gopanic("reflect: slice index out of range")
        return elem_value(v.typ.elem, s.a, s.off + i, F_ADDR | (v.flag & F_RO))
    if k == ARRAY:
        t = v.typ
        if not 0 <= i < t.len:
            raise gopanic("reflect: array index out of range")
        return elem_value(t.elem, get(v), i, v.flag & (F_ADDR | F_RO))
    if k == STRING:
        s = get(v)
        if not 0 <= i < len(s):
            raise gopanic("reflect: string index out of range")
        return mkv(rt.UINT8_T, s[i], v.flag & F_RO)
    raise value_error("reflect.Value.Index", k)


def Value_NumField(v):
    must_be(v, STRUCT, "reflect.Value.NumField")
    return len(v.typ.fields)


def field(v, i: int):
    t = v.typ
    f = t.fields[i]
    fl = v.flag & (F_RO_STICKY | F_ADDR)
    if not f.exported:
        fl |= F_RO_EMBED if f.embedded else F_RO_STICKY
    return field_value(f.type, get(v), f.attr, fl)


def Value_Field(v, i):
    must_be(v, STRUCT, "reflect.Value.Field")
    if not 0 <= i < len(v.typ.fields):
        raise gopanic("reflect: Field index out of range")
    return field(v, i)


def _by_index(v, idx, err: bool):
    if len(idx) == 1:
        return Value_Field(v, idx[0])
    must_be(v, STRUCT, "reflect.Value.FieldByIndex")
    for n, i in enumerate(idx):
        if n > 0 and v.typ.kind == POINTER and v.typ.elem.kind == STRUCT:
            if get(v) is None:
                if err:
                    from gopherpy.lib.nativeutil import native_error
                    return None, native_error("reflect: indirection through nil pointer to "
                                              "embedded struct field " + v.typ.elem.name)
                raise gopanic("reflect: indirection through nil pointer to embedded struct")
            v = Value_Elem(v)
        v = Value_Field(v, i)
    return v


def Value_FieldByIndex(v, index):
    return _by_index(v, index.tolist(), False)


def Value_FieldByIndexErr(v, index):
    r = _by_index(v, index.tolist(), True)
    if type(r) is tuple:
        return invalid(), r[1]
    return r, None


def Value_FieldByName(v, name):
    must_be(v, STRUCT, "reflect.Value.FieldByName")
    r = typeops._by_name(v.typ, gostr(name)) if name else None
    if r is None:
        return invalid()
    return _by_index(v, list(r[1]), False)


def Value_FieldByNameFunc(v, match):
    must_be(v, STRUCT, "reflect.Value.FieldByNameFunc")
    r = typeops.field_search(v.typ, lambda s: match(s.encode()))
    if r is None:
        return invalid()
    return _by_index(v, list(r[1]), False)


def Value_Elem(v):
    k = _k(v)
    if k == INTERFACE:
        return from_iface(get(v), v.flag & F_RO)
    if k == POINTER:
        p = get(v)
        if p is None:
            return invalid()
        et = v.typ.elem
        fl = F_ADDR | (v.flag & F_RO)
        if et.kind == STRUCT or et.kind == ARRAY:
            return mkv(et, p, fl)
        return mkv(et, p, fl | F_INDIR)
    raise value_error("reflect.Value.Elem", k)


def Value_Addr(v):
    if not v.flag & F_ADDR:
        raise gopanic("reflect.Value.Addr of unaddressable value")
    return mkv(rt.ptr_to(v.typ), v.ptr, v.flag & F_RO)


def Value_UnsafeAddr(v):
    if v.typ is None:
        raise value_error("reflect.Value.UnsafeAddr", 0)
    if not v.flag & F_ADDR:
        raise gopanic("reflect.Value.UnsafeAddr of unaddressable value")
    return _addr(v.ptr)


def _addr(p, elem=None) -> int:
    from gopherpy.lib.fmt.printer import addr_of
    return addr_of(p, elem)


def Value_Pointer(v):
    k = _k(v)
    x = get(v) if v.typ is not None else None
    if k == SLICE:
        from gopherpy.lib.fmt.printer import slice_addr
        return slice_addr(x, v.typ.elem)
    if k == MAP:
        return 0 if x.nil else _addr(x)
    if k == FUNC:
        from gopherpy.runtime import symtab
        return symtab.funcpc(x)   # the code pointer: runtime.FuncForPC names it
    if k in (CHAN, POINTER, UNSAFEPOINTER):
        return 0 if x is None else _addr(x, v.typ.elem if k == POINTER else None)
    raise value_error("reflect.Value.Pointer", k)


def Value_UnsafePointer(v):
    k = _k(v)
    if k in (CHAN, FUNC, MAP, POINTER, SLICE, UNSAFEPOINTER):
        x = get(v)
        if k == SLICE:
            return x.a
        if k == MAP and x.nil:
            return None
        return x
    raise value_error("reflect.Value.UnsafePointer", k)


def Value_IsNil(v):
    k = _k(v)
    if k in (CHAN, FUNC, INTERFACE, POINTER, UNSAFEPOINTER):
        return get(v) is None
    if k == MAP:
        return get(v).nil
    if k == SLICE:
        return get(v).a is None
    raise value_error("reflect.Value.IsNil", k)


def is_zero(t, x) -> bool:
    k = t.kind
    if k == BOOL:
        return not x
    if INT <= k <= COMPLEX128:
        return x == 0
    if k == STRING:
        return len(x) == 0
    if k in (CHAN, FUNC, INTERFACE, POINTER, UNSAFEPOINTER):
        return x is None
    if k == MAP:
        return x.nil
    if k == SLICE:
        return x.a is None
    if k == ARRAY:
        et = t.elem
        return all(is_zero(et, e) for e in x)
    if k == STRUCT:
        return all(f.name == "_" or is_zero(f.type, getattr(x, f.attr)) for f in t.fields)
    return False


def Value_IsZero(v):
    if v.typ is None:
        raise value_error("reflect.Value.IsZero", 0)
    return is_zero(v.typ, get(v))


def Value_Slice(v, i, j):
    k = _k(v)
    if k == ARRAY:
        if not v.flag & F_ADDR:
            raise gopanic("reflect.Value.Slice: slice of unaddressable array")
        a = get(v)
        n = len(a)
        if not 0 <= i <= j <= n:
            raise gopanic("reflect.Value.Slice: slice index out of bounds")
        return mkv(rt.slice_of(v.typ.elem), Slice(a, i, j - i, n - i), v.flag & F_RO)
    if k == SLICE:
        s = get(v)
        if not 0 <= i <= j <= s.cap:
            raise gopanic("reflect.Value.Slice: slice index out of bounds")
        if s.a is None:
            return mkv(v.typ, s, v.flag & F_RO)
        return mkv(v.typ, Slice(s.a, s.off + i, j - i, s.cap - i), v.flag & F_RO)
    if k == STRING:
        s = get(v)
        if not 0 <= i <= j <= len(s):
            raise gopanic("reflect.Value.Slice: string slice index out of bounds")
        return mkv(v.typ, s[i:j], v.flag & F_RO)
    raise value_error("reflect.Value.Slice", k)


def Value_Slice3(v, i, j, kk):
    k = _k(v)
    if k == ARRAY:
        if not v.flag & F_ADDR:
            raise gopanic("reflect.Value.Slice3: slice of unaddressable array")
        a = get(v)
        cap = len(a)
        st = rt.slice_of(v.typ.elem)
        base = Slice(a, 0, cap, cap)
    elif k == SLICE:
        base = get(v)
        cap = base.cap
        st = v.typ
    else:
        raise value_error("reflect.Value.Slice3", k)
    if not 0 <= i <= j <= kk <= cap:
        raise gopanic("reflect.Value.Slice3: slice index out of bounds")
    if base.a is None:
        return mkv(st, base, v.flag & F_RO)
    return mkv(st, Slice(base.a, base.off + i, j - i, kk - i), v.flag & F_RO)


# ---------------------------------------------------------------------------
# maps

def key_enc(kt, k):
    """Go map key k (type kt) as the dict key VALUES.md prescribes."""
    kk = kt.kind
    if kk == INTERFACE:
        return rt.ifacehash_key(k)
    if kk == ARRAY:
        return V.mapkey_copy(k)
    if kk == FLOAT32 or kk == FLOAT64:
        return V.floatkey(k)
    if kk == POINTER and kt.elem.kind in (STRUCT, ARRAY):
        return V.idkey(k)
    if kk == STRUCT:
        return k._copy()
    return k


def _untuple(t, k):
    if t.kind == ARRAY:
        return [_untuple(t.elem, x) for x in k]
    return k


def key_dec(kt, k):
    """Inverse of key_enc."""
    kk = kt.kind
    if kk == INTERFACE:
        return rt.ifacekey_value(k)
    if kk == ARRAY:
        return _untuple(kt, k)
    if kk == POINTER and kt.elem.kind in (STRUCT, ARRAY):
        return None if k is None else k.o
    if kk == STRUCT:
        return k._copy()
    return k


def Value_MapIndex(v, key):
    must_be(v, MAP, "reflect.Value.MapIndex")
    t = v.typ
    k = assign_value(key, "reflect.Value.MapIndex", t.key)
    m = get(v)
    x = m.get(key_enc(t.key, k), V.MISSING)
    if x is V.MISSING:
        return invalid()
    return mkv(t.elem, copyval(t.elem, x), (v.flag | key.flag) & F_RO)


def Value_MapKeys(v):
    must_be(v, MAP, "reflect.Value.MapKeys")
    t = v.typ
    m = get(v)
    kt = t.key
    fl = v.flag & F_RO
    return V.mkslice([mkv(kt, key_dec(kt, k), fl) for k in V.mapiter(m)])


def Value_SetMapIndex(v, key, elem):
    must_be(v, MAP, "reflect.Value.SetMapIndex")
    must_be_exported(v, "reflect.Value.SetMapIndex")
    must_be_exported(key, "reflect.Value.SetMapIndex")
    t = v.typ
    k = key_enc(t.key, assign_value(key, "reflect.Value.SetMapIndex", t.key))
    m = get(v)
    if elem.typ is None:
        m.pop(k, None)
        return
    must_be_exported(elem, "reflect.Value.SetMapIndex")
    m[k] = assign_value(elem, "reflect.Value.SetMapIndex", t.elem)


class _IterState:
    __slots__ = ("keys", "i", "m")

    def __init__(self, m):
        self.m = m
        self.keys = V.mapiter(m)
        self.i = -1


def Value_MapRange(v):
    must_be(v, MAP, "reflect.Value.MapRange")
    it = G.MapIter()
    it.m = v
    it.st = None
    return it


def MapIter_Next(it):
    if it.m.typ is None:
        raise gopanic("MapIter.Next called on an iterator that does not have an associated "
                      "map Value")
    st = it.st
    if st is None:
        st = it.st = _IterState(get(it.m))
    elif st.i >= len(st.keys):
        raise gopanic("MapIter.Next called on exhausted iterator")
    m = st.m
    st.i += 1
    while st.i < len(st.keys) and st.keys[st.i] not in m:
        st.i += 1  # deleted during iteration
    return st.i < len(st.keys)


def _iter_current(it, what: str):
    st = it.st
    if st is None or st.i < 0:
        raise gopanic("MapIter." + what + " called before Next")
    if st.i >= len(st.keys):
        raise gopanic("MapIter." + what + " called on exhausted iterator")
    return st.keys[st.i]


def MapIter_Key(it):
    k = _iter_current(it, "Key")
    t = it.m.typ
    return mkv(t.key, key_dec(t.key, k), it.m.flag & F_RO)


def MapIter_Value(it):
    k = _iter_current(it, "Value")
    t = it.m.typ
    return mkv(t.elem, copyval(t.elem, it.st.m[k]), it.m.flag & F_RO)


def MapIter_Reset(it, v):
    if v.typ is not None:
        must_be(v, MAP, "reflect.MapIter.Reset")
    it.m = v
    it.st = None


def Value_SetIterKey(v, it):
    k = _iter_current(it, "Key")
    must_be_assignable(v, "reflect.Value.SetIterKey")
    t = it.m.typ
    store(v, assign_value(mkv(t.key, key_dec(t.key, k), it.m.flag & F_RO),
                          "reflect.MapIter.SetKey", v.typ))


def Value_SetIterValue(v, it):
    k = _iter_current(it, "Value")
    must_be_assignable(v, "reflect.Value.SetIterValue")
    t = it.m.typ
    store(v, assign_value(mkv(t.elem, it.st.m[k], it.m.flag & F_RO),
                          "reflect.MapIter.SetValue", v.typ))


# ---------------------------------------------------------------------------
# channels

def _chan_check(v, method, need_dir, msg):
    must_be(v, CHAN, method)
    must_be_exported(v, method)
    if not v.typ.dir & need_dir:
        raise gopanic(msg)


def _recv(v, block):
    _chan_check(v, "reflect.Value.Recv", rt.RECVDIR, "reflect: recv on send-only channel")
    from gopherpy.runtime import chan
    r = chan.chanrecv2(get(v), block)
    et = v.typ.elem
    if r is None:
        return mkv(et, et.zero(), 0), False
    x, ok = r
    return mkv(et, x, 0), ok


def Value_Recv(v):
    return _recv(v, True)


def Value_TryRecv(v):
    x, ok = _recv(v, False)
    if not ok and not (get(v) is not None and get(v).closed):
        return invalid(), False
    return x, ok


def _send(v, x, block):
    _chan_check(v, "reflect.Value.Send", rt.SENDDIR, "reflect: send on recv-only channel")
    must_be_exported(x, "reflect.Value.Send")
    val = assign_value(x, "reflect.Value.Send", v.typ.elem)
    from gopherpy.runtime import chan
    return chan.chansend(get(v), val, block)


def Value_Send(v, x):
    _send(v, x, True)


def Value_TrySend(v, x):
    return bool(_send(v, x, False))


def Value_Close(v):
    must_be(v, CHAN, "reflect.Value.Close")
    must_be_exported(v, "reflect.Value.Close")
    if not v.typ.dir & rt.SENDDIR:
        raise gopanic("reflect: close of receive-only channel")
    from gopherpy.runtime import chan
    chan.closechan(get(v))


def Select(cases):
    cs = cases.tolist()
    if len(cs) > 65536:
        raise gopanic("reflect.Select: too many cases (max 65536)")
    rcases = []
    has_default = False
    for c in cs:
        d = c.Dir
        if d == 3:  # SelectDefault
            if has_default:
                raise gopanic("reflect.Select: multiple default cases")
            if c.Chan.typ is not None:
                raise gopanic("reflect.Select: default case has Chan value")
            if c.Send.typ is not None:
                raise gopanic("reflect.Select: default case has Send value")
            has_default = True
            rcases.append(None)
        elif d == 1:  # SelectSend
            ch = c.Chan
            if ch.typ is None:
                rcases.append((1, None, None))
                continue
            must_be(ch, CHAN, "reflect.Select")
            must_be_exported(ch, "reflect.Select")
            if not ch.typ.dir & rt.SENDDIR:
                raise gopanic("reflect.Select: SendDir case using recv-only channel")
            if c.Send.typ is None:
                raise gopanic("reflect.Select: SendDir case missing Send value")
            must_be_exported(c.Send, "reflect.Select")
            rcases.append((1, get(ch), assign_value(c.Send, "reflect.Select", ch.typ.elem)))
        elif d == 2:  # SelectRecv
            if c.Send.typ is not None:
                raise gopanic("reflect.Select: RecvDir case has Send value")
            ch = c.Chan
            if ch.typ is None:
                rcases.append((2, None, None))
                continue
            must_be(ch, CHAN, "reflect.Select")
            must_be_exported(ch, "reflect.Select")
            if not ch.typ.dir & rt.RECVDIR:
                raise gopanic("reflect.Select: RecvDir case using send-only channel")
            rcases.append((2, get(ch), None))
        else:
            raise gopanic("reflect.Select: invalid Dir")
    from gopherpy.runtime.selectgo import selectgo
    i, x, ok = selectgo(rcases)
    c = cs[i]
    if c.Dir == 2:
        et = c.Chan.typ.elem
        if not ok:
            x = et.zero()
        return i, mkv(et, x, 0), ok
    return i, invalid(), False


# ---------------------------------------------------------------------------
# comparison

def Value_Comparable(v):
    k = _k(v)
    if k == INVALID:
        return False
    t = v.typ
    if k == INTERFACE:
        x = get(v)
        return x is None or Value_Comparable(from_iface(x))
    if k == ARRAY:
        if t.elem.kind in (INTERFACE, ARRAY, STRUCT):
            return all(Value_Comparable(Value_Index(v, i)) for i in range(t.len))
        return t.comparable
    if k == STRUCT:
        return all(Value_Comparable(field(v, i)) for i in range(len(t.fields)))
    return t.comparable


def Value_Equal(v, u):
    if _k(v) == INTERFACE:
        v = Value_Elem(v)
    if _k(u) == INTERFACE:
        u = Value_Elem(u)
    if v.typ is None or u.typ is None:
        return (v.typ is None) == (u.typ is None)
    if v.typ is not u.typ:
        return False
    t = v.typ
    k = t.kind
    if k in (FUNC, MAP, SLICE):
        raise gopanic("reflect.Value.Equal: values of type " + t.string + " are not comparable")
    if k == ARRAY:
        if t.len == 0:
            if not t.elem.comparable:
                raise gopanic("reflect.Value.Equal: values of type " + t.string
                              + " are not comparable")
            return True
        return all(Value_Equal(Value_Index(v, i), Value_Index(u, i)) for i in range(t.len))
    if k == STRUCT:
        return all(Value_Equal(field(v, i), field(u, i)) for i in range(len(t.fields)))
    return equal_values(t, get(v), get(u))


# ---------------------------------------------------------------------------
# slices: Append, AppendSlice, Copy, Swapper

def Append(s, x):
    must_be(s, SLICE, "reflect.Append")
    xs = x.tolist()
    t = s.typ
    et = t.elem
    items = [assign_value(e, "reflect.Set", et) for e in xs]
    for e in xs:
        must_be_exported(e, "reflect.Value.Set")
    sl = get(s)
    if et.is_byte:
        items = bytes(items)
    return mkv(t, V.appendn(sl, items, et) if items else sl, s.flag & F_RO)


def _types_must_match(what, a, b):
    if a is not b:
        raise gopanic(what + ": " + a.string + " != " + b.string)


def AppendSlice(s, t):
    must_be(s, SLICE, "reflect.AppendSlice")
    must_be(t, SLICE, "reflect.AppendSlice")
    _types_must_match("reflect.AppendSlice", s.typ.elem, t.typ.elem)
    et = s.typ.elem
    src = get(t)
    items = [copyval(et, e) for e in src] if et.kind in (STRUCT, ARRAY) else \
        (src.a[src.off:src.off + src.len] if src.a is not None else [])
    sl = get(s)
    return mkv(s.typ, V.appendn(sl, items, et) if len(items) else sl, s.flag & F_RO)


def Copy(dst, src):
    dk = _k(dst)
    if dk != ARRAY and dk != SLICE:
        raise value_error("reflect.Copy", dk)
    if dk == ARRAY:
        must_be_assignable(dst, "reflect.Copy")
    must_be_exported(dst, "reflect.Copy")
    sk = _k(src)
    string_copy = False
    if sk != ARRAY and sk != SLICE:
        string_copy = sk == STRING and dst.typ.elem.kind == UINT8
        if not string_copy:
            raise value_error("reflect.Copy", sk)
    must_be_exported(src, "reflect.Copy")
    de = dst.typ.elem
    if not string_copy:
        _types_must_match("reflect.Copy", de, src.typ.elem)
    if dk == ARRAY:
        da, doff, dn = get(dst), 0, dst.typ.len
    else:
        d = get(dst)
        da, doff, dn = d.a, d.off, d.len
    if string_copy:
        items = get(src)
    elif sk == ARRAY:
        items = get(src)
    else:
        s = get(src)
        items = s.a[s.off:s.off + s.len] if s.a is not None else []
    n = min(dn, len(items))
    if n:
        chunk = items[:n]
        if de.kind in (STRUCT, ARRAY):
            chunk = [copyval(de, e) for e in chunk]
        elif type(da) is list and not isinstance(chunk, list):
            chunk = list(chunk)
        da[doff:doff + n] = chunk
    return n


def Swapper(slice_):
    v = from_iface(slice_)
    if _k(v) != SLICE:
        raise value_error("Swapper", _k(v))
    s = get(v)
    a, off, n = s.a, s.off, s.len
    et = v.typ.elem
    # Go swaps small element types with plain index expressions (runtime bounds
    # errors, j checked first) and the others after its own check
    plain = n > 1 and ((not et.noscan and (et.size == 8 or et.kind == STRING))
                       or (et.noscan and et.size in (1, 2, 4, 8)))

    def swap(i, j):
        if plain:
            if not 0 <= j < n:
                raise index_error(j, n)
            if not 0 <= i < n:
                raise index_error(i, n)
        elif not (0 <= i < n and 0 <= j < n) or (n == 1 and (i or j)):
            raise gopanic("reflect: slice index out of range")
        if n > 1:
            a[off + i], a[off + j] = a[off + j], a[off + i]

    swap.__name__ = swap.__qualname__ = "reflect.Swapper.func1"
    return swap


_unused = (Boxed, F_METHOD, kind_name, _SIGNED, _UNSIGNED, _NILABLE, _overflow)
