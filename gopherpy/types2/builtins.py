"""This file implements typechecking of calls to built-in functions (go/types'
builtins.go): append, cap, clear, close, complex, copy, delete, imag, len, make, max,
min, new, panic, print, println, real, recover, package unsafe's functions, and the
test functions assert and trace.

builtin_call(x, call, id) leaves the result in x, or x invalid after an error. The
arguments of most built-ins are evaluated first (a single multi-valued call spreads);
make, new, unsafe.Offsetof and trace evaluate their own.
"""

from __future__ import annotations

from .expr import typeset_pairs

from ..syntax import nodes as N
from . import constant as C
from . import typs as T
from .codes import Code
from .errors import expr_string
from .operand import Operand, builtin, constant_, invalid, novalue, typexpr, value, variable
from .predicates import (all_ordered, all_string, identical, is_boolean, is_numeric, is_string,
                         is_type_param, is_untyped, tp_is, under_is)
from .universe import BYTE, TYP, BASIC_SIZES

# name -> (number of arguments, variadic, statement): a statement-kind call may stand
# alone as an expression statement
BUILTINS = {
    "append": (1, True, False), "cap": (1, False, False), "clear": (1, False, True),
    "close": (1, False, True), "complex": (2, False, False), "copy": (2, False, True),
    "delete": (2, False, True), "imag": (1, False, False), "len": (1, False, False),
    "make": (1, True, False), "max": (1, True, False), "min": (1, True, False),
    "new": (1, False, False), "panic": (1, False, True), "print": (0, True, True),
    "println": (0, True, True), "real": (1, False, False), "recover": (0, False, True),
    "unsafe.Add": (2, False, False), "unsafe.Alignof": (1, False, False),
    "unsafe.Offsetof": (1, False, False), "unsafe.Sizeof": (1, False, False),
    "unsafe.Slice": (2, False, False), "unsafe.SliceData": (1, False, False),
    "unsafe.String": (2, False, False), "unsafe.StringData": (1, False, False),
    "assert": (1, False, True), "trace": (0, True, True),
}


def _short(id_):
    return id_[len("unsafe."):] if id_.startswith("unsafe.") else id_


