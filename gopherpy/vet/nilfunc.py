"""This file implements the nilfunc analyzer: comparisons of a function (not a function
value) with nil, which are always false (==) or true (!=)."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2.objects import Func

from .analysis import preorder, used_ident


def run(p):
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.BinaryExpr) or n.op not in ("==", "!="):
                continue
            if p.is_nil(n.x):
                e2 = n.y
            elif p.is_nil(n.y):
                e2 = n.x
            else:
                continue
            ident = used_ident(e2)
            obj = p.info.uses.get(ident) if ident is not None else None
            if isinstance(obj, Func):
                p.report(n.pos(), f"comparison of function {obj.name} {n.op} nil is always {'true' if n.op == '!=' else 'false'}")
