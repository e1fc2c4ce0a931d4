"""This file implements the errorsas analyzer: errors.As with a second argument that is not a
pointer to an interface or to a type implementing error, or that is an *error."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.predicates import identical

from .analysis import is_func_named, preorder
from .printf import _error_iface, _implements_error

_BAD = ("second argument to errors.As must be a non-nil pointer to either a type that implements "
        "error, or to any interface type")


def _check_target(p, e):
    t = p.type_of(e)
    if t is None:
        return None
    u = typs.under(t)
    if isinstance(u, typs.Interface) and u.empty() and not isinstance(typs.unalias(t), typs.TypeParam):
        return None
    if not isinstance(u, typs.Pointer):
        return _BAD
    if identical(u.elem, _error_iface()):
        return "second argument to errors.As should not be *error"
    if not isinstance(typs.under(u.elem), typs.Interface) and not _implements_error(u.elem):
        return _BAD
    return None


def run(p):
    if p.types.path in ("errors", "errors_test"):
        return
    for f in p.files:
        for n in preorder(f):
            if isinstance(n, ast.CallExpr) and len(n.args) >= 2 and is_func_named(p.callee(n), "errors", "As"):
                msg = _check_target(p, n.args[1])
                if msg:
                    p.report(n.pos(), msg)
