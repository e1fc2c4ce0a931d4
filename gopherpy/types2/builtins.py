"""This file implements typechecking of calls to built-in functions (go/types'
builtins.go): append, cap, clear, close, complex, copy, delete, imag, len, make, max,
min, new, panic, print, println, real, recover and package unsafe's functions."""

from __future__ import annotations

from . import constant as C
from . import typs as T
from .codes import Code
from .errors import expr_string
from .operand import Operand, constant_, invalid, novalue, typexpr, value, variable
from .predicates import (all_ordered, is_boolean, identical, is_complex, is_float, is_integer, is_numeric,
                         is_string, is_type_param, is_typed, is_untyped, default_type)
from .typeset import core_type, type_set_of
from .universe import BYTE, TYP, BASIC_SIZES


class BuiltinsMixin:

    def builtin_call(self, x, call, id_):
        args_e = call.args
        name = id_
        if call.ellipsis and id_ != "append":
            self.errorf(call.ellipsis, Code.InvalidDotDotDot, "invalid use of ... with built-in %s", name)
            self.use(*args_e)
            x.mode = invalid
            return
        nargs = len(args_e)
        minmax = {"append": (1, None), "cap": (1, 1), "clear": (1, 1), "close": (1, 1), "complex": (2, 2),
                  "copy": (2, 2), "delete": (2, 2), "imag": (1, 1), "len": (1, 1), "make": (1, 3),
                  "max": (1, None), "min": (1, None), "new": (1, 1), "panic": (1, 1), "print": (0, None),
                  "println": (0, None), "real": (1, 1), "recover": (0, 0),
                  "unsafe.Add": (2, 2), "unsafe.Alignof": (1, 1), "unsafe.Offsetof": (1, 1),
                  "unsafe.Sizeof": (1, 1), "unsafe.Slice": (2, 2), "unsafe.SliceData": (1, 1),
                  "unsafe.String": (2, 2), "unsafe.StringData": (1, 1), "assert": (1, 1),
                  "trace": (0, None)}[id_]
        lo, hi = minmax
        if nargs < lo or (hi is not None and nargs > hi):
            msg = "not enough" if nargs < lo else "too many"
            at = call.rparen if nargs < lo else args_e[hi]
            self.errorf(at if nargs >= lo else call, Code.WrongArgCount, "%s arguments for %s (expected %d, found %d)", msg, expr_string(call), lo if nargs < lo else hi, nargs)
            self.use(*args_e)
            x.mode = invalid
            return
        # evaluate arguments for most builtins
        args = []
        if id_ == "trace":
            self._b_trace(x, call)
            return
        if id_ not in ("make", "new", "unsafe.Offsetof", "unsafe.Sizeof", "unsafe.Alignof") and not (id_ == "append" and False):
            if nargs == 1 and id_ not in ("len", "cap"):
                ops_, _ = self.multi_expr(args_e[0], False)
                args = ops_
            else:
                for a in args_e:
                    y = Operand()
                    self.expr(None, y, a) if id_ != "append" or a is not args_e[0] else self.expr(None, y, a)
                    args.append(y)
            if any(a.mode is invalid for a in args):
                x.mode = invalid
                return
            if id_ in ("len", "cap") and nargs == 1:
                pass
        f = getattr(self, "_b_" + id_.replace("unsafe.", "unsafe_"))
        f(x, call, args)

    # -- individual builtins -------------------------------------------------

    def _b_append(self, x, call, args):
        s = args[0]
        S = s.type
        st = core_type(S)
        if s.is_nil():
            self.errorf(s.expr, Code.InvalidAppend, "invalid argument: %s (untyped nil) is not a slice" if False else "first argument to append must be a typed slice; found untyped nil")
            x.mode = invalid
            return
        if not isinstance(st, T.Slice):
            if st is None and is_type_param(S):
                self.invalid_arg(s.expr, Code.InvalidAppend, "%s (no core type)" % self.ops(s))
            else:
                self.invalid_arg(s.expr, Code.InvalidAppend, "%s is not a slice", self.ops(s))
            x.mode = invalid
            return
        E = st.elem
        if call.ellipsis and len(args) == 2:
            y = args[1]
            # append(bytes, y...) where every type in y's type set is string or []byte
            # (at least one string) appends the bytes of y
            from .universe import BYTE
            ok, _ = self.assignable_to(s, T.Slice(BYTE))
            if ok and not y.is_nil() and _string_or_bytes_set(y.type):
                x.mode = value
                x.type = S
                if is_untyped(y.type):
                    self.convert_untyped(y, TYP[T.String])
                return
            self.assignment(y, T.Slice(E), "argument to append")
            if y.mode is invalid:
                x.mode = invalid
                return
            x.mode = value
            x.type = S
            return
        if call.ellipsis:
            self.errorf(call, Code.InvalidDotDotDot, "can only use ... with final argument in list")
            x.mode = invalid
            return
        for y in args[1:]:
            self.assignment(y, E, "argument to append")
            if y.mode is invalid:
                x.mode = invalid
                return
        x.mode = value
        x.type = S

    def _len_cap(self, x, call, args, id_):
        a = args[0] if args else None
        if a is None:
            y = Operand()
            self.expr(None, y, call.args[0])
            a = y
        if a.mode is invalid:
            x.mode = invalid
            return
        mode = invalid
        val = None
        t = T.unalias(a.type)
        if isinstance(t, T.Pointer) and isinstance(T.unalias(t.elem).underlying(), T.Array):
            t = T.unalias(t.elem)
        u = t.underlying() if not isinstance(t, T.TypeParam) else None
        if isinstance(u, T.Basic) and is_string(u) and id_ == "len":
            if a.mode is constant_:
                mode = constant_
                val = len(a.val) if a.val is not None else None
            else:
                mode = value
        elif isinstance(u, T.Array):
            mode = value
            if not self._has_call_or_recv_expr(a.expr):
                mode = constant_
                val = u.len if u.len >= 0 else None
        elif isinstance(u, (T.Slice, T.Chan)):
            mode = value
        elif isinstance(u, T.Map) and id_ == "len":
            mode = value
        elif isinstance(t, T.TypeParam):
            ts = type_set_of(t)
            ok = bool(ts.terms)
            for term in ts.terms or []:
                tu = term.type.underlying()
                if isinstance(tu, T.Pointer) and isinstance(tu.elem.underlying(), T.Array):
                    tu = tu.elem.underlying()
                if isinstance(tu, T.Basic) and is_string(tu) and id_ == "len":
                    continue
                if isinstance(tu, (T.Array, T.Slice, T.Chan)) or (isinstance(tu, T.Map) and id_ == "len"):
                    continue
                ok = False
            if ok:
                mode = value
        if mode is invalid:
            if T.unalias(a.type) is not T.TYP_INVALID:
                self.invalid_arg(a.expr, Code.InvalidLen if id_ == "len" else Code.InvalidCap, "%s for built-in %s", self.ops(a), id_)
            x.mode = invalid
            return
        x.mode = mode
        x.type = TYP[T.Int]
        x.val = val
        if mode is constant_ and val is None:
            x.mode = value

    def _has_call_or_recv_expr(self, e):
        from ..syntax import nodes as N
        found = [False]

        def walk(n):
            if found[0] or n is None:
                return
            if isinstance(n, N.CallExpr):
                tv = self.info.types.get(n.fun)
                if tv is None or not tv.is_type():
                    if not (tv is not None and tv.is_builtin() and False):
                        found[0] = True
                        return
            if isinstance(n, N.UnaryExpr) and n.op == "<-":
                found[0] = True
                return
            if isinstance(n, N.FuncLit):
                return
            for f in getattr(n, "__slots__", ()):
                v = getattr(n, f, None)
                if isinstance(v, N.Node):
                    walk(v)
                elif isinstance(v, list):
                    for i in v:
                        if isinstance(i, N.Node):
                            walk(i)
        walk(e)
        return found[0]

    def _b_len(self, x, call, args):
        y = Operand()
        self.expr(None, y, call.args[0]) if not args else None
        self._len_cap(x, call, args or [y], "len")

    def _b_cap(self, x, call, args):
        y = Operand()
        self.expr(None, y, call.args[0]) if not args else None
        self._len_cap(x, call, args or [y], "cap")

    def _b_clear(self, x, call, args):
        a = args[0]
        ct = core_type(a.type)
        if not isinstance(ct, (T.Map, T.Slice)):
            self.invalid_arg(a.expr, Code.InvalidClear, "cannot clear %s: argument must be (or constrained by) map or slice", self.ops(a))
            x.mode = invalid
            return
        x.mode = novalue
        x.type = None

    def _b_close(self, x, call, args):
        a = args[0]
        ct = core_type(a.type)
        if not isinstance(ct, T.Chan):
            self.invalid_op(a.expr, Code.InvalidClose, "cannot close non-channel %s", self.ops(a))
            x.mode = invalid
            return
        if ct.dir == T.RecvOnly:
            self.invalid_op(a.expr, Code.InvalidClose, "cannot close receive-only channel %s", self.ops(a))
            x.mode = invalid
            return
        x.mode = novalue
        x.type = None

    def _b_complex(self, x, call, args):
        a, b = args
        # untyped conversion
        if is_untyped(a.type) and not is_untyped(b.type):
            self.convert_untyped(a, b.type)
        elif is_untyped(b.type) and not is_untyped(a.type):
            self.convert_untyped(b, a.type)
        elif is_untyped(a.type) and is_untyped(b.type):
            for o in (a, b):
                if o.mode is constant_ and o.val is not None:
                    v = C.to_float(o.val)
                    if type(v) is C.Fraction:
                        o.val = v
                        o.type = TYP[T.UntypedFloat]
        if a.mode is invalid or b.mode is invalid:
            x.mode = invalid
            return
        if not identical(a.type, b.type):
            self.invalid_op(a.expr, Code.InvalidComplex, "%s (mismatched types %s and %s)", expr_string(call), self.ts(a.type), self.ts(b.type))
            x.mode = invalid
            return
        u = T.unalias(a.type).underlying()
        if not isinstance(u, T.Basic) or not (u.info & T.IsFloat):
            self.invalid_arg(a.expr, Code.InvalidComplex, "arguments have type %s, expected floating-point", self.ts(a.type))
            x.mode = invalid
            return
        res = {T.Float32: TYP[T.Complex64], T.Float64: TYP[T.Complex128], T.UntypedFloat: TYP[T.UntypedComplex]}[u.kind]
        if a.mode is constant_ and b.mode is constant_:
            x.mode = constant_
            x.val = C.Cplx(C.to_float(a.val), C.to_float(b.val)) if a.val is not None and b.val is not None else None
        else:
            x.mode = value
        x.type = res

    def _real_imag(self, x, call, args, which):
        a = args[0]
        if is_untyped(a.type) and a.mode is constant_:
            a.val = C.to_complex(a.val)
            a.type = TYP[T.UntypedComplex]
        u = T.unalias(a.type).underlying()
        if not isinstance(u, T.Basic) or not (u.info & T.IsComplex):
            self.invalid_arg(a.expr, Code.InvalidReal if which == "real" else Code.InvalidImag, "argument has type %s, expected complex type", self.ts(a.type))
            x.mode = invalid
            return
        res = {T.Complex64: TYP[T.Float32], T.Complex128: TYP[T.Float64], T.UntypedComplex: TYP[T.UntypedFloat]}[u.kind]
        if a.mode is constant_:
            x.mode = constant_
            v = C.to_complex(a.val)
            x.val = (v.re if which == "real" else v.im) if v is not None else None
        else:
            x.mode = value
        x.type = res

    def _b_real(self, x, call, args):
        self._real_imag(x, call, args, "real")

    def _b_imag(self, x, call, args):
        self._real_imag(x, call, args, "imag")

    def _b_copy(self, x, call, args):
        dst, src = args
        dt = core_type(dst.type)
        if not isinstance(dt, T.Slice):
            self.invalid_arg(dst.expr, Code.InvalidCopy, "copy expects slice arguments; found %s and %s", self.ops(dst), self.ops(src))
            x.mode = invalid
            return
        from .typeset import core_string
        st = core_string(src.type)
        if isinstance(st, T.Basic) and is_string(st):
            st = T.Slice(BYTE)
        if not isinstance(st, T.Slice):
            self.invalid_arg(dst.expr, Code.InvalidCopy, "copy expects slice arguments; found %s and %s", self.ops(dst), self.ops(src))
            x.mode = invalid
            return
        if not identical(dt.elem, st.elem):
            self.invalid_arg(dst.expr, Code.InvalidCopy, "arguments to copy %s and %s have different element types %s and %s", self.ops(dst), self.ops(src), self.ts(dt.elem), self.ts(st.elem))
            x.mode = invalid
            return
        x.mode = value
        x.type = TYP[T.Int]

    def _b_delete(self, x, call, args):
        m, k = args
        mt = core_type(m.type)
        if not isinstance(mt, T.Map):
            self.invalid_arg(m.expr, Code.InvalidDelete, "%s is not a map", self.ops(m))
            x.mode = invalid
            return
        self.assignment(k, mt.key, "argument to delete")
        if k.mode is invalid:
            x.mode = invalid
            return
        x.mode = novalue
        x.type = None

    def _b_make(self, x, call, args):
        arg0 = call.args[0]
        t = self.var_type(arg0)
        if t is T.TYP_INVALID:
            x.mode = invalid
            return
        ct = core_type(t)
        min_ = 1
        if isinstance(ct, T.Slice):
            min_ = 2
        elif isinstance(ct, (T.Map, T.Chan)):
            min_ = 1
        else:
            if ct is None and is_type_param(t):
                self.invalid_arg(arg0, Code.InvalidMake, "cannot make %s: no core type", expr_string(arg0))
            else:
                self.invalid_arg(arg0, Code.InvalidMake, "cannot make %s; type must be slice, map, or channel", expr_string(arg0))
            self.use(*call.args[1:])
            x.mode = invalid
            return
        n = len(call.args)
        if n < min_ or n > min_ + 1:
            if n < min_:
                self.errorf(call, Code.WrongArgCount, "invalid operation: %s expects %d or %d arguments; found %d", expr_string(call), min_, min_ + 1, n)
            else:
                self.errorf(call, Code.WrongArgCount, "invalid operation: %s expects %d or %d arguments; found %d", expr_string(call), min_, min_ + 1, n)
            self.use(*call.args[1:])
            x.mode = invalid
            return
        sizes = []
        for a in call.args[1:]:
            y = Operand()
            self.expr(None, y, a)
            if y.mode is invalid:
                continue
            if self.is_valid_index(y, Code.InvalidMakeArg if hasattr(Code, "InvalidMakeArg") else Code.InvalidMake, "index", False):
                if y.mode is constant_ and y.val is not None:
                    sizes.append(C.to_int(y.val))
        if len(sizes) == 2 and sizes[0] > sizes[1]:
            self.invalid_arg(call.args[1], Code.SwappedMakeArgs, "length and capacity swapped")
        x.mode = value
        x.type = t

    def _b_new(self, x, call, args):
        arg = call.args[0]
        y = Operand()
        self.expr_or_type(y, arg)
        if y.mode is invalid:
            x.mode = invalid
            return
        if y.mode is typexpr:
            t = y.type
            self.valid_var_type(arg, t)
        else:
            # Go 1.26: new(expr)
            if is_untyped(y.type):
                if y.is_nil():
                    self.errorf(arg, Code.UntypedNilUse, "use of untyped nil in argument to built-in new")
                    x.mode = invalid
                    return
                self.assignment(y, default_type(y.type), "argument to new")
            t = y.type
        x.mode = value
        x.type = T.Pointer(t)

    def _b_panic(self, x, call, args):
        a = args[0]
        from .universe import ANY
        self.assignment(a, ANY, "argument to panic")
        if a.mode is invalid:
            x.mode = invalid
            return
        if self.env.is_panic is not None:
            self.env.is_panic[call] = True
        x.mode = novalue
        x.type = None

    def _b_print(self, x, call, args):
        for a in args:
            self.assignment(a, None, "argument to built-in " + ("print" if True else ""))
            if a.mode is invalid:
                x.mode = invalid
                return
        x.mode = novalue
        x.type = None

    def _b_println(self, x, call, args):
        for a in args:
            self.assignment(a, None, "argument to built-in println")
            if a.mode is invalid:
                x.mode = invalid
                return
        x.mode = novalue
        x.type = None

    def _b_assert(self, x, call, args):
        # assert(pred): an error if the boolean constant pred is false (checker tests only)
        a = args[0]
        if a.mode is not constant_ or not is_boolean(a.type):
            self.invalid_arg(a.expr, Code.Test, "%s is not a boolean constant", self.ops(a))
            x.mode = invalid
            return
        if not a.val:
            self.errorf(call, Code.Test, "%s failed", expr_string(call))
        x.mode, x.type, x.val, x.expr = constant_, a.type, a.val, call

    def _b_trace(self, x, call):
        # trace(x, ...): evaluates its arguments (types too); its value is the first one's
        if not call.args:
            x.mode = novalue
            return
        self.raw_expr(None, x, call.args[0])
        for a in call.args[1:]:
            self.raw_expr(None, Operand(), a)

    def _b_recover(self, x, call, args):
        from .universe import ANY
        x.mode = value
        x.type = ANY

    def _minmax(self, x, call, args, name):
        for a in args:
            if not all_ordered(a.type):
                self.invalid_arg(a.expr, Code.InvalidMinMaxOperand, "%s cannot be ordered", self.ops(a))
                x.mode = invalid
                return
        x.copy_from(args[0])
        for a in args[1:]:
            self.match_types(x, a)
            if x.mode is invalid:
                return
            if not identical(x.type, a.type):
                self.invalid_arg(a.expr, Code.MismatchedTypes, "mismatched types %s (previous argument) and %s (type of %s)", self.ts(x.type), self.ts(a.type), expr_string(a.expr))
                x.mode = invalid
                return
            if x.mode is constant_ and a.mode is constant_:
                if x.val is not None and a.val is not None:
                    if (name == "max" and C.compare(a.val, ">", x.val)) or (name == "min" and C.compare(a.val, "<", x.val)):
                        x.val = a.val
            else:
                x.mode = value
        if x.mode is not constant_:
            x.mode = value
            if is_untyped(x.type):
                for a in args:
                    self.update_expr_type(a.expr, default_type(x.type), True) if False else None
        for a in args:
            if x.mode is not constant_:
                self.update_expr_type(a.expr, x.type if not is_untyped(x.type) else default_type(x.type), True)
        x.expr = call

    def _b_max(self, x, call, args):
        self._minmax(x, call, args, "max")

    def _b_min(self, x, call, args):
        self._minmax(x, call, args, "min")

    # -- unsafe --------------------------------------------------------------

    def _b_unsafe_Add(self, x, call, args):
        p, n = args
        self.assignment(p, TYP[T.UnsafePointer], "argument to unsafe.Add")
        if p.mode is invalid:
            x.mode = invalid
            return
        if not self.is_valid_index(n, Code.InvalidUnsafeAdd, "length", True):
            x.mode = invalid
            return
        x.mode = value
        x.type = TYP[T.UnsafePointer]

    def _sizeof_arg(self, call):
        y = Operand()
        self.expr(None, y, call.args[0])
        if y.mode is invalid:
            return None
        self.assignment(y, None, "argument to unsafe.Sizeof")
        if y.mode is invalid:
            return None
        return y

    def _b_unsafe_Sizeof(self, x, call, args):
        y = self._sizeof_arg(call)
        if y is None:
            x.mode = invalid
            return
        x.type = TYP[T.Uintptr]
        if self.has_var_size(y.type):
            x.mode = value
            return
        size = sizeof(y.type)
        if size is None or size >= _MAX_SIZE:
            self.errorf(y.expr, Code.TypeTooLarge, "%s is too large", self.ops(y))
            x.mode = invalid
            return
        x.mode = constant_
        x.val = size

    def _b_unsafe_Alignof(self, x, call, args):
        y = self._sizeof_arg(call)
        if y is None:
            x.mode = invalid
            return
        x.type = TYP[T.Uintptr]
        if self.has_var_size(y.type):
            x.mode = value
            return
        x.mode = constant_
        x.val = alignof(y.type)
        if x.val is None:
            x.mode = value

    def _b_unsafe_Offsetof(self, x, call, args):
        from ..syntax import nodes as N
        arg = call.args[0]
        while isinstance(arg, N.ParenExpr):
            arg = arg.x
        if not isinstance(arg, N.SelectorExpr):
            self.invalid_arg(arg, Code.BadOffsetofSyntax, "%s is not a selector expression", expr_string(arg))
            self.use(arg)
            x.mode = invalid
            return
        y = Operand()
        self.expr(None, y, arg.x)
        if y.mode is invalid:
            x.mode = invalid
            return
        base = y.type
        bp = T.unalias(base).underlying()
        if isinstance(bp, T.Pointer) and isinstance(T.unalias(bp.elem).underlying(), T.Struct):
            base = bp.elem
        sel = arg.sel.name
        from .lookup import lookup_field_or_method
        obj, index, indirect = lookup_field_or_method(base, False, self.pkg, sel)
        from .objects import Func, Var
        if obj is None:
            self.invalid_arg(y.expr, Code.MissingFieldOrMethod, "%s has no single field %s", self.ts(base), sel)
            x.mode = invalid
            return
        if isinstance(obj, Func):
            self.invalid_arg(call.args[0], Code.InvalidOffsetof, "%s is a method value", expr_string(call.args[0]))
            x.mode = invalid
            return
        if indirect:
            self.invalid_arg(y.expr, Code.InvalidOffsetof, "field %s is embedded via a pointer in %s", sel, self.ts(base))
            x.mode = invalid
            return
        from .api import FieldVal
        self.record_selection(arg, FieldVal, base, obj, index, False)
        self.record_type_and_value(arg, variable if y.mode is variable else value, obj.type, None)
        x.type = TYP[T.Uintptr]
        if self.has_var_size(base):
            x.mode = value
            return
        offs = offsetof(base, index)
        if offs is None or offs >= _MAX_SIZE:
            self.errorf(y.expr, Code.TypeTooLarge, "%s is too large", self.ops(y))
            x.mode = invalid
            return
        x.mode = constant_
        x.val = offs

    def has_var_size(self, t, depth=0):
        """Whether t's size depends on a type parameter (go/types' hasVarSize); reports
        a declaration cycle if t is a type still being declared."""
        t = T.unalias(t)
        if depth > 500:
            return False
        if isinstance(t, T.Named):
            obj = t.obj
            if t.origin is None and obj in self.obj_path:
                cycle = self.obj_path[self.obj_path.index(obj):]
                from .decl import first_in_src
                self.cycle_error(cycle, first_in_src(cycle))
                return True
            rhs = t.from_rhs if t.origin is None else None
            if rhs is None:
                rhs = t.underlying()
            if t.origin is None:
                self.obj_path.append(obj)
                try:
                    return self.has_var_size(rhs, depth + 1)
                finally:
                    self.obj_path.pop()
            return self.has_var_size(rhs, depth + 1)
        if isinstance(t, T.Array):
            return self.has_var_size(t.elem, depth + 1)
        if isinstance(t, T.Struct):
            return any(self.has_var_size(f.type, depth + 1) for f in t.fields)
        return isinstance(t, T.TypeParam)

    def _b_unsafe_Slice(self, x, call, args):
        p, n = args
        pt = core_type(p.type)
        if not isinstance(pt, T.Pointer):
            self.invalid_arg(p.expr, Code.InvalidUnsafeSlice, "%s is not a pointer", self.ops(p))
            x.mode = invalid
            return
        if not self.is_valid_index(n, Code.InvalidUnsafeSlice, "length", False):
            x.mode = invalid
            return
        x.mode = value
        x.type = T.Slice(pt.elem)

    def _b_unsafe_SliceData(self, x, call, args):
        s = args[0]
        st = core_type(s.type)
        if not isinstance(st, T.Slice):
            self.invalid_arg(s.expr, Code.InvalidUnsafeSliceData, "%s is not a slice", self.ops(s))
            x.mode = invalid
            return
        x.mode = value
        x.type = T.Pointer(st.elem)

    def _b_unsafe_String(self, x, call, args):
        p, n = args
        self.assignment(p, T.Pointer(BYTE), "argument to unsafe.String")
        if p.mode is invalid:
            x.mode = invalid
            return
        if not self.is_valid_index(n, Code.InvalidUnsafeString, "length", False):
            x.mode = invalid
            return
        x.mode = value
        x.type = TYP[T.String]

    def _b_unsafe_StringData(self, x, call, args):
        s = args[0]
        self.assignment(s, TYP[T.String], "argument to unsafe.StringData")
        if s.mode is invalid:
            x.mode = invalid
            return
        x.mode = value
        x.type = T.Pointer(BYTE)


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


def _string_or_bytes_set(t) -> bool:
    """Whether each type in t's type set is a string or []byte, and one is a string."""
    from .typeset import type_set_of
    u = T.unalias(t)
    if isinstance(u, T.TypeParam):
        terms = type_set_of(u).terms
        if not terms:
            return False
        unders = [term.type.underlying() for term in terms]
    else:
        unders = [u.underlying()]
    has_string = False
    for v in unders:
        if isinstance(v, T.Slice) and isinstance(T.unalias(v.elem), T.Basic) and T.unalias(v.elem).kind == T.Uint8:
            continue
        if is_string(v):
            has_string = True
            continue
        return False
    return has_string