class BuiltinsMixin:

    def builtin_call(self, x, call, id_):
        """x = id_(args...); x is invalid after an error."""
        ok = self._builtin(x, call, id_)
        if not ok:
            x.mode = invalid

    def _builtin(self, x, call, id_) -> bool:
        arg_list = call.args
        nparams, variadic, _ = BUILTINS[id_]
        if call.ellipsis and id_ != "append":
            self.invalid_op(call, Code.InvalidDotDotDot, "invalid use of ... with built-in %s", _short(id_))
            self.use(*arg_list)
            return False
        # len(x) and cap(x) are constant if x contains no call or receive
        saved_cor = self.env.has_call_or_recv
        if id_ in ("len", "cap"):
            self.env.has_call_or_recv = False
        try:
            args = None
            if id_ in ("make", "new", "unsafe.Offsetof", "trace"):
                nargs = len(arg_list)
            else:
                args = self.expr_list(arg_list)
                nargs = len(args)
                if any(a.mode is invalid for a in args):
                    return False
                if nargs > 0:
                    x.copy_from(args[0])
            msg = ""
            if nargs < nparams:
                msg = "not enough"
            elif not variadic and nargs > nparams:
                msg = "too many"
            if msg:
                self.invalid_op(call, Code.WrongArgCount, "%s arguments for %s (expected %d, found %d)",
                                msg, expr_string(call), nparams, nargs)
                return False
            f = getattr(self, "_b_" + id_.replace("unsafe.", "unsafe_"))
            return f(x, call, args, nargs) is not False
        finally:
            if id_ in ("len", "cap"):
                self.env.has_call_or_recv = saved_cor

    def expr_list(self, elist):
        """The operands of elist; a single multi-valued expression gives several."""
        if len(elist) == 1:
            return self.multi_expr(elist[0], False)[0]
        out = []
        for e in elist:
            y = Operand()
            self.expr(None, y, e)
            out.append(y)
        return out

    def slice_elem(self, x):
        """(element type, None) for a slice operand x (or one whose type set holds only
        slices of one element type), else (None, why)."""
        from .expr import typeset_pairs
        E = None
        for _, u in typeset_pairs(x.type):
            if not isinstance(u, T.Slice):
                if x.is_nil():
                    return None, "argument must be a slice; have untyped nil"
                return None, f"argument must be a slice; have {self.ops(x)}"
            if E is None:
                E = u.elem
            elif not identical(E, u.elem):
                return None, f"mismatched slice element types {self.ts(E)} and {self.ts(u.elem)} in {self.ops(x)}"
        return E, None

    def common_under(self, t, cond=None):
        """(the common underlying type of t's type set, None) or (None, why there is
        none); cond(type, underlying) may refuse a type with a reason (go/types'
        commonUnder)."""
        ct = cu = None
        for tt, u in typeset_pairs(t):
            if cond is not None:
                why = cond(tt, u)
                if why:
                    return None, why
            if u is None:
                return None, "no specific type"
            if cu is None:
                ct, cu = tt, u
                continue
            if isinstance(cu, T.Chan) and isinstance(u, T.Chan):
                if not identical(cu.elem, u.elem):
                    return None, f"channels {self.ts(ct)} and {self.ts(tt)} have different element types"
                if cu.dir == u.dir:
                    pass
                elif cu.dir == T.SendRecv:
                    ct, cu = tt, u  # the restricted direction
                elif u.dir != T.SendRecv:
                    return None, f"channels {self.ts(ct)} and {self.ts(tt)} have conflicting directions"
                continue
            if not identical(cu, u):
                return None, f"{self.ts(ct)} and {self.ts(tt)} have different underlying types"
        return cu, None

    # -- individual builtins -------------------------------------------------

    def _b_append(self, x, call, args, nargs):
        E, err = self.slice_elem(x)
        if err is not None:
            self.errorf(x, Code.InvalidAppend, "invalid append: %s", err)
            return False
        # append(bytes, y...) where y's type set is {string} or {string, []byte}
        done = False
        if nargs == 2 and call.ellipsis:
            if self.assignable_to(x, T.Slice(BYTE))[0]:
                from .expr import typeset_pairs
                y = args[1]
                has_string = False
                for _, u in typeset_pairs(y.type):
                    if isinstance(u, T.Slice) and identical(u.elem, BYTE):
                        continue
                    if u is not None and is_string(u):
                        has_string = True
                        continue
                    y = None
                    break
                if y is not None and has_string:
                    if is_untyped(y.type):
                        self.convert_untyped(y, TYP[T.String])
                    done = True
        if not done:
            from .objects import Var
            sig = T.Signature(None, T.Tuple([Var("", x.type), Var("", T.Slice(E))]),
                              T.Tuple([Var("", x.type)]), True)
            self.arguments(call, sig, [], [], args, [])  # errors reported, the result type is known
        x.mode = value
        return True

    def _b_len(self, x, call, args, nargs):
        return self._len_cap(x, "len")

    def _b_cap(self, x, call, args, nargs):
        return self._len_cap(x, "cap")

    def _len_cap(self, x, id_):
        mode = invalid
        val = None

        def array_ptr_deref(u):
            if isinstance(u, T.Pointer):
                a = T.unalias(u.elem).underlying()
                if isinstance(a, T.Array):
                    return a
            return u

        u = array_ptr_deref(T.unalias(x.type).underlying())
        if isinstance(u, T.Basic):
            if is_string(u) and id_ == "len":
                if x.mode is constant_:
                    mode = constant_
                    val = len(x.val) if x.val is not None else None
                else:
                    mode = value
        elif isinstance(u, T.Array):
            mode = value
            # constant if x contains no calls or receives (it is not evaluated then)
            if not self.env.has_call_or_recv:
                mode = constant_
                val = u.len if u.len >= 0 else None
        elif isinstance(u, (T.Slice, T.Chan)):
            mode = value
        elif isinstance(u, T.Map):
            if id_ == "len":
                mode = value
        elif isinstance(u, T.Interface) and is_type_param(x.type):
            def each(tu):
                tu = array_ptr_deref(tu)
                if isinstance(tu, T.Basic):
                    return is_string(tu) and id_ == "len"
                if isinstance(tu, (T.Array, T.Slice, T.Chan)):
                    return True
                return isinstance(tu, T.Map) and id_ == "len"
            if under_is(x.type, each):
                mode = value
        if mode is invalid:
            if T.unalias(x.type).underlying() is not T.TYP_INVALID:
                self.invalid_arg(x, Code.InvalidLen if id_ == "len" else Code.InvalidCap,
                                 "%s for built-in %s", self.ops(x), id_)
            return False
        x.mode = mode
        x.type = TYP[T.Int]
        x.val = val
        return True

    def _b_clear(self, x, call, args, nargs):
        self.verify_version(call.fun, 21, "clear")

        def each(u):
            if isinstance(u, (T.Map, T.Slice)):
                return True
            self.invalid_arg(x, Code.InvalidClear, "cannot clear %s: argument must be (or constrained by) map or slice", self.ops(x))
            return False
        if not under_is(x.type, each):
            return False
        x.mode = novalue
        return True

    def _b_close(self, x, call, args, nargs):
        def each(u):
            if not isinstance(u, T.Chan):
                self.invalid_op(x, Code.InvalidClose, "cannot close non-channel %s", self.ops(x))
                return False
            if u.dir == T.RecvOnly:
                self.invalid_op(x, Code.InvalidClose, "cannot close receive-only channel %s", self.ops(x))
                return False
            return True
        if not under_is(x.type, each):
            return False
        x.mode = novalue
        return True

    def _b_complex(self, x, call, args, nargs):
        y = args[1]
        d = (1 if is_untyped(x.type) else 0) | (2 if is_untyped(y.type) else 0)
        if d == 1:
            self.convert_untyped(x, y.type)
        elif d == 2:
            self.convert_untyped(y, x.type)
        elif d == 3:
            # untyped constants become untyped floats where possible; a non-constant
            # (an untyped shift) makes both float64, which fails as it must
            if x.mode is constant_ and y.mode is constant_:
                for o in (x, y):
                    if is_numeric(o.type) and (type(o.val) is not C.Cplx or o.val.im == 0):
                        o.type = TYP[T.UntypedFloat]
            else:
                self.convert_untyped(x, TYP[T.Float64])
                self.convert_untyped(y, TYP[T.Float64])
        if x.mode is invalid or y.mode is invalid:
            return False
        if not identical(x.type, y.type):
            self.invalid_op(x, Code.InvalidComplex, "%s (mismatched types %s and %s)", expr_string(call), self.ts(x.type), self.ts(y.type))
            return False

        def f(typ):
            u = T.unalias(typ).underlying()
            if isinstance(u, T.Basic):
                return {T.Float32: TYP[T.Complex64], T.Float64: TYP[T.Complex128],
                        T.UntypedFloat: TYP[T.UntypedComplex]}.get(u.kind)
            return None
        res = self.apply_type_func(f, x, "complex")
        if res is None:
            self.invalid_arg(x, Code.InvalidComplex, "arguments have type %s, expected floating-point", self.ts(x.type))
            return False
        if x.mode is constant_ and y.mode is constant_:
            if x.val is None or y.val is None:
                x.val = None
            else:
                x.val = C.Cplx(C.to_float(C.to_complex(x.val).re), C.to_float(C.to_complex(y.val).re))
        else:
            x.mode = value
        x.type = res
        return True

    def _real_imag(self, x, id_):
        if is_untyped(x.type):
            if x.mode is constant_:
                if is_numeric(x.type):
                    x.type = TYP[T.UntypedComplex]
            else:
                # a non-constant untyped argument (an untyped shift) fails as complex128
                self.convert_untyped(x, TYP[T.Complex128])
                if x.mode is invalid:
                    return False

        def f(typ):
            u = T.unalias(typ).underlying()
            if isinstance(u, T.Basic):
                return {T.Complex64: TYP[T.Float32], T.Complex128: TYP[T.Float64],
                        T.UntypedComplex: TYP[T.UntypedFloat]}.get(u.kind)
            return None
        res = self.apply_type_func(f, x, id_)
        if res is None:
            self.invalid_arg(x, Code.InvalidReal if id_ == "real" else Code.InvalidImag,
                             "argument has type %s, expected complex type", self.ts(x.type))
            return False
        if x.mode is constant_:
            if x.val is not None:
                v = C.to_complex(x.val)
                x.val = v.re if id_ == "real" else v.im
        else:
            x.mode = value
        x.type = res
        return True

    def _b_real(self, x, call, args, nargs):
        return self._real_imag(x, "real")

    def _b_imag(self, x, call, args, nargs):
        return self._real_imag(x, "imag")

    def apply_type_func(self, f, x, name):
        """f(x's type), or for a type parameter a new type parameter constrained by the
        results for its terms (reported: not supported as in go1.18); None if f fails."""
        tp = T.unalias(x.type)
        if not isinstance(tp, T.TypeParam):
            return f(x.type)
        terms = []

        def each(term):
            if term is None:
                return False
            r = f(term.type)
            if r is None:
                return False
            terms.append(T.Term(term.tilde, r))
            return True
        if not tp_is(tp, each):
            return None
        code = {"real": Code.InvalidReal, "imag": Code.InvalidImag, "complex": Code.InvalidComplex}[name]
        self.softf(x, code, "%s not supported as argument to built-in %s for go1.18 (see go.dev/issue/50937)", self.ops(x), name)
        from .objects import TypeName
        tn = TypeName(tp.obj.name, None, self.pkg, 0)
        bound = T.Interface([], [T.Union(terms)])
        bound.implicit = True
        bound.complete = True
        return T.TypeParam(tn, tp.index, bound)

    def _b_copy(self, x, call, args, nargs):
        dst_e, err = self.slice_elem(x)
        if err is not None:
            self.errorf(x, Code.InvalidCopy, "invalid copy: %s", err)
            return False
        y = args[1]
        special = False
        if self.assignable_to(x, T.Slice(BYTE))[0]:
            from .expr import typeset_pairs
            special = True
            for _, u in typeset_pairs(y.type):
                if isinstance(u, T.Slice) and identical(u.elem, BYTE):
                    continue
                if u is not None and is_string(u):
                    continue
                special = False
                break
        if not special:
            src_e, err = self.slice_elem(y)
            if err is not None:
                if not all_string(y.type):
                    self.errorf(y, Code.InvalidCopy, "invalid copy: %s", err)
                    return False
                src_e = BYTE
            if not identical(dst_e, src_e):
                self.errorf(x, Code.InvalidCopy, "invalid copy: arguments %s and %s have different element types %s and %s",
                            self.ops(x), self.ops(y), self.ts(dst_e), self.ts(src_e))
                return False
        x.mode = value
        x.type = TYP[T.Int]
        return True

    def _b_delete(self, x, call, args, nargs):
        key = [None]

        def each(u):
            if not isinstance(u, T.Map):
                self.invalid_arg(x, Code.InvalidDelete, "%s is not a map", self.ops(x))
                return False
            if key[0] is not None and not identical(u.key, key[0]):
                self.invalid_arg(x, Code.InvalidDelete, "maps of %s must have identical key types", self.ops(x))
                return False
            key[0] = u.key
            return True
        if not under_is(x.type, each):
            return False
        x.copy_from(args[1])
        self.assignment(x, key[0], "argument to delete")
        if x.mode is invalid:
            return False
        x.mode = novalue
        return True

    def _b_make(self, x, call, args, nargs):
        arg0 = call.args[0]
        t = self.var_type(arg0)
        if t is T.TYP_INVALID or T.unalias(t) is T.TYP_INVALID:
            return False
        def cond(_, u):
            if isinstance(u, (T.Slice, T.Map, T.Chan)):
                return None
            if u is None:
                return "no specific type"
            return "type must be slice, map, or channel"
        cu, why = self.common_under(t, cond)
        if why:
            self.invalid_arg(arg0, Code.InvalidMake, "cannot make %s: %s", expr_string(arg0), why)
            return False
        min_ = 2 if isinstance(cu, T.Slice) else 1
        if nargs < min_ or min_ + 1 < nargs:
            self.invalid_op(call, Code.WrongArgCount, "%s expects %d or %d arguments; found %d", expr_string(call), min_, min_ + 1, nargs)
            return False
        sizes = []
        for a in call.args[1:]:
            v = self.index(a, -1)
            if v >= 0:
                sizes.append(v)
        if len(sizes) == 2 and sizes[0] > sizes[1]:
            self.invalid_arg(call.args[1], Code.SwappedMakeArgs, "length and capacity swapped")
        x.mode = value
        x.type = t
        return True

    def _minmax(self, x, call, args, id_):
        self.verify_version(call.fun, 21, "built-in %s", id_)
        for i, a in enumerate(args):
            if a.mode is invalid:
                return False
            if not all_ordered(a.type):
                self.invalid_arg(a, Code.InvalidMinMaxOperand, "%s cannot be ordered", self.ops(a))
                return False
            if i > 0:
                self.match_types(x, a)
                if x.mode is invalid:
                    return False
                if not identical(x.type, a.type):
                    self.invalid_arg(a, Code.MismatchedTypes, "mismatched types %s (previous argument) and %s (type of %s)",
                                     self.ts(x.type), self.ts(a.type), expr_string(a.expr))
                    return False
                if x.mode is constant_ and a.mode is constant_:
                    if x.val is not None and a.val is not None:
                        if C.compare(a.val, ">" if id_ == "max" else "<", x.val):
                            x.copy_from(a)
                    else:
                        x.val = None
                else:
                    x.mode = value
        if x.mode is not constant_:
            x.mode = value
            # a value must not be untyped
            from .universe import ANY
            self.assignment(x, ANY, "argument to built-in " + id_)
            if x.mode is invalid:
                return False
        for a in args:
            self.update_expr_type(a.expr, x.type, True)
        return True

    def _b_max(self, x, call, args, nargs):
        return self._minmax(x, call, args, "max")

    def _b_min(self, x, call, args, nargs):
        return self._minmax(x, call, args, "min")

    def _b_new(self, x, call, args, nargs):
        arg = call.args[0]
        self.expr_or_type(x, arg)
        self.exclude(x, (novalue, builtin))
        if x.mode is invalid:
            return False
        if x.mode is typexpr:
            self.valid_var_type(arg, x.type)
        else:
            # new(expr)
            if is_untyped(x.type):
                self.assignment(x, None, "argument to new")  # overflow, untyped nil
                if x.mode is invalid:
                    return False
            self.verify_version(call.fun, 26, "new(%s)", expr_string(arg))
        t = x.type
        x.mode = value
        x.type = T.Pointer(t)
        return True

    def _b_panic(self, x, call, args, nargs):
        sig = self.env.sig
        if sig is not None and sig.results.vars and self.env.is_panic is not None:
            self.env.is_panic[call] = True
        from .universe import ANY
        self.assignment(x, ANY, "argument to panic")
        if x.mode is invalid:
            return False
        x.mode = novalue
        return True

    def _print(self, x, args, id_):
        for a in args:
            self.assignment(a, None, "argument to built-in " + id_)
            if a.mode is invalid:
                return False
        x.mode = novalue
        return True

    def _b_print(self, x, call, args, nargs):
        return self._print(x, args, "print")

    def _b_println(self, x, call, args, nargs):
        return self._print(x, args, "println")

    def _b_recover(self, x, call, args, nargs):
        from .universe import ANY
        x.mode = value
        x.type = ANY
        return True

    # -- unsafe --------------------------------------------------------------

    def _b_unsafe_Add(self, x, call, args, nargs):
        self.verify_version(call.fun, 17, "unsafe.Add")
        self.assignment(x, TYP[T.UnsafePointer], "argument to unsafe.Add")
        if x.mode is invalid:
            return False
        if not self.is_valid_index(args[1], Code.InvalidUnsafeAdd, "length", True):
            return False
        x.mode = value
        x.type = TYP[T.UnsafePointer]
        return True

    def _b_unsafe_Alignof(self, x, call, args, nargs):
        self.assignment(x, None, "argument to unsafe.Alignof")
        if x.mode is invalid:
            return False
        if self.has_var_size(x.type):
            x.mode = value
        else:
            a = alignof(x.type)
            x.mode = constant_ if a is not None else value
            x.val = a
        x.type = TYP[T.Uintptr]
        return True

    def _b_unsafe_Offsetof(self, x, call, args, nargs):
        arg0 = call.args[0]
        selx = arg0
        while isinstance(selx, N.ParenExpr):
            selx = selx.x
        if not isinstance(selx, N.SelectorExpr):
            self.invalid_arg(arg0, Code.BadOffsetofSyntax, "%s is not a selector expression", expr_string(arg0))
            self.use(arg0)
            return False
        self.expr(None, x, selx.x)
        if x.mode is invalid:
            return False
        base = x.type
        bp = T.unalias(base).underlying()
        if isinstance(bp, T.Pointer) and isinstance(T.unalias(bp.elem).underlying(), T.Struct):
            base = bp.elem
        sel = selx.sel.name
        from .lookup import lookup_field_or_method
        from .objects import Func
        obj, index, indirect = lookup_field_or_method(base, False, self.pkg, sel)
        if obj is None:
            self.invalid_arg(x, Code.MissingFieldOrMethod, "%s has no single field %s", self.ts(base), sel)
            return False
        if isinstance(obj, Func):
            self.invalid_arg(arg0, Code.InvalidOffsetof, "%s is a method value", expr_string(arg0))
            return False
        if indirect:
            self.invalid_arg(x, Code.InvalidOffsetof, "field %s is embedded via a pointer in %s", sel, self.ts(base))
            return False
        from .api import FieldVal
        self.record_selection(selx, FieldVal, base, obj, index, False)
        self.record(Operand(variable if x.mode is variable or indirect else value, selx, obj.type))
        if self.has_var_size(base):
            x.mode = value
        else:
            offs = offsetof(base, index)
            if offs is None or offs >= _MAX_SIZE:
                self.errorf(x, Code.TypeTooLarge, "%s is too large", self.ops(x))
                return False
            x.mode = constant_
            x.val = offs
        x.type = TYP[T.Uintptr]
        return True

    def _b_unsafe_Sizeof(self, x, call, args, nargs):
        self.assignment(x, None, "argument to unsafe.Sizeof")
        if x.mode is invalid:
            return False
        if self.has_var_size(x.type):
            x.mode = value
        else:
            size = sizeof(x.type)
            if size is None or size >= _MAX_SIZE:
                self.errorf(x, Code.TypeTooLarge, "%s is too large", self.ops(x))
                return False
            x.mode = constant_
            x.val = size
        x.type = TYP[T.Uintptr]
        return True

    def has_var_size(self, t, depth=0):
        """Whether t's size depends on a type parameter (go/types' hasVarSize); reports
        a declaration cycle if t is a type still being declared, or contains itself."""
        t = T.unalias(t)
        if depth > 250:
            return False
        if isinstance(t, T.Named):
            if t.origin is None:
                obj = t.obj
                rhs = t.from_rhs if t.from_rhs is not None else t.underlying()
            else:
                # an instance stands for itself on the path (go/types gives instances
                # their own object)
                from .validtype import _cycle_obj
                obj = self.inst_objs.get(t)
                if obj is None:
                    obj = self.inst_objs[t] = _cycle_obj(t)
                rhs = t.underlying()
            if obj in self.obj_path:
                cycle = self.obj_path[self.obj_path.index(obj):]
                from .decl import first_in_src
                self.cycle_error(cycle, first_in_src(cycle))
                return True
            self.obj_path.append(obj)
            try:
                return self.has_var_size(rhs, depth + 1)
            finally:
                self.obj_path.pop()
        if isinstance(t, T.Array):
            return self.has_var_size(t.elem, depth + 1)
        if isinstance(t, T.Struct):
            return any(self.has_var_size(f.type, depth + 1) for f in t.fields)
        return isinstance(t, T.TypeParam)

    def _b_unsafe_Slice(self, x, call, args, nargs):
        self.verify_version(call.fun, 17, "unsafe.Slice")
        u, _ = self.common_under(x.type)
        if not isinstance(u, T.Pointer):
            self.invalid_arg(x, Code.InvalidUnsafeSlice, "%s is not a pointer", self.ops(x))
            return False
        if not self.is_valid_index(args[1], Code.InvalidUnsafeSlice, "length", False):
            return False
        x.mode = value
        x.type = T.Slice(u.elem)
        return True

    def _b_unsafe_SliceData(self, x, call, args, nargs):
        self.verify_version(call.fun, 20, "unsafe.SliceData")
        u, _ = self.common_under(x.type)
        if not isinstance(u, T.Slice):
            self.invalid_arg(x, Code.InvalidUnsafeSliceData, "%s is not a slice", self.ops(x))
            return False
        x.mode = value
        x.type = T.Pointer(u.elem)
        return True

    def _b_unsafe_String(self, x, call, args, nargs):
        self.verify_version(call.fun, 20, "unsafe.String")
        self.assignment(x, T.Pointer(BYTE), "argument to unsafe.String")
        if x.mode is invalid:
            return False
        if not self.is_valid_index(args[1], Code.InvalidUnsafeString, "length", False):
            return False
        x.mode = value
        x.type = TYP[T.String]
        return True

    def _b_unsafe_StringData(self, x, call, args, nargs):
        self.verify_version(call.fun, 20, "unsafe.StringData")
        self.assignment(x, TYP[T.String], "argument to unsafe.StringData")
        if x.mode is invalid:
            return False
        x.mode = value
        x.type = T.Pointer(BYTE)
        return True

    # -- test functions ------------------------------------------------------

    def _b_assert(self, x, call, args, nargs):
        # assert(pred): an error if the boolean constant pred is false (checker tests only)
        if x.mode is not constant_ or not is_boolean(x.type):
            self.invalid_arg(x, Code.Test, "%s is not a boolean constant", self.ops(x))
            return False
        if type(x.val) is not bool:
            self.errorf(x, Code.Test, "internal error: value of %s should be a boolean constant", self.ops(x))
            return False
        if not x.val:
            self.errorf(call, Code.Test, "%s failed", expr_string(call))
        return True

    def _b_trace(self, x, call, args, nargs):
        # trace(x, ...): evaluates its arguments (types too); its value is the first one's
        if nargs == 0:
            x.mode = novalue
            return True
        self.raw_expr(None, x, call.args[0])
        for a in call.args[1:]:
            self.raw_expr(None, Operand(), a)
        return x.mode is not invalid


