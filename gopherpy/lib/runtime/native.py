"""This file implements the minimal package runtime's natives by forwarding to the goroutine runtime (gopherpy/runtime/proc.py)."""

from __future__ import annotations

import gc as _pygc
import sys

from gopherpy.runtime import proc


def Gosched():
    proc.Gosched()


def GC():
    """Collect, and let other goroutines run: Go's runtime.GC blocks its caller until the
    cycle ends (the caller parks while the mark workers run), so it is a point where
    other goroutines are scheduled."""
    _pygc.collect()
    proc.Gosched()


def NumGoroutine():
    return proc.NumGoroutine()


def NumCPU():
    return proc.NumCPU()


def GOMAXPROCS(n):
    return proc.GOMAXPROCS(n)


def Goexit():
    proc.Goexit()


def KeepAlive(x):
    pass


def SetFinalizer(obj, finalizer):
    pass  # partial: finalizers need the Go heap's GC (not yet)


def Caller(skip):
    """(pc, file, line, ok) of the Go function skip frames above the caller."""
    f = sys._getframe(1)
    n = -1
    inner = None
    while f is not None:
        co = f.f_code
        if co.co_filename.endswith(".go"):
            n += 1
            if n == skip:
                from gopherpy.runtime.traceback import panic_line, position
                fn, line = position(co, panic_line(f, inner) or f.f_lineno)
                return 0, fn.encode(), line, True
        inner = f
        f = f.f_back
    return 0, b"", 0, False


def LockOSThread():
    pass


def UnlockOSThread():
    pass


def Version():
    return b"go1.27.3"


def Stack(buf, all):
    """runtime.Stack: the calling goroutine's trace (and every other's if all) into buf; bytes written."""
    from gopherpy.runtime import traceback as tb
    data = tb.Stack(all).encode()
    n = min(len(data), buf.len)
    if n:
        buf.a[buf.off:buf.off + n] = data[:n]
    return n


def Breakpoint():
    pass


def Callers(skip, pc):
    return 0  # partial: no program counters in gopherpy yet


def ReadMemStats(m):
    pass  # partial: the fields stay zero until the Go heap (allocator/GC) exists
