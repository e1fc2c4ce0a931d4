"""This file adapts the type checker's results (gopherpy.types2) to the questions the code generator asks.

Everything the compiler knows about types2's API is in this file, so a change there is
a change here only. The code generator asks: the type of an expression, its constant
value, the object an identifier denotes, the underlying kind of a type, and the parts
of composite types. Types are classified by `kind_of(t)` into short strings:
'bool' 'int' 'int8'... 'float64' 'complex128' 'string' 'unsafeptr' 'untypednil',
'slice' 'array' 'map' 'chan' 'func' 'ptr' 'struct' 'iface' 'tparam' 'tuple'.
"""

from __future__ import annotations


def _get(x, name):
    a = getattr(x, name)
    return a() if callable(a) else a


def _try(x, *names):
    for n in names:
        if hasattr(x, n):
            return _get(x, n)
    return None


# Type-parameter substitution in force while compiling one instance of a generic
# function or method (monomorphization): TypeParam -> Type. Empty otherwise.
SUBST: dict = {}


def S(t):
    """t with the current instance's type arguments substituted."""
    if not SUBST or t is None:
        return t
    from gopherpy.types2.instantiate import subst
    return subst(t, SUBST)


class TypeInfo:
    """Wraps types2's Info for one package."""

    def __init__(self, pkg, info):
        self.pkg = pkg
        self.info = info
        self.types = info.types
        self.defs = info.defs
        self.uses = info.uses
        self.implicits = getattr(info, "implicits", {})
        self.selections = getattr(info, "selections", {})
        self.instances = getattr(info, "instances", {})

    # -- expressions ----------------------------------------------------------

    def tv(self, e):
        return self.types.get(e)

    def type_of(self, e):
        tv = self.types.get(e)
        if tv is not None:
            return S(tv.type)
        from gopherpy.syntax import nodes as N
        if isinstance(e, N.Ident):
            o = self.obj_of(e)
            if o is not None:
                return obj_type(o)
        return None

    def record_value(self, e, t):
        """Record synthetic expression node e (made by the compiler) as a value of type t."""
        from gopherpy.types2.api import TypeAndValue
        from gopherpy.types2.operand import value
        self.types[e] = TypeAndValue(value, t, None)

    def const_of(self, e):
        """The constant value of e as a Python value (int/float/complex/str/bool) or None."""
        tv = self.types.get(e)
        if tv is None:
            return None
        v = getattr(tv, "value", None)
        if v is None:
            return None
        return const_python(v)

    def const_int_of(self, e):
        """The constant value of e as a Python int (a shift count or index spelt as an
        untyped float or complex constant with an integer value, like 1. or 1+0i), or None."""
        v = self.const_of(e)
        if v is None or isinstance(v, (bytes, str)):
            return None
        if isinstance(v, complex):
            v = v.real
        return int(v)

    def is_type_expr(self, e) -> bool:
        from gopherpy.syntax import nodes as N
        if isinstance(e, N.ParenExpr):
            return self.is_type_expr(e.x)
        if isinstance(e, N.StarExpr) and e not in self.types:
            return self.is_type_expr(e.x)
        tv = self.types.get(e)
        if tv is not None:
            f = getattr(tv, "is_type", None)
            if f is not None:
                return f() if callable(f) else bool(f)
            mode = getattr(tv, "mode", None)
            if mode is not None:
                return str(mode).lower().endswith("typexpr") or mode == "typexpr"
        from gopherpy.syntax import nodes as N
        if isinstance(e, N.Ident) or isinstance(e, N.SelectorExpr):
            o = self.obj_of(e.sel if isinstance(e, N.SelectorExpr) else e)
            return o is not None and type(o).__name__ == "TypeName"
        return isinstance(e, (N.ArrayType, N.MapType, N.ChanType, N.FuncType, N.StructType,
                              N.InterfaceType))

    def obj_of(self, ident):
        o = self.uses.get(ident)
        if o is None:
            o = self.defs.get(ident)
        return o


def const_python(v):
    """Convert a checker constant value (go/constant's role) to a Python value:
    bool, bytes, int, Fraction (floats, exact) or complex."""
    if isinstance(v, (bool, int, float, complex, bytes)):
        return v
    if type(v).__name__ == "Cplx":
        return complex(float(v.re), float(v.im))
    return v


