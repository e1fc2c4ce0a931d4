"""This file implements Go's panics: runtime errors, defer/recover, Goexit, and the crash report.

A Go panic travels as the Python exception GoPanic carrying the Go value. Python
exceptions raised by compiled code stand for Go runtime errors (AttributeError on
None is a nil dereference, ZeroDivisionError an integer division by zero,
RecursionError a stack overflow); `topanic()` turns any exception into the GoPanic
Go would raise, so defer/recover and the crash report only ever see GoPanics.

Defer protocol used by compiled functions (see gopherpy/compile/defer.py):

    _df = []                          # deferred calls: (fn, args) tuples, run LIFO
    _pn = False
    try:
        <body>                        # `return X` stores results, then `return`
    except BaseException as _e:
        _pn = True
        deferpanic(_df, _e)           # runs the defers; re-raises unless recovered
        _pn = False
    finally:
        if not _pn:
            deferreturn(_df)
            return <results>

recover() compiles to `gorecover()`: it returns the panic value only when its caller
was invoked directly by rundefer (Go's "called directly by a deferred function").
"""

from __future__ import annotations

import sys

from gopherpy.runtime import rtype as _rt

Error_rtype = None  # set below


class GoPanic(Exception):
    """A Go panic in flight; `value` is the Go interface value passed to panic()."""

    def __init__(self, value, goexit: bool = False):
        super().__init__(value)
        self.value = value
        self.recovered = False
        self.goexit = goexit
        self.link: GoPanic | None = None   # the panic this one interrupted (printed first)
        self.signal = ""                    # extra line Go prints for a fault (SIGSEGV)


class GoExit(BaseException):
    """runtime.Goexit in flight: runs deferred calls, cannot be recovered."""


class ExitProgram(BaseException):
    """os.Exit(code): leaves at once, without running deferred calls."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


class RuntimeErr:
    """A value of one of the runtime package's error types (runtime.Error)."""

    __slots__ = ("msg",)
    _rtype = None

    def __init__(self, msg: bytes):
        self.msg = msg

    def Error(self):
        return self.msg

    def RuntimeError(self):
        pass

    def __eq__(self, o):
        return type(o) is type(self) and o.msg == self.msg

    def __hash__(self):
        return hash(self.msg)

    def __repr__(self):
        return f"<{type(self).__name__} {self.msg!r}>"


def _rtclass(name: str, ptr: bool = False):
    t = _rt.named("runtime", "runtime", name, _rt.STRING_T)
    t.methods = {"Error": "Error", "RuntimeError": "RuntimeError"}
    if ptr:
        t = _rt.ptr_to(t)
        t.methods = {"Error": "Error", "RuntimeError": "RuntimeError"}
    cls = type(name, (RuntimeErr,), {"__slots__": (), "_rtype": t})
    return cls


BoundsError = _rtclass("boundsError")
ErrorString = _rtclass("errorString")
PlainError = _rtclass("plainError")
TypeAssertionError = _rtclass("TypeAssertionError", ptr=True)
PanicNilError = _rtclass("PanicNilError", ptr=True)


def runtime_error(msg: str) -> GoPanic:
    return GoPanic(ErrorString(("runtime error: " + msg).encode()))


def bounds_error(msg: str) -> GoPanic:
    return GoPanic(BoundsError(("runtime error: " + msg).encode()))


def index_error(i: int, n: int) -> GoPanic:
    return bounds_error(f"index out of range [{i}] with length {n}")


def plain_error(msg: str) -> GoPanic:
    return GoPanic(PlainError(msg.encode()))


def nil_deref() -> GoPanic:
    p = runtime_error("invalid memory address or nil pointer dereference")
    p.signal = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"
    return p


def divide_error() -> GoPanic:
    return runtime_error("integer divide by zero")


def type_assert_error(iface: str, have, want: str, missing: str = "") -> GoPanic:
    """interface conversion: <iface> is <have>, not <want> (have None: nil)."""
    if have is None:
        msg = f"interface conversion: {iface} is nil, not {want}"
    elif missing:
        msg = f"interface conversion: {have} is not {want}: missing method {missing}"
    else:
        msg = f"interface conversion: {iface} is {have}, not {want}"
    return GoPanic(TypeAssertionError(msg.encode()))


