"""This file implements the fmt.State a Formatter's Format method receives (Go's *fmt.pp)."""

from __future__ import annotations

from gopherpy.runtime import rtype as rt

_PP = rt.named("fmt", "fmt", "pp", rt.struct_of(()))
_PP_PTR = rt.ptr_to(_PP)
_PP_PTR.methods = {"Write": "Write", "WriteString": "WriteString", "Width": "Width",
                   "Precision": "Precision", "Flag": "Flag"}


class State:
    """fmt.State over a Printer: writes go to its buffer; flags are those of the verb."""

    __slots__ = ("p", "verb")
    _rtype = _PP_PTR

    def __init__(self, p, verb):
        self.p = p
        self.verb = verb

    def Write(self, b):
        data = b.a[b.off:b.off + b.len] if b.a is not None else b""
        self.p.buf += data
        return len(data), None

    def WriteString(self, s):
        self.p.buf += s
        return len(s), None

    def Width(self):
        f = self.p.f
        return f.wid, f.widPresent

    def Precision(self):
        f = self.p.f
        return f.prec, f.precPresent

    def Flag(self, c):
        f = self.p.f
        if c == 0x2D:
            return f.minus
        if c == 0x2B:
            return f.plus or f.plusV
        if c == 0x23:
            return f.sharp or f.sharpV
        if c == 0x20:
            return f.space
        if c == 0x30:
            return f.zero
        return False
