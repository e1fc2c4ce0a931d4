"""This file implements assignability, interface implementation and assignments
(go/types' assignments.go, operand.go assignableTo, instantiate.go implements)."""

from __future__ import annotations

from ..syntax import nodes as N
from . import typs as T
from .codes import Code
from .errors import expr_string
from .objects import Var
from .operand import Operand, commaok, constant_, invalid, mapindex, nilvalue, typexpr, value, variable
from .predicates import (comparable, default_type, has_nil, identical, is_interface, is_type_param,
                         is_untyped)
from .universe import TYP


def _plural(n, what):
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


class AssignmentsMixin:

    def assignable_to(self, x, t):
        """(ok, cause) for assigning operand x to type t."""
        if x.mode is invalid or T.unalias(t) is T.TYP_INVALID:
            return True, ""
        V = x.type
        if identical(V, t):
            return True, ""
        Vu = T.unalias(V).underlying()
        Tu = T.unalias(t).underlying()
        Vp = is_type_param(V)
        Tp = is_type_param(t)
        if is_untyped(V):
            if Tp:
                from .typeset import type_set_of
                ts = type_set_of(t)
                if not ts.terms:
                    return x.is_nil() and False, ""
                for term in ts.terms:
                    ok, _ = self.assignable_to(x, term.type)
                    if not ok:
                        return False, ""
                return True, ""
            if isinstance(Tu, T.Basic):
                if x.is_nil():
                    return Tu.kind == T.UnsafePointer, ""
                if x.mode is constant_:
                    from .expr import representable_value
                    ok, _ = representable_value(x.val, Tu)
                    return ok, ""
                if Tu.kind == T.Bool:
                    return isinstance(Vu, T.Basic) and Vu.kind == T.UntypedBool, ""
                return _untyped_compat(Vu, Tu), ""
            if isinstance(Tu, T.Interface):
                if x.is_nil():
                    return True, ""
                if not Tu.is_method_set():
                    return False, ""
                return len(Tu.all_methods()) == 0, ""
            if x.is_nil():
                return has_nil(t), ""
            return False, ""
        if identical(Vu, Tu) and (not _is_named(V) or not _is_named(t)) and not Vp and not Tp:
            return True, ""
        if isinstance(Tu, T.Interface) and not Tp:
            ok, cause = self.implements(V, t, False)
            if ok:
                return True, ""
            return False, cause
        if isinstance(Vu, T.Interface) and not Vp and not isinstance(Tu, T.Interface):
            from .lookup import missing_method
            m, _, _ = missing_method(t, Vu, True, self) if not Tp else (None, None, "")
            if m is None and not Tp:
                return False, "need type assertion"
            return False, ""
        if isinstance(Vu, T.Chan) and Vu.dir == T.SendRecv and isinstance(Tu, T.Chan):
            if identical(Vu.elem, Tu.elem):
                return (not _is_named(V) or not _is_named(t)) and not Vp and not Tp, ""
        if Vp or Tp:
            # each specific type of a type parameter's type set must be assignable
            from .typeset import type_set_of
            if Tp and not _is_named(V):
                ts = type_set_of(t)
                if not ts.terms:
                    return False, ""
                for term in ts.terms:
                    ok, cause = self.assignable_to(x, term.type)
                    if not ok:
                        msg = f"cannot assign {self.ts(V)} to {self.ts(term.type)} (in {self.ts(t)})"
                        return False, msg + ("\n\t" + cause if cause else "")
                return True, ""
            if Vp and not _is_named(t):
                ts = type_set_of(V)
                if not ts.terms:
                    return False, ""
                for term in ts.terms:
                    y = Operand(x.mode, x.expr, term.type, x.val)
                    ok, cause = self.assignable_to(y, t)
                    if not ok:
                        msg = f"cannot assign {self.ts(term.type)} (in {self.ts(V)}) to {self.ts(t)}"
                        return False, msg + ("\n\t" + cause if cause else "")
                return True, ""
        return False, ""

    def implements(self, V, Tt, constraint):
        """(ok, cause) for V implementing interface Tt (also constraint satisfaction)."""
        Vu = T.unalias(V).underlying()
        Tu = T.unalias(Tt).underlying()
        if Vu is T.TYP_INVALID or Tu is T.TYP_INVALID:
            return True, ""
        if not isinstance(Tu, T.Interface):
            return False, f"{self.ts(Tt)} is not an interface"
        from .typeset import compute_type_set, type_set_of
        ts = compute_type_set(Tu)
        if ts.is_all():
            return True, ""
        if ts.is_empty():
            return False, f"cannot {'satisfy' if constraint else 'implement'} {self.ts(Tt)} (empty type set)"
        vts = type_set_of(V)
        if isinstance(Vu, T.Interface) and not is_type_param(V) and not constraint:
            pass
        from .lookup import missing_method
        m, alt, cause = missing_method(V, Tu, True, self)
        if m is not None:
            verb = "satisfy" if constraint else "implement"
            return False, f"{self.ts(V)} does not {verb} {self.ts(Tt)} {cause}"
        verb = "satisfy" if constraint else "implement"
        if ts.comparable or (ts.terms is None and ts.comparable):
            if not comparable(V, False) and not (not constraint and False):
                # Go 1.20+: spec-comparable types satisfy comparable
                if not comparable(V, True) or is_type_param(V) and not vts.is_comparable():
                    return False, f"{self.ts(V)} does not {verb} comparable"
                if is_type_param(V) or isinstance(Vu, T.Interface) and constraint and False:
                    return False, f"{self.ts(V)} does not {verb} comparable"
        if ts.terms is not None:
            if is_type_param(V):
                if vts.terms is None:
                    return False, f"{self.ts(V)} does not {verb} {self.ts(Tt)}"
                from .typeset import _subset
                if not _subset(vts.terms, ts.terms):
                    return False, f"{self.ts(V)} does not {verb} {self.ts(Tt)}"
                return True, ""
            from .typeset import _term_includes
            if not any(_term_includes(t, V) for t in ts.terms):
                if isinstance(Vu, T.Interface):
                    return False, f"{self.ts(V)} does not {verb} {self.ts(Tt)}"
                tl = " | ".join(str_term(self, t) for t in ts.terms)
                return False, f"{self.ts(V)} does not {verb} {self.ts(Tt)} ({self.ts(V)} missing in {tl})"
        return True, ""

    # -- assignment ----------------------------------------------------------

    def assignment(self, x, t, context):
        self.single_value(x)
        if x.mode is invalid:
            return
        if x.mode in (constant_, variable, mapindex, value, nilvalue, commaok):
            pass
        else:
            self.errorf(x.expr, Code.UnassignableOperand, "cannot assign %s to %s in %s", self.ops(x), self.ts(t), context)
            x.mode = invalid
            return
        if is_untyped(x.type):
            target = t
            if t is None or (is_interface(t) and not is_type_param(t)) and not x.is_nil() or context in ("assignment",) and t is None:
                if t is None and x.is_nil():
                    self.errorf(x.expr, Code.UntypedNilUse, "use of untyped nil in %s", context)
                    x.mode = invalid
                    return
                target = default_type(x.type)
                if t is not None and is_interface(t) and not x.is_nil():
                    target = default_type(x.type)
            if t is None and x.is_nil():
                pass
            new_t, val, code = self.implicit_type_and_value(x, target)
            if code:
                suffix = ""
                if code == Code.TruncatedFloat:
                    suffix = " (truncated)"
                elif code == Code.NumericOverflow:
                    suffix = " (overflows)"
                else:
                    code = Code.IncompatibleAssign
                self.errorf(x.expr, code, "cannot use %s as %s value in %s%s", self.ops(x), self.ts(target), context, suffix)
                x.mode = invalid
                return
            if val is not None:
                x.val = val
                self.update_expr_val(x.expr, val)
            if new_t is not x.type:
                x.type = new_t
                self.update_expr_type(x.expr, new_t, True)
        if t is None:
            return
        ok, cause = self.assignable_to(x, t)
        if not ok:
            if cause:
                self.errorf(x.expr, Code.IncompatibleAssign, "cannot use %s as %s value in %s: %s", self.ops(x), self.ts(t), context, cause)
            else:
                self.errorf(x.expr, Code.IncompatibleAssign, "cannot use %s as %s value in %s", self.ops(x), self.ts(t), context)
            x.mode = invalid

    def init_var(self, lhs, x, context):
        if x.mode is invalid or x.type is T.TYP_INVALID or lhs.type is T.TYP_INVALID:
            if lhs.type is None:
                lhs.type = TYP[T.Invalid]
            x.mode = invalid
            return
        if lhs.type is None:
            typ = x.type
            if is_untyped(typ):
                if x.is_nil():
                    self.errorf(x.expr, Code.UntypedNilUse, "use of untyped nil in %s", context)
                    lhs.type = TYP[T.Invalid]
                    x.mode = invalid
                    return
                typ = default_type(typ)
            lhs.type = typ
        self.assignment(x, lhs.type, context)

    def init_vars(self, lhs, orig_rhs, return_stmt):
        context = "assignment" if return_stmt is None else "return statement"
        l, r = len(lhs), len(orig_rhs)
        is_call = False
        if r == 1:
            is_call = isinstance(_unparen(orig_rhs[0]), N.CallExpr)
        if l == r and not is_call:
            for i, v in enumerate(lhs):
                x = Operand()
                self.expr(v.type, x, orig_rhs[i])
                self.init_var(v, x, context if return_stmt is not None else "variable declaration" if False else context)
            return
        if r != 1:
            self.assign_error(orig_rhs, l, r, return_stmt, lhs)
            for v in lhs:
                if v.type is None:
                    v.type = TYP[T.Invalid]
            for e in orig_rhs:
                self.use(e)
            return
        rhs, comma_ok = self.multi_expr(orig_rhs[0], l == 2 and return_stmt is None)
        r = len(rhs)
        if l == r:
            for i, v in enumerate(lhs):
                self.init_var(v, rhs[i], context)
            if comma_ok:
                self.record_comma_ok(orig_rhs[0], rhs)
            return
        if rhs[0].mode is not invalid:
            self.assign_error(orig_rhs, l, r, return_stmt, lhs)
        for v in lhs:
            if v.type is None:
                v.type = TYP[T.Invalid]

    def record_comma_ok(self, e, ops):
        t0 = ops[0].type
        t1 = ops[1].type
        if is_untyped(t1):
            t1 = TYP[T.Bool]
        tup = T.Tuple([Var("", t0), Var("", t1)])
        while True:
            self.record_type_and_value(e, commaok, tup, None)
            self.untyped.pop(e, None)
            if isinstance(e, N.ParenExpr):
                e = e.x
                continue
            break

    def assign_error(self, rhs, l, r, return_stmt, lhs=None):
        vars_ = _plural(l, "variable")
        vals = _plural(r, "value")
        at = rhs[0] if rhs else None
        if return_stmt is not None:
            at = return_stmt
            self.return_error(return_stmt, lhs, rhs, r)
            return
        if len(rhs) == 1 and isinstance(_unparen(rhs[0]), N.CallExpr):
            call = _unparen(rhs[0])
            self.errorf(at, Code.WrongAssignCount, "assignment mismatch: %s but %s returns %s", vars_, expr_string(call.fun) + "()" if False else expr_string(call), vals)
            return
        self.errorf(at, Code.WrongAssignCount, "assignment mismatch: %s but %s", vars_, vals)

    def return_error(self, at, lhs, rhs, r):
        l = len(lhs)
        qualifier = "not enough" if r < l else "too many"
        have = []
        ops_ = []
        for e in rhs:
            x = Operand()
            self.raw_expr(None, x, e)
            if isinstance(x.type, T.Tuple):
                have += [self.ts(v.type) for v in x.type.vars]
            elif x.mode is not invalid:
                t = x.type
                have.append("number" if x.mode is constant_ and is_untyped(t) and T.unalias(t).info & T.IsNumeric else self.ts(t))
        want = ", ".join(self.ts(v.type) for v in lhs)
        pos = at
        if r > l:
            pos = rhs[l]
        elif rhs:
            pos = rhs[-1] if r < l and rhs else at
        self.errorf(at if r < l else rhs[l] if l < len(rhs) else at, Code.WrongResultCount, "%s return values\n\thave (%s)\n\twant (%s)", qualifier, ", ".join(have), want)

    # -- assignment statements -----------------------------------------------

    def lhs_var(self, lhs):
        """Checks an lhs expression; returns its type or None."""
        ident = _unparen(lhs)
        v = None
        v_used = False
        if isinstance(ident, N.Ident):
            if ident.name == "_":
                self.record_def(ident, None)
                return None
            _, obj = self.env.scope.lookup_parent(ident.name)
            if isinstance(obj, Var) and obj.pkg is self.pkg:
                v = obj
                v_used = v.used
        x = Operand()
        self.expr(None, x, lhs)
        if v is not None:
            v.used = v_used
        if x.mode is invalid:
            return TYP[T.Invalid]
        if x.mode is variable:
            return x.type
        if x.mode is mapindex:
            return x.type
        sel = _unparen(x.expr)
        if isinstance(sel, N.SelectorExpr):
            y = Operand()
            self.expr(None, y, sel.x)
            if y.mode is mapindex:
                self.errorf(x.expr, Code.UnaddressableFieldAssign, "cannot assign to struct field %s in map", expr_string(x.expr))
                return TYP[T.Invalid]
        self.errorf(x.expr, Code.UnassignableOperand, "cannot assign to %s (neither addressable nor a map index expression)", expr_string(x.expr) if x.mode is not constant_ else self.ops(x) if False else expr_string(x.expr))
        return TYP[T.Invalid]

    def assign_var(self, lhs, rhs, x, context):
        T_ = self.lhs_var(lhs)
        if T_ is T.TYP_INVALID:
            if x is not None:
                x.mode = invalid
            else:
                self.use(rhs)
            return
        if x is None:
            x = Operand()
            self.expr(T_, x, rhs)
        if T_ is None and context == "assignment":
            context = "assignment"
        if T_ is None:
            # blank identifier
            if x.mode is not invalid and is_untyped(x.type):
                if x.is_nil():
                    self.errorf(x.expr, Code.UntypedNilUse, "use of untyped nil in %s", context)
                    x.mode = invalid
                    return
                self.assignment(x, default_type(x.type), context)
            else:
                self.assignment(x, None, context)
            return
        self.assignment(x, T_, context)

    def assign_vars(self, lhs, orig_rhs):
        l, r = len(lhs), len(orig_rhs)
        is_call = r == 1 and isinstance(_unparen(orig_rhs[0]), N.CallExpr)
        if l == r and not is_call:
            for i in range(l):
                self.assign_var(lhs[i], orig_rhs[i], None, "assignment")
            return
        if r != 1:
            self.use_lhs(*lhs)
            self.assign_error(orig_rhs, l, r, None)
            for e in orig_rhs:
                self.use(e)
            return
        rhs, comma_ok = self.multi_expr(orig_rhs[0], l == 2)
        r = len(rhs)
        if l == r:
            for i in range(l):
                self.assign_var(lhs[i], orig_rhs[0], rhs[i], "assignment")
            if comma_ok:
                self.record_comma_ok(orig_rhs[0], rhs)
            return
        if rhs[0].mode is not invalid:
            self.assign_error(orig_rhs, l, r, None)
        self.use_lhs(*lhs)

    def short_var_decl(self, pos, lhs, rhs):
        scope = self.env.scope
        new_vars = []
        lhs_vars = []
        seen = set()
        has_err = False
        for e in lhs:
            if not isinstance(e, N.Ident):
                self.use_lhs(e)
                self.errorf(e, Code.BadDecl, "non-name %s on left side of :=", expr_string(e))
                has_err = True
                lhs_vars.append(Var("_", None, self.pkg, e.pos()))
                continue
            name = e.name
            if name != "_":
                if name in seen:
                    self.errorf(e, Code.RepeatedDecl, "%s repeated on left side of :=", name)
                    has_err = True
                    lhs_vars.append(Var("_", None, self.pkg, e.pos()))
                    continue
                seen.add(name)
            alt = scope.lookup(name)
            if alt is not None and name != "_":
                self.record_use(e, alt)
                if isinstance(alt, Var):
                    lhs_vars.append(alt)
                else:
                    self.errorf(e, Code.UnassignableOperand, "cannot assign to %s", expr_string(e))
                    has_err = True
                    lhs_vars.append(Var("_", None, self.pkg, e.pos()))
                continue
            v = Var(name, None, self.pkg, e.pos())
            lhs_vars.append(v)
            if name != "_":
                new_vars.append((v, e))
            self.record_def(e, v)
        # the new variables' types are determined by the rhs
        fresh = [v for v, _ in new_vars]
        targets = []
        for v in lhs_vars:
            targets.append(v)
        # old variables keep their types: use assignment semantics
        self._short_init(lhs_vars, rhs, fresh)
        scope_pos = rhs[-1].end() if rhs else pos
        for v, e in new_vars:
            self.declare(scope, None, v, scope_pos)
            self.usage_vars.append(v)
        if not new_vars and not has_err:
            self.softf(pos, Code.NoNewVar, "no new variables on left side of :=")
        for v in lhs_vars:
            if v.type is None:
                v.type = TYP[T.Invalid]

    def _short_init(self, lhs_vars, rhs, fresh):
        # a redeclared variable is assigned, not used; a use of it on the right side
        # (x, err := f(err)) does count, so its used flag is left as the rhs made it
        self.init_vars(lhs_vars, rhs, None)

    # -- type assertions -------------------------------------------------------

    def type_assertion(self, e, x, T_, type_switch):
        from .lookup import missing_method
        Tu = T.unalias(x.type).underlying()
        m, alt, cause = missing_method(T_, Tu, False, self)
        if m is None:
            return True
        if type_switch:
            self.errorf(e, Code.ImpossibleAssert, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", expr_string(e), self.ops(x), self.ts(T_), cause)
        else:
            self.errorf(e, Code.ImpossibleAssert, "impossible type assertion: %s\n\t%s does not implement %s %s", expr_string(e), self.ts(T_), self.ts(x.type), cause)
        return False


def _unparen(e):
    while isinstance(e, N.ParenExpr):
        e = e.x
    return e


def _is_named(t):
    t = T.unalias(t)
    return isinstance(t, (T.Named, T.Basic, T.TypeParam))


def _untyped_compat(Vu, Tu):
    if not isinstance(Vu, T.Basic):
        return False
    k = Vu.kind
    if k == T.UntypedBool:
        return bool(Tu.info & T.IsBoolean)
    if k in (T.UntypedInt, T.UntypedRune, T.UntypedFloat, T.UntypedComplex):
        return bool(Tu.info & T.IsNumeric)
    if k == T.UntypedString:
        return bool(Tu.info & T.IsString)
    return False


def str_term(chk, t):
    return ("~" if t.tilde else "") + chk.ts(t.type)
