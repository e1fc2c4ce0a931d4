"""This file implements typechecking of expressions (go/types' expr.go, index.go,
literals.go): operands, unary/binary operators and shifts, constant folding with
overflow checks, untyped conversion, index/slice expressions, composite literals."""

from __future__ import annotations

from .predicates import is_generic

from ..syntax import nodes as N
from . import constant as C
from . import typs as T
from .codes import Code
from .errors import expr_string
from .operand import (Operand, builtin, commaok, constant_, invalid, mapindex, nilvalue, novalue,
                      typexpr, value, variable)
from .predicates import (all_boolean, all_integer, all_numeric, all_numeric_or_string, all_ordered,
                         all_string, all_unsigned, comparable, default_type, has_nil, identical,
                         is_boolean, is_complex, is_float, is_integer, is_interface, is_numeric,
                         is_string, is_type_param, is_typed, is_untyped, is_unsigned, max_type,
                         comparable_cause, under_is)
from .typeset import core_type
from .universe import BYTE, INT_BITS, TYP

_CMP = ("==", "!=", "<", "<=", ">", ">=")


class ExprMixin:

    # -- entry points --------------------------------------------------------

    def raw_expr(self, hint, x, e, allow_generic=False, desc="variable"):
        """Checks e into x. hint is the type of an assignment's target (described by
        desc in messages), from which a generic function value may be inferred."""
        self._cur_node = e  # for the position of an internal error
        self.expr_internal(hint, x, e)
        # (only types and functions can be generic: skip the call for other operands)
        if not allow_generic and (x.mode is typexpr or type(x.type) is T.Signature):
            self.non_generic(hint, x, desc)
        self.record(x)

    def record(self, x):
        mode = x.mode
        if mode is invalid:
            return
        typ = x.type
        val = x.val if mode is constant_ else None
        if mode is novalue:
            typ = _NO_RESULTS  # (the operand's type is its callee's)
        # untyped types are Basic (never aliases or named types)
        if type(typ) is T.Basic and typ.info & T.IsUntyped:
            self.remember_untyped(x.expr, False, mode, typ, val)
        else:
            self.record_type_and_value(x.expr, mode, typ, val)

    def non_generic(self, hint, x, desc="variable"):
        """Reports x if it is a generic type or function, unless hint (the type of an
        assignment's target, described by desc) gives the function's type arguments."""
        if x.mode is invalid or x.mode is novalue:
            return
        gen = False
        if x.mode is typexpr and is_generic(x.type):
            gen = True
        elif isinstance(x.type, T.Signature) and x.type.type_params and x.mode is not typexpr:
            if hint is not None and isinstance(core_type(hint), T.Signature):
                # reverse inference: the target's function type gives the type arguments
                self.func_inst(hint, x, None, True, desc)
                return
            gen = True
        if gen:
            self.errorf(x.expr, Code.WrongTypeArgCount, "cannot use generic %s %s without instantiation",
                        "type" if x.mode is typexpr else "function", expr_string(x.expr))
            x.mode = invalid
            x.type = TYP[T.Invalid]

    def expr(self, hint, x, e, desc="variable"):
        self.raw_expr(hint, x, e, False, desc)
        m = x.mode
        if m is novalue or m is builtin or m is typexpr:
            self.exclude(x, (novalue, builtin, typexpr))
        elif m is value and type(x.type) is T.Tuple:
            self.single_value(x)

    def generic_expr(self, x, e):
        self.raw_expr(None, x, e, True)
        self.exclude(x, (novalue, builtin, typexpr))
        self.single_value(x)

    def multi_expr(self, e, allow_comma_ok):
        """Returns a list of operands (one per value of e)."""
        x = Operand()
        self.raw_expr(None, x, e)
        self.exclude(x, (novalue, builtin, typexpr))
        if isinstance(x.type, T.Tuple) and x.mode is not invalid:
            # each value gets a stand-in expression for messages ("2nd function result")
            start = e.pos()
            return [Operand(value, N.Ident(start, _nth(i + 1, "function result")), v.type)
                    for i, v in enumerate(x.type.vars)], False
        if allow_comma_ok and x.mode in (mapindex, commaok):
            x2 = Operand(value, N.Ident(e.pos(), "ok value of (comma, ok) expression"), TYP[T.UntypedBool])
            if x.mode is commaok and isinstance(e, N.CallExpr):
                x2.type = TYP[T.Bool]
            return [x, x2], True  # x keeps its mode: messages name it
        return [x], False

    def expr_or_type(self, x, e, allow_generic=False):
        self.raw_expr(None, x, e, allow_generic)
        self.exclude(x, (novalue,))
        self.single_value(x)

    def expr_with_hint(self, x, e, hint):
        self.raw_expr(hint, x, e)
        m = x.mode
        if m is novalue or m is builtin or m is typexpr:
            self.exclude(x, (novalue, builtin, typexpr))
        elif m is value and type(x.type) is T.Tuple:
            self.single_value(x)

    def exclude(self, x, modes):
        if x.mode in modes:
            if x.mode is novalue:
                msg = "%s used as value" if typexpr in modes else "%s used as value or type"
                self.errorf(x, Code.TooManyValues, msg, self.ops(x))
            elif x.mode is builtin:
                self.errorf(x, Code.UncalledBuiltin, "%s must be called", self.ops(x))
            elif x.mode is typexpr:
                self.errorf(x, Code.NotAnExpr, "%s is not an expression", self.ops(x))
            x.mode = invalid

    def single_value(self, x):
        if x.mode is value and isinstance(x.type, T.Tuple):
            self.errorf(x.expr, Code.TooManyValues, "multiple-value %s (value of type %s) in single-value context",
                        expr_string(x.expr), self.ts(x.type))
            x.mode = invalid

    def use(self, *es) -> bool:
        """Evaluates es for their side effects on errors and uses; whether all were
        valid (go/types' use)."""
        return self._use_n(es, False)

    def use_lhs(self, *es) -> bool:
        """Like use, but an identifier on its own is not a use of its variable."""
        return self._use_n(es, True)

    def _use_n(self, es, lhs) -> bool:
        ok = True
        for e in es:
            if not self._use1(e, lhs):
                ok = False
        return ok

    def _use1(self, e, lhs) -> bool:
        x = Operand()
        x.mode = value
        n = _unparen(e) if e is not None else None
        if n is None:
            return True
        if isinstance(n, N.Ident):
            if n.name == "_":
                return True
            v = None
            used = False
            if lhs:
                _, obj = self.env.scope.lookup_parent(n.name) if self.env.scope is not None else (None, None)
                from .objects import Var
                if isinstance(obj, Var) and obj.pkg is self.pkg:
                    v = obj
                    used = v.used
            self.expr_or_type(x, n, True)
            if v is not None:
                v.used = used
        else:
            self.raw_expr(None, x, e, True)
        return x.mode is not invalid

    # -- dispatch ------------------------------------------------------------

    def expr_internal(self, hint, x, e):
        x.mode = invalid
        x.type = TYP[T.Invalid]
        x.val = None
        x.expr = e
        t = type(e)
        if t is N.Ident:
            self.ident(x, e, None, False)
        elif t is N.BasicLit:
            numeric = e.kind == "INT" or e.kind == "FLOAT" or e.kind == "IMAG"
            if numeric:
                self.lang_compat(e)
                if len(e.value) > 10000:
                    self.errorf(e, Code.InvalidConstVal, "excessively long constant: %s... (%d chars)", e.value[:10], len(e.value))
                    return
            if not x.set_const(e.kind, e.value):
                self.errorf(e, Code.InvalidConstVal, "malformed constant: %s", e.value)
                return
            if numeric:
                self.overflow(x, e.pos())
        elif t is N.FuncLit:
            sig = self.func_type(None, None, e.type, e)
            if not self.conf.ignore_func_bodies:
                decl = self.env.decl
                iota = self.env.iota
                # check the body later, but with the current scope environment
                saved_scope = self.env.scope
                self.later(lambda: self.func_body(decl, "<function literal>", sig, e.body, iota, sig.scope))
            x.mode = value
            x.type = sig
        elif t is N.CompositeLit:
            self.composite_lit(x, e, hint)
        elif t is N.ParenExpr:
            self.raw_expr(None, x, e.x, True)
            x.expr = e
        elif t is N.SelectorExpr:
            self.selector(x, e, None, False)
        elif t is N.IndexExpr or t is N.IndexListExpr:
            if self.index_expr(x, e):
                self.func_inst(hint, x, e)
        elif t is N.SliceExpr:
            self.slice_expr(x, e)
        elif t is N.TypeAssertExpr:
            self.expr(None, x, e.x)
            if x.mode is invalid:
                return
            if e.type is None:
                self.error(e, Code.BadTypeKeyword, "use of .(type) outside type switch")
                x.mode = invalid
                return
            if is_type_param(x.type):
                self.invalid_op(x.expr, Code.InvalidAssert, "cannot use type assertion on type parameter value %s", self.ops(x))
                x.mode = invalid
                return
            if not is_interface(x.type):
                self.invalid_op(x.expr, Code.InvalidAssert, "%s is not an interface", self.ops(x))
                x.mode = invalid
                return
            typ = self.var_type(e.type)
            if typ is T.TYP_INVALID or not self.is_complete(typ):
                x.mode = invalid
                return
            self.type_assertion(e, x, typ, False)
            x.mode = commaok
            x.type = typ
        elif t is N.CallExpr:
            self.call_expr(x, e, hint)
            return
        elif t is N.StarExpr:
            self.expr_or_type(x, e.x)
            if x.mode is invalid:
                return
            if x.mode is typexpr:
                self.valid_var_type(e.x, x.type)
                x.type = T.Pointer(x.type)
            else:
                base = [None]

                def each(u):
                    if not isinstance(u, T.Pointer):
                        self.invalid_op(x, Code.InvalidIndirection, "cannot indirect %s", self.ops(x))
                        return False
                    if base[0] is not None and not identical(u.elem, base[0]):
                        self.invalid_op(x, Code.InvalidIndirection, "pointers of %s must have identical base types", self.ops(x))
                        return False
                    base[0] = u.elem
                    return True
                if not under_is(x.type, each) or not self.is_complete(base[0]):
                    x.mode = invalid
                    return
                x.mode = variable
                x.type = base[0]
        elif t is N.UnaryExpr:
            self.unary(x, e)
            if x.mode is invalid:
                return
            if e.op == "<-":
                x.expr = e
                return
        elif t is N.BinaryExpr:
            if type(e.x) is N.BinaryExpr:
                self.binary_chain(x, e)
            else:
                self.binary(x, e, e.x, e.y, e.op)
            if x.mode is invalid:
                return
        elif t is N.KeyValueExpr:
            self.error(e, Code.InvalidSyntaxTree, "no key:value expected")
            return
        elif t in (N.ArrayType, N.StructType, N.FuncType, N.InterfaceType, N.MapType, N.ChanType):
            x.mode = typexpr
            x.type = self.typ(e)
        elif t is N.Ellipsis:
            self.error(e, Code.BadDotDotDotSyntax, "invalid use of ...")
            return
        elif t is N.BadExpr:
            return
        else:
            self.errorf(e, Code.InvalidSyntaxTree, "unexpected expression %s", t.__name__)
            return
        x.expr = e

    # -- constants -----------------------------------------------------------

    def lang_compat(self, lit):
        """Errors for numeric literal forms newer than the language version (go1.13)."""
        s = lit.value
        if len(s) <= 2 or self.allow_version(13):
            return
        if "_" in s:
            self.version_error(lit, 13, "underscore in numeric literal")
        elif s[0] != "0":
            return
        elif s[1] in "bB":
            self.version_error(lit, 13, "binary literal")
        elif s[1] in "oO":
            self.version_error(lit, 13, "0o/0O-style octal literal")
        elif lit.kind != "INT" and s[1] in "xX":
            self.version_error(lit, 13, "hexadecimal floating-point literal")

    def overflow(self, x, op_pos):
        """Checks that constant x is representable by its type; an untyped integer must
        not grow beyond 512 bits (go/types' overflow). op_pos: the operator's position."""
        if x.val is None:
            return
        if is_typed(x.type):
            self.representable(x, T.unalias(x.type).underlying())
            return
        v = x.val
        if type(v) is int and v.bit_length() > 512:
            op = _opname(x.expr)
            self.errorf(op_pos, Code.InvalidConstVal, "constant %soverflow", op + " " if op else "")
            x.val = None
        elif type(v) is bytes and len(v) > 2_000_000_000:
            self.errorf(op_pos, Code.InvalidConstVal, "constant string too long (%d bytes > %d bytes)", len(v), 2_000_000_000)
            x.val = None

    def representable(self, x, typ):
        """Checks that constant x is representable in basic type typ; x.val gets the
        rounded value."""
        v, code = self.representation(x, typ)
        if code:
            self.invalid_conversion(code, x, typ)
            x.mode = invalid
            return
        x.val = v

    def representation(self, x, typ):
        """(rounded value, 0) or (None, error code) for constant x as basic type typ."""
        ok, v = representable_value(x.val, typ)
        if ok:
            return v, 0
        if is_numeric(x.type) and is_numeric(typ):
            if not is_integer(x.type) and is_integer(typ):
                return None, Code.TruncatedFloat
            return None, Code.NumericOverflow
        return None, Code.InvalidConstVal

    def invalid_conversion(self, code, x, target):
        if code == Code.TruncatedFloat:
            msg = "%s truncated to %s"
        elif code == Code.NumericOverflow:
            msg = "%s overflows %s"
        else:
            msg = "cannot convert %s to type %s"
        self.errorf(x.expr if x.expr is not None else 0, code, msg, self.ops(x), self.ts(target))

    # -- untyped conversion --------------------------------------------------

    def remember_untyped(self, e, is_lhs, mode, typ, val):
        info = self.untyped.get(e)
        if info is None:
            self.untyped[e] = UntypedInfo(is_lhs, mode, typ, val)
        else:
            info.is_lhs, info.mode, info.typ, info.val = is_lhs, mode, typ, val

    def update_expr_type(self, e, typ, final):
        """Gives the untyped expression e (and the operands it got its type from) the
        type typ; when typ is typed or final, records it (go/types' updateExprType). A
        constant must be representable by typ; a formerly untyped lhs of a non-constant
        shift must end up an integer. Operands are updated before the expression using
        them, with an explicit stack (chains of || can be thousands long)."""
        untyped = self.untyped
        stack = [(e, False)]
        while stack:
            e, done = stack.pop()
            if done:
                self._update_one(e, typ, final)
                continue
            old = untyped.get(e)
            if old is None:
                continue
            t = type(e)
            stack.append((e, True))
            if t is N.ParenExpr:
                stack.append((e.x, False))
            elif t is N.UnaryExpr:
                # a constant's operands are constants: they are never materialized
                if old.val is None:
                    stack.append((e.x, False))
            elif t is N.BinaryExpr:
                if old.val is None:
                    if e.op in _CMP:
                        pass  # the operands have their final types already
                    elif e.op in ("<<", ">>"):
                        stack.append((e.x, False))  # the result's type is the lhs's
                    else:
                        stack.append((e.y, False))
                        stack.append((e.x, False))
            elif t not in (N.Ident, N.BasicLit, N.SelectorExpr, N.CallExpr):
                stack.pop()  # never untyped

    def _update_one(self, e, typ, final):
        old = self.untyped.get(e)
        if old is None:
            return
        if not final and is_untyped(typ):
            old.typ = T.unalias(typ).underlying()
            return
        del self.untyped[e]
        if old.is_lhs and not all_integer(typ):
            self.invalid_op(e, Code.InvalidShiftOperand, "shifted operand %s (type %s) must be integer",
                            expr_string(e), self.ts(typ))
            return
        val = old.val
        if val is not None:
            c = Operand(old.mode, e, old.typ, val)
            self.convert_untyped(c, typ)
            if c.mode is invalid:
                return
            u = T.unalias(typ).underlying()
            if isinstance(u, T.Basic) and not is_untyped(u):
                ok, v = representable_value(val, u)
                if ok:
                    val = v  # the compiler wants the value rounded to its type
        self.record_type_and_value(e, old.mode, typ, val)

    def update_expr_val(self, e, val):
        info = self.untyped.get(e)
        if info is not None:
            info.val = val

    def convert_untyped(self, x, target):
        """Sets the type of untyped x to (what it becomes as) target, or reports why it
        cannot be converted."""
        new_type, val, code = self.implicit_type_and_value(x, target)
        if code:
            t = target
            if not is_type_param(target):
                t = T.unalias(target).underlying()
            self.invalid_conversion(code, x, t)
            x.mode = invalid
            return
        if val is not None:
            x.val = val
            self.update_expr_val(x.expr, val)
        if new_type is not x.type:
            x.type = new_type
            self.update_expr_type(x.expr, new_type, False)

    def implicit_type_and_value(self, x, target):
        """(type, value, code): the type untyped x takes where target is expected, the
        value of a constant x represented in it, or an error code (go/types'
        implicitTypeAndValue)."""
        if x.mode is invalid or is_typed(x.type) or not is_valid_t(target):
            return x.type, None, 0
        if is_untyped(target):
            m = max_type(x.type, target)
            if m is None and T.unalias(x.type) is T.unalias(target):
                m = x.type
            if m is not None:
                return m, None, 0
            return None, None, Code.InvalidUntypedConversion
        if x.is_nil():
            if has_nil(target):
                return target, None, 0
            return None, None, Code.InvalidUntypedConversion
        u = T.unalias(target).underlying()
        if isinstance(u, T.Basic):
            if x.mode is constant_:
                v, code = self.representation(x, u)
                if code:
                    return None, None, code
                return target, v, 0
            # non-constant untyped values: comparisons (bool), delayed shift operands
            k = T.unalias(x.type).kind
            if k == T.UntypedBool:
                ok = is_boolean(target)
            elif k in (T.UntypedInt, T.UntypedRune, T.UntypedFloat, T.UntypedComplex):
                ok = is_numeric(target)
            elif k == T.UntypedString:
                ok = is_string(target)
            else:
                ok = False
            if not ok:
                return None, None, Code.InvalidUntypedConversion
            return target, None, 0
        if isinstance(u, T.Interface):
            if is_type_param(target):
                if not under_is(target, lambda t: t is not None and self.implicit_type_and_value(x, t)[0] is not None):
                    return None, None, Code.InvalidUntypedConversion
                return target, None, 0
            # values in interfaces have concrete dynamic types: the default type
            if not u.empty():
                return None, None, Code.InvalidUntypedConversion
            return default_type(x.type), None, 0
        return None, None, Code.InvalidUntypedConversion

    def match_types(self, x, y):
        """Converts untyped x or y to the other's type where they may match."""
        def may_convert(a, b):
            if is_typed(a.type) and is_typed(b.type):
                return False
            if all_numeric(a.type) != all_numeric(b.type):
                return False
            if _is_nontp_interface(a.type) or _is_nontp_interface(b.type):
                return True
            if all_boolean(a.type) != all_boolean(b.type):
                return False
            if all_string(a.type) != all_string(b.type):
                return False
            if a.is_nil():
                return has_nil(b.type)
            if b.is_nil():
                return has_nil(a.type)
            if is_pointer_t(a.type) or is_pointer_t(b.type):
                return False
            return True
        if may_convert(x, y):
            self.convert_untyped(x, y.type)
            if x.mode is invalid:
                return
            self.convert_untyped(y, x.type)
            if y.mode is invalid:
                x.mode = invalid

    # -- unary ---------------------------------------------------------------

    def unary(self, x, e):
        self.expr(None, x, e.x)
        if x.mode is invalid:
            return
        op = e.op
        if op == "&":
            if not isinstance(_unparen(e.x), N.CompositeLit) and x.mode is not variable:
                self.invalid_op(x.expr, Code.UnaddressableOperand, "cannot take address of %s", self.ops(x))
                x.mode = invalid
                return
            x.mode = value
            x.type = T.Pointer(x.type)
            return
        if op == "<-":
            elem = self.chan_elem(x, x, True)
            if elem is None:
                x.mode = invalid
                return
            if not self.is_complete(elem):
                x.mode = invalid
                return
            x.mode = commaok
            x.type = elem
            self.env.has_call_or_recv = True
            return
        if op == "~":
            if not all_integer(x.type):
                self.error(e, Code.UndefinedOp, "cannot use ~ outside of interface or type constraint")
                x.mode = invalid
                return
            self.error(e, Code.UndefinedOp, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)")
            op = "^"
        if not self.op_ok(_UNARY_PREDS, x, op):
            x.mode = invalid
            return
        if x.mode is constant_:
            if x.val is None:
                return
            prec = 0
            if is_unsigned(x.type):
                u = T.unalias(x.type).underlying()
                prec = INT_BITS.get(u.kind, 64) if isinstance(u, T.Basic) else 0
            x.val = C.unary_op(op, x.val, prec)
            x.expr = e
            self.overflow(x, e.pos())
            return
        x.mode = value

    def chan_elem(self, at, x, recv):
        """The element type of channel x for a receive (recv) or send, or None after
        reporting why x cannot be used so (go/types' chanElem)."""
        t = x.type
        if is_type_param(t):
            from .typeset import type_set_of
            tset = type_set_of(t)
            elem = None
            cause = ""
            chans = []
            if not tset.terms:
                cause = "no specific channel type"
            else:
                for term in tset.terms:
                    u = term.type.underlying()
                    if not isinstance(u, T.Chan):
                        cause = f"non-channel {self.ts(term.type)}"
                        break
                    if recv and u.dir == T.SendOnly:
                        cause = f"send-only channel {self.ts(term.type)}"
                        break
                    if not recv and u.dir == T.RecvOnly:
                        cause = f"receive-only channel {self.ts(term.type)}"
                        break
                    chans.append(u)
                if not cause:
                    elem = chans[0].elem
                    for c in chans[1:]:
                        if not identical(c.elem, elem):
                            cause = f"channels {self.ts(chans[0])} and {self.ts(c)} have different element types"
                            break
            if not cause:
                return elem
            what = "receive from" if recv else "send to"
            self.invalid_op(at, Code.InvalidReceive if recv else Code.InvalidSend, "cannot %s %s: %s", what, self.ops(x), cause)
            return None
        u = T.unalias(t).underlying()
        cause = ""
        if not isinstance(u, T.Chan):
            cause = f"non-channel"
        elif recv and u.dir == T.SendOnly:
            cause = "send-only channel"
        elif not recv and u.dir == T.RecvOnly:
            cause = "receive-only channel"
        else:
            return u.elem
        if recv:
            self.invalid_op(at, Code.InvalidReceive, "cannot receive from %s %s", cause, self.ops(x))
        else:
            self.invalid_op(at, Code.InvalidSend, "cannot send to %s %s", cause, self.ops(x))
        return None

    def op_ok(self, preds, x, op):
        pred = preds.get(op)
        if pred is None:
            self.errorf(x.expr, Code.InvalidSyntaxTree, "unknown operator %s", op)
            return False
        if not pred(x.type):
            self.invalid_op(x.expr, Code.UndefinedOp, "operator %s not defined on %s", op, self.ops(x))
            return False
        return True

    # -- binary --------------------------------------------------------------

    def binary_chain(self, x, e):
        """Checks a left-deep chain of binary expressions (a + b + c + ..., thousands
        of terms in generated tables) with a loop instead of one recursion per operator:
        each inner node gets what expr would do for it (record, single value)."""
        spine = []
        cur = e
        while type(cur) is N.BinaryExpr:
            spine.append(cur)
            cur = cur.x
        self.expr(None, x, cur)
        for node in reversed(spine):
            self._cur_node = node
            self.binary(x, node, node.x, node.y, node.op, True)
            if node is e:
                return
            if x.mode is not invalid:
                x.expr = node
                self.non_generic(None, x)
            self.record(x)
            self.exclude(x, (novalue, builtin, typexpr))
            self.single_value(x)

    def binary(self, x, e, lhs, rhs, op, lhs_done=False):
        """x = lhs op rhs; e is the binary expression, or None for an assignment
        operation (x op= y). lhs_done: x already holds the checked lhs."""
        y = Operand()
        if not lhs_done:
            self.expr(None, x, lhs)
        self.expr(None, y, rhs)
        if x.mode is invalid:
            return
        if y.mode is invalid:
            x.mode = invalid
            x.expr = y.expr
            return
        if op in ("<<", ">>"):
            self.shift(x, y, e, op)
            return
        self.match_types(x, y)
        if x.mode is invalid:
            return
        if op in _CMP:
            self.comparison(x, y, op, False)
            return
        if not identical(x.type, y.type):
            if is_valid_t(x.type) and is_valid_t(y.type):
                if e is not None:
                    self.invalid_op(x.expr, Code.MismatchedTypes, "%s (mismatched types %s and %s)", expr_string(e), self.ts(x.type), self.ts(y.type))
                else:
                    self.invalid_op(x.expr, Code.MismatchedTypes, "%s %s= %s (mismatched types %s and %s)", expr_string(lhs), op, expr_string(rhs), self.ts(x.type), self.ts(y.type))
            x.mode = invalid
            return
        if not self.op_ok(_BINARY_PREDS, x, op):
            x.mode = invalid
            return
        if op in ("/", "%"):
            if (x.mode is constant_ or all_integer(x.type)) and y.mode is constant_ and y.val is not None and C.sign(y.val) == 0:
                self.invalid_op(y.expr, Code.DivByZero, "division by zero")
                x.mode = invalid
                return
            if x.mode is constant_ and y.mode is constant_ and is_complex(x.type) and y.val is not None:
                yc = C.to_complex(y.val)
                if type(yc) is C.Cplx and yc.re * yc.re == 0 and yc.im * yc.im == 0:
                    self.invalid_op(y.expr, Code.DivByZero, "division by zero")
                    x.mode = invalid
                    return
        if x.mode is constant_ and y.mode is constant_:
            if x.val is None or y.val is None:
                x.val = None
                return
            intdiv = op == "/" and is_integer(x.type)
            try:
                x.val = C.binary_op(x.val, op, y.val, intdiv)
            except C.DivByZero:
                self.invalid_op(y.expr, Code.DivByZero, "division by zero")
                x.mode = invalid
                return
            except C.Overflow:
                # go/constant's Unknown: the float result exceeds a big.Float
                self.error(e.op_pos if e is not None else x.expr, Code.InvalidConstVal, "constant result is not representable")
                x.val = None
                x.expr = e
                return
            x.expr = e
            self.overflow(x, e.op_pos if e is not None else 0)
            return
        x.mode = value

    def comparison(self, x, y, op, switch_case):
        """x = x op y for a comparison; switch_case: y is a switch tag compared with
        the case value x (the operator is then ==)."""
        if not is_valid_t(x.type) or not is_valid_t(y.type):
            x.mode = invalid
            return
        if switch_case:
            op = "=="
        errop = x
        cause = ""
        code = Code.MismatchedTypes
        ok, _ = self.assignable_to(x, y.type)
        if not ok:
            ok, _ = self.assignable_to(y, x.type)
        if not ok:
            errop = y
            cause = f"mismatched types {self.ts(x.type)} and {self.ts(y.type)}"
        else:
            code = Code.UndefinedOp
            if op in ("==", "!="):
                if x.is_nil() or y.is_nil():
                    typ = y.type if x.is_nil() else x.type
                    if not has_nil(typ):
                        errop = y  # only nil == nil
                        ok = False
                else:
                    c = comparable_cause(x.type, True, self.ts)
                    if c is not None:
                        errop, cause, ok = x, self.incomparable_cause(x.type), False
                    else:
                        c = comparable_cause(y.type, True, self.ts)
                        if c is not None:
                            errop, cause, ok = y, self.incomparable_cause(y.type), False
            elif not all_ordered(x.type):
                errop, ok = x, False
            elif not all_ordered(y.type):
                errop, ok = y, False
        if not ok:
            if not cause:
                if is_type_param(x.type) or is_type_param(y.type):
                    if not is_type_param(x.type):
                        errop = y
                    cause = f"type parameter {self.ts(errop.type)} cannot use operator {op}"
                else:
                    from .operand import composite_kind
                    what = composite_kind(errop.type) or self.ts(errop.type)
                    cause = f"operator {op} not defined on {what}"
            if switch_case:
                self.errorf(x.expr, code, "invalid case %s in switch on %s (%s)", expr_string(x.expr), expr_string(y.expr), cause)
            else:
                self.invalid_op(errop.expr, code, "%s %s %s (%s)", expr_string(x.expr), op, expr_string(y.expr), cause)
            x.mode = invalid
            return
        if x.mode is constant_ and y.mode is constant_:
            if x.val is None or y.val is None:
                x.val = None
            else:
                x.val = C.compare(x.val, op, y.val)
        else:
            x.mode = value
            x.val = None
            self.update_expr_type(x.expr, default_type(x.type), True)
            self.update_expr_type(y.expr, default_type(y.type), True)
        x.type = TYP[T.UntypedBool]

    def incomparable_cause(self, t):
        u = T.unalias(t).underlying()
        if isinstance(u, (T.Slice, T.Signature, T.Map)):
            from .operand import composite_kind
            return f"{composite_kind(t)} can only be compared to nil"
        return comparable_cause(t, True, self.ts) or ""

    def shift(self, x, y, e, op):
        """x = x op y for a shift; e is the shift expression or None (x op= y)."""
        xval = None
        if x.mode is constant_ and x.val is not None:
            xval = C.to_int(x.val)
        if all_integer(x.type) or is_untyped(x.type) and type(xval) is int:
            pass  # an integer, or an untyped constant representable as one
        else:
            self.invalid_op(x.expr, Code.InvalidShiftOperand, "shifted operand %s must be integer", self.ops(x))
            x.mode = invalid
            return
        # the count must be an integer or an untyped constant representable as uint
        yval = None
        if y.mode is constant_:
            yval = C.to_int(y.val) if y.val is not None else None
            if type(yval) is int and yval < 0:
                self.invalid_op(y.expr, Code.InvalidShiftCount, "negative shift count %s", self.ops(y))
                x.mode = invalid
                return
            if is_untyped(y.type):
                # checked for representability, not converted (go.dev/issue/47243)
                self.representable(y, TYP[T.Uint])
                if y.mode is invalid:
                    x.mode = invalid
                    return
        elif all_integer(y.type):
            if not all_unsigned(y.type) and not self.verify_version(y.expr, 13, "invalid operation: signed shift count %s", self.ops(y)):
                x.mode = invalid
                return
        elif is_untyped(y.type):
            self.convert_untyped(y, TYP[T.Uint])
            if y.mode is invalid:
                x.mode = invalid
                return
        else:
            self.invalid_op(y.expr, Code.InvalidShiftCount, "shift count %s must be integer", self.ops(y))
            x.mode = invalid
            return
        if x.mode is constant_:
            if y.mode is constant_:
                if x.val is None or y.val is None:
                    x.val = None
                    if not is_integer(x.type):
                        x.type = TYP[T.UntypedInt]
                    return
                if type(yval) is not int or yval > _SHIFT_BOUND:
                    self.invalid_op(y.expr, Code.InvalidShiftCount, "invalid shift count %s", self.ops(y))
                    x.mode = invalid
                    return
                if not is_integer(x.type):
                    x.type = TYP[T.UntypedInt]  # e.g. 2.0 << 1
                x.val = C.shift(xval, op, yval)
                x.expr = e
                self.overflow(x, e.op_pos if e is not None else 0)
                return
            if is_untyped(x.type):
                # a non-constant shift of an untyped constant: the constant gets the type
                # it would have without the shift; checked when that type is known
                info = self.untyped.get(x.expr)
                if info is not None:
                    info.is_lhs = True
                x.mode = value
                return
        if not all_integer(x.type):
            self.invalid_op(x.expr, Code.InvalidShiftOperand, "shifted operand %s must be integer", self.ops(x))
            x.mode = invalid
            return
        x.mode = value

    # -- index & slice -------------------------------------------------------

    def index_expr(self, x, e):
        """x = e.x[index]; returns True if e instantiates a generic function (x then
        holds the generic function and the caller instantiates it)."""
        self.expr_or_type(x, e.x, True)
        idx = [e.index] if isinstance(e, N.IndexExpr) else list(e.indices)
        if x.mode is invalid:
            self.use(*idx)
            return False
        if x.mode is typexpr:
            x.mode = invalid
            x.type = self.var_type(e)
            if is_valid_t(x.type):
                x.mode = typexpr
            x.expr = e
            return False
        if x.mode is value:
            sig = T.unalias(x.type).underlying()
            if isinstance(sig, T.Signature) and sig.type_params:
                return True
        self.non_generic(None, x)
        if x.mode is invalid:
            return False
        if not self.is_complete(x.type):
            x.mode = invalid
            return False
        u = T.unalias(x.type).underlying()
        if isinstance(u, T.Pointer) and not self.is_complete(u.elem) or \
                isinstance(u, T.Map) and not self.is_complete(u.elem):
            x.mode = invalid
            return False
        valid = False
        length = -1
        if isinstance(u, T.Basic):
            if is_string(u):
                valid = True
                if x.mode is constant_ and x.val is not None:
                    length = len(x.val)
                # an indexed string is a byte value, never a constant
                x.mode = value
                x.type = BYTE
        elif isinstance(u, T.Array):
            valid = True
            length = u.len
            if x.mode is not variable:
                x.mode = value
            x.type = u.elem
        elif isinstance(u, T.Pointer):
            a = T.unalias(u.elem).underlying()
            if isinstance(a, T.Array):
                valid = True
                length = a.len
                x.mode = variable
                x.type = a.elem
        elif isinstance(u, T.Slice):
            valid = True
            x.mode = variable
            x.type = u.elem
        elif isinstance(u, T.Map):
            index = self.single_index(e)
            if index is None:
                x.mode = invalid
                return False
            key = Operand()
            self.expr_with_hint(key, index, u.key)  # the key type may infer a generic function's
            self.assignment(key, u.key, "map index")
            x.mode = mapindex
            x.type = u.elem
            x.expr = e
            return False
        elif isinstance(u, T.Interface) and is_type_param(x.type):
            st = {"key": None, "elem": None, "mode": variable, "len": -1}

            def each(tu):
                l = -1
                k = el = None
                if isinstance(tu, T.Basic):
                    if is_string(tu):
                        el = BYTE
                        st["mode"] = value
                elif isinstance(tu, T.Array):
                    l = tu.len
                    el = tu.elem
                    if x.mode is not variable:
                        st["mode"] = value
                elif isinstance(tu, T.Pointer):
                    a = T.unalias(tu.elem).underlying()
                    if isinstance(a, T.Array):
                        l = a.len
                        el = a.elem
                elif isinstance(tu, T.Slice):
                    el = tu.elem
                elif isinstance(tu, T.Map):
                    k = tu.key
                    el = tu.elem
                if el is None:
                    return False
                if st["elem"] is None:
                    st["len"] = l
                    st["key"], st["elem"] = k, el
                    return True
                # all keys identical (all maps or none), all element types identical
                if (st["key"] is None) != (k is None) or k is not None and not identical(st["key"], k):
                    return False
                if not identical(st["elem"], el):
                    return False
                if l >= 0 and l < st["len"]:
                    st["len"] = l
                return True
            if under_is(x.type, each):
                length = st["len"]
                if st["key"] is not None:
                    index = self.single_index(e)
                    if index is None:
                        x.mode = invalid
                        return False
                    k = Operand()
                    self.expr_with_hint(k, index, st["key"])
                    self.assignment(k, st["key"], "map index")
                    x.mode = mapindex
                    x.type = st["elem"]
                    x.expr = e
                    return False
                valid = True
                x.mode = st["mode"]
                x.type = st["elem"]
        if not valid:
            self.invalid_op(e.lbrack, Code.NonSliceableOperand, "cannot index %s", self.ops(x))
            self.use(*idx)
            x.mode = invalid
            return False
        index = self.single_index(e)
        if index is None:
            x.mode = invalid
            return False
        if x.type is None:
            x.type = TYP[T.Invalid]
        self.index(index, length)
        x.expr = e
        return False

    def single_index(self, e):
        """The single index of e (reporting a second one), or None."""
        if isinstance(e, N.IndexExpr):
            return e.index
        if not e.indices:
            self.errorf(e, Code.InvalidSyntaxTree, "missing index for %s", expr_string(e.x))
            return None
        if len(e.indices) > 1:
            self.invalid_op(e.indices[1], Code.InvalidIndex, "more than one index")
        return e.indices[0]

    def index(self, e, max_):
        """Checks index expression e (max_ >= 0: its upper bound); returns its constant
        value, or -1 if it is not a valid constant."""
        return self.index_of(e, max_)[1]

    def index_of(self, e, max_):
        """(valid, value) of index expression e, as go/types' index: valid is false
        after an error; value is -1 for a valid index that is not a constant."""
        x = Operand()
        self.expr(None, x, e)
        if not self.is_valid_index(x, Code.InvalidIndex, "index", False):
            return False, -1
        if x.mode is not constant_:
            return True, -1
        if x.val is None:
            return False, -1
        v = C.to_int(x.val)
        if max_ >= 0 and v >= max_:
            self.invalid_arg(x, Code.InvalidIndex, "index %s out of bounds [0:%d]", C.val_string(x.val), max_)
            return False, -1
        return True, v

    def is_valid_index(self, x, code, what, allow_negative):
        """Whether x is a valid index (or size) value; reports why not using what."""
        if x.mode is invalid:
            return False
        self.convert_untyped(x, TYP[T.Int])
        if x.mode is invalid:
            return False
        if not all_integer(x.type):
            self.invalid_arg(x, code, "%s %s must be integer", what, self.ops(x))
            return False
        if x.mode is constant_ and x.val is not None:
            v = C.to_int(x.val)
            if not allow_negative and v < 0:
                self.invalid_arg(x, code, "%s %s must not be negative", what, self.ops(x))
                return False
            ok, v = representable_value(x.val, TYP[T.Int])
            if not ok:
                self.invalid_arg(x, code, "%s %s overflows int", what, self.ops(x))
                return False
            x.val = v
        return True

    def slice_expr(self, x, e):
        self.expr(None, x, e.x)
        if x.mode is invalid:
            self.use(e.low, e.high, e.max)
            return
        # the common underlying type of x (strings count as byte slices)
        ct = cu = None
        has_string = False
        for t, u in typeset_pairs(x.type):
            if u is None:
                self.errorf(x, Code.NonSliceableOperand, "cannot slice %s: no specific type in %s", self.ops(x), self.ts(x.type))
                cu = None
                break
            if is_string(u):
                u = T.Slice(BYTE)
                has_string = True
            if cu is None:
                ct, cu = t, u
                continue
            if not identical(cu, u):
                self.errorf(x, Code.NonSliceableOperand, "cannot slice %s: %s and %s have different underlying types",
                            self.ops(x), self.ts(ct), self.ts(t))
                cu = None
                break
        if has_string and cu is not None:
            cu = TYP[T.String]
            if not is_type_param(x.type):
                cu = T.unalias(x.type).underlying()  # an untyped string stays untyped
        u = T.unalias(x.type).underlying()
        if isinstance(u, T.Pointer) and not self.is_complete(u.elem):
            x.mode = invalid
            return
        valid = False
        length = -1
        if cu is None:
            x.mode = invalid
            return
        if isinstance(cu, T.Basic):
            if is_string(cu):
                if e.slice3:
                    self.invalid_op(e.max if e.max is not None else e, Code.InvalidSliceExpr, "3-index slice of string")
                    x.mode = invalid
                    return
                valid = True
                if x.mode is constant_ and x.val is not None:
                    length = len(x.val)
                if is_untyped(x.type):
                    x.type = TYP[T.String]
        elif isinstance(cu, T.Array):
            valid = True
            length = cu.len
            if x.mode is not variable:
                self.errorf(x, Code.NonSliceableOperand, "cannot slice unaddressable value %s", self.ops(x))
                x.mode = invalid
                return
            x.type = T.Slice(cu.elem)
        elif isinstance(cu, T.Pointer):
            a = T.unalias(cu.elem).underlying()
            if isinstance(a, T.Array):
                valid = True
                length = a.len
                x.type = T.Slice(a.elem)
        elif isinstance(cu, T.Slice):
            valid = True
        if not valid:
            self.errorf(x, Code.NonSliceableOperand, "cannot slice %s", self.ops(x))
            x.mode = invalid
            return
        x.mode = value
        if e.slice3 and (e.high is None or e.max is None):
            self.error(e, Code.InvalidSyntaxTree, "2nd and 3rd index required in 3-index slice")
            x.mode = invalid
            return
        exprs = (e.low, e.high, e.max)
        ind = []
        for i, k in enumerate(exprs):
            v = -1
            if k is not None:
                v = self.index(k, length + 1 if length >= 0 else -1)
            elif i == 0:
                v = 0
            elif length >= 0:
                v = length
            ind.append(v)
        # constant indices must be in range
        for i in range(len(ind) - 1):
            a = ind[i]
            if a > 0:
                for j in range(i + 1, len(ind)):
                    b = ind[j]
                    if 0 <= b < a:
                        self.errorf(exprs[j], Code.SwappedSliceIndices, "invalid slice indices: %d < %d", b, a)
                        x.expr = e
                        return
        x.expr = e

    # -- composite literals --------------------------------------------------

    def composite_lit(self, x, e, hint):
        typ = None
        base = None
        is_elem = False
        if e.type is not None:
            if isinstance(e.type, N.ArrayType) and isinstance(e.type.len, N.Ellipsis) and e.type.len.elt is None:
                elem = self.var_type(e.type.elt)
                typ = T.Array(elem, -1)
                base = typ
                self.record_type_and_value(e.type, typexpr, typ, None)
            else:
                typ = self.typ(e.type)
                base = typ
        elif hint is not None:
            # an element of an enclosing literal: the element type (*T implies &T{})
            typ = hint
            base = typ
            bu, _ = self.common_under(base)
            if isinstance(bu, T.Pointer):
                base = bu.elem
            is_elem = True
        else:
            self.error(e, Code.UntypedLit, "invalid composite literal type: missing type" if False else "missing type in composite literal")
            self.use(*e.elts)
            x.mode = invalid
            return
        if not self.is_complete(base):
            x.mode = invalid
            return
        ct, _ = self.common_under(base) if base is not None else (None, None)
        if isinstance(ct, T.Struct):
            if not e.elts:
                pass
            elif isinstance(e.elts[0], N.KeyValueExpr):
                # keys name fields, promoted ones too (go1.27); a field and a field
                # enclosing or enclosed by it can't both be given
                from .lookup import lookup_field_or_method
                from .objects import Var
                visited = {}
                # (go1.27: values are checked first, without the field's type as a
                # hint: a struct literal's element type may not be elided)
                for kv in e.elts:
                    if not isinstance(kv, N.KeyValueExpr):
                        self.error(kv, Code.MixedStructLit, "mixture of field:value and value elements in struct literal")
                        continue
                    y = Operand()
                    # a basic literal is checked once its field is known (lit_elem)
                    lit = type(kv.value) is N.BasicLit
                    if not lit:
                        self.generic_expr(y, kv.value)
                    key = kv.key
                    fld = None
                    if not isinstance(key, N.Ident):
                        self.errorf(kv, Code.InvalidLitField, "invalid field name %s in struct literal", expr_string(key))
                    else:
                        obj, index, indirect = lookup_field_or_method(ct, False, self.pkg, key.name)
                        if obj is None:
                            alt, _, _ = lookup_field_or_method(ct, False, self.pkg, key.name, True)
                            self.error(key, Code.MissingLitField, self.lookup_error(base, key.name, alt, True))
                        elif not isinstance(obj, Var):
                            self.errorf(key, Code.MissingLitField, "%s is not a field", key.name)
                        elif len(index) > 1 and not self.verify_version(key, 27, "use of promoted field %s in struct literal of type %s", _field_path(ct, index), self.ts(base)):
                            pass
                        elif indirect:
                            self.errorf(key, Code.InvalidLitField, "invalid implicit pointer indirection to reach %s", key.name)
                        else:
                            fld = obj
                    if fld is None:
                        if lit:
                            self.generic_expr(y, kv.value)
                        continue
                    self.record_use(key, fld)
                    if not lit or not self.lit_elem(y, kv.value, fld.type):
                        if lit:
                            self.generic_expr(y, kv.value)
                        self.assignment(y, fld.type, "struct literal")
                    alt, n = _trie_insert(visited, index, fld)
                    if n:
                        if alt is fld:
                            self.errorf(kv, Code.DuplicateLitField, "duplicate field name %s in struct literal", fld.name)
                        elif n < len(index):
                            self.errorf(kv, Code.DuplicateLitField, "cannot specify promoted field %s and enclosing embedded field %s", fld.name, alt.name)
                        else:
                            self.errorf(kv, Code.DuplicateLitField, "cannot specify embedded field %s and enclosed promoted field %s", fld.name, alt.name)
            else:
                for i, el in enumerate(e.elts):
                    if isinstance(el, N.KeyValueExpr):
                        self.error(el, Code.MixedStructLit, "mixture of field:value and value elements in struct literal")
                        continue
                    y = Operand()
                    if i < len(ct.fields) and (ct.fields[i].exported() or ct.fields[i].pkg is self.pkg) \
                            and self.lit_elem(y, el, ct.fields[i].type):
                        continue
                    self.generic_expr(y, el)
                    if i >= len(ct.fields):
                        self.errorf(y, Code.InvalidStructLit, "too many values in struct literal of type %s", self.ts(base))
                        break
                    fld = ct.fields[i]
                    if not fld.exported() and fld.pkg is not self.pkg:
                        self.errorf(y, Code.UnexportedLitField, "implicit assignment to unexported field %s in struct literal of type %s", fld.name, self.ts(base))
                        continue
                    self.assignment(y, fld.type, "struct literal")
                if len(e.elts) < len(ct.fields):
                    hint_ = ""
                    if any(not f.exported() and f.pkg is not self.pkg for f in ct.fields):
                        hint_ = " (type has unexported fields - use key:value pairs)"
                    self.errorf(e.rbrace, Code.InvalidStructLit, "too few values in struct literal of type %s%s", self.ts(base), hint_)
        elif isinstance(ct, T.Array):
            n = self.indexed_elts(e.elts, ct.elem, ct.len)
            if ct.len < 0:
                ct.len = n
                if e.type is not None:
                    self.record_type_and_value(e.type, typexpr, ct, None)
        elif isinstance(ct, T.Slice):
            self.indexed_elts(e.elts, ct.elem, -1)
        elif isinstance(ct, T.Map):
            keys = {}
            for el in e.elts:
                if not isinstance(el, N.KeyValueExpr):
                    self.error(el, Code.MissingLitKey, "missing key in map literal")
                    continue
                k = Operand()
                if not self.lit_elem(k, el.key, ct.key):
                    self.expr_with_hint(k, el.key, ct.key)
                    self.assignment(k, ct.key, "map literal")
                if k.mode is invalid:
                    continue  # (the value is not checked, as in go/types)
                if k.mode is constant_ and k.val is not None:
                    kv = _key_val(k.val)
                    if is_interface(ct.key):
                        # keys of an interface type are equal if their types are too
                        seen_types = keys.setdefault(kv, [])
                        dup = any(identical(t, k.type) for t in seen_types)
                        seen_types.append(k.type)
                    else:
                        dup = kv in keys
                        keys[kv] = None
                    if dup:
                        self.errorf(k.expr, Code.DuplicateLitKey, "duplicate key %s in map literal", C.val_string(k.val))
                        continue
                v = Operand()
                if not self.lit_elem(v, el.value, ct.elem):
                    self.expr_with_hint(v, el.value, ct.elem)
                    self.assignment(v, ct.elem, "map literal")
        else:
            self.use(*[el.value if isinstance(el, N.KeyValueExpr) else el for el in e.elts])
            if ct is not T.TYP_INVALID:
                self.errorf(e, Code.InvalidLit, "invalid composite literal%s type %s%s", " element" if is_elem else "",
                            self.ts(typ), " (no common underlying type)" if ct is None else "")
                x.mode = invalid
                return
        x.mode = value
        x.type = typ


    def indexed_elts(self, elts, typ, length):
        """Checks the elements of an array or slice literal against its element type
        typ and their indices against length (if >= 0); returns the literal's length
        (the largest index + 1). An invalid key leaves the running index where it was."""
        visited = set()
        index = 0
        max_ = 0
        for el in elts:
            valid_index = False
            val = el
            if type(el) is N.KeyValueExpr:
                ok, i = self.index_of(el.key, length)
                if ok:
                    if i >= 0:
                        index = i
                        valid_index = True
                    else:
                        self.errorf(el, Code.InvalidLitIndex, "index %s must be integer constant", expr_string(el.key))
                val = el.value
            elif length >= 0 and index >= length:
                self.errorf(el, Code.OversizeArrayLit, "index %d is out of bounds (>= %d)", index, length)
            else:
                valid_index = True
            if valid_index:
                if index in visited:
                    self.errorf(el, Code.DuplicateLitKey, "duplicate index %d in array or slice literal", index)
                else:
                    visited.add(index)
            index += 1
            if index > max_:
                max_ = index
            x = Operand()
            if not self.lit_elem(x, val, typ):
                self.expr_with_hint(x, val, typ)
                self.assignment(x, typ, "array or slice literal")
        return max_

    def lit_elem(self, x, e, typ):
        """The common case of a composite literal element, a basic literal given a typed
        basic element type (the tables of unicode, x/text, crypto): checked and recorded
        directly, without the untyped bookkeeping of expr + assignment, which give the
        same result. False (nothing done) when e doesn't qualify or isn't representable:
        the general path then reports the error."""
        if type(e) is not N.BasicLit or typ is None:
            return False
        t = typ
        if type(t) is T.Alias:
            t = T.unalias(t)
        if type(t) is T.Named:
            u = t.underlying()
        else:
            u = t
        if type(u) is not T.Basic or u.info & T.IsUntyped:
            return False
        kind = e.kind
        if kind == "STRING":
            if not u.info & T.IsString:
                return False
        elif not u.info & T.IsNumeric or len(e.value) > 10000:
            return False
        elif kind != "CHAR":
            self.lang_compat(e)
        v = C.make_from_literal(e.value, kind)
        if v is None:
            return False
        ok, rv = representable_value(v, u)
        if not ok:
            return False
        self.record_type_and_value(e, constant_, typ, rv)
        x.mode = constant_
        x.type = typ
        x.val = rv
        x.expr = e
        return True


