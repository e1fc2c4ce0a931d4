"""This file implements lowering of Go expressions (other than calls) to Python expression text.

`expr(e)` gives the Python expression for e's value in its own type; `value_to(e, T)`
gives it converted to the type T of the place it flows to (boxing into interfaces,
copying structs and arrays). Integer results are wrapped to their type's range; see
VALUES.md for the representation of every kind of value.
"""

from __future__ import annotations

from gopherpy.compile import typeinfo as ti
from gopherpy.compile.names import attr, mangle
from gopherpy.syntax import nodes as N

INTS = {"int": (64, True), "int8": (8, True), "int16": (16, True), "int32": (32, True),
        "int64": (64, True), "uint": (64, False), "uint8": (8, False), "uint16": (16, False),
        "uint32": (32, False), "uint64": (64, False), "uintptr": (64, False)}
FLOATS = ("float32", "float64")
COMPLEXES = ("complex64", "complex128")


def wrap_text(x: str, k: str) -> str:
    """Python text wrapping integer expression x to the range of int kind k.

    A range test with a walrus temporary is about twice as fast as unconditional
    masking when, as nearly always, the result is in range; `_gw` is reused by every
    wrap (inner ones complete before the outer one assigns it).
    """
    bits, signed = INTS[k]
    if signed:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        fn = f"_gv.wrap_int{bits}"
    else:
        # unsigned: one mask is cheaper than a test (and hashes/checksums overflow often)
        return f"(({x}) & {(1 << bits) - 1:#x})"
    return f"(_gw if {lo:#x} <= (_gw := {x}) <= {hi:#x} else {fn}(_gw))".replace("-0x", "-0x")


def const_text(v, k: str) -> str:
    """A Python literal for constant value v converted to kind k."""
    if k == "string":
        if isinstance(v, str):
            return repr(v.encode("utf-8", "surrogatepass"))
        if isinstance(v, bytes):
            return repr(v)
        if isinstance(v, int):
            from gopherpy.runtime.values import encoderune
            return repr(encoderune(v))
        return repr(str(v).encode())
    if k == "bool":
        return "True" if v else "False"
    if k in INTS:
        if isinstance(v, complex):
            v = v.real
        return str(int(v))
    if k in FLOATS:
        if isinstance(v, complex):
            v = v.real
        f = float(v)
        if k == "float32":
            from gopherpy.runtime.values import f32
            f = f32(f)
        r = repr(f)
        if r in ("inf", "-inf", "nan"):
            return f"float({r!r})"
        return r
    if k in COMPLEXES:
        c = complex(v)
        return f"complex({float(c.real)!r}, {float(c.imag)!r})".replace("inf", "float('inf')") \
            if "inf" in repr(c) else f"complex({float(c.real)!r}, {float(c.imag)!r})"
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, str):
        return repr(v.encode("utf-8", "surrogatepass"))
    if isinstance(v, float) or type(v).__name__ == "Fraction":
        return const_text(v, "float64")
    if isinstance(v, complex):
        return f"complex({v.real!r}, {v.imag!r})"
    return repr(int(v)) if not isinstance(v, (bytes,)) else repr(v)


import re as _re

_SIMPLE = _re.compile(r"-?[A-Za-z_0-9]+$|-?[0-9]+\.[0-9]*(e[-+]?[0-9]+)?$")


def is_simple(txt: str) -> bool:
    """Whether Python text is a plain name or integer literal (safe to evaluate twice)."""
    return bool(_SIMPLE.match(txt))


_RING_OPS = ("+", "-", "*", "&", "|", "^", "&^")


def unparen(e):
    while isinstance(e, N.ParenExpr):
        e = e.x
    return e