# -- objects -------------------------------------------------------------------


def obj_name(o) -> str:
    return _get(o, "name")


def obj_type(o):
    return S(_try(o, "type", "typ"))


def obj_type_raw(o):
    """The declared type of o, without the current instance's substitution (a generic
    function's signature keeps the type parameters its body refers to)."""
    return _try(o, "type", "typ")


def obj_kind(o) -> str:
    return type(o).__name__


def obj_pkg(o):
    return _try(o, "pkg")


def pkg_path(p) -> str:
    if p is None:
        return ""
    return _try(p, "path") or ""


def pkg_name(p) -> str:
    if p is None:
        return ""
    return _try(p, "name") or ""


# -- types ---------------------------------------------------------------------

_BASIC_NAMES = {"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
                "string"}
_UNTYPED = {"untyped bool": "bool", "untyped int": "int", "untyped rune": "int32",
            "untyped float": "float64", "untyped complex": "complex128",
            "untyped string": "string", "untyped nil": "untypednil", "byte": "uint8",
            "rune": "int32", "unsafe.Pointer": "unsafeptr", "Pointer": "unsafeptr"}


def under(t):
    if t is None:
        return None
    f = getattr(t, "underlying", None)
    if f is None:
        return t
    u = f() if callable(f) else f
    return u if u is not None else t


def tname(t) -> str:
    return type(t).__name__


_KIND_BY_CODE = ["invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
                 "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
                 "complex128", "string", "unsafeptr", "bool", "int", "int32", "float64",
                 "complex128", "string", "untypednil"]


def kind_of(t) -> str:
    if t is None:
        return "invalid"
    t = unalias(t)
    if tname(t) == "TypeParam":
        return "tparam"
    u = under(t)
    n = tname(u)
    if n == "Basic":
        k = getattr(u, "kind", None)
        if isinstance(k, int) and 0 <= k < len(_KIND_BY_CODE):
            return _KIND_BY_CODE[k]
        name = _try(u, "name")
        if name in _BASIC_NAMES:
            return name
        return _UNTYPED.get(name, name)
    return {"Slice": "slice", "Array": "array", "Map": "map", "Chan": "chan",
            "Signature": "func", "Pointer": "ptr", "Struct": "struct", "Interface": "iface",
            "TypeParam": "tparam", "Tuple": "tuple", "Union": "iface"}.get(n, n)


def is_untyped(t) -> bool:
    u = under(t)
    k = getattr(u, "kind", None)
    return tname(u) == "Basic" and isinstance(k, int) and k >= 19


def unalias(t):
    while tname(t) == "Alias":
        t = under(t) if getattr(t, "actual", None) is None else t.actual
    return t


def is_named(t) -> bool:
    return tname(unalias(t)) == "Named"


def elem(t):
    return _try(under(t), "elem")


def key(t):
    return _try(under(t), "key")


def offsetof(t, index) -> int:
    """The offset (gc's sizes) of the field at selection path index in struct type t
    (or a pointer to it); t must not depend on type parameters."""
    from gopherpy.types2.builtins import offsetof as _offsetof
    return _offsetof(t, index)


def array_len(t) -> int:
    return _try(under(t), "len")


def struct_fields(t):
    """[(name, type, embedded, tag)] of a struct type."""
    u = under(t)
    out = []
    n = _try(u, "num_fields")
    if n is not None:
        for i in range(n):
            f = u.field(i)
            tag = u.tag(i) if hasattr(u, "tag") else ""
            out.append((obj_name(f), obj_type(f), bool(_try(f, "embedded", "anonymous")), tag or ""))
        return out
    for f in _try(u, "fields"):
        out.append((obj_name(f), obj_type(f), bool(_try(f, "embedded", "anonymous")),
                    getattr(f, "tag", "") or ""))
    return out


def field_path(t, name: str) -> list:
    """The field names leading from struct type t to its (possibly promoted) field name,
    shallowest first as Go's selector rule finds it; [] if there is none."""
    level = [(t, [])]
    seen = set()
    while level:
        nxt = []
        for st, path in level:
            for fname, ftype, embedded, _ in struct_fields(st):
                if fname == name:
                    return path + [fname]
                if embedded and kind_of(ftype) == "struct" and id(unalias(ftype)) not in seen:
                    seen.add(id(unalias(ftype)))
                    nxt.append((ftype, path + [fname]))
        level = nxt
    return []


