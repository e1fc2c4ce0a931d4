"""This file implements the checking of declarations (go/types' decl.go): package-level
objects in dependency order with cycle detection, and local declarations in bodies.

Invariant: an object's color is white (0) before, grey (1) while and black (2) after
its declaration is checked; obj_path is the stack of grey objects.
"""

from __future__ import annotations

from ..syntax import nodes as N
from . import typs as T
from .codes import Code
from .objects import Const, Func, TypeName, Var
from .operand import Operand, constant_, invalid
from .universe import TYP


class DeclInfo:
    __slots__ = ("file_scope", "lhs", "typ", "init", "inherited", "tdecl", "fdecl", "deps",
                 "checker", "iota", "spec", "version")

    def __init__(self, file_scope, typ=None, init=None, inherited=False, tdecl=None, fdecl=None):
        self.file_scope = file_scope
        self.lhs = None
        self.typ = typ
        self.init = init
        self.inherited = inherited
        self.tdecl = tdecl
        self.fdecl = fdecl
        self.deps = {}
        self.checker = None
        self.iota = None
        self.spec = None
        self.version = None  # the language version of the declaring file


class DeclMixin:

    def obj_decl(self, obj, def_named=None):
        if obj.color == 2:
            return
        if obj.color == 1:
            self._cycle(obj)
            return
        d = self.objmap.get(obj) if obj.decl is None else obj.decl
        if d is None or not isinstance(d, DeclInfo):
            return
        if d.checker is not None and d.checker is not self:
            d.checker.obj_decl(obj)
            return
        obj.color = 1
        self.obj_path.append(obj)
        saved_env = self.env
        from .check import Env
        self.env = Env()
        self.env.scope = d.file_scope
        self.env.decl = d
        self.env.version = d.version
        try:
            if isinstance(obj, Const):
                self.env.iota = d.iota
                self.const_decl(obj, d.typ, d.init, d.inherited)
            elif isinstance(obj, Var):
                self.var_decl(obj, d.lhs, d.typ, d.init)
            elif isinstance(obj, TypeName):
                self.type_decl(obj, d.tdecl, def_named)
            elif isinstance(obj, Func):
                self.func_decl(obj, d)
        finally:
            self.env = saved_env
            self.obj_path.pop()
            obj.color = 2

    def _cycle(self, obj):
        # a cycle through a named type (not an alias) is fine
        i = self.obj_path.index(obj) if obj in self.obj_path else 0
        cycle = self.obj_path[i:]
        nval = sum(1 for o in cycle if isinstance(o, (Const, Var)))
        ndef = sum(1 for o in cycle if isinstance(o, TypeName) and not self._is_alias_decl(o))
        if nval == 0 and ndef > 0:
            return
        if isinstance(obj, (Const, Var)) and obj.type is not None and nval == len(cycle) and isinstance(obj, Var):
            return  # var initialization cycles are reported by initorder
        if isinstance(obj, Func):
            return
        if all(isinstance(o, Func) or (isinstance(o, Var)) for o in cycle) and obj.type is not None:
            return
        self.cycle_error(cycle, obj)
        if obj.type is None:
            obj.type = TYP[T.Invalid]

    def _is_alias_decl(self, o):
        d = o.decl
        return isinstance(d, DeclInfo) and d.tdecl is not None and d.tdecl.assign != 0

    def cycle_error(self, cycle, obj):
        # gc: "invalid recursive type T" + lines, or "initialization cycle or ..."
        start = min(range(len(cycle)), key=lambda k: cycle[k].order) if cycle else 0
        first = cycle[start] if cycle else obj
        tname = isinstance(first, TypeName)
        if tname:
            msg = f"invalid recursive type {first.name}"
            code = Code.InvalidDeclCycle
        else:
            msg = f"invalid cycle in declaration of {first.name}"
            code = Code.InvalidDeclCycle
        if len(cycle) > 1 or tname:
            lines = []
            n = len(cycle)
            for k in range(n):
                o = cycle[(start + k) % n]
                nx = cycle[(start + k + 1) % n]
                lines.append(f"\n\t{self.fset.position(o.pos)}: {o.name} refers to {nx.name}")
            if tname and n == 1:
                msg += ""  # gc: "invalid recursive type T\n\tT refers to T"
                lines = [f"\n\t{self.fset.position(first.pos)}: {first.name} refers to {first.name}"]
            msg += "".join(lines)
        self.error(first.pos, code, msg)

    # -- constants -----------------------------------------------------------

    def const_decl(self, obj, typ_expr, init, inherited):
        obj.val = None
        t = None
        if typ_expr is not None:
            t = self.var_type(typ_expr)
            if not self.is_const_type_ok(t):
                if T.unalias(t) is not T.TYP_INVALID:
                    self.errorf(typ_expr, Code.InvalidConstType, "invalid constant type %s", self.ts(t))
                obj.type = TYP[T.Invalid]
                return
            obj.type = t
        x = Operand()
        if init is not None:
            if inherited:
                saved = self.env.errpos
                self.env.errpos = obj.pos
            self.expr(None, x, init)
            if inherited:
                self.env.errpos = saved
        self.init_const(obj, x)

    def is_const_type_ok(self, t):
        from .predicates import is_const_type
        u = T.unalias(t)
        if u is T.TYP_INVALID:
            return False
        if isinstance(u, T.TypeParam):
            return False
        return is_const_type(t)

    def init_const(self, lhs, x):
        if x.mode is invalid or x.type is T.TYP_INVALID or lhs.type is T.TYP_INVALID:
            if lhs.type is None:
                lhs.type = TYP[T.Invalid]
            return
        if x.mode is not constant_:
            self.errorf(x.expr if x.expr is not None else lhs.pos, Code.InvalidConstInit,
                        "%s is not constant", self.ops(x))
            if lhs.type is None:
                lhs.type = TYP[T.Invalid]
            return
        if lhs.type is None:
            lhs.type = x.type
        self.assignment(x, lhs.type, "constant declaration")
        if x.mode is invalid:
            return
        lhs.val = x.val

    # -- variables -----------------------------------------------------------

    def var_decl(self, obj, lhs, typ_expr, init):
        if typ_expr is not None:
            obj.type = self.var_type(typ_expr)
            if lhs:
                for v in lhs:
                    v.type = obj.type
        if init is None:
            if typ_expr is None:
                obj.type = TYP[T.Invalid]
            return
        if not lhs or len(lhs) == 1:
            x = Operand()
            self.expr(obj.type, x, init)
            self.init_var(obj, x, "variable declaration")
            return
        # multiple lhs with a single rhs (tuple)
        if typ_expr is not None:
            for v in lhs:
                v.type = obj.type
        self.init_vars(lhs, [init], None)
        for v in lhs:
            v.color = 2

    # -- types ---------------------------------------------------------------

    def type_decl(self, obj, tdecl, def_named):
        alias = tdecl.assign != 0
        if alias:
            tparams = tdecl.type_params
            a = T.Alias(obj, None)
            if obj.type is None or obj.type is not a:
                obj.type = a
            if tparams is not None and tparams.list:
                a.type_params = self.collect_type_params(tparams)
            rhs = self.defined_type(tdecl.type, None)
            if rhs is None:
                rhs = TYP[T.Invalid]
            a.actual = T.unalias(rhs) if not isinstance(rhs, T.Alias) or rhs.actual is not None else TYP[T.Invalid]
            a.from_rhs = rhs
            return
        named = T.Named(obj)
        obj.type = named
        if tdecl.type_params is not None and tdecl.type_params.list:
            saved = self.env.scope
            from .scope import Scope
            sc = Scope(self.env.scope, tdecl.pos(), tdecl.end(), "type parameters")
            self.record_scope(tdecl, sc)
            self.env.scope = sc
            named.type_params = self.collect_type_params(tdecl.type_params)
            rhs = self.defined_type(tdecl.type, named)
            self.env.scope = saved
        else:
            rhs = self.defined_type(tdecl.type, named)
        named.from_rhs = rhs
        if rhs is None:
            rhs = TYP[T.Invalid]
        if named._underlying is None:
            u = rhs
            if isinstance(T.unalias(u), T.TypeParam):
                self.errorf(tdecl.type, Code.MisplacedTypeParam, "cannot use a type parameter as RHS in type declaration")
                u = TYP[T.Invalid]
            named._underlying = u
        named.underlying()
        if isinstance(named._underlying, T.Named):
            named._underlying = named._underlying.underlying()
        self.collect_methods(obj)

    def collect_methods(self, obj):
        methods = self.methods.pop(obj, None)
        if not methods:
            return
        named = T.unalias(obj.type)
        if not isinstance(named, T.Named):
            return
        u = named.underlying()
        seen = {m.name: m for m in named.methods}
        fields = {}
        if isinstance(u, T.Struct):
            fields = {f.name: f for f in u.fields}
        for m in methods:
            if m.name == "_":
                named.methods.append(m)
                continue
            alt = seen.get(m.name)
            if alt is not None:
                self.errorf(m.pos, Code.DuplicateMethod, "method %s.%s already declared at %s",
                            obj.name, m.name, self.fset.position(alt.pos))
                continue
            f = fields.get(m.name)
            if f is not None:
                self.errorf(m.pos, Code.DuplicateFieldAndMethod, "field and method with the same name %s", m.name)
                self.errors[-1].msg += f"\n\t{self.fset.position(f.pos)}: other declaration of {m.name}"
                continue
            seen[m.name] = m
            named.methods.append(m)

    # -- functions -----------------------------------------------------------

    def func_decl(self, obj, d):
        fdecl = d.fdecl
        from .scope import Scope
        sig = self.func_type(None, fdecl.recv, fdecl.type, fdecl)
        obj.type = sig
        if sig.recv is not None:
            rt = T.unalias(sig.recv.type)
            if isinstance(rt, T.Pointer):
                obj.has_ptr_recv = True
        if fdecl.body is None:
            if not self.conf.allow_missing_bodies and not self._has_linkname(fdecl):
                self.softf(obj.pos, Code.MissingFuncBody if hasattr(Code, "MissingFuncBody") else 0, "missing function body")
        if not self.conf.ignore_func_bodies and fdecl.body is not None:
            env_scope = sig.scope
            self.later(lambda: self.func_body(d, obj.name, sig, fdecl.body, None))

    def _has_linkname(self, fdecl):
        return True  # gc accepts body-less declarations with assembly; go vet-like checks elsewhere

    # -- local declarations --------------------------------------------------

    def decl_stmt(self, decl):
        if not isinstance(decl, N.GenDecl):
            return
        pkg = self.pkg
        scope = self.env.scope
        if decl.tok == "const":
            last = None
            for iota, spec in enumerate(decl.specs):
                if spec.type is not None or spec.values:
                    last = spec
                typ = last.type if last is not None else None
                values = last.values if last is not None else []
                inherited = last is not spec
                lhs = []
                for i, name in enumerate(spec.names):
                    obj = Const(name.name, None, pkg, name.pos(), None)
                    lhs.append(obj)
                    init = values[i] if i < len(values) else None
                    saved = self.env.iota
                    self.env.iota = iota
                    self.const_decl(obj, typ, init, inherited)
                    self.env.iota = saved
                self.arity(spec, spec.names, values, True, inherited)
                scope_pos = spec.end()
                for i, name in enumerate(spec.names):
                    self.declare(scope, name, lhs[i], scope_pos)
        elif decl.tok == "var":
            for spec in decl.specs:
                lhs = [Var(n.name, None, pkg, n.pos()) for n in spec.names]
                values = spec.values
                if len(values) == 1 and len(lhs) > 1:
                    t = self.var_type(spec.type) if spec.type is not None else None
                    if t is not None:
                        for v in lhs:
                            v.type = t
                    self.init_vars(lhs, values, None)
                elif len(values) == len(lhs) or not values:
                    t = self.var_type(spec.type) if spec.type is not None else None
                    for i, v in enumerate(lhs):
                        if t is not None:
                            v.type = t
                        if values:
                            x = Operand()
                            self.expr(v.type, x, values[i])
                            self.init_var(v, x, "variable declaration")
                        elif t is None:
                            v.type = TYP[T.Invalid]
                else:
                    t = self.var_type(spec.type) if spec.type is not None else None
                    for v in lhs:
                        v.type = t if t is not None else TYP[T.Invalid]
                    self.errorf(spec.names[0], Code.WrongAssignCount, "assignment mismatch: %s but %s",
                                _plural(len(lhs), "variable"), _plural(len(values), "value"))
                    for e in values:
                        self.use(e)
                scope_pos = spec.end()
                for i, name in enumerate(spec.names):
                    self.declare(scope, name, lhs[i], scope_pos)
                    self.usage_vars.append(lhs[i])
        elif decl.tok == "type":
            for spec in decl.specs:
                obj = TypeName(spec.name.name, None, pkg, spec.name.pos())
                scope_pos = spec.name.pos()
                self.declare(scope, spec.name, obj, scope_pos)
                obj.color = 1
                self.type_decl(obj, spec, None)
                obj.color = 2

    def arity(self, at, names, values, is_const, inherited):
        l, r = len(names), len(values)
        if l < r:
            n = values[l]
            if inherited:
                self.errorf(at, Code.WrongArgCount, "extra init expr at %s", self.fset.position(n.pos()))
            else:
                self.error(n, Code.WrongArgCount, "extra init expr")
        elif l > r and (is_const or r != 1):
            if not is_const:
                if r == 0:
                    return
                self.errorf(names[0], Code.WrongAssignCount, "assignment mismatch: %s but %s",
                            _plural(l, "variable"), _plural(r, "value"))
                return
            n = names[r]
            self.errorf(n, Code.WrongArgCount, "missing init expr for %s", n.name)
        elif l < r:
            pass


def _plural(n, what):
    return f"{n} {what}" if n == 1 else f"{n} {what}s"
