"""This file implements the assign analyzer: useless self-assignments `x = x`.

An assignment statement (`=`, same number of operands on both sides) is reported when
some position assigns an operand to itself: both sides print alike, have no side
effects, and the left one is not a map index (which could insert a key).
"""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs

from .analysis import no_effects, preorder, unparen


def _is_map_index(p, e) -> bool:
    e = unparen(e)
    if isinstance(e, ast.IndexExpr):
        t = p.type_of(e.x)
        return t is not None and isinstance(typs.under(t), typs.Map)
    return False


def run(p):
    info = p.info
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.AssignStmt) or n.tok != "=" or len(n.lhs) != len(n.rhs):
                continue
            exprs = []
            for lhs, rhs in zip(n.lhs, n.rhs):
                if (type(lhs) is type(rhs) and no_effects(info, lhs) and no_effects(info, rhs)
                        and not _is_map_index(p, lhs)):
                    le = p.format(lhs)
                    if le == p.format(rhs):
                        exprs.append(le)
            if exprs:
                p.report(n.pos(), "self-assignment of " + ", ".join(exprs))
