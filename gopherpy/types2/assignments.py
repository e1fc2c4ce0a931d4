"""This file implements assignability, interface implementation and assignments
(go/types' assignments.go, operand.go assignableTo, instantiate.go implements)."""

from __future__ import annotations

from .typeset import _subset, _term_includes, compute_type_set
from .lookup import has_invalid_embedded_fields, missing_method

from ..syntax import nodes as N
from . import typs as T
from .codes import Code
from .errors import expr_string
from .objects import Var
from .operand import (Operand, commaerr, commaok, constant_, invalid, mapindex, nilvalue, typexpr, value,
                      variable)
from .predicates import (comparable, comparable_cause, default_type, has_nil, identical, is_interface,
                         is_type_param, is_untyped, is_valid, tp_is)
from .universe import TYP


def _plural(n, what):
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


class AssignmentsMixin:

    def assignable_to(self, x, t, cause=None):
        """(ok, code): whether operand x is assignable to a variable of type t
        (go/types' operand.assignableTo). cause, a one-element list, may receive a
        detailed reason when not."""
        if x.mode is invalid or not is_valid(t):
            return True, 0
        orig_t = t
        V = T.unalias(x.type)
        t = T.unalias(t)
        if identical(V, t):
            return True, 0
        Vu = V.underlying()
        Tu = t.underlying()
        Vp = isinstance(V, T.TypeParam)
        Tp = isinstance(t, T.TypeParam)
        if is_untyped(Vu):
            if Tp:
                def each(term):
                    if term is None:
                        return False
                    return self.implicit_type_and_value(x, term.type)[0] is not None
                return tp_is(t, each), Code.IncompatibleAssign
            return self.implicit_type_and_value(x, t)[0] is not None, Code.IncompatibleAssign
        if identical(Vu, Tu) and (not _has_name(V) or not _has_name(t)) and not Vp and not Tp:
            return True, 0
        if isinstance(Tu, T.Interface) and not Tp or _is_interface_ptr(Tu):
            if self.implements(V, t, False, cause):
                return True, 0
            if not Vp:
                return False, Code.InvalidIfaceAssign
            if cause is not None:
                cause[0] = ""
        if isinstance(Vu, T.Interface) and not Vp:
            if self.implements(t, V, False, None):
                if cause is not None:
                    cause[0] = "need type assertion"
                return False, Code.IncompatibleAssign
        if isinstance(Vu, T.Chan) and Vu.dir == T.SendRecv:
            if isinstance(Tu, T.Chan) and identical(Vu.elem, Tu.elem):
                return not _has_name(V) or not _has_name(t), Code.InvalidChanAssign
        if not Vp and not Tp:
            return False, Code.IncompatibleAssign

        def errorf(msg):
            if cause is not None:
                if cause[0]:
                    msg += "\n\t" + cause[0]
                cause[0] = msg

        result = [False, Code.IncompatibleAssign]
        if not _has_name(V) and Tp:
            def each_t(term):
                if term is None:
                    return False
                result[:] = self.assignable_to(x, term.type, cause)
                if not result[0]:
                    errorf(f"cannot assign {self.ts(x.type)} to {self.ts(term.type)} (in {self.ts(t)})")
                    return False
                return True
            tp_is(t, each_t)
            return tuple(result)
        if Vp and not _has_name(t):
            def each_v(term):
                if term is None:
                    return False
                y = Operand(x.mode, x.expr, term.type, x.val)
                result[:] = self.assignable_to(y, orig_t, cause)
                if not result[0]:
                    errorf(f"cannot assign {self.ts(term.type)} (in {self.ts(V)}) to {self.ts(orig_t)}")
                    return False
                return True
            tp_is(V, each_v)
            return tuple(result)
        return False, Code.IncompatibleAssign

    def implements(self, V, Tt, constraint, cause=None):
        """Whether V implements interface Tt (satisfies it, if constraint). cause, a
        one-element list, may receive the reason when not (go/types' implements)."""
        Vu = T.unalias(V).underlying()
        Tu = T.unalias(Tt).underlying()
        if not is_valid(Vu) or not is_valid(Tu):
            return True
        if isinstance(Vu, T.Pointer) and not is_valid(T.unalias(Vu.elem).underlying()):
            return True
        verb = "satisfy" if constraint else "implement"
        if not isinstance(Tu, T.Interface):
            if cause is not None:
                if _is_interface_ptr(Tu):
                    detail = self.interface_ptr_error(Tt)
                else:
                    detail = f"{self.ts(Tt)} is not an interface"
                cause[0] = f"{self.ts(V)} does not {verb} {self.ts(Tt)} ({detail})"
            return False
        tts = compute_type_set(Tu)
        if tts.is_all():
            return True
        if isinstance(Vu, T.Interface) and compute_type_set(Vu).is_empty():
            return True
        if tts.is_empty():
            if cause is not None:
                cause[0] = f"cannot {verb} {self.ts(Tt)} (empty type set)"
            return False
        m, _, why = missing_method(V, Tu, True, self)
        if m is not None and not has_invalid_embedded_fields(V):
            if cause is not None:
                cause[0] = f"{self.ts(V)} does not {verb} {self.ts(Tt)} {why}"
            return False

        def check_comparability():
            if not tts.is_comparable():
                return True
            if comparable_cause(V, False, self.ts) is None:
                return True
            if constraint and comparable_cause(V, True, self.ts) is None:
                if self.allow_version(20):
                    return True
                if cause is not None:
                    cause[0] = f"{self.ts(V)} to {verb} comparable requires go1.20 or later"
                return False
            if cause is not None:
                cause[0] = f"{self.ts(V)} does not {verb} comparable"
            return False

        if tts.terms is None:
            return check_comparability()
        if isinstance(Vu, T.Interface):
            vts = compute_type_set(Vu)
            if vts.terms is None or not _subset(vts.terms, tts.terms):
                if cause is not None:
                    cause[0] = f"{self.ts(V)} does not {verb} {self.ts(Tt)}"
                return False
            return check_comparability()
        alt = None
        for term in tts.terms:
            if _term_includes(term, V):
                break
            if alt is None and not term.tilde and identical(term.type, T.unalias(term.type).underlying()):
                if _term_includes(T.Term(True, term.type), V):
                    alt = term.type
        else:
            if cause is not None:
                if alt is not None:
                    detail = f"possibly missing ~ for {self.ts(alt)} in {self.ts(Tt)}"
                elif _mentions(Tu, V):
                    detail = f"{self.ts(Tt)} mentions {self.ts(V)}, but {self.ts(V)} is not in the type set of {self.ts(Tt)}"
                else:
                    # go/types prints the term list with TypeString(t, nil): qualified by path
                    tl = ' | '.join(("~" if t.tilde else "") + T.type_string(t.type, None) for t in tts.terms)
                    detail = f"{self.ts(V)} missing in {tl}"
                cause[0] = f"{self.ts(V)} does not {verb} {self.ts(Tt)} ({detail})"
            return False
        return check_comparability()

    def interface_ptr_error(self, t):
        p = T.unalias(t).underlying()
        if isinstance(p, T.Pointer) and isinstance(T.unalias(p.elem), T.TypeParam):
            return f"type {self.ts(t)} is pointer to type parameter, not type parameter"
        return f"type {self.ts(t)} is pointer to interface, not interface"

    # -- assignment ----------------------------------------------------------

    def assignment(self, x, t, context):
        """Checks that x can be assigned to a variable of type t (None: the blank
        identifier), converting an untyped x; invalidates x if not."""
        self.single_value(x)
        if x.mode is invalid:
            return
        if x.mode not in (constant_, variable, mapindex, value, nilvalue, commaok, commaerr):
            self.errorf(x, Code.IncompatibleAssign, "cannot assign %s to %s in %s", self.ops(x), self.ts(t), context)
            x.mode = invalid
            return
        if is_untyped(x.type):
            target = t
            if x.is_nil():
                if t is None:
                    self.errorf(x, Code.UntypedNilUse, "use of untyped nil in %s", context)
                    x.mode = invalid
                    return
            elif t is None or is_interface(t):
                target = default_type(x.type)
            new_t, val, code = self.implicit_type_and_value(x, target)
            if code:
                msg = f"cannot use {self.ops(x)} as {self.ts(target)} value in {context}"
                if code == Code.TruncatedFloat:
                    msg += " (truncated)"
                elif code == Code.NumericOverflow:
                    msg += " (overflows)"
                else:
                    code = Code.IncompatibleAssign
                self.error(x, code, msg)
                x.mode = invalid
                return
            if val is not None:
                x.val = val
                self.update_expr_val(x.expr, val)
            if new_t is not x.type:
                x.type = new_t
                self.update_expr_type(x.expr, new_t, False)
        # a generic function value can't be assigned, unless t gives its type arguments
        self.non_generic(t, x, context)
        if x.mode is invalid:
            return
        if t is None:
            return
        cause = [""]
        ok, code = self.assignable_to(x, t, cause)
        if not ok:
            if cause[0]:
                self.errorf(x, code, "cannot use %s as %s value in %s: %s", self.ops(x), self.ts(t), context, cause[0])
            else:
                self.errorf(x, code, "cannot use %s as %s value in %s", self.ops(x), self.ts(t), context)
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
        """Checks the initialization of variables lhs by orig_rhs (or, for a return
        statement, of the result variables)."""
        l, r = len(lhs), len(orig_rhs)
        context = "assignment"
        if return_stmt is not None:
            context = "return statement"
        elif l > 1:
            context = "multiple assignment"
        is_call = r == 1 and isinstance(_unparen(orig_rhs[0]), N.CallExpr)
        if l == r and not is_call:
            for i, v in enumerate(lhs):
                x = Operand()
                self.expr(v.type, x, orig_rhs[i], v.name or ("result variable" if return_stmt is not None else "variable"))
                self.init_var(v, x, context)
            return
        if r != 1:
            # report a mismatch only if the right side has no errors of its own
            if self.use(*orig_rhs):
                if return_stmt is not None:
                    self.return_error(return_stmt, lhs, self.expr_list(orig_rhs))
                else:
                    self.assign_error(orig_rhs, l, r)
            for v in lhs:
                if v.type is None:
                    v.type = TYP[T.Invalid]
            return
        rhs, comma_ok = self.multi_expr(orig_rhs[0], l == 2 and return_stmt is None)
        r = len(rhs)
        if l == r:
            for i, v in enumerate(lhs):
                self.init_var(v, rhs[i], context)
            if comma_ok and rhs[0].mode is not invalid and rhs[1].mode is not invalid:
                self.record_comma_ok(orig_rhs[0], rhs)
            return
        if rhs[0].mode is not invalid:
            if return_stmt is not None:
                self.return_error(return_stmt, lhs, rhs)
            else:
                self.assign_error(orig_rhs, l, r)
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

    def assign_error(self, rhs, l, r):
        vars_ = _plural(l, "variable")
        vals = _plural(r, "value")
        rhs0 = rhs[0]
        if len(rhs) == 1:
            call = _unparen(rhs0)
            if isinstance(call, N.CallExpr):
                self.errorf(rhs0, Code.WrongAssignCount, "assignment mismatch: %s but %s returns %s",
                            vars_, expr_string(call.fun), vals)
                return
        self.errorf(rhs0, Code.WrongAssignCount, "assignment mismatch: %s but %s", vars_, vals)

    def return_error(self, at, lhs, rhs):
        """Reports a wrong number of return values rhs (operands) for results lhs."""
        l, r = len(lhs), len(rhs)
        qualifier = "not enough"
        if r > l:
            at = rhs[l]
            qualifier = "too many"
        elif r > 0:
            at = rhs[r - 1]
        self.errorf(at, Code.WrongResultCount, "%s return values\n\thave %s\n\twant %s", qualifier,
                    self.types_summary([x.type for x in rhs]),
                    self.types_summary([v.type for v in lhs]))

    def types_summary(self, types, variadic=False, has_dots=False):
        """"(t1, t2, ...)" for messages (go/types' typesSummary): untyped numeric types
        are "number", other untyped ones lose "untyped ", invalid ones are "unknown
        type"; the last is "...E" if variadic (a []E parameter) or "T..." if has_dots."""
        res = []
        n = len(types)
        for i, t in enumerate(types):
            if t is None or not is_valid(t):
                s = "unknown type"
            elif is_untyped(t):
                b = T.unalias(t)
                s = "number" if b.info & T.IsNumeric else b.name.replace("untyped ", "")
            else:
                s = self.ts(t)
            if i == n - 1:
                if variadic:
                    tt = T.unalias(t) if t is not None else None
                    if isinstance(tt, T.Slice):
                        s = self.ts(tt.elem)
                    s = "..." + s
                elif has_dots:
                    s += "..."
            res.append(s)
        return "(" + ", ".join(res) + ")"

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
        """Checks lhs = rhs (x None) or lhs = x (x the evaluated rhs)."""
        T_ = self.lhs_var(lhs)
        if T_ is not None and not is_valid(T_):
            if x is not None:
                x.mode = invalid
            else:
                self.use(rhs)
            return
        if x is None:
            x = Operand()
            self.expr(T_, x, rhs, expr_string(lhs))
        if T_ is None and context == "assignment":
            context = "assignment to _ identifier"
        self.assignment(x, T_, context)

    def assign_vars(self, lhs, orig_rhs):
        l, r = len(lhs), len(orig_rhs)
        context = "multiple assignment" if l > 1 else "assignment"
        is_call = r == 1 and isinstance(_unparen(orig_rhs[0]), N.CallExpr)
        if l == r and not is_call:
            for i in range(l):
                self.assign_var(lhs[i], orig_rhs[i], None, context)
            return
        if r != 1:
            # report a mismatch only if neither side has errors of its own
            ok_lhs = self.use_lhs(*lhs)
            ok_rhs = self.use(*orig_rhs)
            if ok_lhs and ok_rhs:
                self.assign_error(orig_rhs, l, r)
            return
        rhs, comma_ok = self.multi_expr(orig_rhs[0], l == 2)
        r = len(rhs)
        if l == r:
            for i in range(l):
                self.assign_var(lhs[i], None, rhs[i], context)
            if comma_ok and rhs[0].mode is not invalid and rhs[1].mode is not invalid:
                self.record_comma_ok(orig_rhs[0], rhs)
            return
        if rhs[0].mode is not invalid:
            self.assign_error(orig_rhs, l, r)
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
        if is_interface(T_):
            return True  # checked dynamically: whether x's dynamic type implements T_
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


def _has_name(t):
    """Whether t has a name: a basic, named or type parameter type (go/types' hasName)."""
    return isinstance(t, (T.Basic, T.Named, T.TypeParam, T.Alias))


def _is_interface_ptr(u):
    """Whether u is a pointer to an interface or to a type parameter (go/types'
    isInterfacePtr: a type parameter's underlying type is an interface)."""
    if isinstance(u, T.Pointer):
        b = T.unalias(u.elem)
        return isinstance(b, T.TypeParam) or is_interface(b)
    return False


def _mentions(t, typ):
    """Whether t mentions typ in an embedded element or term (for error messages)."""
    if isinstance(t, T.Interface):
        return any(_mentions(e, typ) for e in t.embeddeds)
    if isinstance(t, T.Union):
        return any(_mentions(term.type, typ) for term in t.terms)
    return identical(t, typ)


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
