"""This file implements the waitgroup analyzer: `go func() { wg.Add(1); ... }()`, a
WaitGroup.Add as the first statement of the goroutine it should count."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.objects import Func

from .analysis import inspect, is_named_type

_SUFFIX = (ast.GoStmt, ast.CallExpr, ast.FuncLit, ast.BlockStmt, ast.ExprStmt, ast.CallExpr)


def _is_wg_add(obj) -> bool:
    if not isinstance(obj, Func) or obj.name != "Add" or obj.type.recv is None:
        return False
    rt = obj.type.recv.type
    pt = typs.unalias(rt)
    if isinstance(pt, typs.Pointer):
        rt = pt.elem
    return is_named_type(rt, "sync", "WaitGroup")


def run(p):
    if not any(getattr(imp, "path", None) == "sync" for imp in getattr(p.types, "imports", []) or []):
        if not any(imp.path.value.strip('"`') == "sync" for f in p.files for imp in f.imports):
            return
    for f in p.files:
        def visit(n, stack):
            if not isinstance(n, ast.CallExpr):
                return
            full = stack + [n]
            if len(full) < len(_SUFFIX):
                return
            tail = full[-len(_SUFFIX):]
            if not all(type(x) is t for x, t in zip(tail, _SUFFIX)):
                return
            block, stmt = tail[3], tail[4]
            if block.list and block.list[0] is stmt and _is_wg_add(p.callee(n)):
                p.report(n.lparen, "WaitGroup.Add called from inside new goroutine")
        inspect(f, visit)