# ---------------------------------------------------------------------------
# Python exceptions -> Go panics


class StackOverflow(Exception):
    """A fatal error: Go's goroutine stack exceeded its limit."""


def topanic(e: BaseException):
    """The GoPanic (or GoExit/ExitProgram/fatal) that Python exception e stands for."""
    if isinstance(e, (GoPanic, GoExit, ExitProgram)):
        return e
    if isinstance(e, AttributeError) and "'NoneType'" in str(e):
        return nil_deref()
    if isinstance(e, TypeError) and "'NoneType'" in str(e):
        return nil_deref()
    if isinstance(e, ZeroDivisionError):
        return divide_error()
    if isinstance(e, RecursionError):
        return e
    return e


# ---------------------------------------------------------------------------
# defer and recover


def rundefer(fn, args, p):
    """Call one deferred function while panic p (or None) is in flight.

    gorecover() finds p in this frame's locals: recover works only when its caller's
    caller is this function, Go's "called directly by the deferred function".
    """
    return fn(*args)


_RUNDEFER_CODE = rundefer.__code__


def _is_goexit(e) -> bool:
    return isinstance(e, GoExit) or type(e).__name__ == "GoexitSignal"  # proc's Goexit


def deferpanic(df: list, e: BaseException) -> None:
    """Run deferred calls while e is propagating; return only if it was recovered."""
    p = topanic(e)
    if not isinstance(p, GoPanic) and not _is_goexit(p):
        raise p
    while df:
        fn, args = df.pop()
        try:
            rundefer(fn, args, p)
        except BaseException as e2:
            p2 = topanic(e2)
            if isinstance(p2, GoPanic) and p2 is not p:
                if isinstance(p, GoPanic) and p2.link is None:
                    p2.link = p
                p = p2
            elif not isinstance(p2, GoPanic) and not _is_goexit(p2):
                raise
            else:
                p = p2
            continue
        if isinstance(p, GoPanic) and p.recovered:
            # Recovered: the remaining defers run as on a normal return.
            deferreturn(df)
            return
    raise p


def deferreturn(df: list) -> None:
    """Run deferred calls on a normal return (LIFO); a panic in one continues as a panic."""
    while df:
        fn, args = df.pop()
        try:
            fn(*args)
        except BaseException as e:
            deferpanic(df, e)
            return


def gorecover():
    """Go's recover(): the panic value if called directly by a deferred call during a panic."""
    f = sys._getframe(2)
    if f.f_code.co_name == "<lambda>":
        # the compiler's thunk for a deferred method call (or a method value): the
        # method is still the deferred function
        f = f.f_back
    if f.f_code is not _RUNDEFER_CODE:
        return None
    p = f.f_locals.get("p")
    if not isinstance(p, GoPanic) or p.recovered:
        return None
    p.recovered = True
    v = p.value
    return v


def gopanic(v):
    """Go's panic(v); panic(nil) becomes a *runtime.PanicNilError."""
    if v is None:
        v = PanicNilError(b"panic called with nil argument (goexit?)")
    raise GoPanic(v)


# ---------------------------------------------------------------------------
# The crash report


def _printpanicval(v) -> str:
    """Go's printpanicval: how an unrecovered panic's value is shown."""
    try:
        from gopherpy.runtime import printfmt as _pf  # Go's print/println formats
    except ImportError:
        _pf = None
    t = type(v)
    if t is bytes:
        return v.decode("utf-8", "surrogateescape")
    if t is bool or t is int or t is float or t is complex:
        return _pf_value(_pf, v)
    err = getattr(v, "Error", None)
    if err is not None and callable(err):
        r = err()
        return r.decode("utf-8", "surrogateescape") if isinstance(r, bytes) else str(r)
    st = getattr(v, "String", None)
    if st is not None and callable(st):
        r = st()
        return r.decode("utf-8", "surrogateescape") if isinstance(r, bytes) else str(r)
    rt = _rt.typeof(v)
    if rt is not None and rt.kind <= _rt.COMPLEX128 or (rt is not None and rt.kind == _rt.STRING):
        inner = v.v
        if rt.kind == _rt.STRING:
            return f'{rt.string}("{inner.decode("utf-8", "surrogateescape")}")'
        return f"{rt.string}({_pf_value(_pf, inner, rt.kind)})"
    return f"({rt.string if rt else 'nil'}) 0xc000012345"


