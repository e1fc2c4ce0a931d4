"""This file implements package runtime's natives over the goroutine runtime (gopherpy/runtime: proc.py, symtab.py for program counters, traceback.py for stacks)."""

from __future__ import annotations

import gc as _pygc
import sys
import time

from gopherpy.runtime import panic as _panic
from gopherpy.runtime import proc, symtab

_NS: dict = {}
_tbmod = None


def _tb():
    """runtime/traceback.py, imported by the first call that walks a stack (Caller,
    Callers, Stack, Breakpoint): a program that never does is spared the import."""
    global _tbmod
    if _tbmod is None:
        from gopherpy.runtime import traceback
        _tbmod = traceback
    return _tbmod


def init_package(ns):
    _NS.update(ns)
    # The runtime's error types are gopherpy/runtime/panic.py's descriptors, so that
    # x.(*runtime.PanicNilError) and errors.As see the values the runtime panics with.
    for name, cls in (("TypeAssertionError", _panic.TypeAssertionError),
                      ("PanicNilError", _panic.PanicNilError)):
        ns["_grtypes"]["runtime." + name] = cls._rtype.elem


def TypeAssertionError_Error(e):
    return e.msg


def TypeAssertionError_RuntimeError(e):
    pass


PanicNilError_Error = TypeAssertionError_Error
PanicNilError_RuntimeError = TypeAssertionError_RuntimeError


Gosched = proc.Gosched


# ---------------------------------------------------------------------------
# GC: Python's collector stands in until the Go heap exists (partial); what MemStats
# reports about collections is measured here.

_gcstats = {"num": 0, "forced": 0, "last": 0, "total": 0, "pause": [0] * 256, "end": [0] * 256}


def GC():
    """Collect (Python's collector, counted for MemStats), and let other goroutines run:
    Go's runtime.GC blocks its caller until the cycle ends (the caller parks while the
    mark workers run), so it is a point where other goroutines are scheduled."""
    t0 = time.perf_counter_ns()
    _pygc.collect()
    pause = time.perf_counter_ns() - t0
    end = time.time_ns()
    s = _gcstats
    i = s["num"] % 256
    s["pause"][i] = pause
    s["end"][i] = end
    s["num"] += 1
    s["forced"] += 1
    s["last"] = end
    s["total"] += pause
    proc.Gosched()
    # Go's sweep queues the finalizers and readies their goroutine, which runs once
    # the caller of GC blocks or yields, not before GC returns.
    _queue_finalizers()


def readGCStats(m):
    s = _gcstats
    m.NumGC = s["num"] & 0xFFFFFFFF
    m.NumForcedGC = s["forced"] & 0xFFFFFFFF
    m.LastGC = s["last"]
    m.PauseTotalNs = s["total"]
    m.PauseNs = list(s["pause"])
    m.PauseEnd = list(s["end"])


# Go's size classes (go1.27, amd64): MemStats.BySize[i].Size.
_SIZE_CLASSES = (0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
                 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
                 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
                 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
                 12288, 13568, 14336, 16384, 18432)


def sizeClass(i):
    return _SIZE_CLASSES[i]


def NumGoroutine():
    return proc.NumGoroutine()


def NumCPU():
    return proc.NumCPU()


def GOMAXPROCS(n):
    return proc.GOMAXPROCS(n)


def Goexit():
    proc.Goexit()


def LockOSThread():
    pass


def UnlockOSThread():
    pass


def Version():
    return b"go1.27.3"


def GOROOT():
    return symtab.goroot().encode()


# ---------------------------------------------------------------------------
# Program counters and frames (symtab.py documents the PC scheme)


def Caller(skip):
    """(pc, file, line, ok) of the frame skip levels above Caller's caller."""
    if skip < 0:
        return 0, b"", 0, False
    for i, loc in enumerate(_tb().current_locs(sys._getframe(1))):
        if i == skip:
            fi = loc.fi
            pc = loc.pc - 1 if loc.pc > fi.entry else loc.pc
            return pc, loc.file.encode(), loc.line, True
    return 0, b"", 0, False


def Callers(skip, pc):
    """Store the return PCs of the calling goroutine's frames, from frame skip (0 is Callers itself)."""
    n = pc.len
    if n == 0:
        return 0
    a, off = pc.a, pc.off
    k = 0
    if skip <= 0:
        a[off] = symtab.pseudo_pc("runtime.Callers")
        k = 1
    i = 1
    if k < n:
        for loc in _tb().current_locs(sys._getframe(1)):
            if i >= skip:
                a[off + k] = loc.pc
                k += 1
                if k == n:
                    break
            i += 1
    return k


_funcs: dict = {}   # id(*Func object) -> FuncInfo (the objects live in FuncInfo.gofunc)


def FuncForPC(pc):
    fi = symtab.findfunc(pc)
    if fi is None:
        return None
    f = fi.gofunc
    if f is None:
        f = fi.gofunc = _NS["Func"]()
        _funcs[id(f)] = fi
    return f


def _info(f):
    if f is None:
        from gopherpy.runtime.panic import nil_deref
        raise nil_deref()
    return _funcs.get(id(f))


def Func_Name(f):
    if f is None:
        return b""
    fi = _funcs.get(id(f))
    return fi.name.encode() if fi is not None else b""


def Func_Entry(f):
    fi = _info(f)
    return fi.entry if fi is not None else 0


