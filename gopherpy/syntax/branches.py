"""This file checks labels and branch statements in a function body, as gc's parser does.

gc reports these in its syntax pass (not the type checker): undefined, duplicate
and unused labels, break/continue outside a loop, misplaced fallthrough, and
gotos that jump into blocks or over variable declarations. The walk mirrors
gc's: each block records the labels declared in it and the forward gotos that
are still unresolved when it ends.
"""

from __future__ import annotations

from .exprstring import expr_string

from . import nodes as ast


class _Label:
    __slots__ = ("parent", "lstmt", "used")

    def __init__(self, parent, lstmt):
        self.parent = parent
        self.lstmt = lstmt
        self.used = False


class _Block:
    __slots__ = ("parent", "start", "lstmt")

    def __init__(self, parent, start, lstmt):
        self.parent = parent
        self.start = start
        self.lstmt = lstmt


_INVALID = object()
_LOOPS = (ast.ForStmt, ast.RangeStmt)


def check_branches(body, errf, posstr):
    """errf(pos, msg) reports an error; posstr(pos) formats a position for messages."""
    if body is None:
        return
    ls = _Scope(errf, posstr)
    fwd = ls.block_branches(None, (None, None, -1), None, body.lbrace, body.list)
    for g in fwd:
        name = g.label.name
        lab = ls.labels.get(name)
        if lab is not None:
            lab.used = True
            errf(g.label.pos(), f"goto {name} jumps into block starting at {posstr(lab.parent.start)}")
        else:
            errf(g.label.pos(), f"label {name} not defined")
    for lab in ls.labels.values():
        if not lab.used:
            lbl = lab.lstmt.label
            errf(lbl.pos(), f"label {lbl.name} defined and not used")


def _trim(lst):
    i = len(lst)
    while i > 0 and type(lst[i - 1]) is ast.EmptyStmt:
        i -= 1
    return lst[:i]


class _Scope:
    def __init__(self, errf, posstr):
        self.errf = errf
        self.posstr = posstr
        self.labels: dict[str, _Label] = {}

    def declare(self, b, s):
        name = s.label.name
        alt = self.labels.get(name)
        if alt is not None:
            self.errf(s.label.pos(), f"label {name} already defined at {self.posstr(alt.lstmt.label.pos())}")
            return alt
        lab = _Label(b, s)
        self.labels[name] = lab
        return lab

    def goto_target(self, b, name):
        lab = self.labels.get(name)
        if lab is not None:
            lab.used = True
            while b is not None:
                if lab.parent is b:
                    return lab.lstmt
                b = b.parent
        return None

    def enclosing_target(self, b, name):
        lab = self.labels.get(name)
        if lab is not None:
            lab.used = True
            while b is not None:
                if lab.lstmt is b.lstmt:
                    return lab.lstmt
                b = b.parent
            return _INVALID
        return None

    def block_branches(self, parent, ctxt, lstmt, start, body):
        b = _Block(parent, start, lstmt)
        breaks, continues, case_index = ctxt
        var_pos = 0
        var_name = None
        fwd_gotos = []
        bad_gotos = []
        errf = self.errf

        def inner_block(c, st, lst):
            fwd_gotos.extend(self.block_branches(b, c, lstmt, st, lst))

        stmts = _trim(body)
        for idx, stmt in enumerate(stmts):
            lstmt = None
            s = stmt
            while True:
                t = type(s)
                if t is ast.LabeledStmt:
                    name = s.label.name
                    if name != "_":
                        lab = self.declare(b, s)
                        keep = []
                        for g in fwd_gotos:
                            if g.label.name == name:
                                lab.used = True
                                if var_pos and any(g is x for x in bad_gotos):
                                    errf(g.label.pos(), f"goto {name} jumps over declaration of "
                                         f"{var_name} at {self.posstr(var_pos)}")
                            else:
                                keep.append(g)
                        fwd_gotos[:] = keep
                        lstmt = s
                    s = s.stmt
                    continue
                break
            t = type(s)
            if t is ast.DeclStmt:
                d = s.decl
                if d.tok == "var" and d.specs:
                    sp = d.specs[0]
                    var_pos = sp.names[0].pos()
                    var_name = sp.names[0].name
                    bad_gotos = list(fwd_gotos)
            elif t is ast.BranchStmt:
                tok = s.tok
                if s.label is None:
                    if tok == "break":
                        if breaks is None:
                            errf(s.pos(), "break is not in a loop, switch, or select")
                    elif tok == "continue":
                        if continues is None:
                            errf(s.pos(), "continue is not in a loop")
                    elif tok == "fallthrough":
                        msg = "fallthrough statement out of place"
                        ok = False
                        if type(breaks) is ast.TypeSwitchStmt:
                            msg = "cannot fallthrough in type switch"
                        elif type(breaks) is ast.SwitchStmt:
                            if case_index < 0 or idx + 1 < len(stmts):
                                pass
                            elif case_index + 1 == len(breaks.body.list):
                                msg = "cannot fallthrough final case in switch"
                            else:
                                ok = True
                        if not ok:
                            errf(s.pos(), msg)
                    continue
                name = s.label.name
                if tok == "break":
                    tg = self.enclosing_target(b, name)
                    if tg is not None:
                        if tg is _INVALID or not isinstance(
                            tg.stmt, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt) + _LOOPS
                        ):
                            errf(s.label.pos(), f"invalid break label {name}")
                    else:
                        errf(s.label.pos(), f"break label not defined: {name}")
                elif tok == "continue":
                    tg = self.enclosing_target(b, name)
                    if tg is not None:
                        if tg is _INVALID or not isinstance(tg.stmt, _LOOPS):
                            errf(s.label.pos(), f"invalid continue label {name}")
                    else:
                        errf(s.label.pos(), f"continue label not defined: {name}")
                elif tok == "goto":
                    if self.goto_target(b, name) is None:
                        fwd_gotos.append(s)
            elif t is ast.AssignStmt:
                if s.tok == ":=":
                    var_pos = s.tok_pos
                    var_name = ", ".join(expr_string(x) for x in s.lhs)
                    bad_gotos = list(fwd_gotos)
            elif t is ast.BlockStmt:
                inner_block((breaks, continues, -1), s.lbrace, s.list)
            elif t is ast.IfStmt:
                c = (breaks, continues, -1)
                inner_block(c, s.body.lbrace, s.body.list)
                if s.else_ is not None:
                    inner_block(c, s.else_.pos(), [s.else_])
            elif t is ast.ForStmt or t is ast.RangeStmt:
                inner_block((s, s, -1), s.body.lbrace, s.body.list)
            elif t is ast.SwitchStmt or t is ast.TypeSwitchStmt:
                for i, cc in enumerate(s.body.list):
                    inner_block((s, continues, i), cc.case, cc.body)
            elif t is ast.SelectStmt:
                for cc in s.body.list:
                    inner_block((s, continues, -1), cc.case, cc.body)
        return fwd_gotos
