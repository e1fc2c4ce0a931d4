"""This file implements typechecking of statements and function bodies (go/types'
stmt.go): blocks and scopes, assignments, if/for/range/switch/type switch/select,
go/defer, return, branch statements, and unused-variable reports."""

from __future__ import annotations

from fractions import Fraction

from ..syntax import nodes as N
from . import typs as T
from .codes import Code
from .errors import error_pos, expr_string
from .objects import Var
from .operand import Operand, commaok, constant_, invalid, novalue, typexpr, value, variable, builtin
from .predicates import (all_boolean, comparable, comparable_cause, default_type, identical, is_integer, is_interface,
                         is_string, is_type_param, is_untyped)
from .scope import Scope
from .typeset import core_type
from .universe import TYP, RUNE


class StmtMixin:

    def func_body(self, decl, name, sig, body, iota, scope=None):
        saved_env = self.env
        saved_usage = self.usage_vars
        self.env = type(saved_env)()  # a fresh Env (check.py's; no import cycle)
        self.env.version = saved_env.version
        self.env.decl = decl
        self.env.scope = sig.scope
        self.env.sig = sig
        self.env.iota = iota
        self.env.is_panic = {}
        self.usage_vars = []
        try:
            self.record_scope(body, sig.scope) if False else None
            self.stmt_list(0, body.list)
            if self.env.has_label and not self.conf.ignore_branch_errors:
                self.labels(body)
            if sig.results.vars and not self.is_terminating(body, ""):
                self.error(body.rbrace, Code.MissingReturn, "missing return")
            self.report_unused()
        finally:
            self.env = saved_env
            self.usage_vars = saved_usage

    def report_unused(self):
        for v in sorted(self.usage_vars, key=lambda v: v.pos):
            # only variables that made it into a scope (not redeclarations)
            if not v.used and v.name != "_" and v.parent is not None and v.parent.elems.get(v.name) is v:
                self.softf(v.pos, Code.UnusedVar, "declared and not used: %s", v.name)

    def open_scope(self, node, comment):
        s = Scope(self.env.scope, node.pos(), node.end(), comment)
        self.record_scope(node, s)
        self.env.scope = s

    def close_scope(self):
        self.env.scope = self.env.scope.parent

    def stmt_list(self, ctxt, lst):
        inner = ctxt & ~FALLTHROUGH_OK
        n = len(lst)
        # trailing empty statements are permitted
        while n > 0 and isinstance(lst[n - 1], N.EmptyStmt):
            n -= 1
        for i, s in enumerate(lst):
            c = inner
            if ctxt & FALLTHROUGH_OK and i + 1 == n:
                c |= FALLTHROUGH_OK | FINAL_SWITCH_CASE if ctxt & FINAL_SWITCH_CASE else FALLTHROUGH_OK
            self.stmt(c, s)

    def simple_stmt(self, s):
        if s is not None:
            self.stmt(0, s)

    def stmt(self, ctxt, s):
        top = len(self.delayed)
        self._stmt(ctxt, s)
        self.process_delayed(top)

    def _stmt(self, ctxt, s):
        self._cur_node = s
        inner = ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE)
        t = type(s)
        if t is N.EmptyStmt or t is N.BadStmt:
            return
        if t is N.DeclStmt:
            self.decl_stmt(s.decl)
        elif t is N.LabeledStmt:
            self.env.has_label = True
            self.stmt(ctxt, s.stmt)
        elif t is N.ExprStmt:
            x = Operand()
            self.raw_expr(None, x, s.x)
            msg = ""
            code = Code.UnusedExpr
            if x.mode is invalid:
                return
            if x.mode is builtin:
                msg = "must be called"
                code = Code.UncalledBuiltin
            elif x.mode is typexpr:
                msg = "is not an expression"
                code = Code.NotAnExpr
            elif x.mode is novalue:
                return
            else:
                call = s.x
                while isinstance(call, N.ParenExpr):
                    call = call.x
                if isinstance(call, N.CallExpr):
                    tv = self.info.types.get(call.fun)
                    if tv is not None and tv.is_builtin() or isinstance(call.fun, N.Ident) and self.info.uses.get(call.fun) is not None and type(self.info.uses.get(call.fun)).__name__ == "Builtin":
                        fn = self.info.uses.get(call.fun) if isinstance(call.fun, N.Ident) else None
                        if fn is not None and fn.name in ("append", "cap", "complex", "imag", "len", "make", "max", "min", "new", "real"):
                            msg = "is not used"
                        elif isinstance(call.fun, N.SelectorExpr) and call.fun.sel.name in ("Add", "Alignof", "Offsetof", "Sizeof", "Slice", "SliceData", "String", "StringData"):
                            msg = "is not used"
                        else:
                            return
                    elif tv is not None and tv.is_type():
                        msg = "is not used"
                    else:
                        return
                elif isinstance(call, N.UnaryExpr) and call.op == "<-":
                    return
                else:
                    msg = "is not used"
            self.errorf(x, code, "%s %s", self.ops(x), msg)
        elif t is N.SendStmt:
            ch = Operand()
            val = Operand()
            self.expr(None, ch, s.chan)
            self.generic_expr(val, s.value)  # a generic function is inferred from the element type
            if ch.mode is invalid or val.mode is invalid:
                return
            elem = self.chan_elem(s, ch, False)
            if elem is not None:
                self.assignment(val, elem, "send")
        elif t is N.IncDecStmt:
            x = Operand()
            self.expr(None, x, s.x)
            if x.mode is invalid:
                return
            from .predicates import all_numeric
            if not all_numeric(x.type):
                self.invalid_op(s.x, Code.NonNumericIncDec, "%s%s (non-numeric type %s)", expr_string(s.x), s.tok, self.ts(x.type))
                return
            self.assign_var(s.x, None, x, "assignment")
        elif t is N.AssignStmt:
            if s.tok == "=":
                self.assign_vars(s.lhs, s.rhs)
            elif s.tok == ":=":
                self.short_var_decl(s.tok_pos, s.lhs, s.rhs)
            else:
                if len(s.lhs) != 1 or len(s.rhs) != 1:
                    self.errorf(s, Code.MultiValAssignOp, "assignment operation %s requires single-valued expressions", s.tok)
                    return
                x = Operand()
                op = s.tok[:-1]
                self.binary(x, None, s.lhs[0], s.rhs[0], op)
                self.assign_var(s.lhs[0], None, x, "assignment operation")
        elif t is N.GoStmt or t is N.DeferStmt:
            kind = "go" if t is N.GoStmt else "defer"
            self.suspended_call(kind, s.call)
        elif t is N.ReturnStmt:
            res = self.env.sig.results
            if not s.results and res.vars and res.vars[0].name:
                # named results may be returned implicitly unless they are shadowed
                for v in res.vars:
                    sc, alt = self.env.scope.lookup_parent(v.name, 0)
                    if alt is not None and alt is not v and v.name != "_":
                        self.errorf(s, Code.OutOfScopeResult, "result parameter %s not in scope at return\n\t%s: inner declaration of %s",
                                    v.name, self.fset.position(alt.pos), self.objs(alt))
            else:
                self.init_vars([Var(v.name, v.type, v.pkg, v.pos) for v in res.vars], s.results, s)
        elif t is N.BranchStmt:
            if s.label is not None:
                self.env.has_label = True
                return
            if self.conf.ignore_branch_errors:
                return
            if s.tok == "break":
                if not ctxt & BREAK_OK:
                    self.error(s, Code.MisplacedBreak, "break not in for, switch, or select statement")
            elif s.tok == "continue":
                if not ctxt & CONTINUE_OK:
                    self.error(s, Code.MisplacedContinue, "continue not in for statement")
            elif s.tok == "fallthrough":
                if not ctxt & FALLTHROUGH_OK:
                    if ctxt & FINAL_SWITCH_CASE:
                        self.error(s, Code.MisplacedFallthrough, "cannot fallthrough final case in switch")
                    elif ctxt & IN_TYPE_SWITCH:
                        self.error(s, Code.MisplacedFallthrough, "cannot fallthrough in type switch")
                    else:
                        self.error(s, Code.MisplacedFallthrough, "fallthrough statement out of place")
        elif t is N.BlockStmt:
            self.open_scope(s, "block")
            self.stmt_list(inner, s.list)
            self.close_scope()
        elif t is N.IfStmt:
            self.open_scope(s, "if")
            self.simple_stmt(s.init)
            x = Operand()
            self.expr(None, x, s.cond)
            if x.mode is not invalid and not all_boolean(x.type):
                self.error(s.cond, Code.InvalidCond, "non-boolean condition in if statement")
            self.stmt(inner, s.body)
            if s.else_ is not None:
                self.stmt(inner, s.else_)
            self.close_scope()
        elif t is N.SwitchStmt:
            self.switch_stmt(inner | BREAK_OK, s)
        elif t is N.TypeSwitchStmt:
            self.type_switch_stmt(inner | BREAK_OK | IN_TYPE_SWITCH, s)
        elif t is N.SelectStmt:
            inner |= BREAK_OK
            self.multiple_defaults([c for c in s.body.list if isinstance(c, N.CommClause)], lambda c: c.comm is None)
            for clause in s.body.list:
                if not isinstance(clause, N.CommClause):
                    continue
                valid = False
                rhs = None
                c = clause.comm
                if c is None or isinstance(c, N.SendStmt):
                    valid = True
                elif isinstance(c, N.AssignStmt):
                    if len(c.rhs) == 1:
                        rhs = c.rhs[0]
                elif isinstance(c, N.ExprStmt):
                    rhs = c.x
                if rhs is not None:
                    r = rhs
                    while isinstance(r, N.ParenExpr):
                        r = r.x
                    if isinstance(r, N.UnaryExpr) and r.op == "<-":
                        valid = True
                if not valid:
                    self.error(c, Code.InvalidSelectCase, "select case must be send or receive (possibly with assignment)")
                    continue
                self.open_scope(clause, "case")
                if c is not None:
                    self.stmt(inner, c)
                self.stmt_list(inner, clause.body)
                self.close_scope()
        elif t is N.ForStmt:
            self.open_scope(s, "for")
            self.simple_stmt(s.init)
            if s.cond is not None:
                x = Operand()
                self.expr(None, x, s.cond)
                if x.mode is not invalid and not all_boolean(x.type):
                    self.error(s.cond, Code.InvalidCond, "non-boolean condition in for statement")
            self.simple_stmt(s.post)
            if isinstance(s.post, N.AssignStmt) and s.post.tok == ":=":
                # the parser reported the error; avoid follow-up errors
                for e in s.post.lhs:
                    v = self.env.scope.lookup(e.name) if isinstance(e, N.Ident) else None
                    if isinstance(v, Var):
                        v.used = True
            self.stmt(inner | BREAK_OK | CONTINUE_OK, s.body)
            self.close_scope()
        elif t is N.RangeStmt:
            self.range_stmt(inner | BREAK_OK | CONTINUE_OK, s)
        else:
            self.errorf(s, Code.InvalidSyntaxTree, "invalid statement")

    def suspended_call(self, kind, call):
        c = call
        while isinstance(c, N.ParenExpr):
            c = c.x
        if not isinstance(c, N.CallExpr):
            self.errorf(call, Code.InvalidCall, "expression in %s must be function call", kind)
            self.use(call)
            return
        x = Operand()
        self.raw_expr(None, x, c)
        msg = ""
        if x.mode is invalid:
            return
        if x.mode is typexpr or (isinstance(c.fun, N.Ident) and x.mode is constant_):
            msg = "requires function call, not conversion"
        elif x.mode is not novalue and isinstance(c.fun, N.Ident):
            o = self.info.uses.get(c.fun)
            if o is not None and type(o).__name__ == "Builtin" and o.name in ("append", "cap", "complex", "imag", "len", "make", "max", "min", "new", "real"):
                msg = "discards result of"
        tv = self.info.types.get(c.fun)
        if tv is not None and tv.is_type():
            msg = "requires function call, not conversion"
        if msg:
            self.errorf(call, Code.UnusedResults, "%s %s %s", kind, msg, expr_string(call))

    # -- switch ----------------------------------------------------------------

    def multiple_defaults(self, clauses, is_default):
        first = None
        for c in clauses:
            if is_default(c):
                if first is not None:
                    self.errorf(c, Code.DuplicateDefault, "multiple defaults (first at %s)", self.fset.position(first.pos()))
                else:
                    first = c

    def switch_stmt(self, inner, s):
        self.open_scope(s, "switch")
        self.simple_stmt(s.init)
        x = Operand()
        if s.tag is not None:
            self.expr(None, x, s.tag)
            # as if assigned to an invisible temporary, as a compiler would
            self.assignment(x, None, "switch expression")
            if x.mode is not invalid and comparable_cause(x.type, True, self.ts) is not None and not has_nil_t(x.type):
                self.errorf(x, Code.InvalidExprSwitch, "cannot switch on %s (%s is not comparable)", self.ops(x), self.ts(x.type))
                x.mode = invalid
        else:
            # a missing switch expression is the constant true
            x.mode = constant_
            x.type = TYP[T.Bool]
            x.val = True
            clauses = s.body.list
            pos = clauses[0].pos() if clauses else s.body.rbrace
            x.expr = N.Ident(pos, "true")
        clauses = [c for c in s.body.list if isinstance(c, N.CaseClause)]
        self.multiple_defaults(clauses, lambda c: not c.list)
        seen = {}
        n = len(clauses)
        for i, clause in enumerate(clauses):
            ctx = inner | (FALLTHROUGH_OK if i + 1 < n else FINAL_SWITCH_CASE)
            self.case_values(x, clause.list, seen)
            self.open_scope(clause, "case")
            self.stmt_list(ctx, clause.body)
            self.close_scope()
        self.close_scope()

    def case_values(self, x, values, seen):
        for e in values:
            v = Operand()
            self.expr(None, v, e)
            if x.mode is invalid or v.mode is invalid:
                continue
            self.convert_untyped(v, x.type)
            if v.mode is invalid:
                continue
            # comparing v against x puts the error positions at the case values
            res = _cp(v)
            self.comparison(res, _cp(x), "==", True)
            if res.mode is invalid:
                continue
            # like gc, only integer, floating-point and string values are compared
            # (go/types' goVal): boolean cases such as `case GOOS == "aix":` never clash
            if v.mode is constant_ and v.val is not None and _dup_checked(v.val):
                key = (type(v.val).__name__, v.val)
                dup = False
                for prev_expr, prev_t in seen.get(key, ()):
                    if identical(v.type, prev_t):
                        self.errorf(v, Code.DuplicateCase, "duplicate case %s in expression switch\n\t%s: previous case",
                                    self.ops(v), self.fset.position(error_pos(prev_expr)))
                        dup = True
                        break
                if not dup:
                    seen.setdefault(key, []).append((v.expr, v.type))

    def type_switch_stmt(self, inner, s):
        self.open_scope(s, "type switch")
        self.simple_stmt(s.init)
        lhs = None
        rhs = None
        a = s.assign
        if isinstance(a, N.ExprStmt):
            rhs = a.x
        elif isinstance(a, N.AssignStmt):
            if len(a.lhs) != 1 or a.tok != ":=" or len(a.rhs) != 1 or not isinstance(a.lhs[0], N.Ident):
                self.error(a, Code.InvalidSyntaxTree, "incorrect form of type switch guard")
                self.close_scope()
                return
            lhs = a.lhs[0]
            rhs = a.rhs[0]
            if lhs.name == "_":
                # _ := x.(type) is an invalid short variable declaration
                self.softf(lhs, Code.NoNewVar, "no new variable on left side of :=")
                lhs = None
            else:
                self.record_def(lhs, None)  # declared implicitly in each clause
        r = rhs
        while isinstance(r, N.ParenExpr):
            r = r.x
        if not isinstance(r, N.TypeAssertExpr) or r.type is not None:
            self.error(rhs, Code.InvalidSyntaxTree, "incorrect form of type switch guard")
            self.close_scope()
            return
        sx = None  # the switch expression, None if invalid
        x = Operand()
        self.expr(None, x, r.x)
        if x.mode is not invalid:
            if is_type_param(x.type):
                self.errorf(x, Code.InvalidTypeSwitch, "cannot use type switch on type parameter value %s", self.ops(x))
            elif is_interface(x.type):
                sx = x
            else:
                self.errorf(x, Code.InvalidTypeSwitch, "%s is not an interface", self.ops(x))
        clauses = [c for c in s.body.list if isinstance(c, N.CaseClause)]
        self.multiple_defaults(clauses, lambda c: not c.list)
        lhs_vars = []
        seen = []
        for clause in clauses:
            T_ = self.case_types(sx, clause.list, seen)
            self.open_scope(clause, "case")
            if lhs is not None:
                v = Var(lhs.name, T_, self.pkg, lhs.pos())
                self.declare(self.env.scope, None, v, clause.colon)
                self.record_implicit(clause, v)
                lhs_vars.append(v)
            self.stmt_list(inner, clause.body)
            self.close_scope()
        if lhs is not None:
            # the variables of all clauses act as one for "declared and not used"
            used = any(v.used for v in lhs_vars)
            for v in lhs_vars:
                v.used = True
            if not used:
                self.softf(lhs, Code.UnusedVar, "%s declared and not used", lhs.name)
        self.close_scope()

    def _is_nil(self, e):
        """Whether e is the predeclared nil, possibly parenthesized."""
        while isinstance(e, N.ParenExpr):
            e = e.x
        if not isinstance(e, N.Ident):
            return False
        from .objects import Nil
        _, obj = self.env.scope.lookup_parent(e.name, e.pos())
        return isinstance(obj, Nil)

    def case_types(self, x, types, seen):
        """Checks the types of a type switch case (x: the switch expression, or None if
        invalid); returns the type of the clause's variable."""
        T_ = None
        for e in types:
            if self._is_nil(e):
                T_ = None
                self.expr(None, Operand(), e)
            else:
                T_ = self.var_type(e)
                if T.unalias(T_) is T.TYP_INVALID:
                    continue
            dup = False
            for other_e, t in seen:
                if T_ is None and t is None or T_ is not None and t is not None and identical(T_, t):
                    ts = "nil" if T_ is None else self.ts(T_)
                    self.errorf(e, Code.DuplicateCase, "duplicate case %s in type switch\n\t%s: previous case",
                                ts, self.fset.position(other_e.pos()))
                    dup = True
                    break
            if dup:
                continue
            seen.append((e, T_))
            if x is not None and T_ is not None:
                self.type_assertion(e, x, T_, True)
        if len(types) != 1 or T_ is None:
            T_ = x.type if x is not None else TYP[T.Invalid]
        return T_

    # -- range -----------------------------------------------------------------

    def range_stmt(self, inner, s):
        """for k, v := range x (go/types' rangeStmt)."""
        x = Operand()
        self.env.has_call_or_recv = False
        self.expr(None, x, s.x)
        s_key, s_value, s_extra = s.key, s.value, getattr(s, "extra", None)
        key = val = None
        if x.mode is not invalid:
            k, v, cause, ok = self.range_key_val(x.type)
            if not ok and cause:
                self.softf(x.expr, Code.InvalidRangeExpr, "cannot range over %s: %s", self.ops(x), cause)
            elif not ok:
                self.softf(x.expr, Code.InvalidRangeExpr, "cannot range over %s", self.ops(x))
            elif k is None and s_key is not None:
                self.softf(s_key, Code.InvalidIterVar, "range over %s permits no iteration variables", self.ops(x))
            elif v is None and s_value is not None:
                self.softf(s_value, Code.InvalidIterVar, "range over %s permits only one iteration variable", self.ops(x))
            elif s_extra is not None:
                self.softf(s_extra, Code.InvalidIterVar, "range clause permits at most two iteration variables")
            key, val = k, v
        self.open_scope(s, "range")
        lhs = [s_key, s_value]
        rhs = [key, val]
        range_over_int = x.mode is not invalid and is_integer(x.type)
        if s.tok == ":=":
            vars_ = []
            for i, e in enumerate(lhs):
                if e is None:
                    continue
                if isinstance(e, N.Ident):
                    v = Var(e.name, None, self.pkg, e.pos())
                    self.record_def(e, v)
                    if e.name != "_":
                        vars_.append(v)
                else:
                    self.errorf(e, Code.InvalidSyntaxTree, "cannot declare %s", expr_string(e))
                    v = Var("_", None, self.pkg, e.pos())
                t = rhs[i]
                if t is None or t is T.TYP_INVALID:
                    v.type = TYP[T.Invalid]
                    v.used = True
                    continue
                if range_over_int:
                    self.init_var(v, x, "range clause")
                else:
                    y = Operand(value, e, t)
                    self.init_var(v, y, "assignment")
            if vars_:
                for v in vars_:
                    self.declare(self.env.scope, None, v, s.body.pos())
                    self.usage_vars.append(v)
            else:
                self.error(s, Code.NoNewVar, "no new variables on left side of :=")
        elif s_key is not None:
            for i, e in enumerate(lhs):
                if e is None:
                    continue
                t = rhs[i]
                if t is None or t is T.TYP_INVALID:
                    continue
                if range_over_int:
                    self.assign_var(e, None, x, "range clause")
                    if x.mode is not invalid and not is_integer(x.type):
                        self.softf(e, Code.InvalidRangeExpr, "cannot use iteration variable of type %s", self.ts(x.type))
                else:
                    y = Operand(value, e, t)
                    self.assign_var(e, None, y, "assignment")
        elif range_over_int:
            self.assignment(x, None, "range clause")
        self.stmt(inner, s.body)
        self.close_scope()

    def range_key_val(self, orig):
        """(key type, value type, cause, ok) for ranging over a value of type orig
        (go/types' rangeKeyVal); key and value are None where no variable is allowed."""
        from .expr import array_ptr_deref
        bad = (TYP[T.Invalid], TYP[T.Invalid])

        def cond(t, u):
            if isinstance(u, T.Chan) and u.dir == T.SendOnly:
                return f"receive from send-only channel {self.ts(t)}"
            return None
        rtyp, why = self.common_under(orig, cond)
        if rtyp is None:
            return bad[0], bad[1], why, False
        typ = array_ptr_deref(rtyp)
        if isinstance(typ, T.Basic):
            if is_string(typ):
                return TYP[T.Int], RUNE, "", True
            if is_integer(typ):
                if not self.allow_version(22):
                    return bad[0], bad[1], "requires go1.22 or later", False
                return orig, None, "", True
        elif isinstance(typ, (T.Array, T.Slice)):
            return TYP[T.Int], typ.elem, "", True
        elif isinstance(typ, T.Map):
            return typ.key, typ.elem, "", True
        elif isinstance(typ, T.Chan):
            return typ.elem, None, "", True
        elif isinstance(typ, T.Signature):
            pre = "func must be func(yield func(...) bool): "
            if not self.allow_version(23):
                return bad[0], bad[1], "requires go1.23 or later", False
            if len(typ.params.vars) != 1:
                return bad[0], bad[1], pre + "wrong argument count", False
            if typ.results.vars:
                return bad[0], bad[1], pre + "unexpected results", False
            u, why = self.common_under(typ.params.vars[0].type)
            cb = u if isinstance(u, T.Signature) else None
            if cb is None:
                if why is not None:
                    return bad[0], bad[1], pre + "in yield type, " + why, False
                return bad[0], bad[1], pre + "argument is not func", False
            if len(cb.params.vars) > 2:
                return bad[0], bad[1], pre + "yield func has too many parameters", False
            res = cb.results.vars
            if len(res) != 1 or not identical(res[0].type, TYP[T.Bool]):
                if len(res) == 1 and is_boolean_t(res[0].type):
                    return bad[0], bad[1], pre + "yield func returns user-defined boolean, not bool", False
                return bad[0], bad[1], pre + "yield func does not return bool", False
            if cb.variadic:
                return bad[0], bad[1], f"yield func of type {self.ts(cb)} cannot be variadic", False
            ps = cb.params.vars
            k = ps[0].type if len(ps) >= 1 else None
            v = ps[1].type if len(ps) >= 2 else None
            return k, v, "", True
        return None, None, "", False


def _cp(x):
    y = Operand()
    y.copy_from(x)
    return y


def has_nil_t(t):
    from .predicates import has_nil
    return has_nil(t)


def is_boolean_t(t):
    from .predicates import is_boolean
    return is_boolean(t)


BREAK_OK = 1
CONTINUE_OK = 2
FALLTHROUGH_OK = 4
FINAL_SWITCH_CASE = 8
IN_TYPE_SWITCH = 16


def _dup_checked(val):
    """Whether a case constant takes part in duplicate detection: gc checks integers
    that fit in 64 bits, floats and strings only."""
    if isinstance(val, bool):
        return False
    if isinstance(val, int):
        return -(1 << 63) <= val < (1 << 64)
    if isinstance(val, Fraction):  # only values exact as a float64 (Float64Val's exact)
        try:
            return Fraction(float(val)) == val
        except OverflowError:
            return False
    return isinstance(val, bytes)
