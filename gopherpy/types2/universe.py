"""This file sets up the universe scope (go/types' universe.go) and package unsafe.

Invariants: TYP[k] is the unique Basic for kind k; BYTE and RUNE are the distinct
Basic objects named "byte" and "rune" (aliases of uint8/int32, identical to them).
"""

from __future__ import annotations

from . import typs as T
from .typs import Basic, Interface, Named, Signature, Tuple
from .objects import Builtin, Const, Func, Nil, Package, TypeName, Var
from .scope import Scope

_B = [
    (T.Invalid, 0, "invalid type"),
    (T.Bool, T.IsBoolean, "bool"),
    (T.Int, T.IsInteger, "int"),
    (T.Int8, T.IsInteger, "int8"),
    (T.Int16, T.IsInteger, "int16"),
    (T.Int32, T.IsInteger, "int32"),
    (T.Int64, T.IsInteger, "int64"),
    (T.Uint, T.IsInteger | T.IsUnsigned, "uint"),
    (T.Uint8, T.IsInteger | T.IsUnsigned, "uint8"),
    (T.Uint16, T.IsInteger | T.IsUnsigned, "uint16"),
    (T.Uint32, T.IsInteger | T.IsUnsigned, "uint32"),
    (T.Uint64, T.IsInteger | T.IsUnsigned, "uint64"),
    (T.Uintptr, T.IsInteger | T.IsUnsigned, "uintptr"),
    (T.Float32, T.IsFloat, "float32"),
    (T.Float64, T.IsFloat, "float64"),
    (T.Complex64, T.IsComplex, "complex64"),
    (T.Complex128, T.IsComplex, "complex128"),
    (T.String, T.IsString, "string"),
    (T.UnsafePointer, 0, "Pointer"),
    (T.UntypedBool, T.IsBoolean | T.IsUntyped, "untyped bool"),
    (T.UntypedInt, T.IsInteger | T.IsUntyped, "untyped int"),
    (T.UntypedRune, T.IsInteger | T.IsUntyped, "untyped rune"),
    (T.UntypedFloat, T.IsFloat | T.IsUntyped, "untyped float"),
    (T.UntypedComplex, T.IsComplex | T.IsUntyped, "untyped complex"),
    (T.UntypedString, T.IsString | T.IsUntyped, "untyped string"),
    (T.UntypedNil, T.IsUntyped, "untyped nil"),
]

TYP: list[Basic] = [T.TYP_INVALID] + [Basic(k, i, n) for k, i, n in _B[1:]]
BYTE = Basic(T.Byte, T.IsInteger | T.IsUnsigned, "byte")
RUNE = Basic(T.Rune, T.IsInteger, "rune")

UNIVERSE = Scope(None, 0, 0, "universe")

BUILTIN_NAMES = ["append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
                 "make", "max", "min", "new", "panic", "print", "println", "real", "recover"]
UNSAFE_BUILTINS = ["Add", "Alignof", "Offsetof", "Sizeof", "Slice", "SliceData", "String",
                   "StringData"]


def _def(obj):
    obj.parent = UNIVERSE
    UNIVERSE.elems[obj.name] = obj


for _t in TYP[1:]:
    if _t.kind == T.UnsafePointer or _t.info & T.IsUntyped:
        continue
    _def(TypeName(_t.name, _t))
_def(TypeName("byte", BYTE))
_def(TypeName("rune", RUNE))

# any = interface{}
ANY_IFACE = Interface()
ANY_IFACE.complete = True
T.UNIVERSE_ANY_IFACE[0] = ANY_IFACE
_any_obj = TypeName("any", None)
ANY = T.Alias(_any_obj, ANY_IFACE)
_def(_any_obj)

# error
_err_obj = TypeName("error", None)
ERROR = Named(_err_obj)
_res = Var("", TYP[T.String])
_recv = Var("", ERROR)
_errm = Func("Error", Signature(_recv, Tuple(), Tuple([_res])))
_err_iface = Interface([_errm])
_err_iface.complete = True
ERROR.set_underlying(_err_iface)
_def(_err_obj)

# comparable
_cmp_obj = TypeName("comparable", None)
COMPARABLE = Named(_cmp_obj)
_cmp_iface = Interface()
_cmp_iface.is_comparable_builtin = True
_cmp_iface.complete = True
COMPARABLE.set_underlying(_cmp_iface)
_def(_cmp_obj)

_def(Const("true", TYP[T.UntypedBool], None, 0, True))
_def(Const("false", TYP[T.UntypedBool], None, 0, False))
IOTA = Const("iota", TYP[T.UntypedInt], None, 0, 0)
_def(IOTA)
NIL = Nil("nil", TYP[T.UntypedNil])
_def(NIL)

for _i, _n in enumerate(BUILTIN_NAMES):
    _def(Builtin(_n, _n))

# assert and trace: predeclared only for Go's checker tests (Config.test_builtins)
TEST_BUILTINS = {n: Builtin(n, n) for n in ("assert", "trace")}
for _b in TEST_BUILTINS.values():
    _b.parent = UNIVERSE

# package unsafe
UNSAFE = Package("unsafe", "unsafe")
UNSAFE.complete = True
_ptr_obj = TypeName("Pointer", TYP[T.UnsafePointer], UNSAFE)
_ptr_obj.parent = UNSAFE.scope
UNSAFE.scope.elems["Pointer"] = _ptr_obj
for _n in UNSAFE_BUILTINS:
    _b = Builtin(_n, "unsafe." + _n)
    _b.pkg = UNSAFE
    _b.parent = UNSAFE.scope
    UNSAFE.scope.elems[_n] = _b

# sizes for linux/amd64 (go/types' gcSizes with WordSize=8, MaxAlign=8)
BASIC_SIZES = {T.Bool: 1, T.Int8: 1, T.Int16: 2, T.Int32: 4, T.Int64: 8, T.Int: 8, T.Uint: 8,
               T.Uint8: 1, T.Uint16: 2, T.Uint32: 4, T.Uint64: 8, T.Uintptr: 8,
               T.Float32: 4, T.Float64: 8, T.Complex64: 8, T.Complex128: 16, T.String: 16,
               T.UnsafePointer: 8}

# Bit sizes of sized integer kinds, for representability.
INT_BITS = {T.Int: 64, T.Int8: 8, T.Int16: 16, T.Int32: 32, T.Int64: 64, T.Uint: 64,
            T.Uint8: 8, T.Uint16: 16, T.Uint32: 32, T.Uint64: 64, T.Uintptr: 64}
