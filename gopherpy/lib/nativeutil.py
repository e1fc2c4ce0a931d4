"""This file holds the helpers that standard-library natives share: strings, byte slices, panics, errors.

Natives take and return values in the representation of gopherpy/runtime/VALUES.md.
Types that natives must build values of but that the compiler also sees in a
package's .go files are reached through `package(path)` (see its docstring).
"""

from __future__ import annotations

from gopherpy.runtime import rtype as rt
from gopherpy.runtime.panic import GoPanic, gopanic
from gopherpy.runtime.values import NIL_SLICE, Slice, growcap, mkslice

__all__ = ["GoPanic", "gopanic", "NIL_SLICE", "Slice", "mkslice", "bslice", "sbytes",
           "append_bytes", "strs", "strslice", "panic_str", "native_error", "ErrorValue"]


def sbytes(sl: Slice) -> bytes:
    """The bytes of a []byte slice (a copy)."""
    a = sl.a
    if a is None:
        return b""
    o = sl.off
    return bytes(a[o:o + sl.len])


def bslice(data) -> Slice:
    """A fresh []byte holding `data` (len == cap)."""
    b = bytearray(data)
    return Slice(b, 0, len(b), len(b))


def append_bytes(sl: Slice, data) -> Slice:
    """append(sl, data...) for a []byte and bytes-like data, with Go's growth rule."""
    k = len(data)
    if k == 0:
        return sl
    n = sl.len
    newlen = n + k
    a = sl.a
    if newlen <= sl.cap:
        o = sl.off + n
        a[o:o + k] = data
        return Slice(a, sl.off, newlen, sl.cap)
    newcap = growcap(sl.cap, newlen, 1, True)
    na = bytearray(newcap)
    if a is not None:
        na[0:n] = a[sl.off:sl.off + n]
    na[n:newlen] = data
    return Slice(na, 0, newlen, newcap)


def strs(sl: Slice) -> list:
    """The elements of a []string (or any slice) as a Python list."""
    return sl.tolist()


def strslice(items: list) -> Slice:
    """A []string (or any slice) owning the Python list `items`."""
    return Slice(items, 0, len(items), len(items))


def panic_str(msg: str):
    """Raise a Go panic whose value is the string msg (as `panic("msg")`)."""
    raise GoPanic(msg.encode() if isinstance(msg, str) else msg)


# ---------------------------------------------------------------------------
# Error values made by natives: a *pkg.name pointer-to-struct with an Error method.

_err_classes: dict = {}


class ErrorValue:
    """Base of error values natives create (their classes carry `_rtype` = *pkg.T)."""

    __slots__ = ()

    def __repr__(self):
        return f"<{self._rtype.string} {self.Error()!r}>"


def error_class(pkg_path: str, pkg_name: str, name: str, fields: tuple, error_fn,
                extra_methods: dict | None = None):
    """A class for a Go struct type pkg.name whose pointer implements error.

    fields: Go field names (all of Go type string unless given as (name, RType));
    error_fn(self) -> bytes implements Error(). The class plays the role of the
    compiler's struct class for a type the package's .go file declares.
    """
    key = (pkg_path, name)
    c = _err_classes.get(key)
    if c is not None:
        return c
    fspecs = []
    attrs = []
    for f in fields:
        fname, ftype = (f, rt.STRING_T) if isinstance(f, str) else f
        attrs.append(fname)
        fspecs.append((fname, fname, ftype, False, b"", pkg_path if not fname[:1].isupper() else ""))
    st = rt.struct_of(tuple(fspecs))
    nt = rt.named(pkg_path, pkg_name, name, st)
    pt = rt.ptr_to(nt)
    ns = {"__slots__": tuple(attrs), "_rtype": pt, "Error": error_fn}
    pt.methods = {"Error": "Error"}
    if extra_methods:
        ns.update(extra_methods)
        for m in extra_methods:
            pt.methods[m] = m

    def __init__(self, *args):
        for a, v in zip(attrs, args):
            setattr(self, a, v)

    def _copy(self):
        o = object.__new__(type(self))
        for a in attrs:
            setattr(o, a, getattr(self, a))
        return o

    ns["__init__"] = __init__
    ns["_copy"] = _copy
    c = type(name, (ErrorValue,), ns)
    nt.cls = c
    st.cls = c
    _err_classes[key] = c
    return c


def native_error(text) -> object:
    """A new error value like errors.New(text)."""
    from gopherpy.lib.errors.native import New
    return New(text if isinstance(text, bytes) else text.encode())


class LazyPattern:
    """re.compile(pattern, flags), compiled when one of its methods is first used:
    compiling a pattern costs ~0.3 ms, and a program importing a package (strconv,
    encoding/json) seldom calls every function that needs one. After the first use
    `p.match` is the compiled pattern's own method, read from a slot (no Python-level
    call added)."""

    _METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")
    __slots__ = ("_args",) + _METHODS

    def __init__(self, pattern, flags=0):
        self._args = (pattern, flags)

    def __getattr__(self, name):
        if name not in LazyPattern._METHODS:
            raise AttributeError(name)
        import re
        c = re.compile(*self._args)
        for m in LazyPattern._METHODS:
            setattr(self, m, getattr(c, m))
        return getattr(c, name)
