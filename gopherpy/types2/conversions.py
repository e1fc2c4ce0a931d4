"""This file implements conversions T(x) (go/types' conversions.go): constant conversions
with representability, and the convertibility rules for non-constant values."""

from __future__ import annotations

from . import constant as C
from . import typs as T
from .codes import Code
from .operand import constant_, invalid, value
from .predicates import (identical_ignore_tags, is_complex, is_const_type, is_float, is_integer,
                         is_numeric, is_string, is_type_param, is_untyped, default_type)
from .universe import TYP


class ConversionsMixin:

    def conversion(self, x, t):
        const_arg = x.mode is constant_
        tu = T.unalias(t).underlying()
        ok = False
        cause = ""
        if const_arg and is_const_type(t) and not is_type_param(t):
            from .expr import representable_value
            if is_integer(x.type) and is_string(tu) and not is_untyped(x.type) or (is_integer(x.type) and is_string(tu)):
                v = C.to_int(x.val) if x.val is not None else None
                if type(v) is int:
                    cp = v if 0 <= v <= 0x10FFFF and not (0xD800 <= v < 0xE000) else 0xFFFD
                    x.val = chr(cp).encode("utf-8")
                    ok = True
                else:
                    ok = False
            else:
                okr, v = representable_value(x.val, tu)
                if okr:
                    x.val = v
                    ok = True
                elif is_numeric(x.type) and is_numeric(tu) and False:
                    ok = False
        elif const_arg and is_type_param(t):
            from .typeset import type_set_of
            ok = True
            ts = type_set_of(t)
            for term in ts.terms or []:
                c, _ = self.convertible_to(x, term.type)
                if not c:
                    ok = False
                    break
            if ts.terms is None:
                ok, cause = self.convertible_to(x, t)
            x.mode = value
        elif x.mode is not invalid:
            ok, cause = self.convertible_to(x, t)
            if ok:
                x.mode = value
        if not ok:
            if cause:
                self.errorf(x.expr, Code.InvalidConversion, "cannot convert %s to type %s: %s", self.ops(x), self.ts(t), cause)
            elif const_arg and is_numeric(x.type) and is_numeric(tu) and is_const_type(t):
                if is_integer(tu) and not is_integer(x.type):
                    self.errorf(x.expr, Code.TruncatedFloat, "cannot convert %s to type %s (truncated)", self.ops(x), self.ts(t))
                else:
                    self.errorf(x.expr, Code.NumericOverflow, "cannot convert %s to type %s (overflows)" if False else "cannot convert %s to type %s", self.ops(x), self.ts(t))
            else:
                self.errorf(x.expr, Code.InvalidConversion, "cannot convert %s to type %s", self.ops(x), self.ts(t))
            x.mode = invalid
            return
        if is_untyped(x.type):
            final = t
            if is_interface_nontp(t) or (const_arg and not is_const_type(t)) or x.is_nil():
                final = default_type(x.type)
            elif x.mode is constant_ and is_integer(x.type) and is_string(tu):
                final = x.type
            self.update_expr_type(x.expr, final, True)
        x.type = t

    def convertible_to(self, x, t):
        ok, _ = self.assignable_to(x, t)
        if ok:
            return True, ""
        V = x.type
        Vu = T.unalias(V).underlying()
        Tu = T.unalias(t).underlying()
        Vp = is_type_param(V)
        Tp = is_type_param(t)
        if identical_ignore_tags(Vu, Tu) and not Vp and not Tp:
            return True, ""
        if isinstance(T.unalias(V), T.Pointer) and isinstance(T.unalias(t), T.Pointer):
            a = T.unalias(T.unalias(V).elem).underlying()
            b = T.unalias(T.unalias(t).elem).underlying()
            if identical_ignore_tags(a, b) and not is_type_param(T.unalias(V).elem) and not is_type_param(T.unalias(t).elem):
                return True, ""
        if not Vp and not Tp:
            if (is_integer(Vu) or is_float(Vu)) and (is_integer(Tu) or is_float(Tu)):
                return True, ""
            if is_complex(Vu) and is_complex(Tu):
                return True, ""
            if is_string(Tu) and (is_integer(Vu) or _is_bytes_or_runes(Vu)):
                return True, ""
            if is_string(Vu) and _is_bytes_or_runes(Tu):
                return True, ""
            if _is_uintptr_or_unsafe(Vu) and _is_uintptr_or_unsafe(Tu) and (Vu.kind == T.UnsafePointer or Tu.kind == T.UnsafePointer):
                return True, ""
            if isinstance(Vu, T.Pointer) and isinstance(Tu, T.Basic) and Tu.kind == T.UnsafePointer:
                return True, ""
            if isinstance(Tu, T.Pointer) and isinstance(Vu, T.Basic) and Vu.kind == T.UnsafePointer:
                return True, ""
            if isinstance(Vu, T.Slice):
                if isinstance(Tu, T.Array) and identical_ignore_tags(Vu.elem, Tu.elem):
                    return True, ""
                if isinstance(Tu, T.Pointer) and isinstance(T.unalias(Tu.elem).underlying(), T.Array):
                    if identical_ignore_tags(Vu.elem, T.unalias(Tu.elem).underlying().elem):
                        return True, ""
            return False, ""
        from .typeset import type_set_of
        from .operand import Operand
        if Vp:
            ts = type_set_of(V)
            if not ts.terms:
                return False, ""
            for term in ts.terms:
                y = Operand(x.mode, x.expr, term.type, x.val)
                ok, _ = self.convertible_to(y, t)
                if not ok:
                    return False, f"cannot convert {self.ts(term.type)} (in {self.ts(V)}) to type {self.ts(t)}"
            return True, ""
        ts = type_set_of(t)
        if not ts.terms:
            return False, ""
        for term in ts.terms:
            ok, _ = self.convertible_to(x, term.type)
            if not ok:
                return False, f"cannot convert {self.ts(V)} to type {self.ts(term.type)} (in {self.ts(t)})"
        return True, ""


def is_interface_nontp(t):
    return isinstance(T.unalias(t).underlying(), T.Interface) and not is_type_param(t)


def _is_bytes_or_runes(u):
    if isinstance(u, T.Slice):
        e = T.unalias(u.elem).underlying()
        return isinstance(e, T.Basic) and e.kind in (T.Uint8, T.Int32)
    return False


def _is_uintptr_or_unsafe(u):
    return isinstance(u, T.Basic) and u.kind in (T.Uintptr, T.UnsafePointer)
