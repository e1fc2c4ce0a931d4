"""This file holds the small runtime entry points compiled code calls that have no better home yet: print/println and the goroutine/channel bridge.

print/println write to stderr in go1.27's formats. The channel and goroutine
operations forward to gopherpy.runtime.chan / proc when those modules exist; until
then `go` runs the function at once (partial: single goroutine) and channel
operations raise a gopherpy internal error.
"""

from __future__ import annotations

import sys


def _digits(f: float):
    """Shortest decimal digits and decimal-point position of finite f > 0 (Go's shortest)."""
    r = repr(f)
    if "e" in r:
        mant, e = r.split("e")
        e = int(e)
    else:
        mant, e = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    if fp == "0":
        fp = ""
    digs = (ip + fp).lstrip("0")
    dp = len(ip) + e
    if ip == "0" or ip.lstrip("0") == "":
        z = len(fp) - len(fp.lstrip("0"))
        digs = fp.lstrip("0")
        dp = -z + e
    digs = digs.rstrip("0") or "0"
    return digs, dp


def format_g(f: float, ethresh: int = 6, bits: int = 64) -> str:
    """strconv.FormatFloat(f, 'g', -1, bits); ethresh=21 gives fmt's %v rule."""
    if f != f:
        return "NaN"
    if f == float("inf"):
        return "+Inf"
    if f == float("-inf"):
        return "-Inf"
    neg = f < 0 or (f == 0 and str(f).startswith("-"))
    if f == 0:
        return "-0" if neg else "0"
    a = abs(f)
    digs, dp = _digits(a) if bits == 64 else _digits32(a)
    nd = len(digs)
    exp = dp - 1
    if exp < -4 or exp >= ethresh:
        s = digs[0] + ("." + digs[1:] if nd > 1 else "")
        es = "-" if exp < 0 else "+"
        ea = abs(exp)
        s += "e" + es + (f"{ea:02d}")
    else:
        if dp <= 0:
            s = "0." + "0" * (-dp) + digs
        elif dp >= nd:
            s = digs + "0" * (dp - nd)
        else:
            s = digs[:dp] + "." + digs[dp:]
    return ("-" if neg else "") + s


def _digits32(a: float):
    """Shortest digits that round-trip through float32."""
    import struct
    for prec in range(1, 10):
        s = f"{a:.{prec - 1}e}"
        if struct.unpack("<f", struct.pack("<f", float(s)))[0] == a:
            mant, e = s.split("e")
            digs = mant.replace(".", "").rstrip("0") or "0"
            return digs, int(e) + 1
    return _digits(a)


def _pval(v, kind: str) -> str:
    if kind == "string":
        return v.decode("utf-8", "surrogateescape")
    if kind == "bool":
        return "true" if v else "false"
    if kind in ("float64", "float32"):
        return format_g(v, 6, 64 if kind == "float64" else 32)
    if kind in ("complex64", "complex128"):
        b = 64 if kind == "complex128" else 32
        im = format_g(v.imag, 6, b)
        if not im.startswith("-") and not im.startswith("+"):
            im = "+" + im
        return f"({format_g(v.real, 6, b)}{im}i)"
    if kind == "untypednil":
        return "nil"
    if kind == "iface":
        if v is None:
            return "(0x0,0x0)"
        from gopherpy.runtime import addr
        t, d = addr.iface_words(v)
        return f"({t:#x},{d:#x})"
    if kind in ("slice",):
        if v.a is None:
            return f"[{v.len}/{v.cap}]0x0"
        from gopherpy.runtime import addr
        return f"[{v.len}/{v.cap}]{addr.slice_addr(v):#x}"
    if kind in ("ptr", "map", "chan", "func", "unsafeptr"):
        if v is None or getattr(v, "nil", False) is True:
            return "0x0"
        # addresses from runtime/addr.py: one per object, as stable as Go's
        from gopherpy.runtime import addr
        return f"{(addr.addr(v) if kind == 'unsafeptr' else addr.value_addr(v)):#x}"
    return str(v)


def print_(items) -> None:
    sys.stdout.flush()
    sys.stderr.write("".join(_pval(v, k) for v, k in items))
    sys.stderr.flush()


def println_(items) -> None:
    sys.stdout.flush()
    sys.stderr.write(" ".join(_pval(v, k) for v, k in items) + "\n")
    sys.stderr.flush()


# ---------------------------------------------------------------------------
# goroutines and channels (bridge to the goroutine runtime)

def _chan():
    from gopherpy.runtime import chan
    return chan


def go(fn, args):
    try:
        from gopherpy.runtime import proc
    except ImportError:
        fn(*args)
        return
    proc.go(fn, *args)


def chanrange(c):
    return _chan().chanrange(c)


# The generated code calls these as _gchan.NAME: bound straight to the runtime's
# functions (one call per channel operation, no trampoline).
try:
    from gopherpy.runtime.chan import (makechan, chanrecv, chanrecv2, chansend,  # noqa: E402,F401,F811
                                       closechan, chanlen, chancap, chanrange,
                                       sent, recvd)
    from gopherpy.runtime.selectgo import (selectgo, selectrecv, selectn,  # noqa: E402,F401
                                           selectrecv_g, selectn_g)
    from gopherpy.runtime.proc import newproc as go, newproc_light as golight  # noqa: E402,F811
except ImportError:  # pragma: no cover - the runtime is part of gopherpy
    pass