_NO_RESULTS = T.Tuple([])


def _opname(e):
    """The name of an operation that may overflow, or ""."""
    if isinstance(e, N.BinaryExpr):
        return {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication", "<<": "shift"}.get(e.op, "")
    if isinstance(e, N.UnaryExpr) and e.op == "^":
        return "bitwise complement"
    return ""


def typeset_pairs(t):
    """(type, underlying type) for t, or for each term of type parameter t's type set;
    [(None, None)] if the set has no specific terms (go/types' typeset iterator)."""
    t2 = T.unalias(t)
    if isinstance(t2, T.TypeParam):
        from .typeset import type_set_of
        tset = type_set_of(t2)
        if not tset.terms:
            return [(None, None)]
        return [(term.type, T.unalias(term.type).underlying()) for term in tset.terms]
    return [(t, t2.underlying())]


def _nth(n, what):
    """"1st what", "2nd what", ..."""
    ext = {1: "st", 2: "nd", 3: "rd"}.get(n, "th")
    return f"{n}{ext} {what}"


def _unparen(e):
    while isinstance(e, N.ParenExpr):
        e = e.x
    return e


def _is_nontp_interface(t):
    return is_interface(t)


class UntypedInfo:
    """What is known of an expression whose type is still untyped: its mode, type and
    constant value, and whether it is the lhs of a non-constant shift."""
    __slots__ = ("is_lhs", "mode", "typ", "val")

    def __init__(self, is_lhs, mode, typ, val):
        self.is_lhs = is_lhs
        self.mode = mode
        self.typ = typ
        self.val = val


_SHIFT_BOUND = 1023 - 1 + 52  # so that the smallest float64 can be expressed (go.dev/issue/44057)

_UNARY_PREDS = {"+": all_numeric, "-": all_numeric, "^": all_integer, "!": all_boolean}
_BINARY_PREDS = {"+": all_numeric_or_string, "-": all_numeric, "*": all_numeric, "/": all_numeric,
                 "%": all_integer, "&": all_integer, "|": all_integer, "^": all_integer,
                 "&^": all_integer, "&&": all_boolean, "||": all_boolean}


def is_valid_t(t):
    return T.unalias(t) is not T.TYP_INVALID


def is_pointer_t(t):
    return isinstance(T.unalias(t).underlying(), T.Pointer) and not is_type_param(t)


def is_untyped_numeric_pair(a, b):
    from .predicates import is_untyped_numeric
    return is_untyped_numeric(a) and is_untyped_numeric(b)


def representable_value(v, typ):
    """(ok, rounded) for constant v represented in basic type typ."""
    if v is None:
        return True, v
    if not isinstance(typ, T.Basic):
        typ = T.unalias(typ).underlying()
        if not isinstance(typ, T.Basic):
            return False, None
    k = typ.kind
    vk = C.kind(v)
    if typ.info & T.IsInteger:
        x = C.to_int(v)
        if type(x) is not int:
            return False, None
        if typ.info & T.IsUntyped:
            return True, x
        bits = INT_BITS.get(k, 64)
        if typ.info & T.IsUnsigned:
            return 0 <= x < (1 << bits), x
        return -(1 << (bits - 1)) <= x < (1 << (bits - 1)), x
    if typ.info & T.IsFloat:
        x = C.to_float(v)
        if type(x) is not C.Fraction and type(x) is not C.BigFloat:
            return False, None
        if k == T.Float32:
            r = C.round_float32(x)
            return r is not None, r
        if k == T.Float64:
            r = C.round_float64(x)
            return r is not None, r
        return True, x
    if typ.info & T.IsComplex:
        x = C.to_complex(v)
        if type(x) is not C.Cplx:
            return False, None
        if k == T.Complex64:
            re, im = C.round_float32(x.re), C.round_float32(x.im)
        elif k == T.Complex128:
            re, im = C.round_float64(x.re), C.round_float64(x.im)
        else:
            return True, x
        if re is None or im is None:
            return False, None
        return True, C.Cplx(re, im)
    if typ.info & T.IsString:
        return vk == C.String, v
    if typ.info & T.IsBoolean:
        return vk == C.Bool, v
    return False, None


def _trie_insert(trie, key, val):
    """Inserts val under the index path key into trie (nested dicts) unless key and an
    existing key are prefixes of one another: then returns (a colliding value, the
    length of the common prefix); else (val, 0). Collisions pick the smallest index."""
    node = trie
    for l, i in enumerate(key):
        v = node.get(i)
        if v is None:
            if l == len(key) - 1:
                node[i] = val
                return val, 0
            node[i] = node = {}
            continue
        if not isinstance(v, dict):
            return v, l + 1
        node = v
    while isinstance(node, dict) and node:
        node = node[min(node)]
    return node, len(key)


def _field_path(t, index):
    """The dotted field names an index path selects in struct type t (A.B.c)."""
    from .lookup import deref
    names = []
    for i in index:
        u = T.unalias(deref(t)[0]).underlying()
        if not isinstance(u, T.Struct):
            break
        f = u.fields[i]
        names.append(f.name)
        t = f.type
    return ".".join(names)


def array_ptr_deref(t):
    """The array type a pointer to an array points to, else t (go/types' arrayPtrDeref)."""
    if isinstance(t, T.Pointer):
        a = T.unalias(t.elem).underlying()
        if isinstance(a, T.Array):
            return a
    return t


def _key_val(v):
    """A map key for constant v such that equal keys compare equal: complex values
    with a zero imaginary part as floats, integral floats as ints (go/types' keyVal)."""
    if type(v) is C.Cplx:
        if v.im != 0:
            return ("c", v.re, v.im)
        v = v.re
    if type(v) is C.Fraction:
        if v.denominator != 1:
            return ("f", v)
        v = v.numerator
    if type(v) is int:
        return ("i", v)
    return (type(v).__name__, v)
