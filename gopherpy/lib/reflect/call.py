"""This file implements calls through reflection: Value.Call/CallSlice, MakeFunc, and method values (Value.Method, MethodByName, NumMethod).

A func Value holds a Python callable (VALUES.md: arguments positional, a variadic
parameter as one Slice, several results as a tuple). Method values are bound when
Value.Method makes them (the receiver is copied then, as Go evaluates it).
"""

from __future__ import annotations

from gopherpy.lib.reflect.convert import assign_value
from gopherpy.lib.reflect.core import (F_METHOD, F_RO, copyval, get, gopanic, mkv,
                                       must_be, must_be_exported, value_error)
from gopherpy.lib.reflect import typeops
from gopherpy.runtime import values as V
from gopherpy.runtime.panic import WRAPPER_CODES

FUNC, INTERFACE = 19, 20


def _call(v, op: str, ins):
    must_be(v, FUNC, "reflect.Value." + op)
    must_be_exported(v, "reflect.Value." + op)
    fn = get(v)
    if fn is None:
        raise gopanic("reflect.Value.Call: call of nil function")
    t = v.typ
    params = t.params
    n = len(params)
    variadic = t.variadic
    is_slice = op == "CallSlice"
    if is_slice:
        if not variadic:
            raise gopanic("reflect: CallSlice of non-variadic function")
        if len(ins) < n:
            raise gopanic("reflect: CallSlice with too few input arguments")
        if len(ins) > n:
            raise gopanic("reflect: CallSlice with too many input arguments")
    else:
        if variadic:
            n -= 1
        if len(ins) < n:
            raise gopanic("reflect: Call with too few input arguments")
        if not variadic and len(ins) > n:
            raise gopanic("reflect: Call with too many input arguments")
    for x in ins:
        if x.typ is None:
            raise gopanic("reflect: " + op + " using zero Value argument")
    from gopherpy.lib.reflect.convert import assignable
    for i in range(n):
        xt, targ = ins[i].typ, params[i]
        if not assignable(xt, targ):
            raise gopanic("reflect: " + op + " using " + xt.string + " as type " + targ.string)
    args = [assign_value(ins[i], "reflect.Value.Call", params[i]) for i in range(n)]
    if variadic and not is_slice:
        st = params[n]
        et = st.elem
        rest = []
        for x in ins[n:]:
            if not assignable(x.typ, et):
                raise gopanic("reflect: cannot use " + x.typ.string + " as type " + et.string
                              + " in " + op)
            rest.append(assign_value(x, "reflect.Set", et))
        if et.is_byte:
            args.append(V.Slice(bytearray(rest), 0, len(rest), len(rest)))
        else:
            args.append(V.mkslice(rest))
    r = fn(*args)
    res = t.results
    if not res:
        return V.mkslice([])
    if len(res) == 1:
        return V.mkslice([mkv(res[0], r, 0)])
    return V.mkslice([mkv(rt_, x, 0) for rt_, x in zip(res, r)])


def Value_Call(v, ins):
    return _call(v, "Call", ins.tolist())


def Value_CallSlice(v, ins):
    return _call(v, "CallSlice", ins.tolist())


def _func_name(fn) -> str:
    n = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", "")
    return n or "unknown"


def MakeFunc(typ, fn):
    if typ.kind != FUNC:
        raise gopanic("reflect: call of MakeFunc with non-Func type")
    params = typ.params
    results = typ.results

    def impl(*args):
        ins = V.mkslice([mkv(p, a, 0) for p, a in zip(params, args)])
        out = fn(ins)
        outs = out.tolist()
        if len(outs) != len(results):
            raise gopanic("reflect: wrong return count from function created by MakeFunc")
        vals = []
        for o, rtyp in zip(outs, results):
            if o.typ is None:
                raise gopanic("reflect: function created by MakeFunc using " + _func_name(fn)
                              + " returned zero Value")
            if o.flag & F_RO:
                raise gopanic("reflect: function created by MakeFunc using " + _func_name(fn)
                              + " returned value obtained from unexported field")
            from gopherpy.lib.reflect.convert import assignable
            if not assignable(o.typ, rtyp):
                raise gopanic("reflect: function created by MakeFunc using " + _func_name(fn)
                              + " returned wrong type: have " + o.typ.string + " for "
                              + rtyp.string)
            vals.append(assign_value(o, "reflect.MakeFunc", rtyp))
        if not vals:
            return None
        if len(vals) == 1:
            return vals[0]
        return tuple(vals)

    impl.__name__ = impl.__qualname__ = "reflect.makeFuncStub"
    WRAPPER_CODES.add(impl.__code__)  # recover() in fn sees the deferred call
    return mkv(typ, impl, 0)


# ---------------------------------------------------------------------------
# method values

def Value_NumMethod(v):
    t = v.typ
    if t is None:
        raise value_error("reflect.Value.NumMethod", 0)
    return typeops.rtype_NumMethod(t)


def _method_value(v, i: int, op: str):
    t = v.typ
    if t.kind == INTERFACE:
        ms = typeops.method_set(t)
    else:
        ms = typeops.exported_methods(t)
    if not 0 <= i < len(ms):
        raise gopanic("reflect: Method index out of range")
    mi = ms[i]
    if t.kind == INTERFACE and get(v) is None:
        raise gopanic("reflect: Method on nil interface value")
    name = mi.name
    recv = mkv(t, v.ptr, v.flag)

    def bound(*args):
        # the receiver is read at call time, as Go's method Values do (flagMethod)
        return typeops.bind(t, name, get(recv))(*args)

    bound.__name__ = bound.__qualname__ = f"{t.string}.{name}-fm"
    WRAPPER_CODES.add(bound.__code__)  # recover() in the method sees the deferred call
    return mkv(mi.mtype, bound, (v.flag & F_RO) | F_METHOD)


def Value_Method(v, i):
    if v.typ is None:
        raise value_error("reflect.Value.Method", 0)
    return _method_value(v, i, "Method")


def Value_MethodByName(v, name):
    t = v.typ
    if t is None:
        raise value_error("reflect.Value.MethodByName", 0)
    name = name.decode("utf-8", "replace")
    ms = typeops.method_set(t) if t.kind == INTERFACE else typeops.exported_methods(t)
    for i, mi in enumerate(ms):
        if mi.name == name:
            return _method_value(v, i, "MethodByName")
    from gopherpy.lib.reflect.core import invalid
    return invalid()
