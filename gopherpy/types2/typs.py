"""This file declares the representation of Go types (go/types' type.go, basic.go, named.go, ...).

Every type is an instance of a subclass of Type; `underlying()` gives the underlying
type and `str(t)` gives go/types' TypeString with package-path qualification. Use
`type_string(t, qf)` with a qualifier for error messages.

Invariants:
- Basic types are singletons (see universe.TYP); compare them with `is` or identical().
- A Named type's underlying type is never a Named or Alias once resolved (resolve()
  follows chains); an instance (origin is not None) computes its underlying type and
  methods lazily by substituting type_args for origin's type parameters.
- Alias.actual is never an Alias after resolution (unalias follows chains).
- Struct.tags is None or has exactly len(fields) entries.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Basic kinds and flags

(Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64,
 Uintptr, Float32, Float64, Complex64, Complex128, String, UnsafePointer,
 UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString,
 UntypedNil) = range(26)
Byte = Uint8
Rune = Int32

IsBoolean = 1
IsInteger = 2
IsUnsigned = 4
IsFloat = 8
IsComplex = 16
IsString = 32
IsUntyped = 64
IsOrdered = IsInteger | IsFloat | IsString
IsNumeric = IsInteger | IsFloat | IsComplex
IsConstType = IsBoolean | IsNumeric | IsString


class Type:
    __slots__ = ()

    def underlying(self) -> "Type":
        return self

    def __str__(self) -> str:
        return type_string(self, None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {type_string(self, None)}>"


class Basic(Type):
    __slots__ = ("kind", "info", "name")

    def __init__(self, kind: int, info: int, name: str):
        self.kind = kind
        self.info = info
        self.name = name


class Pointer(Type):
    __slots__ = ("elem", "_base")

    def __init__(self, elem: Type):
        self.elem = elem


class Array(Type):
    __slots__ = ("elem", "len")

    def __init__(self, elem: Type, length: int):
        self.elem = elem
        self.len = length  # -1 if unknown


class Slice(Type):
    __slots__ = ("elem",)

    def __init__(self, elem: Type):
        self.elem = elem


class Map(Type):
    __slots__ = ("key", "elem")

    def __init__(self, key: Type, elem: Type):
        self.key = key
        self.elem = elem


SendRecv = 0
SendOnly = 1
RecvOnly = 2


class Chan(Type):
    __slots__ = ("dir", "elem")

    def __init__(self, dir: int, elem: Type):
        self.dir = dir
        self.elem = elem


class Struct(Type):
    __slots__ = ("fields", "tags")

    def __init__(self, fields: list, tags: list | None = None):
        self.fields = fields
        self.tags = tags

    def num_fields(self) -> int:
        return len(self.fields)

    def field(self, i: int):
        return self.fields[i]

    def tag(self, i: int) -> str:
        if self.tags and i < len(self.tags):
            return self.tags[i]
        return ""


class Tuple(Type):
    __slots__ = ("vars",)

    def __init__(self, vars: list | None = None):
        self.vars = vars or []

    def len(self) -> int:
        return len(self.vars)

    def at(self, i: int):
        return self.vars[i]

    def __len__(self):
        return len(self.vars)

    def __iter__(self):
        return iter(self.vars)


EMPTY_TUPLE = Tuple([])


class Signature(Type):
    __slots__ = ("recv", "params", "results", "variadic", "type_params", "recv_type_params", "scope")

    def __init__(self, recv=None, params: Tuple | None = None, results: Tuple | None = None,
                 variadic: bool = False, type_params: list | None = None,
                 recv_type_params: list | None = None):
        self.recv = recv
        self.params = params if params is not None else Tuple()
        self.results = results if results is not None else Tuple()
        self.variadic = variadic
        self.type_params = type_params or []
        self.recv_type_params = recv_type_params or []
        self.scope = None


class Term:
    __slots__ = ("tilde", "type")

    def __init__(self, tilde: bool, typ: Type):
        self.tilde = tilde
        self.type = typ

    def __str__(self):
        return ("~" if self.tilde else "") + type_string(self.type, None)


class Union(Type):
    __slots__ = ("terms",)

    def __init__(self, terms: list):
        self.terms = terms


class Interface(Type):
    """methods: explicitly declared methods (Func objects); embeddeds: embedded types.
    implicit: an interface written as a bare constraint ([T ~int]); tset: computed lazily."""
    __slots__ = ("methods", "embeddeds", "implicit", "tset", "complete", "embed_pos", "is_comparable_builtin",
                 "check")

    def __init__(self, methods: list | None = None, embeddeds: list | None = None):
        self.methods = methods or []
        self.embeddeds = embeddeds or []
        self.implicit = False
        self.tset = None
        self.complete = False
        self.embed_pos = None  # positions of the embeddeds in the source, if any
        self.is_comparable_builtin = False
        self.check = None  # the Checker reporting errors of its type set, if any

    def num_methods(self) -> int:
        from .typeset import compute_type_set
        return len(compute_type_set(self).methods)

    def method(self, i: int):
        from .typeset import compute_type_set
        return compute_type_set(self).methods[i]

    def all_methods(self) -> list:
        from .typeset import compute_type_set
        return compute_type_set(self).methods

    def empty(self) -> bool:
        from .typeset import compute_type_set
        return compute_type_set(self).is_all()

    def is_method_set(self) -> bool:
        from .typeset import compute_type_set
        return compute_type_set(self).is_method_set()


class Named(Type):
    __slots__ = ("obj", "_underlying", "type_params", "type_args", "origin", "methods",
                 "_resolving", "_inst_methods", "from_rhs", "_ctxt", "instances", "inst_pos")

    def __init__(self, obj, underlying: Type | None = None, methods: list | None = None):
        self.obj = obj
        self._underlying = underlying
        self.type_params: list = []
        self.type_args: list = []
        self.origin = None
        self.methods = methods if methods is not None else []
        self._resolving = False
        self._inst_methods = None
        self.from_rhs = None
        self.instances = None  # a generic type's instances (instantiate.py)
        self.inst_pos = 0  # an instance: where it was first instantiated
        if obj is not None and obj.type is None:
            obj.type = self

    def underlying(self) -> Type:
        u = self._underlying
        if u is None:
            if self.origin is not None:
                from .instantiate import expand_named
                expand_named(self)
                u = self._underlying
            if u is None:
                return TYP_INVALID
        if isinstance(u, (Named, Alias)):
            u = resolve_underlying(self)
        return u

    def set_underlying(self, u: Type) -> None:
        self._underlying = u

    def num_methods(self) -> int:
        return len(self.all_methods())

    def method(self, i: int):
        return self.all_methods()[i]

    def all_methods(self) -> list:
        if self.origin is None:
            return self.methods
        if self._inst_methods is None or len(self._inst_methods) != len(self.origin.methods):
            from .instantiate import instance_methods
            self._inst_methods = instance_methods(self)
        return self._inst_methods

    def type_params_list(self) -> list:
        if self.origin is not None:
            return self.origin.type_params
        return self.type_params


def underlying_pending(n: Named) -> bool:
    """Whether n's chain of named types reaches a type still being declared (one whose
    underlying type is not yet set), so that it cannot be resolved yet."""
    seen = set()
    t: Type = n
    while isinstance(t, (Named, Alias)):
        if isinstance(t, Alias):
            t = unalias(t)
            continue
        if id(t) in seen:
            return False
        seen.add(id(t))
        if t._underlying is None:
            if t.origin is None:
                return True
            t = t.origin  # an unexpanded instance waits for its generic type
            continue
        t = t._underlying
    return False


def resolve_underlying(n: Named) -> Type:
    """Follows a chain of named types to the first non-named underlying type."""
    seen = []
    t: Type = n
    while isinstance(t, (Named, Alias)):
        if isinstance(t, Alias):
            t = unalias(t)
            continue
        if t in seen:
            for x in seen:
                x._underlying = TYP_INVALID
            return TYP_INVALID
        seen.append(t)
        u = t._underlying
        if u is None:
            if t.origin is not None:
                from .instantiate import expand_named
                expand_named(t)
                u = t._underlying
            if u is None:
                return TYP_INVALID
        t = u
    for x in seen:
        x._underlying = t
    return t


class TypeParam(Type):
    __slots__ = ("obj", "index", "bound", "id")

    _next_id = 0

    def __init__(self, obj, index: int, bound: Type | None):
        self.obj = obj
        self.index = index
        self.bound = bound
        TypeParam._next_id += 1
        self.id = TypeParam._next_id
        if obj is not None and obj.type is None:
            obj.type = self

    def constraint(self) -> Type:
        return self.bound

    def iface(self) -> Interface:
        b = self.bound
        if b is None:
            return EMPTY_IFACE
        u = b.underlying()
        if isinstance(u, Interface):
            return u
        if u is TYP_INVALID:
            return EMPTY_IFACE
        # a non-interface bound behaves like interface{bound}
        i = Interface([], [b])
        i.implicit = True
        self.bound = i
        return i

    def underlying(self) -> Type:
        return self.iface()


class Alias(Type):
    __slots__ = ("obj", "actual", "from_rhs", "type_params", "type_args", "origin")

    def __init__(self, obj, rhs: Type | None):
        self.obj = obj
        self.actual = rhs
        self.from_rhs = rhs
        self.type_params: list = []
        self.type_args: list = []
        self.origin = None
        if obj is not None and obj.type is None:
            obj.type = self

    def underlying(self) -> Type:
        t = unalias(self)
        return t.underlying() if t is not None else TYP_INVALID

    def rhs(self) -> Type:
        return self.from_rhs


def unalias(t: Type) -> Type:
    if type(t) is not Alias:  # the common case, checked first (hot)
        return t
    while isinstance(t, Alias):
        a = t.actual
        if a is None:
            return TYP_INVALID
        t = a
    return t


def known_invalid(t: Type) -> bool:
    """Whether t is (an alias of) the invalid type; an alias whose declaration is in
    progress (no rhs yet) is not known to be invalid (go/types' isValid)."""
    while isinstance(t, Alias):
        a = t.actual
        if a is None:
            return False
        t = a
    return t is TYP_INVALID


def under(t: Type) -> Type:
    return t.underlying()


# filled in by universe.py
TYP_INVALID: Type = Basic(Invalid, 0, "invalid type")
EMPTY_IFACE = Interface()
EMPTY_IFACE.complete = True

# ---------------------------------------------------------------------------
# TypeString


def qualify_by_path(pkg) -> str:
    return pkg.path


def _pkg_prefix(obj, qf) -> str:
    pkg = obj.pkg
    if pkg is None:
        return ""
    if qf is None:
        return pkg.path + "."
    s = qf(pkg)
    return s + "." if s else ""


class _Unaliased(list):
    """The `seen` list of a type_string(..., aliases=False) walk."""


def type_string(t: Type | None, qf=None, aliases: bool = True) -> str:
    """t's text; with aliases=False an alias prints as the type it denotes (as reflect does)."""
    buf: list[str] = []
    _write_type(buf, t, qf, [] if aliases else _Unaliased())
    return "".join(buf)


def _write_tuple(buf, tup: Tuple, variadic: bool, qf, seen, names=True):
    buf.append("(")
    n = len(tup.vars)
    for i, v in enumerate(tup.vars):
        if i:
            buf.append(", ")
        if v.name and names:
            buf.append(v.name)
            buf.append(" ")
        typ = v.type
        if variadic and i == n - 1:
            if isinstance(typ, Slice):
                buf.append("...")
                typ = typ.elem
            else:
                u = typ.underlying() if typ is not None else None
                if isinstance(u, Basic) and u.kind == String:
                    _write_type(buf, typ, qf, seen)
                    buf.append("...")
                    continue
        _write_type(buf, typ, qf, seen)
    buf.append(")")


def write_signature(buf, sig: Signature, qf, seen, names=True):
    """sig's text after "func"; without names, parameter names are left out (go/types'
    typeWriter with paramNames false)."""
    if sig.type_params:
        _write_tparams(buf, sig.type_params, qf, seen)
    _write_tuple(buf, sig.params, sig.variadic, qf, seen, names)
    res = sig.results
    n = len(res.vars)
    if n == 0:
        return
    buf.append(" ")
    if n == 1 and (not res.vars[0].name or not names):
        _write_type(buf, res.vars[0].type, qf, seen)
        return
    _write_tuple(buf, res, False, qf, seen, names)


def _write_tparams(buf, tps, qf, seen):
    buf.append("[")
    prev = None
    for i, tp in enumerate(tps):
        if i:
            buf.append(", ")
        buf.append(tp.obj.name)
        b = tp.bound
        if i + 1 < len(tps) and tps[i + 1].bound is b:
            continue
        buf.append(" ")
        _write_type(buf, b, qf, seen)
    buf.append("]")


def _write_targs(buf, targs, qf, seen):
    buf.append("[")
    for i, a in enumerate(targs):
        if i:
            buf.append(", ")
        _write_type(buf, a, qf, seen)
    buf.append("]")


def _write_type(buf, t, qf, seen):
    if t is None:
        buf.append("<nil>")
        return
    if t in seen and not isinstance(t, (Named, Alias, Basic, TypeParam)):
        buf.append(type(t).__name__ + "...")
        return
    cls = type(t)
    if cls is Basic:
        if t.kind == UnsafePointer and qf is not None:
            buf.append("unsafe.Pointer")
            return
        if t.kind == UnsafePointer:
            buf.append("unsafe.Pointer")
            return
        buf.append(t.name)
    elif cls is Pointer:
        buf.append("*")
        _write_type(buf, t.elem, qf, seen)
    elif cls is Slice:
        buf.append("[]")
        _write_type(buf, t.elem, qf, seen)
    elif cls is Array:
        buf.append(f"[{t.len}]")
        _write_type(buf, t.elem, qf, seen)
    elif cls is Map:
        buf.append("map[")
        _write_type(buf, t.key, qf, seen)
        buf.append("]")
        _write_type(buf, t.elem, qf, seen)
    elif cls is Chan:
        parens = False
        if t.dir == SendRecv:
            buf.append("chan ")
            e = t.elem
            if isinstance(e, Chan) and e.dir == RecvOnly:
                parens = True
        elif t.dir == SendOnly:
            buf.append("chan<- ")
        else:
            buf.append("<-chan ")
        if parens:
            buf.append("(")
        _write_type(buf, t.elem, qf, seen)
        if parens:
            buf.append(")")
    elif cls is Struct:
        seen.append(t)
        buf.append("struct{")
        for i, f in enumerate(t.fields):
            if i:
                buf.append("; ")
            if not f.embedded:
                buf.append(f.name)
                buf.append(" ")
            _write_type(buf, f.type, qf, seen)
            tag = t.tag(i)
            if tag:
                from .constant import quote_str
                buf.append(" " + quote_str(tag.encode("utf-8") if isinstance(tag, str) else tag))
        buf.append("}")
        seen.pop()
    elif cls is Tuple:
        _write_tuple(buf, t, False, qf, seen)
    elif cls is Signature:
        buf.append("func")
        write_signature(buf, t, qf, seen)
    elif cls is Union:
        for i, term in enumerate(t.terms):
            if i:
                buf.append(" | ")
            if term.tilde:
                buf.append("~")
            _write_type(buf, term.type, qf, seen)
    elif cls is Interface:
        if t is UNIVERSE_ANY_IFACE[0]:
            buf.append("any")
            return
        if t.is_comparable_builtin:
            buf.append("comparable")
            return
        seen.append(t)
        if t.implicit and len(t.methods) == 0 and len(t.embeddeds) == 1:
            _write_type(buf, t.embeddeds[0], qf, seen)
            seen.pop()
            return
        buf.append("interface{")
        first = True
        for m in t.methods:
            if not first:
                buf.append("; ")
            first = False
            buf.append(m.name)
            write_signature(buf, m.type, qf, seen)
        for e in t.embeddeds:
            if not first:
                buf.append("; ")
            first = False
            _write_type(buf, e, qf, seen)
        buf.append("}")
        seen.pop()
    elif cls is Named:
        obj = t.obj
        buf.append(_pkg_prefix(obj, qf) if obj.pkg is not None else "")
        buf.append(obj.name)
        if t.type_args:
            _write_targs(buf, t.type_args, qf, seen)
        elif t.type_params and t.origin is None:
            _write_tparams(buf, t.type_params, qf, seen)  # a generic type: T[P any]
    elif cls is Alias and isinstance(seen, _Unaliased):
        _write_type(buf, unalias(t), qf, seen)
    elif cls is Alias:
        obj = t.obj
        buf.append(_pkg_prefix(obj, qf) if obj.pkg is not None else "")
        buf.append(obj.name)
        if t.type_args:
            _write_targs(buf, t.type_args, qf, seen)
        elif t.type_params and t.origin is None:
            _write_tparams(buf, t.type_params, qf, seen)
    elif cls is TypeParam:
        buf.append(t.obj.name if t.obj is not None else "_")
        # a type parameter named like a predeclared object (int) says where it is
        # declared, as types2 does, when the qualifier can format positions
        posf = getattr(qf, "posf", None)
        if posf is not None and t.obj is not None:
            from .universe import UNIVERSE
            if UNIVERSE.lookup(t.obj.name) is not None:
                buf.append(f" /* with {t.obj.name} declared at {posf(t.obj.pos)} */")
    else:
        buf.append(repr(t))


# The universe's `any` interface (set by universe.py) prints as "any".
UNIVERSE_ANY_IFACE: list = [None]