def Func_FileLine(f, pc):
    fi = _info(f)
    if fi is None:
        return b"?", 0
    file, line = symtab.fileline(fi, pc)
    return file.encode(), line


def Func_startLine(f):
    fi = _info(f)
    return fi.startline if fi is not None else 0


# ---------------------------------------------------------------------------
# Stacks


def Stack(buf, all):
    """runtime.Stack: the calling goroutine's trace (and every other's if all) into buf; bytes written."""
    data = _tb().Stack(all, sys._getframe(1)).encode()
    n = min(len(data), buf.len)
    if n:
        buf.a[buf.off:buf.off + n] = data[:n]
    return n


def Breakpoint():
    """A breakpoint trap with no debugger attached: Go's SIGTRAP crash (exit status 2)."""
    from gopherpy.runtime.panic import ExitProgram
    sys.stdout.flush()
    pc = symtab.pseudo_pc("runtime.breakpoint") - 1
    text = _tb().Stack(False, sys._getframe(1), top=("runtime.breakpoint", "runtime.Breakpoint"))
    sys.stderr.write(f"SIGTRAP: trace trap\nPC={pc:#x} m=0 sigcode=128\n\n{text}")
    sys.stderr.flush()
    raise ExitProgram(2)


# ---------------------------------------------------------------------------
# Finalizers. A Go object is a Python object (VALUES.md), and Python's reference counts
# say when nothing but the finalizer table refers to it any more: that is when Go's
# collector would find it unreachable (the reasoning DESIGN.md gives for roots: a
# frame, a global, a native or another live object holding it adds a reference). Each
# runtime.GC() first runs Python's cycle collector (garbage cycles that held the object
# let go of it), then queues the finalizers of the objects only the table holds, and
# readies the finalizer goroutine, which calls them one at a time in a goroutine of its
# own, as Go's runfinq does. An object reachable from another finalizable object is
# finalized at a later collection, after that one's finalizer ran and dropped it
# (Go's order). An object in a cycle with itself keeps its count up and is never
# finalized (Go does not promise to finalize those either), nor is one the finalizer
# itself refers to. A uintptr does not keep an object alive in Go, so the references
# of addr.py's registry (which maps addresses back to objects) are not counted; a
# //go:uintptrescapes function holds the objects at its uintptr arguments for the
# call (addr.pin, emitted by the compiler at its entry: gc keeps only those of
# arguments written uintptr(unsafe.Pointer(...)) at the call, so gopherpy may keep
# more alive, never fewer). Pointers that are views (a
# field, an element, a package variable) are checked and recorded but never
# finalized.

_finalizers: dict = {}   # id(object) -> [object, finalizer, pointer type, parameter type]
_finq: list = []         # entries whose object died, in the order found
_fing = [None]           # the G running finalizers, or None


def SetFinalizer(obj, finalizer):
    from gopherpy.runtime import addr, rtype as R
    from gopherpy.runtime.values import Box
    et = R.typeof(obj)
    if et is None:
        proc.fatal("runtime.SetFinalizer: first argument is nil")
    if et.kind != R.POINTER:
        proc.fatal(f"runtime.SetFinalizer: first argument is {et.string}, not pointer")
    p = R.unbox(obj)
    if p is None:
        proc.fatal("runtime.SetFinalizer: pointer not in allocated block")
    tp = type(p)
    if tp is Box or hasattr(tp, "_gstruct") or isinstance(p, list):
        key = id(p)    # the object itself: it can be finalized
    else:
        key = ("view", addr.addr_of_ptr(p, et.elem))
    ft = R.typeof(finalizer)
    if ft is None:
        _finalizers.pop(key, None)
        return
    if ft.kind != R.FUNC:
        proc.fatal(f"runtime.SetFinalizer: second argument is {ft.string}, not a function")
    params = ft.params or ()
    if len(params) != 1 or ft.variadic or not _assignable(et, params[0]):
        proc.fatal(f"runtime.SetFinalizer: cannot pass {et.string} to finalizer {ft.string}")
    if key in _finalizers:
        proc.fatal("runtime.SetFinalizer: finalizer already set")
    _finalizers[key] = [p, R.unbox(finalizer), et, params[0]]


def _queue_finalizers() -> None:
    """Move the entries whose object only the table still refers to onto the queue and
    ready the finalizer goroutine (started on first need, as Go's createfing)."""
    from gopherpy.runtime.addr import registry_refs
    # two references: the entry's slot, and getrefcount's argument; and those of the
    # address registry, if the program turned the object's address into an integer
    dead = [k for k, e in _finalizers.items()
            if not isinstance(k, tuple) and sys.getrefcount(e[0]) <= 2 + registry_refs(e[0])]
    for k in dead:
        _finq.append(_finalizers.pop(k))
    if _finq and _fing[0] is None:
        _fing[0] = proc.go(_runfinq)


def _runfinq():
    from gopherpy.runtime import rtype as R
    try:
        while _finq:
            e = _finq.pop(0)
            p, fn, et, pt = e
            e.clear()
            fn(R.box(et, p) if pt.kind == R.INTERFACE else p)
            del p, fn, e
    finally:
        _fing[0] = None


def _assignable(et, t) -> bool:
    from gopherpy.runtime import rtype as R
    if t is et:
        return True
    if t.kind == R.INTERFACE:
        return et.implements(t)
    return (t.kind == R.POINTER and t.elem is et.elem and not (t.named and et.named))
