"""This file implements two analyzers about package time: timeformat (a layout of time.Time.Format
or time.Parse containing 2006-02-01, year-day-month, where 2006-01-02 was surely meant) and
defers (`defer f(time.Since(start))`, which evaluates time.Since when the defer statement
runs, not when the function returns)."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.objects import Func

from .analysis import children, is_func_named, is_named_type, preorder

BAD = "2006-02-01"
GOOD = "2006-01-02"


def _imports(p, path) -> bool:
    return any(imp.path.value.strip('"`') == path for f in p.files for imp in f.imports)


def _is_time_format(obj) -> bool:
    if not isinstance(obj, Func) or obj.name != "Format" or obj.type.recv is None:
        return False
    rt = typs.unalias(obj.type.recv.type)
    if isinstance(rt, typs.Pointer):
        rt = rt.elem
    return is_named_type(rt, "time", "Time")


def run(p):
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.CallExpr) or not n.args:
                continue
            obj = p.callee(n)
            if not (_is_time_format(obj) or is_func_named(obj, "time", "Parse")):
                continue
            arg = n.args[0]
            tv = p.tv(arg)
            if tv is None or not isinstance(tv.type, typs.Basic) or not tv.type.info & typs.IsString:
                continue
            if not isinstance(tv.value, (bytes, bytearray)):
                continue
            at = bytes(tv.value).find(BAD.encode())
            if at < 0:
                continue
            if isinstance(arg, ast.BasicLit):
                p.report(arg.pos() + at + 1, f"{BAD} should be {GOOD}")
            else:
                p.report(arg.pos(), f"{BAD} should be {GOOD}")


def run_defers(p):
    if not _imports(p, "time"):
        return
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.DeferStmt):
                continue
            todo = [n.call]
            while todo:
                x = todo.pop()
                if isinstance(x, ast.FuncLit):
                    continue
                if isinstance(x, ast.CallExpr) and is_func_named(p.callee(x), "time", "Since"):
                    p.report(x.pos(), "call to time.Since is not deferred")
                todo.extend(children(x))
