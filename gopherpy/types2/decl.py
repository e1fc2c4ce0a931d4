"""This file implements the checking of declarations (go/types' decl.go): package-level
objects in dependency order with cycle detection, and local declarations in bodies.

Invariant: an object's color is white (0) before, grey (1) while and black (2) after
its declaration is checked; obj_path is the stack of grey objects.
"""

from __future__ import annotations

from .scope import Scope

from ..syntax import nodes as N
from . import typs as T
from .codes import Code
from .errors import expr_string
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
        self.env = type(saved_env)()  # a fresh Env (check.py's; no import cycle)
        self.env.scope = d.file_scope
        # only constant and variable declarations record dependencies (for the
        # initialization order); a function's body records them when it is checked
        self.env.decl = d if isinstance(obj, (Const, Var)) else None
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
        """obj is grey: a (possibly invalid) cycle (go/types' objDecl, validCycle)."""
        if isinstance(obj, (Const, Var)):
            if not self.valid_cycle(obj) or obj.type is None:
                obj.type = TYP[T.Invalid]
        elif isinstance(obj, TypeName):
            if not self.valid_cycle(obj):
                obj.type = TYP[T.Invalid]
        elif isinstance(obj, Func):
            self.valid_cycle(obj)
            if obj.type is None:
                obj.type = T.Signature()

    def valid_cycle(self, obj):
        """Whether the cycle starting at obj is valid; reports it if not."""
        if obj not in self.obj_path:
            return True
        cycle = self.obj_path[self.obj_path.index(obj):]
        nval = ndef = 0
        from .predicates import is_generic
        for o in cycle:
            if isinstance(o, (Const, Var)):
                nval += 1
            elif isinstance(o, TypeName):
                # a cycle through a type parameter list is fine (go.dev/issue/68162)
                if self.env.in_tparam_list and o.type is not None and is_generic(o.type):
                    return True
                if not self._is_alias_decl(o):
                    ndef += 1
        if nval == len(cycle):
            return True  # reported by the initialization order check
        if nval == 0 and ndef > 0:
            return True
        self.cycle_error(cycle, first_in_src(cycle))
        return False

    def _is_alias_decl(self, o):
        d = o.decl
        if isinstance(d, DeclInfo) and d.tdecl is not None:
            return d.tdecl.assign != 0
        return isinstance(o.type, T.Alias)

    def obj_name(self, obj):
        t = obj.type
        if isinstance(t, T.Named) and t.origin is not None:
            return self.ts(t)
        if obj.pkg is not None and obj.pkg is not self.pkg:
            return f"{obj.pkg.name}.{obj.name}"
        return obj.name

    def cycle_error(self, cycle, start):
        """Reports the declaration cycle starting at cycle[start] (gc's wording)."""
        obj = cycle[start]
        tname = isinstance(obj, TypeName)
        if tname and isinstance(obj.type, T.Alias):
            obj.type.from_rhs = TYP[T.Invalid]
            obj.type.actual = TYP[T.Invalid]
        name = self.obj_name
        if len(cycle) == 1:
            if tname:
                self.errorf(obj.pos, Code.InvalidDeclCycle, "invalid recursive type: %s refers to itself", name(obj))
            else:
                self.errorf(obj.pos, Code.InvalidDeclCycle, "invalid cycle in declaration: %s refers to itself", name(obj))
            return
        if tname:
            msg = f"invalid recursive type {name(obj)}"
        else:
            msg = f"invalid cycle in declaration of {name(obj)}"
        o = obj
        for i in range(len(cycle)):
            nx = cycle[(start + i + 1) % len(cycle)]
            msg += f"\n\t{self.fset.position(o.pos)}: {name(o)} refers to {name(nx)}"
            o = nx
        self.error(obj.pos, Code.InvalidDeclCycle, msg)

    def is_complete(self, t):
        """Whether t is complete (has an underlying type); reports the cycle if t's
        declaration is still being checked (go/types' isComplete)."""
        seen = 0
        while seen < 100:
            seen += 1
            if isinstance(t, T.Alias):
                obj, rhs = t.obj, t.from_rhs
            elif isinstance(t, T.Named):
                if t.origin is not None:
                    return True  # an instance stands apart from its origin's declaration
                obj, rhs = t.obj, t.from_rhs
            else:
                return True
            if obj is not None and obj.color == 1 and obj in self.obj_path:
                cycle = self.obj_path[self.obj_path.index(obj):]
                self.cycle_error(cycle, first_in_src(cycle))
                return False
            if rhs is None:
                return True
            t = rhs
        return True

    # -- constants -----------------------------------------------------------

    def const_decl(self, obj, typ_expr, init, inherited):
        saved_errpos = self.env.errpos
        self.env.errpos = None
        try:
            obj.val = None
            if typ_expr is not None:
                from .predicates import is_const_type
                t = self.typ(typ_expr)
                if not is_const_type(t):
                    # no error for an invalid (e.g. C) type (go.dev/issue/22090)
                    if T.unalias(t).underlying() is not T.TYP_INVALID:
                        self.errorf(typ_expr, Code.InvalidConstType, "invalid constant type %s", self.ts(t))
                    obj.type = TYP[T.Invalid]
                    return
                obj.type = t
            x = Operand()
            if init is not None:
                if inherited:
                    # errors in an inherited initializer are reported at the constant
                    self.env.errpos = obj.pos
                self.expr(None, x, init)
            self.init_const(obj, x)
        finally:
            self.env.errpos = saved_errpos

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
            self.expr(obj.type, x, init, obj.name)
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
        from .scope import Scope
        alias = tdecl.assign != 0
        has_tparams = tdecl.type_params is not None and bool(tdecl.type_params.list)

        def valid():
            t = obj.type
            if isinstance(t, T.Named):
                self.valid_type(t)
        self.later(valid)

        # report the highest version requirement first, and only one
        tparam0 = tdecl.type_params.list[0] if has_tparams else None
        version_err = False
        if alias:
            if tparam0 is not None and not self.verify_version(tparam0, 23, "generic type alias"):
                version_err = True
            if not version_err and not self.verify_version(tdecl.name, 9, "type alias"):
                version_err = True
        elif tparam0 is not None and not self.verify_version(tparam0, 18, "type parameter"):
            version_err = True
        if alias:
            a = T.Alias(obj, None)
            obj.type = a
            saved = self.env.scope
            try:
                if has_tparams:
                    sc = Scope(self.env.scope, tdecl.pos(), tdecl.end(), "type parameters")
                    self.record_scope(tdecl, sc)
                    self.env.scope = sc
                    self.collect_type_params(tdecl.type_params, lambda tps: setattr(a, "type_params", tps))
                rhs = self.defined_type(tdecl.type, obj)
            finally:
                self.env.scope = saved
            if rhs is None:
                rhs = TYP[T.Invalid]
            if isinstance(rhs, T.TypeParam) and rhs in a.type_params:
                self.error(tdecl.type, Code.MisplacedTypeParam,
                           "cannot use type parameter declared in alias declaration as RHS")
                rhs = TYP[T.Invalid]
            if a.from_rhs is None:  # not invalidated by a cycle meanwhile
                a.actual = T.unalias(rhs) if not isinstance(rhs, T.Alias) or rhs.actual is not None else TYP[T.Invalid]
                a.from_rhs = rhs
            return
        named = T.Named(obj)
        obj.type = named
        saved = self.env.scope
        try:
            if has_tparams:
                sc = Scope(self.env.scope, tdecl.pos(), tdecl.end(), "type parameters")
                self.record_scope(tdecl, sc)
                self.env.scope = sc
                self.collect_type_params(tdecl.type_params, lambda tps: setattr(named, "type_params", tps))
            rhs = self.defined_type(tdecl.type, named)
        finally:
            self.env.scope = saved
        if rhs is None:
            rhs = TYP[T.Invalid]
        if isinstance(rhs, T.TypeParam):
            self.errorf(tdecl.type, Code.MisplacedTypeParam, "cannot use a type parameter as RHS in type declaration")
            rhs = TYP[T.Invalid]
        named.from_rhs = rhs
        if named._underlying is None:
            named._underlying = rhs
        if not T.underlying_pending(named):
            # (type T2 T1 inside T1's own declaration, as in `type T1 struct{ p *T2 }`,
            # waits until T1 is complete: under() resolves the chain on first use)
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
        sig = T.Signature()
        obj.type = sig  # guard against cycles
        self.func_type(None, fdecl.recv, fdecl.type, fdecl, sig)
        if sig.recv is not None:
            rt = T.unalias(sig.recv.type)
            if isinstance(rt, T.Pointer):
                obj.has_ptr_recv = True
        # a body-less function is implemented elsewhere (assembly, linkname): gc's back
        # end, not the type checker, requires bodies; a generic one cannot be
        if fdecl.body is None and fdecl.type.type_params is not None and fdecl.type.type_params.list \
                and not self.conf.allow_missing_bodies:  # gopherpy/lib declares natives so
            at = fdecl.recv.opening if fdecl.recv is not None and fdecl.recv.opening else fdecl.name
            self.softf(at, Code.BadDecl, "generic function is missing function body")
        if not self.conf.ignore_func_bodies and fdecl.body is not None:
            self.later(lambda: self.func_body(d, obj.name, sig, fdecl.body, None))

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
                top = len(self.delayed)
                lhs0 = [Var(n.name, None, pkg, n.pos()) for n in spec.names]
                values = spec.values
                for i, obj in enumerate(lhs0):
                    lhs = None
                    init = None
                    if len(values) == len(spec.names):
                        init = values[i]
                    elif len(values) == 1:
                        lhs = lhs0  # a multi-valued expression
                        init = values[0]
                    elif i < len(values):
                        init = values[i]
                    self.var_decl(obj, lhs, spec.type, init)
                    if len(values) == 1:
                        break  # the first variable gives all of them their types
                if spec.type is None or values:
                    self.arity(spec, spec.names, values, False, False)
                # function literals in the initializers are checked before the scope changes
                self.process_delayed(top)
                scope_pos = spec.end()
                for i, name in enumerate(spec.names):
                    self.declare(scope, name, lhs0[i], scope_pos)
                    self.usage_vars.append(lhs0[i])
        elif decl.tok == "type":
            for spec in decl.specs:
                obj = TypeName(spec.name.name, None, pkg, spec.name.pos())
                scope_pos = spec.name.pos()
                self.declare(scope, spec.name, obj, scope_pos)
                obj.color = 1  # grey: on the object path while its declaration is checked
                self.obj_path.append(obj)
                try:
                    self.type_decl(obj, spec, None)
                finally:
                    self.obj_path.pop()
                    obj.color = 2

    def arity(self, at, names, values, is_const, inherited):
        """Reports extra or missing initialization expressions of a const or var spec
        (go/types' arity); at is the spec."""
        from .errors import error_pos
        l, r = len(names), len(values)
        if l < r:
            n = values[l]
            if inherited:
                self.errorf(at, Code.WrongAssignCount, "extra init expr at %s", self.fset.position(error_pos(n)))
            else:
                self.errorf(n, Code.WrongAssignCount, "extra init expr %s", expr_string(n))
        elif l > r and (is_const or r != 1):  # r == 1 may be a multi-valued call
            n = names[r]
            self.errorf(n, Code.WrongAssignCount, "missing init expr for %s", n.name)


def first_in_src(path):
    """The index of the object with the smallest source position in path."""
    return min(range(len(path)), key=lambda i: path[i].pos)


def _plural(n, what):
    return f"{n} {what}" if n == 1 else f"{n} {what}s"
