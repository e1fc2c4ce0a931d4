"""This file implements the terminating-statement analysis (go/types' return.go) used for
`missing return`."""

from __future__ import annotations

from ..syntax import nodes as N


class ReturnMixin:

    def is_terminating(self, s, label):
        t = type(s)
        if t is N.ReturnStmt:
            return True
        if t is N.BranchStmt:
            return s.tok in ("goto", "fallthrough")
        if t is N.ExprStmt:
            c = s.x
            while isinstance(c, N.ParenExpr):
                c = c.x
            if isinstance(c, N.CallExpr) and self.env.is_panic is not None and c in self.env.is_panic:
                return True
            return False
        if t is N.LabeledStmt:
            return self.is_terminating(s.stmt, s.label.name)
        if t is N.BlockStmt:
            return self.is_terminating_list(s.list, "")
        if t is N.IfStmt:
            return s.else_ is not None and self.is_terminating(s.body, "") and self.is_terminating(s.else_, "")
        if t is N.SwitchStmt or t is N.TypeSwitchStmt or t is N.SelectStmt:
            has_default = False
            for cc in s.body.list:
                if isinstance(cc, N.CaseClause) and not cc.list or isinstance(cc, N.CommClause) and cc.comm is None:
                    has_default = True
                body = cc.body
                if not self.is_terminating_list(body, "") and not (t is N.SwitchStmt and body and _is_fallthrough(body[-1])) or _has_break_list(body, label, True):
                    return False
            return has_default or t is N.SelectStmt
        if t is N.ForStmt:
            if s.cond is not None:
                return False
            return not _has_break(s.body, label, True)
        return False

    def is_terminating_list(self, lst, label):
        i = len(lst) - 1
        while i >= 0 and isinstance(lst[i], N.EmptyStmt):
            i -= 1
        return i >= 0 and self.is_terminating(lst[i], label)


def _is_fallthrough(s):
    return isinstance(s, N.BranchStmt) and s.tok == "fallthrough"


def _has_break_list(lst, label, implicit):
    return any(_has_break(s, label, implicit) for s in lst)


def _has_break(s, label, implicit):
    t = type(s)
    if t is N.BranchStmt:
        if s.tok == "break":
            if s.label is None:
                return implicit
            return s.label.name == label
        return False
    if t is N.LabeledStmt:
        return _has_break(s.stmt, label, implicit)
    if t is N.BlockStmt:
        return _has_break_list(s.list, label, implicit)
    if t is N.IfStmt:
        return _has_break(s.body, label, implicit) or (s.else_ is not None and _has_break(s.else_, label, implicit))
    if t is N.CaseClause or t is N.CommClause:
        return _has_break_list(s.body, label, implicit)
    if t in (N.SwitchStmt, N.TypeSwitchStmt, N.SelectStmt, N.ForStmt, N.RangeStmt):
        if label and _has_break(s.body, label, False):
            return True
        return False
    return False
