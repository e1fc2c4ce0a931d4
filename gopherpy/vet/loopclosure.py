"""This file implements the loopclosure analyzer: in files of a language version before go1.22
(where a loop has one variable for all iterations), references to a loop variable from a
func literal started by go or defer as the last statement of the loop body (also through
if/switch/select/nested loops ending the body). errgroup.Group.Go and testing.T.Run
subtests are not checked (gopherpy has neither package)."""

from __future__ import annotations

from gopherpy.syntax import nodes as ast

from .analysis import preorder


def _for_each_last(stmts, on_last):
    if not stmts:
        return
    s = stmts[-1]
    if isinstance(s, ast.IfStmt):
        while True:
            _for_each_last(s.body.list, on_last)
            e = s.else_
            if isinstance(e, ast.BlockStmt):
                _for_each_last(e.list, on_last)
                break
            if isinstance(e, ast.IfStmt):
                s = e
                continue
            break
    elif isinstance(s, (ast.ForStmt, ast.RangeStmt)):
        _for_each_last(s.body.list, on_last)
    elif isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
        for cc in s.body.list:
            _for_each_last(cc.body, on_last)
    else:
        on_last(s)


def run(p):
    for f in p.files:
        v = p.pkg.versions.get(f.filename)
        if v is not None and v >= 22:
            continue
        for n in preorder(f):
            vars_ = []

            def add(e):
                if isinstance(e, ast.Ident):
                    o = p.info.object_of(e)
                    if o is not None:
                        vars_.append(o)
            if isinstance(n, ast.RangeStmt):
                add(n.key)
                add(n.value)
            elif isinstance(n, ast.ForStmt):
                if isinstance(n.post, ast.AssignStmt):
                    for lhs in n.post.lhs:
                        add(lhs)
                elif isinstance(n.post, ast.IncDecStmt):
                    add(n.post.x)
            else:
                continue
            if not vars_:
                continue

            def on_last(last):
                if isinstance(last, (ast.GoStmt, ast.DeferStmt)) and isinstance(last.call.fun, ast.FuncLit):
                    for stmt in last.call.fun.body.list:
                        for m in preorder(stmt):
                            if isinstance(m, ast.Ident) and any(p.info.uses.get(m) is o for o in vars_):
                                p.report(m.pos(), f"loop variable {m.name} captured by func literal")
            _for_each_last(n.body.list, on_last)
