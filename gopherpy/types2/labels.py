"""This file implements label checks (go/types' labels.go). PARTIAL: it reports undefined
and unused labels and records label objects; jump-over-declaration and
jump-into-block checks are not implemented yet."""

from __future__ import annotations

from ..syntax import nodes as N
from .codes import Code
from .objects import Label


class LabelsMixin:

    def labels(self, body):
        labels = {}

        def collect(s):
            if isinstance(s, N.LabeledStmt):
                name = s.label.name
                if name != "_":
                    if name in labels:
                        alt = labels[name]
                        self.errorf(s.label, Code.DuplicateLabel, "label %s already defined\n\t%s: previous definition", name, self.fset.position(alt.pos))
                    else:
                        lb = Label(name, s.label.pos(), self.pkg)
                        labels[name] = lb
                        self.record_def(s.label, lb)
                collect(s.stmt)
                return
            for f in getattr(s, "__slots__", ()):
                v = getattr(s, f, None)
                if isinstance(v, N.Stmt):
                    collect(v)
                elif isinstance(v, list):
                    for i in v:
                        if isinstance(i, N.Stmt):
                            collect(i)

        def uses(s):
            if isinstance(s, N.BranchStmt) and s.label is not None:
                lb = labels.get(s.label.name)
                if lb is None:
                    self.errorf(s.label, Code.UndeclaredLabel, "label %s not defined", s.label.name)
                else:
                    lb.used = True
                    self.record_use(s.label, lb)
                return
            if isinstance(s, N.FuncLit):
                return
            for f in getattr(s, "__slots__", ()):
                v = getattr(s, f, None)
                if isinstance(v, N.Stmt):
                    uses(v)
                elif isinstance(v, list):
                    for i in v:
                        if isinstance(i, N.Stmt):
                            uses(i)

        collect(body)
        uses(body)
        for name, lb in labels.items():
            if not lb.used:
                self.softf(lb.pos, Code.UnusedLabel, "label %s defined and not used", name)
