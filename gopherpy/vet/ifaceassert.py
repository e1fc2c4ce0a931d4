"""This file implements the ifaceassert analyzer: type assertions from one interface to another
that no type can satisfy, because both have a method of the same name with different
types (`v.(interface{ Read() int })` where v's interface has `Read() error`)."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.lookup import missing_method

from .analysis import preorder


def _has_free_type_params(t, seen=None) -> bool:
    seen = seen if seen is not None else set()
    if t is None or id(t) in seen:
        return False
    seen.add(id(t))
    t = typs.unalias(t)
    if isinstance(t, typs.TypeParam):
        return True
    if isinstance(t, typs.Named):
        return any(_has_free_type_params(a, seen) for a in t.type_args)
    if isinstance(t, (typs.Pointer, typs.Slice, typs.Array, typs.Chan)):
        return _has_free_type_params(t.elem, seen)
    if isinstance(t, typs.Map):
        return _has_free_type_params(t.key, seen) or _has_free_type_params(t.elem, seen)
    if isinstance(t, typs.Signature):
        return any(_has_free_type_params(v.type, seen) for v in list(t.params.vars) + list(t.results.vars))
    if isinstance(t, typs.Struct):
        return any(_has_free_type_params(f.type, seen) for f in t.fields)
    if isinstance(t, typs.Interface):
        return (any(_has_free_type_params(m.type, seen) for m in t.methods)
                or any(_has_free_type_params(e, seen) for e in t.embeddeds))
    if isinstance(t, typs.Union):
        return any(_has_free_type_params(term.type, seen) for term in t.terms)
    return False


def _assertable_to(v, t):
    """The method of t that v has with another type, or None."""
    if v is None or t is None:
        return None
    V, T = typs.under(v), typs.under(t)
    if not isinstance(V, typs.Interface) or not isinstance(T, typs.Interface):
        return None
    if _has_free_type_params(V) or _has_free_type_params(T):
        return None
    try:
        m, alt, _ = missing_method(V, T, False)
    except Exception:
        return None
    if m is not None and alt is not None and alt.name == m.name:
        return m
    return None


def run(p):
    for f in p.files:
        for n in preorder(f):
            if isinstance(n, ast.TypeAssertExpr):
                if n.type is None:
                    continue
                assert_, targets = n, [n.type]
            elif isinstance(n, ast.TypeSwitchStmt):
                a = n.assign
                if isinstance(a, ast.ExprStmt):
                    assert_ = a.x
                elif isinstance(a, ast.AssignStmt):
                    assert_ = a.rhs[0]
                else:
                    continue
                targets = [e for cc in n.body.list for e in cc.list]
            else:
                continue
            if not isinstance(assert_, ast.TypeAssertExpr):
                continue
            V = p.type_of(assert_.x)
            for target in targets:
                T = p.type_of(target)
                m = _assertable_to(V, T)
                if m is not None:
                    p.report(target.pos(), f"impossible type assertion: no type can implement both {V} and {T} "
                                           f"(conflicting types for {m.name} method)")