def sig_params(t):
    p = _try(under(t), "params")
    return tuple_vars(p)


def sig_results(t):
    r = _try(under(t), "results")
    return tuple_vars(r)


def sig_variadic(t) -> bool:
    return bool(_try(under(t), "variadic"))


def tuple_vars(tup):
    if tup is None:
        return []
    n = _try(tup, "len")
    if n is not None and hasattr(tup, "at"):
        return [tup.at(i) for i in range(n)]
    v = _try(tup, "vars")
    return list(v) if v is not None else list(tup)


def named_obj(t):
    return _try(unalias(t), "obj")


def named_methods(t):
    t = unalias(t)
    n = _try(t, "num_methods")
    if n is not None and hasattr(t, "method"):
        return [t.method(i) for i in range(n)]
    m = _try(t, "methods")
    return list(m) if m else []


def iface_method_names(t) -> list[str]:
    u = under(t)
    n = _try(u, "num_methods")
    if n is not None and hasattr(u, "method"):
        return sorted(obj_name(u.method(i)) for i in range(n))
    ms = _try(u, "methods") or []
    return sorted(obj_name(m) for m in ms)


def type_string(t) -> str:
    """The %T text of t."""
    from gopherpy.types2.typs import type_string as ts
    return reflect_style(ts(t, lambda p: p.name, aliases=False))


def reflect_style(s: str) -> str:
    """go/types' type text (`struct{A int}`, `interface{}`, `any`) in reflect's spelling
    (`struct { A int }`, `interface {}`, `interface {}`), which %T and panics print."""
    if "{" not in s and "any" not in s:
        return s
    import re
    s = re.sub(r"(?<![\w.])any(?![\w])", "interface {}", s)
    out = []
    stack = []
    i = 0
    n = len(s)
    while i < n:
        for kw in ("struct{", "interface{"):
            if s.startswith(kw, i):
                if i + len(kw) < n and s[i + len(kw)] == "}":
                    out.append(kw[:-1] + " {}")
                    i += len(kw) + 1
                else:
                    out.append(kw[:-1] + " { ")
                    stack.append(True)
                    i += len(kw)
                break
        else:
            c = s[i]
            if c == "{":
                stack.append(False)
                out.append(c)
            elif c == "}":
                out.append(" }" if stack and stack.pop() else "}")
            else:
                out.append(c)
            i += 1
    return "".join(out)


def promoted_methods(t):
    """The methods promoted into struct type t (named or not) through embedded fields, at
    any depth, as [(name, method obj, index path, in value method set)]. The index path is
    go/types' (field indices, then the method's index); methods declared on t itself, names
    shadowed by a field at a shallower depth, and ambiguous names are left out."""
    from gopherpy.types2.lookup import lookup_field_or_method
    from gopherpy.types2.objects import Func
    from gopherpy.types2.typs import Pointer
    cands = {}
    seen = set()
    todo = [t]
    first = True
    while todo:
        nxt = []
        for x in todo:
            x = unalias(x)
            if tname(x) == "Pointer":
                x = unalias(x.elem)
            if id(x) in seen:
                continue
            seen.add(id(x))
            if not first:
                if is_named(x):
                    for m in named_methods(x):
                        cands.setdefault((obj_name(m), pkg_path(obj_pkg(m))), obj_pkg(m))
                if kind_of(x) == "iface":
                    for m in under(x).all_methods():
                        cands.setdefault((obj_name(m), pkg_path(obj_pkg(m))), obj_pkg(m))
            if kind_of(x) == "struct":
                u = under(x)
                for f in u.fields:
                    if f.embedded:
                        nxt.append(f.type)
        first = False
        todo = nxt
    own = {obj_name(m) for m in named_methods(t)} if is_named(t) else set()
    out = []
    for (name, _), pkg in sorted(cands.items(), key=lambda kv: kv[0]):
        if name in own:
            continue
        obj, index, indirect = lookup_field_or_method(Pointer(t), False, pkg, name)
        if not isinstance(obj, Func) or index is None or len(index) < 2:
            continue
        vobj, _, _ = lookup_field_or_method(t, False, pkg, name)
        out.append((name, obj, list(index), isinstance(vobj, Func)))
    return out


