"""This file implements the unreachable analyzer: statements no control path reaches (after a
return, panic, break, continue, goto or fallthrough, an infinite loop, a switch or select
whose every clause ends so), in each function body and function literal separately.

A labelled statement that some goto targets is reachable; a loop or switch that a break
leaves is not terminating. Only the first statement of an unreachable run is reported.
"""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2.objects import Builtin

from .analysis import func_bodies

_BREAKABLE = (ast.ForStmt, ast.RangeStmt, ast.SelectStmt, ast.SwitchStmt, ast.TypeSwitchStmt)


class _Dead:
    def __init__(self, p):
        self.p = p
        self.has_break = set()  # ids of statements a break leaves
        self.has_goto = set()  # labels some goto jumps to
        self.labels = {}
        self.break_target = None
        self.reachable = True

    def find_labels(self, s):
        if isinstance(s, ast.BlockStmt):
            for x in s.list:
                self.find_labels(x)
        elif isinstance(s, ast.BranchStmt):
            if s.tok == "goto" and s.label is not None:
                self.has_goto.add(s.label.name)
            elif s.tok == "break":
                target = self.break_target
                if s.label is not None:
                    target = self.labels.get(s.label.name)
                if target is not None:
                    self.has_break.add(id(target))
        elif isinstance(s, ast.IfStmt):
            self.find_labels(s.body)
            if s.else_ is not None:
                self.find_labels(s.else_)
        elif isinstance(s, ast.LabeledStmt):
            self.labels[s.label.name] = s.stmt
            self.find_labels(s.stmt)
        elif isinstance(s, _BREAKABLE):
            outer = self.break_target
            self.break_target = s
            self.find_labels(s.body)
            self.break_target = outer
        elif isinstance(s, (ast.CommClause, ast.CaseClause)):
            for x in s.body:
                self.find_labels(x)

    def find_dead(self, s):
        if isinstance(s, ast.LabeledStmt) and s.label.name in self.has_goto:
            self.reachable = True
        if not self.reachable and not isinstance(s, ast.EmptyStmt):
            self.p.report(s.pos(), "unreachable code")
            self.reachable = True
        if isinstance(s, ast.BlockStmt):
            for x in s.list:
                self.find_dead(x)
        elif isinstance(s, ast.BranchStmt):
            self.reachable = False
        elif isinstance(s, ast.ExprStmt):
            call = s.x
            if isinstance(call, ast.CallExpr) and isinstance(call.fun, ast.Ident) and call.fun.name == "panic":
                if isinstance(self.p.info.uses.get(call.fun), Builtin):
                    self.reachable = False
        elif isinstance(s, ast.ForStmt):
            self.find_dead(s.body)
            self.reachable = s.cond is not None or id(s) in self.has_break
        elif isinstance(s, ast.IfStmt):
            self.find_dead(s.body)
            if s.else_ is not None:
                r = self.reachable
                self.reachable = True
                self.find_dead(s.else_)
                self.reachable = self.reachable or r
            else:
                self.reachable = True
        elif isinstance(s, ast.LabeledStmt):
            self.find_dead(s.stmt)
        elif isinstance(s, ast.RangeStmt):
            self.find_dead(s.body)
            self.reachable = True
        elif isinstance(s, ast.ReturnStmt):
            self.reachable = False
        elif isinstance(s, ast.SelectStmt):
            any_reachable = False
            for cc in s.body.list:
                self.reachable = True
                for x in cc.body:
                    self.find_dead(x)
                any_reachable = any_reachable or self.reachable
            self.reachable = any_reachable or id(s) in self.has_break
        elif isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt)):
            any_reachable = False
            has_default = False
            for cc in s.body.list:
                if not cc.list:
                    has_default = True
                self.reachable = True
                for x in cc.body:
                    self.find_dead(x)
                any_reachable = any_reachable or self.reachable
            self.reachable = any_reachable or id(s) in self.has_break or not has_default


def run(p):
    for _, _, body in func_bodies(p.files):
        d = _Dead(p)
        d.find_labels(body)
        d.reachable = True
        d.find_dead(body)
