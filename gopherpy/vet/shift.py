"""This file implements the shift analyzer: shifts of an integer by at least its width
(`x << 64` for a 64-bit x), outside code that a constant condition makes dead."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs

from .analysis import preorder
from .stringintconv import structural_types

_BITS = {typs.Int8: 8, typs.Uint8: 8, typs.Int16: 16, typs.Uint16: 16, typs.Int32: 32, typs.Uint32: 32,
         typs.Int64: 64, typs.Uint64: 64, typs.Int: 64, typs.Uint: 64, typs.Uintptr: 64}


def _is_int_const(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _mark_dead(info, dead: set, n):
    if id(n) in dead:
        return

    def kill(x):
        for m in preorder(x):
            dead.add(id(m))

    if isinstance(n, ast.IfStmt):
        tv = info.types.get(n.cond)
        v = tv.value if tv is not None else None
        if not isinstance(v, bool):
            return
        if not v:
            kill(n.body)
        elif n.else_ is not None:
            kill(n.else_)
    elif isinstance(n, ast.SwitchStmt):
        if n.tag is None:
            for cc in n.body.list:
                if not cc.list:
                    continue
                if all(isinstance(getattr(info.types.get(e), "value", None), bool)
                       and not info.types[e].value for e in cc.list):
                    kill(cc)
            return
        tv = info.types.get(n.tag)
        v = tv.value if tv is not None else None
        if not _is_int_const(v) or not 0 <= v < 1 << 64:
            return
        for cc in n.body.list:
            if not cc.list:
                continue
            dead_case = True
            for e in cc.list:
                ev = getattr(info.types.get(e), "value", None)
                if ev is None or not _is_int_const(ev) or not 0 <= ev < 1 << 64 or ev == v:
                    dead_case = False
                    break
            if dead_case:
                kill(cc)


def _check(p, node, x, y):
    if p.const_value(x) is not None:
        return
    v = p.const_value(y)
    if v is None:
        return
    if not _is_int_const(v):
        try:
            if v != int(v):
                return
            v = int(v)
        except (TypeError, ValueError, OverflowError):
            return
    if not -(1 << 63) <= v < 1 << 63:
        return
    t = p.type_of(x)
    if t is None:
        return
    sizes = set()
    for st in structural_types(t) or []:
        u = typs.under(st)
        if isinstance(u, typs.Basic) and u.kind in _BITS:
            sizes.add(_BITS[u.kind])
        else:
            return
    if not sizes:
        return
    size = min(sizes)
    if v >= size:
        q = "may be " if len(sizes) > 1 else ""
        p.report(node.pos(), f"{p.format(x)} ({q}{size} bits) too small for shift of {v}")


def run(p):
    dead = set()
    for f in p.files:
        for n in preorder(f):
            if isinstance(n, (ast.IfStmt, ast.SwitchStmt)):
                _mark_dead(p.info, dead, n)
    for f in p.files:
        for n in preorder(f):
            if id(n) in dead:
                continue
            if isinstance(n, ast.BinaryExpr) and n.op in ("<<", ">>"):
                _check(p, n, n.x, n.y)
            elif isinstance(n, ast.AssignStmt) and len(n.lhs) == 1 and len(n.rhs) == 1 and n.tok in ("<<=", ">>="):
                _check(p, n, n.lhs[0], n.rhs[0])
