"""This file implements the sigchanyzer analyzer: signal.Notify given an unbuffered channel
made by `make(chan os.Signal)` in the variable's declaration (a signal sent while the
receiver is not ready is lost)."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2.objects import Builtin

from .analysis import preorder


def _decls(p):
    """{object: its declaring expression} for variables declared by := or var with values,
    as go/parser's object resolution records the declaration."""
    out = {}
    for f in p.files:
        for n in preorder(f):
            if isinstance(n, ast.AssignStmt) and n.tok == ":=" and len(n.lhs) == len(n.rhs):
                for lhs, rhs in zip(n.lhs, n.rhs):
                    if isinstance(lhs, ast.Ident):
                        o = p.info.defs.get(lhs)
                        if o is not None:
                            out[o] = rhs
            elif isinstance(n, ast.ValueSpec) and len(n.names) == len(n.values):
                for name, v in zip(n.names, n.values):
                    o = p.info.defs.get(name)
                    if o is not None:
                        out[o] = v
    return out


def _is_notify(p, ident) -> bool:
    o = p.info.object_of(ident)
    return o is not None and o.name == "Notify" and o.pkg is not None and o.pkg.path == "os/signal"


def run(p):
    if not any(imp.path.value.strip('"`') == "os/signal" for f in p.files for imp in f.imports):
        return
    decls = None
    for f in p.files:
        for n in preorder(f):
            if not isinstance(n, ast.CallExpr) or not n.args:
                continue
            if decls is None:
                decls = _decls(p)
            fun = n.fun
            if isinstance(fun, ast.SelectorExpr):
                ok = _is_notify(p, fun.sel)
            elif isinstance(fun, ast.Ident):
                d = decls.get(p.info.uses.get(fun))
                ok = isinstance(d, ast.SelectorExpr) and _is_notify(p, d.sel)
            else:
                ok = False
            if not ok:
                continue
            arg = n.args[0]
            chan_decl = None
            if isinstance(arg, ast.Ident):
                d = decls.get(p.info.uses.get(arg))
                if isinstance(d, ast.CallExpr):
                    chan_decl = d
            elif isinstance(arg, ast.CallExpr):
                if isinstance(arg.fun, ast.Ident) and isinstance(p.info.uses.get(arg.fun), Builtin) \
                        and arg.fun.name == "make":
                    continue
                chan_decl = arg
            if chan_decl is None or len(chan_decl.args) != 1:
                continue
            p.report(n.pos(), "misuse of unbuffered os.Signal channel as argument to signal.Notify")