def lookup_method(t, name: str, pkg):
    """(method obj, index path, indirect) of method name in the method set of t (as
    go/types' LookupFieldOrMethod with addressable operands), or (None, None, False)."""
    from gopherpy.types2.lookup import lookup_field_or_method
    return lookup_field_or_method(t, True, pkg, name)


def _quote_tag(tag: str) -> str:
    """strconv.Quote of a struct tag (reflect prints tags so)."""
    out = ['"']
    for ch in tag:
        o = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def reflect_string(t, named=None, qualify=False) -> str:
    """The text reflect (and so %T and runtime panics) gives type t: `main.Pair[int,string]`,
    `[]uint8`, `func(int, ...string) (bool, error)`, `struct { a int "tag" }`,
    `interface { M(int) int; main.m() }` (methods sorted, unexported ones qualified).
    named: a function giving the text of a named type instead (the compiler's, which
    knows local types); qualify: unexported field names qualified by their package, as
    gc spells a type inside an instance's type-argument list."""
    t = unalias(t)
    n = tname(t)
    if n == "Named" and named is not None:
        return named(t)
    if n == "Named":
        o = named_obj(t)
        p = obj_pkg(o)
        s = obj_name(o)
        if p is not None and pkg_name(p):
            s = pkg_name(p) + "." + s
        args = getattr(t, "type_args", None)
        if args:
            s += "[" + ",".join(reflect_string(a, named, qualify) for a in args) + "]"
        return s
    if n == "Basic":
        k = kind_of(t)
        return {"unsafeptr": "unsafe.Pointer", "untypednil": "nil"}.get(k, k)
    if n == "Pointer":
        return "*" + reflect_string(t.elem, named, qualify)
    if n == "Slice":
        return "[]" + reflect_string(t.elem, named, qualify)
    if n == "Array":
        return f"[{t.len}]" + reflect_string(t.elem, named, qualify)
    if n == "Map":
        return f"map[{reflect_string(t.key, named, qualify)}]" + reflect_string(t.elem, named, qualify)
    if n == "Chan":
        e = reflect_string(t.elem, named, qualify)
        if t.dir == 1:
            return "chan<- " + e
        if t.dir == 2:
            return "<-chan " + e
        if e.startswith("<-chan"):
            e = "(" + e + ")"
        return "chan " + e
    if n == "Signature":
        return "func" + _sig_string(t, named, qualify)
    if n == "Struct":
        if not t.fields:
            return "struct {}"
        parts = []
        for i, f in enumerate(t.fields):
            fn = f.name
            if qualify and not fn[:1].isupper() and obj_pkg(f) is not None and pkg_name(obj_pkg(f)):
                fn = pkg_name(obj_pkg(f)) + "." + fn
            s = reflect_string(f.type, named, qualify) if f.embedded else f"{fn} {reflect_string(f.type, named, qualify)}"
            tag = t.tags[i] if t.tags and i < len(t.tags) else ""
            if tag:
                s += " " + _quote_tag(tag)
            parts.append(s)
        return "struct { " + "; ".join(parts) + " }"
    if n == "Interface":
        ms = sorted(t.all_methods(), key=lambda m: obj_name(m))
        if not ms:
            return "interface {}"
        parts = []
        for m in ms:
            name = obj_name(m)
            if not name[:1].isupper():
                p = obj_pkg(m)
                if p is not None and pkg_name(p):
                    name = pkg_name(p) + "." + name
            parts.append(name + _sig_string(obj_type(m), named, qualify))
        return "interface { " + "; ".join(parts) + " }"
    if n == "TypeParam":
        return obj_name(t.obj) if getattr(t, "obj", None) is not None else "?"
    return type_string(t)


def _sig_string(sig, named=None, qualify=False) -> str:
    ps = [reflect_string(obj_type(v), named, qualify) for v in sig_params(sig)]
    if sig_variadic(sig) and ps:
        ps[-1] = "..." + ps[-1][2:]  # []T -> ...T
    s = "(" + ", ".join(ps) + ")"
    rs = [reflect_string(obj_type(v), named, qualify) for v in sig_results(sig)]
    if len(rs) == 1:
        s += " " + rs[0]
    elif rs:
        s += " (" + ", ".join(rs) + ")"
    return s
