"""This file implements package regexp/syntax's natives: Parse, Simplify, Compile and the printers, converting between parse.py's trees and the Go structs.

A Go tree is converted to Re nodes for each call (Go code may have edited it);
Simplify keeps Go's sharing: nodes that the Python simplify returns unchanged
come back as the same Go structs.
"""

from __future__ import annotations

from gopherpy.compile.names import mangle
from gopherpy.lib.nativeutil import strslice
from gopherpy.lib.regexp.syntax import compile as C
from gopherpy.lib.regexp.syntax import parse as P
from gopherpy.lib.regexp.syntax import tostring as T
from gopherpy.runtime.values import NIL_SLICE, Slice

_ns: dict = {}


def init_package(ns):
    global _ns
    _ns = ns


def _ints(xs) -> Slice:
    xs = list(xs)
    return Slice(xs, 0, len(xs), len(xs))


def _to_go(re: P.Re, back: dict):
    """The Go *Regexp of a tree (back: id(Re) -> the Go node it came from, reused)."""
    g = back.get(id(re))
    if g is not None and _same(g, re, back):
        return g
    cls = _ns[mangle("Regexp")]
    subs = [_to_go(s, back) for s in re.sub]
    sub0 = [subs[0] if len(subs) == 1 else None]
    return cls(Op=re.op, Flags=re.flags & 0xFFFF, Sub=strslice(subs) if subs else NIL_SLICE, Sub0=sub0,
               Rune=_ints(re.rune) if re.rune else NIL_SLICE, Rune0=[0, 0], Min=re.min, Max=re.max,
               Cap=re.cap, Name=re.name)


def _same(g, re: P.Re, back: dict) -> bool:
    """Whether the Go node g still says what re says (then it is shared, as Go shares it)."""
    subs = g.Sub.tolist() if g.Sub.a is not None else []
    return (g.Op == re.op and len(subs) == len(re.sub)
            and all(back.get(id(r)) is s for r, s in zip(re.sub, subs)))


def _from_go(g, back: dict) -> P.Re:
    re = P.Re(g.Op, g.Flags)
    re.sub = [_from_go(s, back) for s in (g.Sub.tolist() if g.Sub.a is not None else [])]
    re.rune = g.Rune.tolist() if g.Rune.a is not None else []
    re.min, re.max, re.cap, re.name = g.Min, g.Max, g.Cap, g.Name
    back[id(re)] = g
    back.setdefault("_keep", []).append(re)
    return re


def parseNative(s: bytes, flags: int):
    try:
        re = P.parse(s, flags)
    except P.RegexpError as e:
        return None, e.code.encode(), e.expr
    return _to_go(re, {}), b"", b""


def Regexp_String(g) -> bytes:
    return T.regexp_string(_from_go(g, {}))


def Regexp_Simplify(g):
    if g is None:
        return None
    back: dict = {}
    return _to_go(C.simplify(_from_go(g, back)), back)


def _prog_from_go(gp) -> C.Prog:
    p = C.Prog()
    p.start = gp.Start
    p.numcap = gp.NumCap
    for gi in gp.Inst.tolist():
        p.inst.append(_inst_from_go(gi))
    return p


def _inst_from_go(gi) -> C.Inst:
    i = C.Inst(gi.Op)
    i.out, i.arg = gi.Out, gi.Arg
    i.rune = gi.Rune.tolist() if gi.Rune.a is not None else None
    return i


def compileNative(g):
    p = C.compile_prog(_from_go(g, {}))
    icls = _ns[mangle("Inst")]
    insts = [icls(Op=i.op, Out=i.out, Arg=i.arg, Rune=_ints(i.rune) if i.rune is not None else NIL_SLICE)
             for i in p.inst]
    return _ns[mangle("Prog")](Inst=strslice(insts), Start=p.start, NumCap=p.numcap)


def Prog_String(gp) -> bytes:
    return T.prog_string(_prog_from_go(gp))


def Inst_String(gi) -> bytes:
    return T.inst_string(_inst_from_go(gi))
