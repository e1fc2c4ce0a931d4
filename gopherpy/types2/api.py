"""This file declares the checker's public API (go/types' api.go): Config, Info and the
records it holds, and the check() entry point.

Info maps are keyed by AST node identity (nodes hash by identity). Every expression
checked gets a TypeAndValue in Info.types (untyped constants with their final type);
identifiers get defs/uses; selectors get selections; generic references get instances.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .operand import Mode, builtin, commaok, constant_, mapindex, nilvalue, novalue, typexpr, value, variable


@dataclass
class Config:
    importer: object = None
    error: object = None  # callable(TypeError_) or None
    go_version: str = ""
    ignore_func_bodies: bool = False
    fake_import_c: bool = False
    error_limit: int = 0  # 0: no limit (the checker itself never stops; commands apply limits)
    ignore_errors_after_first: bool = False
    allow_missing_bodies: bool = False  # gopherpy/lib packages declare natives without bodies
    disable_unused_import_check: bool = False
    test_builtins: bool = False  # the predeclared assert and trace of Go's checker tests
    ignore_branch_errors: bool = False  # labels are checked by the parser (gc's setting)


class TypeAndValue:
    __slots__ = ("mode", "type", "value")

    def __init__(self, mode, typ, val):
        self.mode = mode
        self.type = typ
        self.value = val

    def is_void(self):
        return self.mode is novalue

    def is_type(self):
        return self.mode is typexpr

    def is_builtin(self):
        return self.mode is builtin

    def is_value(self):
        return self.mode in (constant_, variable, mapindex, value, nilvalue, commaok)

    def is_nil(self):
        from .typs import Basic, UntypedNil
        t = self.type
        return self.mode is nilvalue or (self.mode is value and isinstance(t, Basic) and t.kind == UntypedNil)

    def addressable(self):
        return self.mode is variable

    def assignable(self):
        return self.mode is variable or self.mode is mapindex

    def has_ok(self):
        return self.mode is commaok or self.mode is mapindex

    def __repr__(self):
        return f"TypeAndValue({self.mode.name}, {self.type}, {self.value!r})"


FieldVal = 0
MethodVal = 1
MethodExpr = 2


class Selection:
    __slots__ = ("kind", "recv", "obj", "index", "indirect")

    def __init__(self, kind, recv, obj, index, indirect):
        self.kind = kind
        self.recv = recv
        self.obj = obj
        self.index = index
        self.indirect = indirect

    @property
    def type(self):
        from .typs import Signature, Tuple
        from .objects import Var
        t = self.obj.type
        if self.kind == MethodExpr and isinstance(t, Signature):
            recv = Var("", self.recv)
            return Signature(None, Tuple([recv] + list(t.params.vars)), t.results, t.variadic)
        if self.kind == MethodVal and isinstance(t, Signature):
            return Signature(None, t.params, t.results, t.variadic)
        return t

    def __repr__(self):
        k = ["field", "method", "method expr"][self.kind]
        return f"Selection({k} {self.obj.name} {self.index} indirect={self.indirect})"


@dataclass
class Instance:
    type_args: list
    type: object


@dataclass
class Initializer:
    lhs: list
    rhs: object

    def __str__(self):
        from .errors import expr_string
        return ", ".join(v.name for v in self.lhs) + " = " + expr_string(self.rhs)


@dataclass
class Info:
    types: dict = field(default_factory=dict)
    defs: dict = field(default_factory=dict)
    uses: dict = field(default_factory=dict)
    implicits: dict = field(default_factory=dict)
    selections: dict = field(default_factory=dict)
    instances: dict = field(default_factory=dict)
    scopes: dict = field(default_factory=dict)
    init_order: list = field(default_factory=list)
    file_versions: dict = field(default_factory=dict)

    def type_of(self, e):
        tv = self.types.get(e)
        if tv is not None:
            return tv.type
        o = self.uses.get(e) or self.defs.get(e)
        return o.type if o is not None else None

    def object_of(self, ident):
        o = self.defs.get(ident)
        if o is not None:
            return o
        return self.uses.get(ident)


def check(path: str, files: list, fset, conf: Config | None = None, info: Info | None = None):
    """Type-checks the package made of files; returns (Package, Info). Errors go to
    conf.error (and are also in the returned package's .errors list)."""
    from .check import Checker
    from .objects import Package
    conf = conf or Config()
    info = info if info is not None else Info()
    pkg = Package(path, "")
    chk = Checker(conf, fset, pkg, info)
    chk.check_files(files)
    pkg.errors = chk.errors
    return pkg, info
