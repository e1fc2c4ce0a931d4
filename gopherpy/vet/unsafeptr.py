"""This file implements the unsafeptr analyzer: conversions unsafe.Pointer(u) of a uintptr
that is not the result of pointer arithmetic on an unsafe.Pointer (or reflect's Pointer,
UnsafeAddr and header Data fields), and uses of reflect.SliceHeader/StringHeader values."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs

from .analysis import is_named_type, preorder, unparen


def _has_basic(p, x, kind) -> bool:
    tv = p.tv(x)
    t = tv.type if tv is not None else None
    if t is None:
        return False
    u = typs.under(t)
    return isinstance(u, typs.Basic) and u.kind == kind


def _is_reflect_header(t) -> bool:
    return t is not None and is_named_type(t, "reflect", "SliceHeader", "StringHeader")


def _safe_arith(p, x) -> bool:
    x = unparen(x)
    if isinstance(x, ast.CallExpr):
        return len(x.args) == 1 and _has_basic(p, x.fun, typs.Uintptr) and _has_basic(p, x.args[0], typs.UnsafePointer)
    if isinstance(x, ast.BinaryExpr) and x.op in ("+", "-", "&^"):
        return _safe_arith(p, x.x) and not _safe_arith(p, x.y)
    return False


def _safe_uintptr(p, x) -> bool:
    u = unparen(x)
    if isinstance(u, ast.SelectorExpr) and u.sel.name == "Data":
        pt = typs.unalias(p.type_of(u.x)) if p.type_of(u.x) is not None else None
        if isinstance(pt, typs.Pointer) and _is_reflect_header(pt.elem):
            return True
    elif isinstance(u, ast.CallExpr) and not u.args and isinstance(u.fun, ast.SelectorExpr):
        if u.fun.sel.name in ("Pointer", "UnsafeAddr") and is_named_type(p.type_of(u.fun.x), "reflect", "Value"):
            return True
    return _safe_arith(p, x)


def run(p):
    for f in p.files:
        for n in preorder(f):
            if isinstance(n, ast.CallExpr):
                if (len(n.args) == 1 and _has_basic(p, n.fun, typs.UnsafePointer)
                        and _has_basic(p, n.args[0], typs.Uintptr) and not _safe_uintptr(p, n.args[0])):
                    p.report(n.pos(), "possible misuse of unsafe.Pointer")
            elif isinstance(n, ast.StarExpr):
                t = p.type_of(n)
                if _is_reflect_header(t):
                    p.report(n.pos(), f"possible misuse of {t}")
            elif isinstance(n, ast.UnaryExpr) and n.op == "&":
                t = p.type_of(n.x)
                if _is_reflect_header(t):
                    p.report(n.pos(), f"possible misuse of {t}")