class ExprMixin:

    # -- entry points ----------------------------------------------------------

    def expr(self, e) -> str:
        if self.override:
            o = self.override.get(e)
            if o is not None:
                return o
        c = self.ti.const_of(e)
        if c is not None:
            t = self.ti.type_of(e)
            k = ti.kind_of(t)
            if ti.is_untyped(t):
                k = {"int": "int", "int32": "int", "float64": "float64", "string": "string",
                     "bool": "bool", "complex128": "complex128"}.get(k, k)
            return const_text(c, k)
        m = getattr(self, "x_" + type(e).__name__, None)
        if m is None:
            self.ice(e, f"unexpected expression {type(e).__name__}")
        if self.expr_depth == 0 or type(e) is N.CallExpr or e in self.order_roots:
            text = self.order_expr(e, m)  # gc's order: calls before shared reads (order.py)
            if text is not None:
                return text
        return self.nested(m, e)

    def nested(self, m, *args) -> str:
        """m(*args) (expression text), counting nesting depth. Python's parser allows 200
        nested parentheses: a very deep expression is computed piecewise into temporaries
        (its innermost parts, which are evaluated first anyway)."""
        self.expr_depth += 1
        try:
            text = m(*args)
        finally:
            self.expr_depth -= 1
        if self.expr_depth > 40 and self.expr_depth % 40 == 0 and self.fs is not None:
            t = self.tmp("d")
            self.emit(f"{t} = {text}")
            return t
        return text

    def value_to(self, e, target) -> str:
        """e's value as it flows into a place of type target (assign, argument, return...)."""
        src = self.ti.type_of(e)
        tk = ti.kind_of(target) if target is not None else None
        if ti.kind_of(src) == "untypednil" and target is not None:
            return self.zero_expr(target)  # nil slice and map are objects (VALUES.md)
        if tk == "iface":
            sk = ti.kind_of(src)
            if sk == "untypednil":
                return "None"
            c = self.ti.const_of(e)
            if c is not None and ti.is_untyped(src):
                # untyped constant to interface: its default type
                k = ti.kind_of(src)
                k = {"int32": "int32"}.get(k, k)
                txt = const_text(c, k)
                if k == "int32":
                    return f"_grt.INT32_T.box({txt})"
                return txt
            return self.box(self.expr(e), src, fresh=self.is_fresh(e))
        if tk not in (None, "untypednil") and ti.kind_of(src) == "untypednil":
            # types2 keeps nil untyped (as go/types does): its value is the target's zero
            return self.zero_expr(target)
        if tk in ("struct", "array") and not self.is_fresh(e):
            return self.copy_expr(self.expr(e), target)
        if tk is not None and self.ti.const_of(e) is not None:
            return const_text(self.ti.const_of(e), tk if tk in INTS or tk in FLOATS or
                              tk in COMPLEXES or tk in ("string", "bool") else ti.kind_of(src))
        if tk == "untypednil":
            return "None"
        x = self.expr(e)
        return x

    def box(self, x: str, src, fresh: bool = True) -> str:
        """Python text converting value x of static type src into an interface value."""
        sk = ti.kind_of(src)
        if sk in ("iface", "tparam"):
            return x
        if sk == "untypednil":
            return "None"
        if not ti.is_named(src):
            if sk in ("int", "float64", "string", "bool", "complex128") or ti.is_untyped(src):
                return x
            if sk == "ptr" and ti.kind_of(ti.elem(src)) == "struct" and ti.is_named(ti.elem(src)):
                return f"_grt.box({self.rtype(src)}, {x})"
        if sk in ("struct", "array") and not fresh:
            x = self.copy_expr(x, src)
        return f"{self.rtype(src)}.box({x})"

    def is_fresh(self, e) -> bool:
        """Whether e's value is a new object no one else refers to (no copy needed)."""
        e = unparen(e)
        if isinstance(e, N.CompositeLit):
            return True
        if isinstance(e, N.CallExpr):
            return not self.ti.is_type_expr(e.fun) or isinstance(unparen(e.fun), N.Ident) and False
        return False

    # -- leaves ------------------------------------------------------------------

    def x_BasicLit(self, e):
        return const_text(self.ti.const_of(e), ti.kind_of(self.ti.type_of(e)))

    def x_ParenExpr(self, e):
        return self.expr(e.x)

    def x_Ident(self, e):
        o = self.ti.obj_of(e)
        if o is None:
            self.ice(e, f"no object for {e.name}")
        k = ti.obj_kind(o)
        if k == "Nil":
            t = self.ti.type_of(e)
            return "None" if ti.kind_of(t) == "untypednil" else self.zero_expr(t)
        if k == "Const":
            return const_text(self.ti.const_of(e), ti.kind_of(ti.obj_type(o)))
        if k == "Func" and o in self.generic_funcs:
            inst = self.ti.instances.get(e)
            if inst is not None:
                return self.func_instance(o, list(inst.type_args))
        py, boxed, owner = self.lookup(o)
        if py is None:
            if k == "TypeName":
                return self.rtype(ti.obj_type(o))
            self.ice(e, f"unresolved identifier {e.name}")
        if owner is None and self.fs is not None and getattr(self.fs, "is_pkg", False):
            pass
        return py + ".v" if boxed else py

    def x_FuncLit(self, e):
        fs = self.fs
        # gc's names: literals in F are F.func1, F.func2...; those nested in F.func1
        # are F.func1.1, F.func1.2... (numbered per enclosing function, in source order)
        fs.nfunclit += 1
        goname = f"{fs.goname}.func{fs.nfunclit}" if fs.parent is None else f"{fs.goname}.{fs.nfunclit}"
        py = self.tmp("fl")
        # variables with a fresh box per loop iteration are bound now, through a factory
        fresh = []
        for m in self.walk(e.body):
            if isinstance(m, N.Ident):
                o = self.ti.uses.get(m)
                if o is None:
                    continue
                f = fs
                while f is not None:
                    if o in f.names:
                        if o in f.boxed and o in getattr(f, "taken", ()) and f.names[o] not in fresh:
                            fresh.append(f.names[o])
                        break
                    f = f.parent
        if fresh:
            mk = self.tmp("mk")
            self.emit(f"def {mk}({', '.join(fresh)}):")
            self.indent += 1
            self.qualnames[self.qualname_prefix() + mk + ".<locals>." + py] = goname
            saved = getattr(fs, "pyname", None)
            fs.pyname_extra = mk
            line = self.line
            self.function(e.type, e.body, py, goname, None, None, None, is_lit=True)
            self.line = line
            fs.pyname_extra = None
            self.emit(f"return {py}")
            self.indent -= 1
            return f"{mk}({', '.join(fresh)})"
        self.qualnames[self.qualname_prefix() + py] = goname
        line = self.line
        self.function(e.type, e.body, py, goname, None, None, None, is_lit=True)
        self.line = line    # the rest of the statement is on its own line, not the body's
        return py

    def qualname_prefix(self) -> str:
        parts = []
        fs = self.fs
        while fs is not None and getattr(fs, "pyname", None):
            if getattr(fs, "pyname_extra", None):
                parts.append(fs.pyname_extra + ".<locals>.")
            parts.append(fs.pyname + ".<locals>.")
            fs = fs.parent
        return "".join(reversed(parts))

    # -- selectors ------------------------------------------------------------------

    def x_SelectorExpr(self, e):
        x = unparen(e.x)
        if isinstance(x, N.Ident):
            o = self.ti.obj_of(x)
            if o is not None and ti.obj_kind(o) == "PkgName":
                path = self.pkgname_path(o)
                mod = self.imports.get(path, f"_gload({path!r})")
                so = self.ti.obj_of(e.sel)
                if so is not None and ti.obj_kind(so) == "TypeName":
                    return self.rtype(ti.obj_type(so))
                if so is not None and ti.obj_kind(so) == "Func":
                    inst = self.ti.instances.get(e.sel)
                    if inst is not None and self.foreign_pkg(so) is not None and so in self.generic_funcs:
                        return self.func_instance(so, list(inst.type_args))  # foreign.py
                return f"{mod}.{mangle(e.sel.name)}"
        sel = self.ti.selections.get(e)
        if sel is None:
            self.ice(e, "selector without selection")
        kind = _get(sel, "kind")
        kname = str(kind).lower()
        if "expr" in kname and "method" in kname or kind == 2:
            # method expression T.M / (*T).M
            return self.method_expr(e, sel)
        path = list(_get(sel, "index"))
        recv_t = ti.S(_get(sel, "recv"))
        if "field" in kname or kind == 0:
            base = self.expr(e.x)
            return self.field_path(base, recv_t, path)
        # method value x.M
        return self.method_value(e, sel)

    def pkgname_path(self, o) -> str:
        imp = getattr(o, "imported", None)
        imp = imp() if callable(imp) else imp
        return ti.pkg_path(imp)

    def field_path(self, base: str, t, path) -> str:
        """base.f1.f2... following an index path through (embedded) struct fields."""
        for i in path:
            if ti.kind_of(t) == "ptr":
                t = ti.elem(t)
            fields = ti.struct_fields(t)
            fname, ft, emb, tag = fields[i]
            base = f"{base}.{attr(fname)}"
            t = ft
        return base

    def method_value(self, e, sel):
        """x.M as a value: the receiver is evaluated (and copied, for a value receiver)
        now; a nil pointer receiver panics now only if M has a value receiver."""
        obj, path, recv_t = self.method_selection(sel)
        x = self.expr(e.x)
        if len(path) > 1:
            x = self.field_path(x, recv_t, path[:-1])
            t = recv_t
            for i in path[:-1]:
                if ti.kind_of(t) == "ptr":
                    t = ti.elem(t)
                t = ti.struct_fields(t)[i][1]
            recv_t = t
        name = ti.obj_name(obj)
        rk = ti.kind_of(recv_t)
        if rk in ("iface", "tparam"):
            return f"{x}.{attr(name)}"
        base = recv_t
        if rk == "ptr":
            base = ti.elem(recv_t)
        bk = ti.kind_of(base)
        ptrm = self.ptr_recv(obj)
        ginst = self.method_instance(obj, e.sel, base)  # a generic method's copy
        if bk == "struct" and ti.is_named(base):
            meth = ginst or f"{self.struct_class(base)}.{attr(name)}"
            if ptrm:
                if rk != "ptr" and len(path) == 1:
                    x = self.addr_of(e.x)
                return f"_gv.bind({meth}, {x})"
            # value receiver bound now: Go copies the receiver when the method value is made
            return f"_gv.bind({meth}, {x}._copy())"
        if bk == "struct":
            return f"{x}.{attr(name)}"
        fn = ginst or self.method_func_name(base, name)
        if ptrm and rk != "ptr":
            x = self.addr_of(e.x)
        elif not ptrm:
            if rk == "ptr":
                x = f"_gv.deref({x})" if bk in ("struct", "array") else f"{x}.v"
            x = self.copy_expr(x, base)
        return f"_gv.bind({fn}, {x})"

    def method_expr(self, e, sel):
        obj = _get(sel, "obj")
        recv_t = ti.S(_get(sel, "recv"))
        name = ti.obj_name(obj)
        base = recv_t
        if ti.kind_of(base) == "ptr":
            base = ti.elem(base)
        if ti.kind_of(base) == "iface":
            return f"(lambda _gx, *_ga: _gx.{attr(name)}(*_ga))"
        ginst = self.method_instance(obj, e.sel, base)  # a generic method's copy
        if ti.kind_of(base) == "struct":
            return ginst or f"{self.struct_class(base)}.{attr(name)}"
        fn = ginst or self.method_func_name(base, name)
        if ti.kind_of(recv_t) == "ptr" and not self.ptr_recv(obj):
            return f"(lambda _gx, *_ga: {fn}(_gx.v, *_ga))"
        return fn

    # -- index and slice -----------------------------------------------------------

    def x_IndexListExpr(self, e):
        # generic instantiation with several type arguments (instances are on the Ident)
        return self.expr(e.x)

    def x_IndexExpr(self, e):
        xt = self.ti.type_of(e.x)
        if self.ti.is_type_expr(e) or ti.kind_of(xt) == "func":
            # generic instantiation: erased
            return self.expr(e.x)
        # gc reports a failed bounds check at the '[' (at_line)
        return self.at_line(e.lbrack, self.index_expr(e, xt))

    def index_expr(self, e, xt):
        k = ti.kind_of(xt)
        x = self.expr(e.x)
        if k == "map":
            kt = ti.key(xt)
            key = self.mapkey(e.index, kt, lookup=x)
            vt = ti.elem(xt)
            if self.zero_is_const(vt):
                return f"{x}.get({key}, {self.zero_expr(vt)})"
            return f"_gv.mapget({x}, {key}, {self.rtype(vt)})"
        i = self.expr(e.index)
        if k == "slice" and isinstance(unparen(e.x), N.Ident) and isinstance(unparen(e.index), N.Ident):
            safe = getattr(self.fs, "safe_index", None) if self.fs is not None else None
            if safe and (self.ti.obj_of(unparen(e.index)), self.ti.obj_of(unparen(e.x))) in safe:
                hx = self.hoisted_of(e.x)
                if hx is not None:
                    return f"{hx[0]}[{hx[1]} + {i}]"
                return f"{x}.a[{x}.off + {i}]"
        hx = self.hoisted_of(e.x) if k == "slice" else None
        if hx is not None:
            ha, ho, hn = hx
            ci = self.ti.const_of(e.index)
            if ci is not None:
                return f"({ha}[{ho} + {int(ci)}] if {hn} > {int(ci)} else _gv.index_panic({int(ci)}, {hn}))"
            j = i if is_simple(i) else self.tmp()
            tj = j if j == i else f"({j} := {i})"
            return f"({ha}[{ho} + {j}] if {self.in_bounds(tj, hn)} else _gv.index_panic({j}, {hn}))"
        return self.index_read(x, i, k, xt, e)

    def index_max(self, e):
        """The largest value index expression e can have if it is provably never negative
        (`v % c` or `v & c` with v a never-negative loop variable), else None."""
        e = unparen(e)
        if isinstance(e, N.BinaryExpr) and e.op in ("%", "&"):
            c = self.ti.const_of(e.y)
            if c is not None and int(c) > 0 and (self.has_fact("nonneg", e.x) or e.op == "&"):
                return int(c) - 1 if e.op == "%" else int(c)
        return None

    def in_bounds(self, i: str, n: str) -> str:
        """The test that index i (Python text; evaluated first) is in [0, n): one-sided
        when i is a variable a loop fact says is never negative."""
        table = self.fs.__dict__.get("facts") if self.fs is not None else None
        if table and ("nonneg", i) in table:
            return f"{n} > {i}"
        return f"{n} > {i} > -1"

    def hoisted_of(self, x):
        """(a, off, len) local names if slice variable x has a hoisted header in this loop."""
        x = unparen(x)
        if not isinstance(x, N.Ident) or self.fs is None:
            return None
        h = getattr(self.fs, "hoisted", None)
        if not h:
            return None
        return h.get(self.ti.obj_of(x))

    def index_read(self, x, i, k, xt, e):
        # The condition is evaluated first: it binds the walrus temporaries (operand,
        # then index, Go's order) before either branch reads them.
        ci = self.ti.const_of(e.index)
        if ci is not None:
            i = str(int(ci))
        if k == "string" and ci is None and self.ti.const_of(e.x) is not None:
            # a constant string indexed by `v % c` with v never negative: in bounds
            hi = self.index_max(e.index)
            if hi is not None and hi < len(self.ti.const_of(e.x)):
                return f"{x}[{i}]"
        if k in ("slice", "string"):
            t = x if is_simple(x) else self.tmp()
            tx = t if t == x else f"({t} := {x})"
            n_of = (lambda v: f"{v}.len") if k == "slice" else (lambda v: f"len({v})")
            item = (lambda j: f"{t}.a[{t}.off + {j}]") if k == "slice" else (lambda j: f"{t}[{j}]")
            if ci is not None:
                return f"({item(i)} if {n_of(tx)} > {i} else _gv.index_panic({i}, {n_of(t)}))"
            j = i if is_simple(i) else self.tmp()
            tj = j if j == i else f"({j} := {i})"
            return f"({item(j)} if {self.in_bounds(tj, n_of(tx))} else _gv.index_panic({j}, {n_of(t)}))"
        if k == "ptr":
            xt = ti.elem(xt)
        n = ti.array_len(xt)
        if ci is not None:
            return f"{x}[{i}]"
        hi = self.index_max(e.index)
        if hi is not None and hi < n and k == "array":
            return f"{x}[{i}]"
        j = i if is_simple(i) else self.tmp()
        tj = j if j == i else f"({j} := {i})"
        return f"({x}[{j}] if {self.in_bounds(tj, n)} else _gv.index_panic({j}, {n}))"

    def mapkey(self, ke, kt, lookup: str | None = None) -> str:
        """Python dict key text for key expression ke of map key type kt (lookup: the
        map's text, a simple name, for a lookup or delete: Go checks an interface key
        of an empty map without hashing it)."""
        kk = ti.kind_of(kt)
        if kk == "iface":
            if lookup is not None and is_simple(lookup):
                return f"_grt.ifacehash_lookup({lookup}, {self.value_to(ke, kt)})"
            return f"_grt.ifacehash_key({self.value_to(ke, kt)})"
        if kk == "array":
            return f"_gv.mapkey_copy({self.expr(ke)})"
        if kk == "struct":
            return self.value_to(ke, kt)
        if kk == "float64" or kk == "float32":
            return f"_gv.floatkey({self.expr(ke)})"
        if kk == "complex128" or kk == "complex64":
            return f"_gv.complexkey({self.value_to(ke, kt)})"
        if kk == "ptr" and ti.kind_of(ti.elem(kt)) in ("struct", "array"):
            return f"_gv.idkey({self.value_to(ke, kt)})"
        return self.value_to(ke, kt)

    def x_SliceExpr(self, e):
        return self.at_line(e.lbrack, self.slice_expr(e))

    def slice_expr(self, e):
        xt = self.ti.type_of(e.x)
        k = ti.kind_of(xt)
        x = self.expr(e.x)
        lo = self.expr(e.low) if e.low is not None else "None"
        hi = self.expr(e.high) if e.high is not None else "None"
        mx = self.expr(e.max) if e.max is not None else None
        if k == "string":
            if e.low is None and e.high is None:
                return x
            return f"_gv.slicestring({x}, {lo}, {hi})"
        if k == "slice":
            if mx is None:
                return f"_gv.reslice({x}, {lo}, {hi})"
            return f"_gv.reslice({x}, {lo}, {hi}, {mx})"
        # array (addressable) or pointer to array
        return f"_gv.slicearray({x}, {lo}, {hi}{', ' + mx if mx else ''})"

    def x_TypeAssertExpr(self, e, commaok: bool = False):
        x = self.expr(e.x)
        t = self.ti.type_of(e.type)
        src = self.ti.type_of(e.x)
        want = self.rtype(t)
        if ti.kind_of(t) == "iface":
            fn = "_gv_assert_iface"
            return (f"_gp_assert_iface({x}, {want}, {ti.reflect_string(src)!r}, {commaok})"
                    .replace("_gp_assert_iface", "_grt.assert_iface"))
        z = self.zero_expr(t) if commaok else "None"
        return f"_grt.assert_type({x}, {want}, {ti.reflect_string(src)!r}, {commaok}, {z})"

    def x_StarExpr(self, e):
        t = self.ti.type_of(e.x)
        x = self.expr(e.x)
        et = ti.elem(t)
        if ti.kind_of(et) in ("struct", "array"):
            # *p where p points to a struct/array: the object itself (copied where needed)
            return f"_gv.deref({x})"
        return f"{x}.v"

    # -- composite literals -----------------------------------------------------------

    def x_CompositeLit(self, e, t=None):
        if t is None:
            t = self.ti.type_of(e)
        k = ti.kind_of(t)
        if k == "ptr":  # &T{} elided in a composite literal of pointers
            return self.x_CompositeLit(e, ti.elem(t))
        if k == "struct":
            cls = self.struct_class(t)
            fields = ti.struct_fields(t)
            args = []
            if e.elts and isinstance(e.elts[0], N.KeyValueExpr):
                idx = {f[0]: i for i, f in enumerate(fields)}
                if any(kv.key.name not in idx for kv in e.elts):
                    return self.promoted_lit(e, t)
                for kv in e.elts:
                    fname = kv.key.name
                    ft = fields[idx[fname]][1]
                    args.append(f"{attr(fname)}={self.elem_value(kv.value, ft)}")
            else:
                for el, f in zip(e.elts, fields):
                    if f[0] == "_":
                        # a blank field keeps its zero value (the element is evaluated)
                        args.append(f"({self.elem_value(el, f[1])}, {self.zero_expr(f[1])})[1]")
                    else:
                        args.append(self.elem_value(el, f[1]))
            return f"{cls}({', '.join(args)})"
        if k in ("slice", "array"):
            et = ti.elem(t)
            items = {}
            idx = 0
            maxi = 0
            for el in e.elts:
                if isinstance(el, N.KeyValueExpr):
                    idx = int(self.ti.const_of(el.key))
                    v = el.value
                else:
                    v = el
                items[idx] = self.elem_value(v, et)
                idx += 1
                maxi = max(maxi, idx)
            n = ti.array_len(t) if k == "array" else maxi
            if len(items) == n and list(items) == list(range(n)):
                body = "[" + ", ".join(items[i] for i in range(n)) + "]"
            elif not items:
                body = self.zero_expr_n(et, n)
            else:
                tmp = self.tmp()
                body = f"_gv.fill_sparse({self.zero_expr_n(et, n)}, {{{', '.join(f'{i}: {v}' for i, v in items.items())}}})"
            if k == "array":
                return body  # arrays are lists, even [N]byte (VALUES.md)
            if ti.kind_of(et) == "uint8":
                body = f"bytearray({body})"
            return f"_gv.mkslice({body})"
        if k == "map":
            kt, vt = ti.key(t), ti.elem(t)
            pairs = []
            for kv in e.elts:
                pairs.append(f"({self.mapkey(kv.key, kt) if not isinstance(kv.key, N.CompositeLit) else self.mapkey_lit(kv.key, kt)}, {self.elem_value(kv.value, vt)})")
            return f"_gv.Map([{', '.join(pairs)}])"
        self.ice(e, f"composite literal of {k}")

    def promoted_lit(self, e, t):
        """A struct literal naming promoted fields (go1.27): the embedded structs on the
        way are built as nested literals; the values are computed first, in source order
        (a lambda's arguments), as Go evaluates them."""
        tree = {}  # field name -> value text, or a subtree for an embedded struct
        vals = []
        for n, kv in enumerate(e.elts):
            path = ti.field_path(t, kv.key.name)
            node, st = tree, t
            for fname in path[:-1]:
                ft = next(f[1] for f in ti.struct_fields(st) if f[0] == fname)
                node = node.setdefault(fname, ({}, ft))[0]
                st = ft
            ft = next(f[1] for f in ti.struct_fields(st) if f[0] == path[-1])
            vals.append(self.elem_value(kv.value, ft))
            node[path[-1]] = f"_pl{n}"

        def build(node, st):
            args = []
            for fname, v in node.items():
                if isinstance(v, tuple):
                    v = build(v[0], v[1])
                args.append(f"{attr(fname)}={v}")
            return f"{self.struct_class(st)}({', '.join(args)})"
        params = ", ".join(f"_pl{n}" for n in range(len(vals)))
        return f"(lambda {params}: {build(tree, t)})({', '.join(vals)})"

    def mapkey_lit(self, ke, kt):
        if ke.type is not None:
            return self.mapkey(ke, kt)
        if ti.kind_of(kt) == "ptr":  # elided &T{...}
            return f"_gv.idkey({self.x_CompositeLit(ke, ti.elem(kt))})"
        v = self.x_CompositeLit(ke, kt)
        if ti.kind_of(kt) == "array":
            return f"_gv.mapkey_copy({v})"
        return v

    def elem_value(self, v, t):
        if isinstance(v, N.CompositeLit) and v.type is None:
            if ti.kind_of(t) == "ptr":
                return self.nested(self.x_CompositeLit, v, ti.elem(t))
            return self.nested(self.x_CompositeLit, v, t)
        if isinstance(v, N.UnaryExpr) and v.op == "&" and isinstance(v.x, N.CompositeLit) and v.x.type is None:
            return self.nested(self.x_CompositeLit, v.x, ti.elem(t))
        return self.value_to(v, t)

    def zero_expr_n(self, et, n) -> str:
        if self.zero_is_const(et):
            return f"[{self.zero_expr(et)}] * {n}"
        return f"[{self.zero_expr(et)} for _ in range({n})]"

    # -- operators ----------------------------------------------------------------------

    def x_UnaryExpr(self, e):
        op = e.op
        t = self.ti.type_of(e)
        k = ti.kind_of(t)
        if op == "&":
            return self.addr_of(e.x)
        if op == "<-":
            return self.recv_text(e.x, False)
        x = self.expr(e.x)
        if op == "!":
            return f"(not {x})"
        if op == "+":
            return x
        if op == "-":
            if k in INTS:
                return wrap_text(f"-{x}", k)
            if k == "float32":
                return f"(-{x})"
            return f"(-{x})"
        if op == "^":
            if k in INTS:
                bits, signed = INTS[k]
                if signed:
                    return f"(~{x})"
                return f"({x} ^ {(1 << bits) - 1:#x})"
        self.ice(e, f"unary {op}")

    def addr_of(self, x) -> str:
        x = unparen(x)
        t = self.ti.type_of(x)
        if isinstance(x, N.CompositeLit):
            v = self.expr(x)
            if ti.kind_of(t) in ("struct", "array"):
                return v
            return f"_gBox({v})"
        if ti.kind_of(t) in ("struct", "array"):
            return self.expr(x)
        if isinstance(x, N.Ident):
            o = self.ti.obj_of(x)
            py, boxed, owner = self.lookup(o)
            if boxed:
                return py
            if owner is None:
                if "." in py:  # another package's variable (its generic code compiled here)
                    mod, name = py.rsplit(".", 1)
                    return f"_gv.GlobalPtr(vars({mod}), {name!r})"
                return f"_gv.GlobalPtr(globals(), {py!r})"
            self.ice(x, f"address of unboxed local {x.name}")
        if isinstance(x, N.SelectorExpr):
            sel = self.ti.selections.get(x)
            if sel is not None:
                path = list(_get(sel, "index"))
                recv_t = ti.S(_get(sel, "recv"))
                base = self.field_path(self.expr(x.x), recv_t, path[:-1])
                ft = recv_t
                for i in path[:-1]:
                    if ti.kind_of(ft) == "ptr":
                        ft = ti.elem(ft)
                    ft = ti.struct_fields(ft)[i][1]
                if ti.kind_of(ft) == "ptr":
                    ft = ti.elem(ft)
                fname = ti.struct_fields(ft)[path[-1]][0]
                return f"_gv.FieldPtr({base}, {attr(fname)!r})"
            # package-level variable of another package
            return f"_gv.GlobalPtr(vars({self.expr(x.x).rsplit('.', 1)[0]}), {mangle(x.sel.name)!r})"
        if isinstance(x, N.IndexExpr):
            xt = self.ti.type_of(x.x)
            k = ti.kind_of(xt)
            base = self.expr(x.x)
            i = self.expr(x.index)
            if k == "slice":
                return f"_gv.elemptr_slice({base}, {i})"
            return f"_gv.elemptr_array({base}, {i})"
        if isinstance(x, N.StarExpr):
            return f"_gv.deref({self.expr(x.x)})"  # &*p is p, with *p's nil check
        self.ice(x, "address of unsupported expression")

    def x_BinaryExpr(self, e):
        op = e.op
        if op == "&&":
            return f"({self.expr(e.x)} and {self.expr(e.y)})"
        if op == "||":
            return f"({self.expr(e.x)} or {self.expr(e.y)})"
        xt = self.ti.type_of(e.x)
        yt = self.ti.type_of(e.y)
        if op in ("==", "!=", "<", "<=", ">", ">="):
            return self.comparison(e, op, xt, yt)
        t = self.ti.type_of(e)
        k = ti.kind_of(t)
        if k in INTS and (op in _RING_OPS or op == "<<" and self.ti.const_of(e.y) is not None):
            text, raw = self.int_part(e, k, top=True)
            return wrap_text(text, k) if raw else text
        x = self.expr(e.x)
        y = self.expr(e.y)
        if op in ("<<", ">>"):
            if k not in INTS:
                k = "int"
            bits, signed = INTS[k]
            cy = self.ti.const_int_of(e.y)
            if op == ">>":
                if cy is not None:
                    return f"({x} >> {min(int(cy), 1000)})"
                return f"_gv.shr({x}, {y})"
            if cy is not None:
                if int(cy) >= bits:
                    return "0"
                return wrap_text(f"{x} << {int(cy)}", k)
            return f"_gv.shl({x}, {y}, {bits}, {signed})"
        if k in INTS:
            bits, signed = INTS[k]
            if op in ("+", "-", "*"):
                if op in ("+", "-") and bits == 64 and signed and self.small(e.x) and self.small(e.y):
                    return f"({x} {op} {y})"  # |operands| < 2**61: cannot overflow
                cy = self.ti.const_of(e.y)
                if op in ("+", "-") and signed and cy is not None and 0 <= int(cy) < (1 << (bits - 2)):
                    # one-sided range test: adding (subtracting) a small constant
                    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
                    test = f"(_gw := {x} {op} {y}) <= {hi:#x}" if op == "+" else f"(_gw := {x} {op} {y}) >= {lo:#x}"
                    return f"(_gw if {test} else _gv.wrap_int{bits}(_gw))"
                return wrap_text(f"{x} {op} {y}", k)
            cy = self.ti.const_of(e.y)
            if op in ("/", "%") and signed and cy is not None and int(cy) > 0 and self.has_fact("nonneg", e.x):
                return f"({x} {'//' if op == '/' else '%'} {y})"  # never negative: Python's is Go's
            if op in ("/", "%") and signed and cy is not None and int(cy) > 0:
                # truncated division by a positive constant, inline
                t = x if is_simple(x) else self.tmp()
                tx = t if t == x else f"({t} := {x})"
                if op == "/":
                    return f"({t} // {y} if {tx} >= 0 else -(-{t} // {y}))"
                return f"({t} % {y} if {tx} >= 0 else -(-{t} % {y}))"
            if op in ("/", "%") and is_simple(x) and is_simple(y):
                # inline for the common case (x >= 0, y > 0: Python's // and % agree with
                # Go's truncation, and no wrap); the helper handles signs, zero, MinInt/-1
                if op == "/":
                    slow = f"_gv.idiv({x}, {y}, _gv.wrap_int{bits})" if signed else f"_gv.udiv({x}, {y})"
                    return f"({x} // {y} if {x} >= 0 < {y} else {slow})" if signed else f"({x} // {y} if {y} else {slow})"
                slow = f"_gv.imod({x}, {y})" if signed else f"_gv.umod({x}, {y})"
                return f"({x} % {y} if {x} >= 0 < {y} else {slow})" if signed else f"({x} % {y} if {y} else {slow})"
            if op == "/":
                if signed:
                    return f"_gv.idiv({x}, {y}, _gv.wrap_int{bits})"
                return f"_gv.udiv({x}, {y})"
            if op == "%":
                if signed:
                    return f"_gv.imod({x}, {y})"
                return f"_gv.umod({x}, {y})"
            if op == "&":
                return f"({x} & {y})"
            if op == "|":
                return f"({x} | {y})"
            if op == "^":
                return f"({x} ^ {y})"
            if op == "&^":
                if signed:
                    return f"({x} & ~{y})"
                return f"({x} & ({y} ^ {(1 << bits) - 1:#x}))"
        if k in FLOATS or k in COMPLEXES:
            if op == "/":
                cy = self.ti.const_of(e.y)
                if cy is not None and cy != 0 and k in FLOATS:
                    r = f"({x} / {y})"
                elif k in FLOATS and is_simple(x):
                    # inline IEEE division: Python raises on a zero divisor, Go does not
                    t = y if is_simple(y) else self.tmp()
                    ty = t if t == y else f"({t} := {y})"
                    r = f"({x} / {t} if {ty} else _gv.fdiv({x}, {t}))"
                elif k in FLOATS:
                    # x first (Go's order), then the divisor's test
                    tx, t = self.tmp(), self.tmp()
                    r = f"({tx} / {t} if ({tx} := {x}) is not None and ({t} := {y}) else _gv.fdiv({tx}, {t}))"
                else:
                    r = f"_gv.cdiv({x}, {y})"
            else:
                r = f"({x} {op} {y})"
            if k == "float32":
                return f"_gv.f32{r}" if r.startswith("(") else f"_gv.f32({r})"
            if k == "complex64":
                return f"_gv.c64({r})"
            return r
        if k == "string" and op == "+":
            return f"({x} + {y})"
        if k == "tparam":
            if op == "/":
                return f"_gv.gdiv({x}, {y})"
            if op == "%":
                return f"_gv.imod({x}, {y})"
            return f"({x} {op} {y})"
        self.ice(e, f"binary {op} on {k}")

    def int_part(self, e, k: str, top: bool = False):
        """(text, raw) for integer expression e of int kind k. Wrapping to 64 (or n) bits
        is a ring homomorphism, and commutes with & | ^ too: a tree of + - * << & | ^ and
        unary - is computed exactly in Python ints and wrapped once, by the caller, where
        its value is observed (raw=True); operands of other operators are wrapped there."""
        e = unparen(e)
        if self.ti.const_of(e) is not None or ti.kind_of(self.ti.type_of(e)) != k:
            return self.expr(e), False
        bits, signed = INTS[k]
        if isinstance(e, N.UnaryExpr) and e.op in ("-", "^"):
            x, rx = self.nested(self.int_part, e.x, k)
            if e.op == "-":
                return f"(-{x})", True
            return (f"(~{x})", rx) if signed else (f"({x} ^ {(1 << bits) - 1:#x})", rx)
        if not isinstance(e, N.BinaryExpr):
            return self.expr(e), False
        op = e.op
        if op == "<<":
            cy = self.ti.const_int_of(e.y)
            if cy is None:
                return self.expr(e), False
            if int(cy) >= bits:
                return "0", False
            x, rx = self.nested(self.int_part, e.x, k)
            return f"({x} << {int(cy)})", True
        if op not in _RING_OPS:
            return self.expr(e), False
        x, rx = self.nested(self.int_part, e.x, k)
        y, ry = self.nested(self.int_part, e.y, k)
        if op in ("&", "|", "^", "&^"):
            if op == "&^":
                text = f"({x} & ~{y})" if signed else f"({x} & ({y} ^ {(1 << bits) - 1:#x}))"
            else:
                text = f"({x} {op} {y})"
            return text, rx or ry  # in range when both operands are
        if op in ("+", "-") and not rx and not ry:
            if bits == 64 and signed and self.small(e.x) and self.small(e.y):
                return f"({x} {op} {y})", False  # |operands| < 2**61: cannot overflow
            cy = self.ti.const_of(e.y)
            if cy is not None and signed and bits == 64 and (
                    int(cy) == 1 and self.has_fact("inc" if op == "+" else "dec", e.x) or
                    int(cy) == -1 and self.has_fact("dec" if op == "+" else "inc", e.x)):
                return f"({x} {op} {y})", False  # a loop fact: cannot overflow
            if top and signed and cy is not None and 0 <= int(cy) < (1 << (bits - 2)):
                # one-sided range test: adding (subtracting) a small constant to a value
                # in range
                lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
                test = f"(_gw := {x} {op} {y}) <= {hi:#x}" if op == "+" else f"(_gw := {x} {op} {y}) >= {lo:#x}"
                return f"(_gw if {test} else _gv.wrap_int{bits}(_gw))", False
        return f"({x} {op} {y})", True

    def small(self, e) -> bool:
        """Whether integer expression e is provably within +-2**61 (no wrap needed for +/-)."""
        e = unparen(e)
        c = self.ti.const_of(e)
        if c is not None:
            try:
                return -(1 << 61) < int(c) < (1 << 61)
            except (TypeError, ValueError):
                return False
        if isinstance(e, N.CallExpr) and isinstance(unparen(e.fun), N.Ident) and \
                unparen(e.fun).name in ("len", "cap"):
            return True
        if isinstance(e, N.Ident):
            o = self.ti.obj_of(e)
            return o is not None and o in getattr(self.fs, "small_vars", ())
        return False

    def commaok_expr(self, r) -> str:
        """Python text giving the (value, ok) tuple of a comma-ok form, or the tuple of a
        multi-value call."""
        r = unparen(r)
        if isinstance(r, N.IndexExpr) and ti.kind_of(self.ti.type_of(r.x)) == "map":
            mt = self.ti.type_of(r.x)
            m = self.expr(r.x)
            return (f"_gv.mapget2({m}, {self.mapkey(r.index, ti.key(mt), lookup=m)}, "
                    f"{self.rtype(ti.elem(mt))})")
        if isinstance(r, N.TypeAssertExpr):
            return self.x_TypeAssertExpr(r, commaok=True)
        if isinstance(r, N.UnaryExpr) and r.op == "<-":
            return self.recv_text(r.x, True)
        return self.expr(r)

    def recv_text_of(self, t: str) -> str:
        """`v, ok := <-t` for a channel already held in the plain name t."""
        return (f"(({t}.buf.popleft(), True) if {t} is not None and {t}.buf and "
                f"{t}.sendq.first is None else {self.recv_slow(t, True)})")

    def recv_slow(self, t: str, commaok: bool) -> str:
        """The receive from t once the inline fast path failed: chanrecv/chanrecv2, or in
        a light goroutine chanrecv2(t, PREP), which either receives or leaves the G
        queued and waiting: then the code yields (parks) and recvd finishes."""
        if not self.yields():
            return f"_gchan.{'chanrecv2' if commaok else 'chanrecv'}({t})"
        r = self.tmp()
        pick = "" if commaok else "[0]"
        return (f"({r}{pick} if ({r} := _gchan.chanrecv2({t}, 2)).__class__ is tuple "
                f"else ((yield) or _gchan.recvd({t}, {r})){pick})")

    def recv_text(self, ch, commaok: bool) -> str:
        """`<-ch` (or `v, ok := <-ch` when commaok) with the buffered fast path inline
        (runtime/chan.py: a value in the buffer and no blocked sender: popleft)."""
        c = self.expr(ch)
        t = c if is_simple(c) else self.tmp()
        tc = t if t == c else f"({t} := {c})"
        v = f"({t}.buf.popleft(), True)" if commaok else f"{t}.buf.popleft()"
        return (f"({v} if {tc} is not None and {t}.buf and {t}.sendq.first is None "
                f"else {self.recv_slow(t, commaok)})")

    def nil_test(self, v: str, t, eq: bool = True) -> str:
        """Python text testing whether v, of type t, is nil (or is not, if not eq)."""
        k = ti.kind_of(t)
        if k == "slice":
            return f"({v}.a {'is' if eq else 'is not'} None)"
        if k == "map":
            return f"({v}.nil {'is' if eq else 'is not'} True)"
        return f"({v} {'is' if eq else 'is not'} None)"

    def is_nil(self, e) -> bool:
        """Whether expression e is the predeclared nil."""
        if not isinstance(e, N.Ident) or e.name != "nil":
            return False
        o = self.ti.obj_of(e)
        return o is not None and ti.obj_kind(o) == "Nil"

    def comparison(self, e, op, xt, yt):
        kx, ky = ti.kind_of(xt), ti.kind_of(yt)
        x = unparen(e.x)
        y = unparen(e.y)
        if ky == "untypednil" or kx == "untypednil":
            other, ot = (e.x, xt) if ky == "untypednil" else (e.y, yt)
            return self.nil_test(self.expr(other), ot, op == "==")
        if op in ("==", "!="):
            # x == nil where the checker gave nil x's type (an interface, a map, a
            # slice ...): the nil test of that kind (a map's is its flag: an empty map
            # equals the nil map as a dict)
            if self.is_nil(y):
                return self.nil_test(self.expr(e.x), xt, op == "==")
            if self.is_nil(x):
                return self.nil_test(self.expr(e.y), yt, op == "==")
        if op in ("==", "!=") and kx in INTS and INTS[kx][1] and self.ti.const_of(y) is not None \
                and int(self.ti.const_of(y)) == 0 and isinstance(x, N.BinaryExpr) and x.op == "%":
            # x % c == 0 with c > 0 a constant: Python's remainder is zero exactly when
            # Go's truncated one is (no sign fix-up)
            c = self.ti.const_of(x.y)
            if c is not None and int(c) > 0:
                return f"(({self.expr(x.x)} % {int(c)}) {op} 0)"
        a = self.expr(e.x)
        b = self.expr(e.y)
        if op in ("==", "!="):
            neg = "not " if op == "!=" else ""
            if kx == "iface" or ky == "iface":
                if kx != "iface":
                    a = self.box(a, xt)
                if ky != "iface":
                    b = self.box(b, yt)
                if not is_simple(a) and not is_simple(b) and not self.order_has_copy(e.x):
                    # gc compares interfaces with the right operand evaluated first
                    # (walk's walkCompareInterface), after the copy points of both
                    # (order.py): s[0] panics before *p in *p == s[0]
                    t = self.tmp()
                    return f"(({t} := {b}), {neg}_grt.ifaceeq({a}, {t}))[1]"
                return f"({neg}_grt.ifaceeq({a}, {b}))"
            return f"({neg}{self.eq_expr(a, b, xt)})"
        return f"({a} {op} {b})"


def _get(x, name):
    a = getattr(x, name)
    return a() if callable(a) else a
