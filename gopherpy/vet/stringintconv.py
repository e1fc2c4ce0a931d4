"""This file implements the stringintconv analyzer: conversions string(i) of an integer (not a
byte or rune), which yield one rune, not the decimal digits."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.objects import TypeName

from .analysis import preorder


def structural_types(t):
    """The types in t's type set: t itself, or a type parameter's terms' types (None if invalid)."""
    ut = typs.unalias(t)
    if isinstance(ut, typs.TypeParam):
        from gopherpy.types2.typeset import type_set_of
        try:
            terms = type_set_of(ut).terms
        except Exception:
            return None
        if terms is None:
            return [ut]  # no core terms: the type parameter stands for itself
        return [term.type for term in terms]
    return [t]


def type_name(t) -> str:
    if isinstance(t, typs.Basic):
        return t.name
    ut = typs.unalias(t) if isinstance(t, typs.Alias) else t
    if isinstance(t, typs.Alias):
        return t.obj.name
    if isinstance(ut, (typs.Named, typs.TypeParam)):
        return ut.obj.name
    return ""


def describe(t, in_type, in_name: str) -> str:
    name = in_name
    if t is not in_type:
        name = type_name(t)
    if not name:
        return ""
    paren = []
    under_name = type_name(typs.under(t))
    if under_name and under_name != name:
        paren.append(under_name)
    if t is not in_type and in_name and in_name != name:
        paren.append("in " + in_name)
    if paren:
        name += " (" + ", ".join(paren) + ")"
    return name


def run(p):
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.CallExpr) or len(n.args) != 1:
                continue
            fun = n.fun
            if isinstance(fun, ast.Ident):
                tname = p.info.uses.get(fun)
            elif isinstance(fun, ast.SelectorExpr):
                tname = p.info.uses.get(fun.sel)
            else:
                continue
            if not isinstance(tname, TypeName):
                continue
            T = tname.type
            ttypes = structural_types(T)
            if not ttypes:
                continue
            T0 = next((tt for tt in ttypes if isinstance(typs.under(tt), typs.Basic)
                       and typs.under(tt).kind == typs.String), None)
            if T0 is None:
                continue
            V = p.type_of(n.args[0])
            if V is None:
                continue
            vtypes = structural_types(V)
            if not vtypes:
                continue
            V0 = None
            for vt in vtypes:
                u = typs.under(vt)
                if isinstance(u, typs.Basic) and u.info & typs.IsInteger:
                    if u.kind in (typs.Uint8, typs.Int32, typs.UntypedRune):
                        continue
                    V0 = vt
                    break
            if V0 is None:
                continue
            target = describe(T0, T, tname.name)
            source = describe(V0, V, type_name(V))
            if target and source:
                p.report(n.pos(), f"conversion from {source} to {target} yields a string of one rune, not a string of digits")
