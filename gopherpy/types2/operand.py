"""This file defines operands (go/types' operand.go): the result of checking an expression.

An Operand holds mode, expr (the AST node), type, val (constant value when mode is
constant_) and id (builtin name when mode is builtin). Invariant: mode invalid means
an error has already been reported for the expression; callers must not report again.
"""

from __future__ import annotations

from .constant import make_from_literal
from .universe import TYP

import enum

from . import typs as T
from .constant import val_string


class Mode(enum.Enum):
    invalid = 0
    novalue = 1
    builtin = 2
    typexpr = 3
    constant_ = 4
    variable = 5
    mapindex = 6
    value = 7
    nilvalue = 8
    commaok = 9
    commaerr = 10


invalid = Mode.invalid
novalue = Mode.novalue
builtin = Mode.builtin
typexpr = Mode.typexpr
constant_ = Mode.constant_
variable = Mode.variable
mapindex = Mode.mapindex
value = Mode.value
nilvalue = Mode.nilvalue
commaok = Mode.commaok
commaerr = Mode.commaerr

MODE_STRING = {
    invalid: "invalid operand", novalue: "no value", builtin: "built-in", typexpr: "type",
    constant_: "constant", variable: "variable", mapindex: "map index expression",
    value: "value", nilvalue: "nil", commaok: "comma, ok expression",
    commaerr: "comma, error expression",
}


class Operand:
    __slots__ = ("mode", "expr", "type", "val", "id")

    def __init__(self, mode=invalid, expr=None, typ=None, val=None, id=None):
        self.mode = mode
        self.expr = expr
        self.type = typ
        self.val = val
        self.id = id

    def copy_from(self, y: "Operand"):
        self.mode = y.mode
        self.expr = y.expr
        self.type = y.type
        self.val = y.val
        self.id = y.id

    def invalid(self) -> bool:
        return self.mode is invalid

    def is_nil(self) -> bool:
        if self.mode is nilvalue:
            return True
        t = self.type
        return self.mode is value and isinstance(t, T.Basic) and t.kind == T.UntypedNil

    def set_const(self, tok: str, lit: str):
        kind = {"INT": T.UntypedInt, "FLOAT": T.UntypedFloat, "IMAG": T.UntypedComplex,
                "CHAR": T.UntypedRune, "STRING": T.UntypedString}[tok]
        v = make_from_literal(lit, tok)
        if v is None:
            self.mode = invalid
            self.type = TYP[T.Invalid]
            return False
        self.mode = constant_
        self.type = TYP[kind]
        self.val = v
        return True


def composite_kind(t) -> str:
    u = t.underlying()
    return {T.Array: "array", T.Slice: "slice", T.Struct: "struct", T.Pointer: "pointer",
            T.Signature: "func", T.Interface: "interface", T.Map: "map", T.Chan: "chan",
            T.Tuple: "tuple", T.Union: "union"}.get(type(u), "")


def operand_string(x: Operand, qf) -> str:
    from .errors import expr_string
    from .predicates import is_generic
    t = x.type
    if x.mode is nilvalue or (x.mode is value and isinstance(t, T.Basic) and t.kind == T.UntypedNil):
        if t is None or t is T.TYP_INVALID:
            return "nil (with invalid type)"
        if isinstance(t, T.Basic) and t.kind == T.UntypedNil:
            return "nil"
        return f"nil (of type {T.type_string(t, qf)})"
    buf = []
    expr = ""
    if x.expr is not None:
        expr = expr_string(x.expr)
    else:
        if x.mode is builtin:
            expr = x.id or ""
        elif x.mode is typexpr:
            expr = T.type_string(t, qf)
        elif x.mode is constant_:
            expr = val_string(x.val)
    if expr:
        buf.append(expr)
        buf.append(" (")
    has_type = False
    if x.mode not in (invalid, novalue, builtin, typexpr):
        if t is not None:
            if isinstance(t, T.Basic) and t.info & T.IsUntyped:
                buf.append(t.name + " ")
            else:
                has_type = True
    buf.append(MODE_STRING[x.mode])
    if x.mode is constant_:
        s = val_string(x.val)
        if s != expr:
            buf.append(" " + s)
    if has_type:
        if t is not T.TYP_INVALID:
            desc = "generic " if is_generic(t) else ""
            tpar = T.unalias(t)
            tpar = tpar if isinstance(tpar, T.TypeParam) else None
            if tpar is None and isinstance(t, (T.Alias, T.Named)):
                what = composite_kind(t)
                if not what:
                    u = t.underlying()
                    what = u.name if isinstance(u, T.Basic) else ""
                desc += what + " "
            buf.append(" of " + desc + "type " + T.type_string(t, qf))
            if tpar is not None:
                buf.append(" constrained by " + T.type_string(tpar.bound, qf))
                # say so if the type set is known (computed) to be empty
                b = T.unalias(tpar.bound) if tpar.bound is not None else None
                bi = b.underlying() if b is not None and not isinstance(b, T.TypeParam) else None
                if isinstance(bi, T.Interface) and bi.tset is not None and bi.tset.is_empty():
                    buf.append(" with empty type set")
        else:
            buf.append(" with invalid type")
    if expr:
        buf.append(")")
    return "".join(buf)
