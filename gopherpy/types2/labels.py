"""This file implements the checks of labels and branch statements with labels
(go/types' labels.go): duplicate, undeclared and unused labels, break and continue
targets, and gotos that jump into a block or over a variable declaration.

The body is walked block by block. A block knows its enclosing block and the labeled
statement it belongs to; a goto to a label not yet seen is a forward jump that the
label's declaration later in the same or an enclosing block resolves. Forward jumps
still open when a variable is declared jump over that declaration if they are
resolved in this block; those left at the end of the body either jump into a block
(the label exists) or name an undeclared label.
"""

from __future__ import annotations

from ..syntax import nodes as N
from .codes import Code
from .objects import Label


class _Block:
    __slots__ = ("parent", "lstmt", "labels")

    def __init__(self, parent, lstmt):
        self.parent = parent
        self.lstmt = lstmt  # the labeled statement this block belongs to, or None
        self.labels = {}

    def goto_target(self, name):
        b = self
        while b is not None:
            t = b.labels.get(name)
            if t is not None:
                return t
            b = b.parent
        return None

    def enclosing_target(self, name):
        b = self
        while b is not None:
            t = b.lstmt
            if t is not None and t.label.name == name:
                return t
            b = b.parent
        return None


class LabelsMixin:

    def labels(self, body):
        """Checks the labels of a function body (called when it has any)."""
        all_labels = {}
        fwd = self._block_branches(all_labels, None, None, body.list)
        for jmp in fwd:
            name = jmp.label.name
            alt = all_labels.get(name)
            if alt is not None:
                alt.used = True  # avoid another error
                self.errorf(jmp.label, Code.JumpIntoBlock, "goto %s jumps into block", name)
            else:
                self.errorf(jmp.label, Code.UndeclaredLabel, "label %s not declared", name)
        for lbl in sorted(all_labels.values(), key=lambda l: l.pos):
            if not lbl.used:
                self.softf(lbl.pos, Code.UnusedLabel, "label %s declared and not used", lbl.name)

    def _block_branches(self, all_labels, parent, lstmt, stmts):
        """The forward jumps leaving the block of stmts unresolved."""
        b = _Block(parent, lstmt)
        fwd = []
        bad = []  # the forward jumps open at the last variable declaration
        var_line = [0]

        def record_var_decl(pos):
            var_line[0] = self.fset.position(pos).line
            bad[:] = fwd

        def stmt_branches(lstmt, s):
            nonlocal fwd
            t = type(s)
            if t is N.DeclStmt:
                d = s.decl
                if isinstance(d, N.GenDecl) and d.tok == "var":
                    for spec in d.specs:
                        record_var_decl(spec.names[0].pos() if spec.names else spec.pos())
            elif t is N.LabeledStmt:
                name = s.label.name
                if name != "_":
                    lbl = Label(name, s.label.pos(), self.pkg)
                    alt = all_labels.get(name)
                    if alt is not None:
                        msg = f"label {name} already declared"
                        if alt.pos:
                            msg += f"\n\t{self.fset.position(alt.pos)}: other declaration of {name}"
                        self.softf(lbl.pos, Code.DuplicateLabel, "%s", msg)
                    else:
                        all_labels[name] = lbl
                        b.labels[name] = s
                        self.record_def(s.label, lbl)
                    # resolve the matching forward jumps
                    rest = []
                    for jmp in fwd:
                        if jmp.label.name == name:
                            lbl.used = True
                            self.record_use(jmp.label, lbl)
                            if var_line[0] and any(j is jmp for j in bad):
                                self.softf(jmp.label, Code.JumpOverDecl,
                                           "goto %s jumps over variable declaration at line %d", name, var_line[0])
                        else:
                            rest.append(jmp)
                    fwd = rest
                    lstmt = s
                stmt_branches(lstmt, s.stmt)
            elif t is N.BranchStmt:
                if s.label is None:
                    return  # checked by stmt
                name = s.label.name
                if s.tok == "break":
                    tgt = b.enclosing_target(name)
                    if tgt is None or not isinstance(tgt.stmt, (N.SwitchStmt, N.TypeSwitchStmt, N.SelectStmt,
                                                                N.ForStmt, N.RangeStmt)):
                        self.errorf(s.label, Code.MisplacedLabel, "invalid break label %s", name)
                        return
                elif s.tok == "continue":
                    tgt = b.enclosing_target(name)
                    if tgt is None or not isinstance(tgt.stmt, (N.ForStmt, N.RangeStmt)):
                        self.errorf(s.label, Code.MisplacedLabel, "invalid continue label %s", name)
                        return
                elif s.tok == "goto":
                    if b.goto_target(name) is None:
                        fwd.append(s)  # the label may be declared later
                        return
                else:
                    self.errorf(s, Code.InvalidSyntaxTree, "branch statement: %s %s", s.tok, name)
                    return
                obj = all_labels[name]
                obj.used = True
                self.record_use(s.label, obj)
            elif t is N.AssignStmt:
                if s.tok == ":=":
                    record_var_decl(s.tok_pos)
            elif t is N.BlockStmt:
                # jumps unresolved in the nested block are forward jumps of this one
                fwd += self._block_branches(all_labels, b, lstmt, s.list)
            elif t is N.IfStmt:
                stmt_branches(lstmt, s.body)
                if s.else_ is not None:
                    stmt_branches(lstmt, s.else_)
            elif t is N.SwitchStmt or t is N.TypeSwitchStmt or t is N.SelectStmt:
                inner = _Block(b, lstmt)
                for clause in s.body.list:
                    fwd += self._block_branches(all_labels, inner, None, clause.body)
            elif t is N.ForStmt or t is N.RangeStmt:
                stmt_branches(lstmt, s.body)

        for s in stmts:
            stmt_branches(None, s)
        return fwd