# -- sizes (gc, linux/amd64) -------------------------------------------------

_MAX_SIZE = 1 << 63  # a size or offset this large is "too large" (gc's int64 overflow)

def alignof(t):
    t = T.unalias(t)
    u = t.underlying()
    if isinstance(t, T.TypeParam):
        return None
    if isinstance(u, T.Array):
        return alignof(u.elem)
    if isinstance(u, T.Struct):
        if not u.fields:
            return 1
        m = 1
        for f in u.fields:
            a = alignof(f.type)
            if a is None:
                return None
            m = max(m, a)
        return m
    if isinstance(u, (T.Slice, T.Interface)):
        return 8
    if isinstance(u, T.Basic):
        if u.info & T.IsString:
            return 8
        if u.kind == T.Complex128:
            return 8
        if u.kind == T.Complex64:
            return 4
        s = BASIC_SIZES.get(u.kind, 8)
        return min(s, 8)
    return 8


def sizeof(t):
    t = T.unalias(t)
    if isinstance(t, T.TypeParam):
        return None
    u = t.underlying()
    if isinstance(u, T.Basic):
        return BASIC_SIZES.get(u.kind, 8)
    if isinstance(u, T.Array):
        if u.len <= 0:
            return 0
        es = sizeof(u.elem)
        if es is None:
            return None
        a = alignof(u.elem)
        es = (es + a - 1) // a * a
        return es * u.len
    if isinstance(u, T.Slice):
        return 24
    if isinstance(u, T.Struct):
        offs = offsets(u)
        if offs is None:
            return None
        if not u.fields:
            return 0
        last = sizeof(u.fields[-1].type)
        if last is None:
            return None
        size = offs[-1] + last
        if last == 0 and size > 0:
            size += 1
        a = alignof(u)
        return (size + a - 1) // a * a
    if isinstance(u, T.Interface):
        return 16
    return 8


def offsets(u):
    out = []
    off = 0
    for f in u.fields:
        a = alignof(f.type)
        s = sizeof(f.type)
        if a is None or s is None:
            return None
        off = (off + a - 1) // a * a
        out.append(off)
        off += s
    return out


def offsetof(t, index):
    off = 0
    from .lookup import deref
    for i in index:
        u = T.unalias(deref(t)[0]).underlying()
        if not isinstance(u, T.Struct):
            return None
        offs = offsets(u)
        if offs is None:
            return None
        off += offs[i]
        t = u.fields[i].type
    return off
