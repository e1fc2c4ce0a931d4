"""This file implements the bools analyzer: redundant (`e && e`) and suspect (`x != 1 || x != 2`)
chains of && and ||.

A chain of one operator is split into its operands; runs of operands without side
effects are checked separately, since a call between them could change what they see.
"""

from __future__ import annotations

from gopherpy.syntax import nodes as ast

from .analysis import no_effects, preorder, unparen

_OPS = {"||": ("or", "!="), "&&": ("and", "==")}


def _split(e, op, seen):
    out = []
    while True:
        e = unparen(e)
        if isinstance(e, ast.BinaryExpr) and e.op == op:
            seen.add(id(e))
            out.extend(_split(e.y, op, seen))
            e = e.x
        else:
            out.append(e)
            return out


def run(p):
    info = p.info
    seen = set()
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.BinaryExpr) or n.op not in _OPS or id(n) in seen:
                continue
            name, bad_eq = _OPS[n.op]
            exprs = _split(n, n.op, seen)
            sets = []
            i = 0
            for j in range(len(exprs) + 1):
                if j == len(exprs) or not no_effects(info, exprs[j]):
                    if i < j:
                        sets.append(exprs[i:j])
                    i = j + 1
            for s in sets:
                _redundant(p, s, name, n.op)
                _suspect(p, s, name, n.op, bad_eq)


def _redundant(p, exprs, name, op):
    seen = set()
    for e in exprs:
        s = p.format(e)
        if s in seen:
            p.report(e.pos(), f"redundant {name}: {s} {op} {s}")
        else:
            seen.add(s)


def _suspect(p, exprs, name, op, bad_eq):
    seen = {}
    for e in exprs:
        if not isinstance(e, ast.BinaryExpr) or e.op != bad_eq:
            continue
        if p.const_value(e.y) is not None:
            x = e.x
        elif p.const_value(e.x) is not None:
            x = e.y
        else:
            continue
        xs = p.format(x)
        es = p.format(e)
        prev = seen.get(xs)
        if prev is not None:
            if es != prev:
                p.report(e.pos(), f"suspect {name}: {es} {op} {prev}")
        else:
            seen[xs] = es
