"""This file implements the copylocks analyzer: values containing a lock (anything whose
pointer, but not itself, has Lock and Unlock methods, as sync.Mutex and the noCopy
markers of sync.WaitGroup, sync.Once, atomic.Int64 ...) copied by value.

Copies are reported in assignments, var declarations, composite literal elements,
returns, call arguments (not len, cap, unsafe.Sizeof ...), receivers and parameters of
function declarations and literals, range variables, and the per-iteration copies of
`for` loop variables declared with := (go1.22+). The message names the path from the
copied type to the lock: "sync.WaitGroup contains sync.noCopy".
"""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.lookup import lookup_field_or_method
from gopherpy.types2.objects import Builtin, Func

from .analysis import inspect, unparen


def _has_lock_methods(t) -> bool:
    for name in ("Lock", "Unlock"):
        try:
            obj, _, _ = lookup_field_or_method(t, False, None, name)
        except Exception:
            return False
        if not isinstance(obj, Func):
            return False
        sig = obj.type
        if sig.params.vars or sig.results.vars or sig.type_params:
            return False
    return True


def lock_path(t, seen=None):
    """[innermost lock type, ..., t] as strings if t contains a lock by value, else None."""
    if t is None:
        return None
    seen = seen if seen is not None else set()
    if id(t) in seen:
        return None
    seen.add(id(t))
    ut = typs.unalias(t)
    if isinstance(ut, typs.TypeParam):
        from gopherpy.types2.typeset import type_set_of
        try:
            terms = type_set_of(ut).terms or []
        except Exception:
            return None
        for term in terms:
            sub = lock_path(term.type, seen)
            if sub:
                if term.tilde:
                    sub[-1] = "~" + sub[-1]
                return sub + [str(t)]
        return None
    while isinstance(typs.under(t), typs.Array):
        t = typs.under(t).elem
    u = typs.under(t)
    if isinstance(u, typs.Tuple):
        for v in u.vars:
            sub = lock_path(v.type, seen)
            if sub is not None:
                return sub + [str(t)]
        return None
    if not isinstance(u, typs.Struct):
        return None
    if _has_lock_methods(typs.Pointer(t)) and not _has_lock_methods(t):
        return [str(t)]
    for fld in u.fields:
        sub = lock_path(fld.type, seen)
        if sub is not None:
            return sub + [str(t)]
    return None


def _path_string(path) -> str:
    return " contains ".join(reversed(path))


def _lock_path_rhs(p, x):
    x = unparen(x)
    if isinstance(x, (ast.CompositeLit, ast.CallExpr)):
        return None
    if isinstance(x, ast.StarExpr) and isinstance(unparen(x.x), ast.CallExpr):
        return None
    tv = p.tv(x)
    if tv is not None and tv.is_value():
        return lock_path(tv.type)
    return None


def run(p):
    for f in p.files:
        version = p.pkg.versions.get(f.filename)

        def visit(n, stack):
            if isinstance(n, ast.RangeStmt):
                _range_var(p, n.tok, n.key)
                _range_var(p, n.tok, n.value)
            elif isinstance(n, ast.FuncDecl):
                _func(p, n.name.name, n.recv, n.type)
            elif isinstance(n, ast.FuncLit):
                _func(p, "func", None, n.type)
            elif isinstance(n, ast.CallExpr):
                _call(p, n)
            elif isinstance(n, ast.AssignStmt):
                _assign(p, n, version, stack[-1] if stack else None)
            elif isinstance(n, ast.GenDecl) and n.tok == "var":
                for spec in n.specs:
                    for name, x in zip(spec.names, spec.values):
                        path = _lock_path_rhs(p, x)
                        if path:
                            p.report(x.pos(), f"variable declaration copies lock value to {name.name}: {_path_string(path)}")
            elif isinstance(n, ast.CompositeLit):
                for x in n.elts:
                    if isinstance(x, ast.KeyValueExpr):
                        x = x.value
                    path = _lock_path_rhs(p, x)
                    if path:
                        p.report(x.pos(), f"literal copies lock value from {p.format(x)}: {_path_string(path)}")
            elif isinstance(n, ast.ReturnStmt):
                for x in n.results:
                    path = _lock_path_rhs(p, x)
                    if path:
                        p.report(x.pos(), f"return copies lock value: {_path_string(path)}")
        inspect(f, visit)


def _assign(p, n, version, parent):
    lhs = n.lhs
    for i, x in enumerate(n.rhs):
        path = _lock_path_rhs(p, x)
        if path and i < len(n.lhs):
            p.report(x.pos(), f"assignment copies lock value to {p.format(n.lhs[i])}: {_path_string(path)}")
            lhs = []
    if n.tok == ":=" and version is not None and version >= 22:
        if isinstance(parent, ast.ForStmt) and parent.init is n:
            for l in lhs:
                if isinstance(l, ast.Ident) and l.name != "_":
                    obj = p.info.defs.get(l)
                    if obj is not None and obj.type is not None:
                        path = lock_path(obj.type)
                        if path:
                            p.report(l.pos(), f"for loop iteration copies lock value to {p.format(l)}: {_path_string(path)}")


def _call(p, n):
    fun = n.fun
    ident = fun if isinstance(fun, ast.Ident) else fun.sel if isinstance(fun, ast.SelectorExpr) else None
    if ident is not None:
        b = p.info.uses.get(ident)
        if isinstance(b, Builtin) and b.name in ("len", "cap", "Sizeof", "Offsetof", "Alignof"):
            return
    for x in n.args:
        path = _lock_path_rhs(p, x)
        if path:
            p.report(x.pos(), f"call of {p.format(n.fun)} copies lock value: {_path_string(path)}")


def _func(p, name, recv, ftype):
    if recv is not None and recv.list:
        expr = recv.list[0].type
        path = lock_path(p.type_of(expr))
        if path:
            p.report(expr.pos(), f"{name} passes lock by value: {_path_string(path)}")
    if ftype.params is not None:
        for fld in ftype.params.list:
            expr = fld.type
            path = lock_path(p.type_of(expr))
            if path:
                p.report(expr.pos(), f"{name} passes lock by value: {_path_string(path)}")


def _range_var(p, tok, e):
    if e is None:
        return
    if isinstance(e, ast.Ident) and e.name == "_":
        return
    if tok == ":=":
        if not isinstance(e, ast.Ident):
            return
        obj = p.info.defs.get(e)
        if obj is None:
            return
        t = obj.type
    else:
        t = p.type_of(e)
    path = lock_path(t)
    if path:
        p.report(e.pos(), f"range var {p.format(e)} copies lock: {_path_string(path)}")
