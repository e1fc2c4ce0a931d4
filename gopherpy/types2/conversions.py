"""This file implements conversions T(x) (go/types' conversions.go): constant conversions
with representability, and the convertibility rules for non-constant values."""

from __future__ import annotations

from . import constant as C
from . import typs as T
from .codes import Code
from .operand import Operand, constant_, invalid, value
from .predicates import (default_type, identical, identical_ignore_tags, is_complex, is_const_type,
                         is_integer, is_integer_or_float, is_string, is_type_param, is_untyped, all_string,
                         tp_is, under_is)
from .universe import TYP


class ConversionsMixin:

    def conversion(self, x, t):
        """x = t(x); reports an error and invalidates x if the conversion is invalid."""
        const_arg = x.mode is constant_

        def const_convertible(typ, want_val):
            """(ok, value) for converting constant x to typ."""
            u = T.unalias(typ).underlying()
            if not isinstance(u, T.Basic):
                return False, None
            from .expr import representable_value
            ok, v = representable_value(x.val, u)
            if ok:
                return True, v
            if is_integer(x.type) and is_string(u):
                cp = C.to_int(x.val) if x.val is not None else None
                if type(cp) is not int or cp < 0 or cp > 0x10FFFF or 0xD800 <= cp < 0xE000:
                    cp = 0xFFFD
                return True, chr(cp).encode("utf-8")
            return False, None

        ok = False
        cause = [""]
        if const_arg and is_const_type(t):
            ok, v = const_convertible(t, True)
            if ok:
                x.val = v
            elif is_integer(x.type) and is_integer(t):
                # an integer constant can only fail to convert by overflowing (go.dev/issue/63563)
                self.errorf(x, Code.InvalidConversion, "constant %s overflows %s", C.val_string(x.val), self.ts(t))
                x.mode = invalid
                return
        elif const_arg and is_type_param(t):
            def each(u):
                if u is None:
                    cause[0] = f"{self.ts(t)} does not contain specific types"
                    return False
                if is_string(x.type) and _is_bytes_or_runes(u):
                    return True
                if not const_convertible(u, False)[0]:
                    if is_integer(x.type) and is_integer(u):
                        cause[0] = f"constant {C.val_string(x.val)} overflows {self.ts(u)} (in {self.ts(t)})"
                    else:
                        cause[0] = f"cannot convert {self.ops(x)} to type {self.ts(u)} (in {self.ts(t)})"
                    return False
                return True
            ok = under_is(t, each)
            x.mode = value  # type parameters are not constants
        elif self.convertible_to(x, t, cause):
            ok = True
            x.mode = value
        if not ok:
            if cause[0]:
                self.errorf(x, Code.InvalidConversion, "cannot convert %s to type %s: %s", self.ops(x), self.ts(t), cause[0])
            else:
                self.errorf(x, Code.InvalidConversion, "cannot convert %s to type %s", self.ops(x), self.ts(t))
            x.mode = invalid
            return
        # an untyped argument's type is final now: the conversion gives it its type
        if is_untyped(x.type):
            final = t
            if T.unalias(x.type).kind == T.UntypedNil:
                pass
            elif is_interface_nontp(t) or const_arg and not is_const_type(t):
                final = default_type(x.type)
            elif x.mode is constant_ and is_integer(x.type) and all_string(t):
                final = x.type
            self.update_expr_type(x.expr, final, True)
        x.type = t

    def convertible_to(self, x, t, cause=None):
        """Whether t(x) is valid for non-constant x; cause (a one-element list) may
        receive the reason why not."""
        if self.assignable_to(x, t, cause)[0]:
            return True
        orig_t = t
        V = T.unalias(x.type)
        t = T.unalias(t)
        Vu = V.underlying()
        Tu = t.underlying()
        Vp = isinstance(V, T.TypeParam)
        Tp = isinstance(t, T.TypeParam)
        if identical_ignore_tags(Vu, Tu) and not Vp and not Tp:
            return True
        if isinstance(V, T.Pointer) and isinstance(t, T.Pointer):
            if identical_ignore_tags(T.unalias(V.elem).underlying(), T.unalias(t.elem).underlying()) \
                    and not is_type_param(V.elem) and not is_type_param(t.elem):
                return True
        if is_integer_or_float(Vu) and is_integer_or_float(Tu):
            return True
        if is_complex(Vu) and is_complex(Tu):
            return True
        if (is_integer(Vu) or _is_bytes_or_runes(Vu)) and is_string(Tu):
            return True
        if is_string(Vu) and _is_bytes_or_runes(Tu):
            return True
        if (isinstance(Vu, T.Pointer) or _is_basic(Vu, T.Uintptr)) and _is_basic(Tu, T.UnsafePointer):
            return True
        if _is_basic(Vu, T.UnsafePointer) and (isinstance(Tu, T.Pointer) or _is_basic(Tu, T.Uintptr)):
            return True
        if isinstance(Vu, T.Slice):
            if isinstance(Tu, T.Array):
                if identical(Vu.elem, Tu.elem):
                    if self.allow_version(20):
                        return True
                    if cause is not None:
                        cause[0] = "conversion of slice to array requires go1.20 or later"
                    return False
            elif isinstance(Tu, T.Pointer):
                a = T.unalias(Tu.elem).underlying()
                if isinstance(a, T.Array) and identical(Vu.elem, a.elem):
                    if self.allow_version(17):
                        return True
                    if cause is not None:
                        cause[0] = "conversion of slice to array pointer requires go1.17 or later"
                    return False
        if not Vp and not Tp:
            return False

        def errorf(msg):
            if cause is not None:
                if cause[0]:
                    msg += "\n\t" + cause[0]
                cause[0] = msg

        if Vp and Tp:
            def each_v(vt):
                if vt is None:
                    return False
                y = Operand(x.mode, x.expr, vt.type, x.val)

                def each_t(tt):
                    if tt is None:
                        return False
                    if not self.convertible_to(y, tt.type, cause):
                        errorf(f"cannot convert {self.ts(vt.type)} (in {self.ts(V)}) to type {self.ts(tt.type)} (in {self.ts(t)})")
                        return False
                    return True
                return tp_is(t, each_t)
            return tp_is(V, each_v)
        if Vp:
            def each_v(vt):
                if vt is None:
                    return False
                y = Operand(x.mode, x.expr, vt.type, x.val)
                if not self.convertible_to(y, orig_t, cause):
                    errorf(f"cannot convert {self.ts(vt.type)} (in {self.ts(V)}) to type {self.ts(orig_t)}")
                    return False
                return True
            return tp_is(V, each_v)

        def each_t(tt):
            if tt is None:
                return False
            if not self.convertible_to(x, tt.type, cause):
                errorf(f"cannot convert {self.ts(x.type)} to type {self.ts(tt.type)} (in {self.ts(t)})")
                return False
            return True
        return tp_is(t, each_t)


def is_interface_nontp(t):
    return isinstance(T.unalias(t).underlying(), T.Interface) and not is_type_param(t)


def _is_basic(u, kind):
    return isinstance(u, T.Basic) and u.kind == kind


def _is_bytes_or_runes(u):
    u = T.unalias(u).underlying()
    if isinstance(u, T.Slice):
        e = T.unalias(u.elem).underlying()
        return isinstance(e, T.Basic) and e.kind in (T.Uint8, T.Int32)
    return False
