"""This file implements fmt's natives: the Print family, Sprint*, Fprint*, Append*, and Errorf.

Formatting is printer.py's; this file moves the bytes to writers. Print, Printf and
Println write to the process's standard output (fd 1) through os's natives; any
other io.Writer receives one Write call with a []byte, as in Go.
"""

from __future__ import annotations

from gopherpy.lib.fmt import printer
from gopherpy.lib.nativeutil import append_bytes, bslice, error_class, strslice
from gopherpy.runtime import rtype as R
from gopherpy.runtime.values import encoderune


def _args(a):
    return a.tolist() if a.a is not None else []


def _write(w, data: bytes):
    from gopherpy.lib.os import native as osn
    fd = osn.file_fd(w)
    if fd is not None:
        return osn.write_fd(fd, data)
    return w.Write(bslice(data))


def _out(data: bytes):
    from gopherpy.lib.os import native as osn
    return osn.write_fd(1, data)


def Sprint(a):
    return printer.sprint(_args(a))


def Sprintln(a):
    return printer.sprintln(_args(a))


def Sprintf(format, a):
    return printer.sprintf(format, _args(a))


def Fprint(w, a):
    return _write(w, printer.sprint(_args(a)))


def Fprintln(w, a):
    return _write(w, printer.sprintln(_args(a)))


def Fprintf(w, format, a):
    return _write(w, printer.sprintf(format, _args(a)))


def Print(a):
    return _out(printer.sprint(_args(a)))


def Println(a):
    return _out(printer.sprintln(_args(a)))


def Printf(format, a):
    return _out(printer.sprintf(format, _args(a)))


def Append(b, a):
    return append_bytes(b, printer.sprint(_args(a)))


def Appendln(b, a):
    return append_bytes(b, printer.sprintln(_args(a)))


def Appendf(b, format, a):
    return append_bytes(b, printer.sprintf(format, _args(a)))


def errorf(format, a):
    """Errorf's formatting: (text, []int of %w operand indexes in order, reordered)."""
    p = printer.Printer()
    p.wrap_errs = True
    p.do_printf(format, _args(a))
    return bytes(p.buf), strslice(list(p.wrapped)), p.reordered


_ERROR_T = R.iface_of(("Error",), "error")


def _we_error(self):
    return self.msg


def _we_unwrap(self):
    return self.err


def _wes_unwrap(self):
    return self.errs


wrapError = error_class("fmt", "fmt", "wrapError", ("msg", ("err", _ERROR_T)),
                        _we_error, {"Unwrap": _we_unwrap})
wrapErrors = error_class("fmt", "fmt", "wrapErrors", ("msg", ("errs", R.slice_of(_ERROR_T))),
                         _we_error, {"Unwrap": _wes_unwrap})


def _is_error(v) -> bool:
    t = R.typeof(v)
    return t is not None and "Error" in t.methods


def Errorf(format, a):
    items = _args(a)
    p = printer.Printer()
    p.wrap_errs = True
    p.do_printf(format, items)
    s = bytes(p.buf)
    w = p.wrapped
    if not w:
        from gopherpy.lib.errors.native import New
        return New(s)
    if len(w) == 1:
        e = items[w[0]]
        return wrapError(s, e if _is_error(e) else None)
    if p.reordered:
        w = sorted(w)
    errs = []
    for i, n in enumerate(w):
        if i > 0 and w[i - 1] == n:
            continue
        if _is_error(items[n]):
            errs.append(items[n])
    return wrapErrors(s, strslice(errs))


def FormatString(state, verb):
    out = bytearray(b"%")
    for c in b" +-#0":
        if state.Flag(c):
            out.append(c)
    w, ok = state.Width()
    if ok:
        out += str(w).encode()
    p, ok = state.Precision()
    if ok:
        out += b"." + str(p).encode()
    out += encoderune(verb)
    return bytes(out)


def wrapError_Error(e):
    return e.msg


def wrapError_Unwrap(e):
    return e.err


def wrapErrors_Error(e):
    return e.msg


def wrapErrors_Unwrap(e):
    return e.errs


# -- scanning (scan.py) --------------------------------------------------------


def _stdin():
    return _scan()._pkg("os").Stdin


_scanmod = None


def _scan():
    """scan.py, imported by the first scanning call (~1 ms a program that only prints
    does not pay at start-up)."""
    global _scanmod
    if _scanmod is None:
        from gopherpy.lib.fmt import scan
        _scanmod = scan
    return _scanmod


def Sscan(s, a):
    scan = _scan()
    return scan.fscan(scan.StringRunes(s), _args(a), True, False)


def Sscanln(s, a):
    scan = _scan()
    return scan.fscan(scan.StringRunes(s), _args(a), False, True)


def Sscanf(s, format, a):
    scan = _scan()
    return scan.fscanf(scan.StringRunes(s), format, _args(a))


def Fscan(r, a):
    scan = _scan()
    return scan.fscan(scan.rune_source(r), _args(a), True, False)


def Fscanln(r, a):
    scan = _scan()
    return scan.fscan(scan.rune_source(r), _args(a), False, True)


def Fscanf(r, format, a):
    scan = _scan()
    return scan.fscanf(scan.rune_source(r), format, _args(a))


def Scan(a):
    return Fscan(_stdin(), a)


def Scanln(a):
    return Fscanln(_stdin(), a)


def Scanf(format, a):
    return Fscanf(_stdin(), format, a)
