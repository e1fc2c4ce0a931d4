"""This file implements package errors' natives: New, Is, As, Unwrap, Join.

Error values made here are instances of Python classes standing for the Go types the
package declares (*errors.errorString, *errors.joinError), with rtypes of those names.
"""

from __future__ import annotations

from gopherpy.lib.nativeutil import error_class, panic_str, strslice
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.values import Boxed, Ptr, Slice


def _es_error(self):
    return self.s


errorString = error_class("errors", "errors", "errorString", ("s",), _es_error)


def errorString_Error(e):
    return e.s


def New(text: bytes):
    return errorString(text)


def _je_error(self):
    parts = [e.Error() for e in self.errs.tolist()]
    return b"\n".join(parts)


def _je_unwrap(self):
    return self.errs


_ERROR_SLICE = None


def _error_slice_rtype():
    global _ERROR_SLICE
    if _ERROR_SLICE is None:
        _ERROR_SLICE = rt.slice_of(rt.iface_of(("Error",), "error"))
    return _ERROR_SLICE


joinError = error_class("errors", "errors", "joinError", (("errs", _error_slice_rtype()),),
                        _je_error, {"Unwrap": _je_unwrap})


def joinError_Error(e):
    return _je_error(e)


def joinError_Unwrap(e):
    return e.errs


def Join(errs: Slice):
    kept = [e for e in errs.tolist() if e is not None]
    if not kept:
        return None
    return joinError(strslice(kept))


def method(v, name: str):
    """The bound Go method `name` of interface value v, or None if its type lacks it."""
    t = rt.typeof(v)
    if t is None:
        return None
    a = t.methods.get(name)
    if a is None:
        return None
    return getattr(v, a, None)


def Unwrap(err):
    u = method(err, "Unwrap")
    if u is None:
        return None
    r = u()
    if isinstance(r, Slice):
        return None
    return r


def _comparable(v) -> bool:
    t = rt.typeof(v)
    return t is not None and t.comparable


def Is(err, target) -> bool:
    if err is None or target is None:
        return err is target
    return _is(err, target, _comparable(target))


def _is(err, target, comparable: bool) -> bool:
    while True:
        if comparable and rt.ifaceeq(err, target):
            return True
        m = method(err, "Is")
        if m is not None and m(target):
            return True
        u = method(err, "Unwrap")
        if u is None:
            return False
        r = u()
        if isinstance(r, Slice):
            for e in r.tolist():
                if e is not None and _is(e, target, comparable):
                    return True
            return False
        if r is None:
            return False
        err = r


_ERROR_T = None


def _error_type():
    global _ERROR_T
    if _ERROR_T is None:
        _ERROR_T = rt.iface_of(("Error",), "error")
    return _ERROR_T


def As(err, target) -> bool:
    if err is None:
        return False
    if target is None:
        panic_str("errors: target cannot be nil")
    tt = rt.typeof(target)
    if tt.kind != rt.POINTER:
        panic_str("errors: target must be a non-nil pointer")
    inner = target.v if isinstance(target, Boxed) else target
    if inner is None:
        panic_str("errors: target must be a non-nil pointer")
    et = tt.elem
    if et.kind != rt.INTERFACE and not et.implements(_error_type()):
        panic_str("errors: *target must be interface or implement error")
    return _as(err, target, inner, et)


def _matches(err, et) -> bool:
    t = rt.typeof(err)
    if et.kind == rt.INTERFACE:
        return t.implements(et)
    return t is et


def _store(inner, et, err) -> None:
    if et.kind == rt.INTERFACE:
        val = err
    else:
        val = err.v if isinstance(err, Boxed) else err
    if isinstance(inner, Ptr):
        if et.kind in (rt.STRUCT, rt.ARRAY) and hasattr(val, "_copy"):
            val = val._copy()
        elif et.kind == rt.ARRAY:
            val = list(val)
        inner.v = val
    elif et.kind == rt.STRUCT:           # *S target is the struct object itself
        for f in et.fields:
            setattr(inner, f.attr, getattr(val, f.attr))
    elif et.kind == rt.ARRAY:
        inner[:] = val


def _as(err, target, inner, et) -> bool:
    while True:
        if _matches(err, et):
            _store(inner, et, err)
            return True
        m = method(err, "As")
        if m is not None and m(target):
            return True
        u = method(err, "Unwrap")
        if u is None:
            return False
        r = u()
        if isinstance(r, Slice):
            for e in r.tolist():
                if e is not None and _as(e, target, inner, et):
                    return True
            return False
        if r is None:
            return False
        err = r


ErrUnsupported = New(b"unsupported operation")