def _pf_value(pf, v, kind=None) -> str:
    if pf is None:
        from gopherpy.compile.rtsupport import format_g
        if type(v) is float:
            return format_g(v, 6, 32 if kind == _rt.FLOAT32 else 64)
        if type(v) is complex:
            b = 32 if kind == _rt.COMPLEX64 else 64
            im = format_g(v.imag, 6, b)
            return f"({format_g(v.real, 6, b)}{'' if im[0] in '+-' else '+'}{im}i)"
    try:
        if kind in (_rt.FLOAT32, _rt.FLOAT64) or type(v) is float:
            return pf.format_float(v).decode() if hasattr(pf, "format_float") else repr(v)
        if type(v) is complex:
            return pf.format_complex(v).decode() if hasattr(pf, "format_complex") else repr(v)
    except Exception:  # pragma: no cover - printfmt not yet complete
        pass
    if type(v) is bool:
        return "true" if v else "false"
    return str(v)


def panic_text(p: GoPanic) -> str:
    """The lines Go prints for an unrecovered panic, before the goroutine trace."""
    chain = []
    q = p
    while q is not None:
        chain.append(q)
        q = q.link
    chain.reverse()
    out = []
    for i, q in enumerate(chain):
        if isinstance(q.value, PanicNilError):
            s = "panic: panic called with nil argument (goexit?)"
        else:
            s = "panic: " + _printpanicval(q.value)
            if isinstance(q.value, RuntimeErr) and not isinstance(q.value, PlainError):
                pass
        if isinstance(q.value, RuntimeErr) and type(q.value) is not PlainError \
                and not isinstance(q.value, PanicNilError):
            pass
        if q.recovered:
            s += " [recovered]"
        out.append(("\t" if i else "") + s)
    if chain[-1].signal:
        out.append(chain[-1].signal)
    return "\n".join(out) + "\n"


def traceback_text(tb, goid: int = 1) -> str:
    """`goroutine 1 [running]:` and one frame per Go function found in traceback tb."""
    try:
        from gopherpy.runtime import proc, traceback as rtb
    except ImportError:
        proc = None
    if proc is not None:
        # the goroutine runtime's trace: each frame once, and the "created by" line
        return rtb.running_trace(tb, proc.sched.allgs.get(goid), goid)
    frames = []
    while tb is not None:
        co = tb.tb_frame.f_code
        if co.co_filename.endswith(".go"):
            frames.append((co.co_name, co.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    lines = [f"goroutine {goid} [running]:"]
    for name, fn, line in reversed(frames):
        lines.append(f"{name}()")
        lines.append(f"\t{fn}:{line} +0x0")
    return "\n".join(lines) + "\n"


def report_unrecovered(e: BaseException, goid: int = 1) -> int:
    """Print Go's crash report for exception e escaping a goroutine; returns the exit status."""
    p = topanic(e)
    err = sys.stderr
    sys.stdout.flush()
    if isinstance(p, GoPanic):
        try:
            text = panic_text(p)
        except BaseException as e2:  # Error()/String() itself panicked
            text = "panic: " + repr(e2) + "\n"
        err.write(text + "\n" + traceback_text(e.__traceback__, goid))
        err.flush()
        return 2
    if isinstance(p, RecursionError):
        from gopherpy.runtime import proc
        err.write(f"runtime: goroutine stack exceeds {proc.max_stack}-byte limit\n"
                  "fatal error: stack overflow\n\n" + f"goroutine {goid} [running]:\n")
        err.flush()
        return 2
    import traceback
    err.write("fatal error: unexpected fault in gopherpy runtime (Python exception)\n")
    traceback.print_exception(p, file=err)
    err.flush()
    return 2
