"""This file implements two small analyzers: appends (`append(s)` with no values to append)
and atomic (`x = atomic.AddInt64(&x, 1)`, an assignment racing with the atomic update)."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2.objects import Builtin

from .analysis import is_func_named, preorder

_ADDS = ("AddInt32", "AddInt64", "AddUint32", "AddUint64", "AddUintptr")


def run(p):
    for f in p.files:
        for n in preorder(f):
            if isinstance(n, ast.CallExpr) and len(n.args) == 1:
                b = p.callee(n)
                if isinstance(b, Builtin) and b.name == "append":
                    p.report(n.pos(), "append with no values")


def run_atomic(p):
    if not any(imp.path.value.strip('"`') == "sync/atomic" for f in p.files for imp in f.imports):
        return
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.AssignStmt) or len(n.lhs) != len(n.rhs):
                continue
            if len(n.lhs) == 1 and n.tok == ":=":
                continue
            for left, right in zip(n.lhs, n.rhs):
                if isinstance(right, ast.CallExpr) and is_func_named(p.callee(right), "sync/atomic", *_ADDS):
                    _check_add(p, left, right)


def _check_add(p, left, call):
    if len(call.args) != 2:
        return
    arg = call.args[0]
    broken = False
    if isinstance(arg, ast.UnaryExpr) and arg.op == "&":
        broken = p.format(left) == p.format(arg.x)
    elif isinstance(left, ast.StarExpr):
        broken = p.format(left.x) == p.format(arg)
    if broken:
        p.report(left.pos(), "direct assignment to atomic value")
