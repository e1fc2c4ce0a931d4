"""This file implements type expressions (go/types' typexpr.go, signature.go, struct.go,
interface.go, union.go): identifiers, type literals, signatures, type parameter lists
and generic type instantiation."""

from __future__ import annotations

from .predicates import is_generic

from ..syntax import nodes as N
from . import typs as T
from .codes import Code
from .objects import Builtin, Const, Func, Nil, PkgName, TypeName, Var
from .operand import Operand, builtin, constant_, invalid, typexpr, value, variable, nilvalue
from .scope import Scope
from .typeset import compute_type_set
from .universe import COMPARABLE, IOTA, TYP, UNIVERSE


class TypexprMixin:

    def ident(self, x, e, def_named, want_type):
        x.mode = invalid
        x.expr = e
        name = e.name
        # only objects declared before e are visible (a closure checked later doesn't see
        # the variables its enclosing statement declares afterwards)
        # (an inherited constant initializer is evaluated where the constant is: no limit)
        at = e.pos() if not self.env.errpos else 0
        scope, obj = self.env.scope.lookup_parent(name, at) if self.env.scope is not None and name != "_" else (None, None)
        if obj is None and self.env.scope is None and name != "_":
            scope, obj = self.pkg.scope.lookup_parent(name)
        if obj is None and self.conf.test_builtins:
            from .universe import TEST_BUILTINS
            obj = TEST_BUILTINS.get(name)
        if obj is None:
            if name == "_":
                self.error(e, Code.InvalidBlank, "cannot use _ as value or type")
            else:
                self.errorf(e, Code.UndeclaredName, "undefined: %s", name)
            return
        if obj.parent is UNIVERSE and name in ("any", "comparable"):
            if not self.verify_version(e, 18, "predeclared %s", name):
                return
        self.record_use(e, obj)
        # dot-imported objects mark their import as used
        if scope is not None and scope.parent is self.pkg.scope and obj.pkg is not self.pkg and not isinstance(obj, PkgName):
            pn = self.imported_objs.get((id(scope), name))
            if pn is not None:
                pn.used = True
        got_type = isinstance(obj, TypeName)
        if want_type and not got_type:
            # a better message than a cycle error or a missing type (go.dev/issue/65344)
            self.errorf(e, Code.NotAType, "%s (%s) is not a type", obj.name, object_kind(obj))
            if isinstance(obj, Var) and obj.pkg is self.pkg:
                obj.used = True
            return
        typ = obj.type
        if isinstance(obj, (Const, Var, TypeName, Func)) and obj.pkg is self.pkg and (obj in self.objmap or obj.color == 1):
            if typ is None or got_type and want_type:
                self.obj_decl(obj, def_named)
                typ = obj.type
            d = self.env.decl
            if d is not None and obj.parent is self.pkg.scope:
                d.deps[obj] = True
        if isinstance(obj, PkgName):
            self.errorf(e, Code.InvalidPkgUse, "use of package %s not in selector", obj.name)
            obj.used = True
            return
        if isinstance(obj, Const):
            if typ is None or typ is T.TYP_INVALID:
                return
            if obj is IOTA:
                if self.env.iota is None:
                    self.error(e, Code.InvalidIota, "cannot use iota outside constant declaration")
                    return
                x.val = self.env.iota
            else:
                x.val = obj.val  # None: unknown (its declaration had an error)
            x.mode = constant_
        elif isinstance(obj, TypeName):
            x.mode = typexpr
            if typ is None:
                typ = TYP[T.Invalid]
        elif isinstance(obj, Var):
            if obj.pkg is self.pkg:
                obj.used = True
            if typ is None:
                typ = TYP[T.Invalid]
            if typ is T.TYP_INVALID:
                x.mode = invalid
                return
            x.mode = variable
        elif isinstance(obj, Func):
            if typ is None:
                typ = TYP[T.Invalid]
            x.mode = value
        elif isinstance(obj, Builtin):
            x.id = obj.name
            x.mode = builtin
        elif isinstance(obj, Nil):
            x.mode = nilvalue
        x.type = typ

    # -- types ---------------------------------------------------------------

    def typ(self, e):
        return self.defined_type(e, None)

    def var_type(self, e):
        t = self.defined_type(e, None)
        self.valid_var_type(e, t)
        return t

    def valid_var_type(self, e, t):
        u = T.unalias(t)
        if isinstance(u, T.TypeParam):
            return
        def later():
            uu = u.underlying()
            if isinstance(uu, T.Interface):
                from .typeset import compute_type_set
                ts = compute_type_set(uu)
                if not ts.is_method_set():
                    self.errorf(e, Code.MisplacedConstraintIface,
                                "cannot use type %s outside a type constraint: interface %s",
                                self.ts(t), "is (or embeds) comparable" if ts.comparable else "contains type constraints")
        self.later(later)

    def defined_type(self, e, def_named):
        t = self.typ_internal(e, def_named)
        if t is None:
            t = TYP[T.Invalid]
        if is_generic(t):
            self.errorf(e, Code.WrongTypeArgCount, "cannot use generic type %s without instantiation", self.ts(t))
            t = TYP[T.Invalid]
        self.record_type_and_value(e, typexpr, t, None)
        return t

    def generic_type(self, e, cause):
        """The generic type e denotes; if e is a type but not a generic one, cause[0]
        says so and the result is invalid (go/types' genericType)."""
        from .predicates import is_generic
        t = self.typ_internal(e, None)
        if T.unalias(t) is not T.TYP_INVALID and not is_generic(t):
            cause.append(f"{self.ts(t)} is not a generic type")
            t = TYP[T.Invalid]
        self.record_type_and_value(e, typexpr, t, None)
        return t

    def type_list(self, xlist):
        """The types of xlist, or None if one of them is invalid."""
        res = []
        ok = True
        for x in xlist:
            t = self.var_type(x)
            if T.unalias(t) is T.TYP_INVALID:
                ok = False
            res.append(t)
        return res if ok else None

    def typ_internal(self, e, def_named):
        t = type(e)
        if t is N.Ident or t is N.SelectorExpr:
            x = Operand()
            if t is N.Ident:
                self.ident(x, e, def_named, True)
            else:
                self.selector(x, e, def_named, True)
            if x.mode is typexpr:
                return x.type
            if x.mode is invalid:
                return TYP[T.Invalid]
            if x.mode is novalue_mode():
                self.errorf(e, Code.NotAType, "%s used as type", self.ops(x))
            else:
                self.errorf(e, Code.NotAType, "%s is not a type", self.ops(x))
            return TYP[T.Invalid]
        if t is N.IndexExpr or t is N.IndexListExpr:
            self.verify_version(_lbrack(e), 18, "type instantiation")
            return self.instantiated_type(e, def_named)
        if t is N.ParenExpr:
            return self.defined_type(e.x, def_named)
        if t is N.ArrayType:
            if e.len is None:
                typ = T.Slice(None)
                typ.elem = self.var_type(e.elt)
                return typ
            if isinstance(e.len, N.Ellipsis) and e.len.elt is None:
                self.error(e.len, Code.BadDotDotDotSyntax, "invalid use of [...] array (outside a composite literal)")
                self.var_type(e.elt)
                return TYP[T.Invalid]
            typ = T.Array(None, -1)
            typ.len = self.array_length(e.len)
            typ.elem = self.var_type(e.elt)
            if typ.len < 0:
                return TYP[T.Invalid]  # the length's error was reported
            return typ
        if t is N.Ellipsis:
            self.error(e, Code.InvalidDotDotDot, "invalid use of ...")
            return TYP[T.Invalid]
        if t is N.StructType:
            typ = T.Struct([], None)
            self.struct_type(typ, e)
            return typ
        if t is N.StarExpr:
            typ = T.Pointer(None)
            typ.elem = TYP[T.Invalid]
            typ.elem = self.var_type(e.x)
            # *T of an invalid T is invalid too: fewer follow-on errors (go.dev/issue/49005);
            # an alias still being declared (a cycle through its rhs) is not invalid
            if T.known_invalid(typ.elem):
                return TYP[T.Invalid]
            return typ
        if t is N.FuncType:
            return self.func_type(None, None, e, None)
        if t is N.InterfaceType:
            typ = T.Interface()
            self.interface_type(typ, e, def_named)
            return typ
        if t is N.MapType:
            typ = T.Map(None, None)
            typ.key = self.var_type(e.key)
            typ.elem = self.var_type(e.value)

            def check_key():
                from .predicates import comparable
                k = T.unalias(typ.key)
                if isinstance(k, T.TypeParam):
                    from .typeset import type_set_of
                    if not type_set_of(k).is_comparable():
                        self.errorf(e.key, Code.IncomparableMapKey, "invalid map key type %s (missing comparable constraint)", self.ts(typ.key))
                    return
                if not comparable(typ.key, True) and k is not T.TYP_INVALID:
                    self.errorf(e.key, Code.IncomparableMapKey, "invalid map key type %s", self.ts(typ.key))
            self.later(check_key)
            return typ
        if t is N.ChanType:
            d = {N.SEND | N.RECV: T.SendRecv, N.SEND: T.SendOnly, N.RECV: T.RecvOnly}.get(e.dir, T.SendRecv)
            typ = T.Chan(d, None)
            typ.elem = self.var_type(e.value)
            return typ
        if t is N.UnaryExpr and e.op == "~" or t is N.BinaryExpr and e.op == "|":
            self.errorf(e, Code.MisplacedConstraintIface, "cannot use %s outside a type constraint", _es(e) if t is N.UnaryExpr else _es(e))
            return TYP[T.Invalid]
        if t is N.BadExpr:
            return TYP[T.Invalid]
        self.errorf(e, Code.NotAType, "%s is not a type", _es(e))
        self.use(e)
        return TYP[T.Invalid]

    def array_length(self, e):
        if isinstance(e, N.Ident):
            _, obj = self.env.scope.lookup_parent(e.name) if self.env.scope else (None, None)
            if obj is None:
                self.errorf(e, Code.InvalidArrayLen, "undefined array length %s or missing type constraint", e.name)
                return -1
            if not isinstance(obj, Const):
                self.errorf(e, Code.InvalidArrayLen, "invalid array length %s", e.name)
                return -1
        x = Operand()
        self.expr(None, x, e)
        if x.mode is not constant_:
            if x.mode is not invalid:
                self.errorf(x.expr, Code.InvalidArrayLen, "array length %s must be constant", _es(e))
            return -1
        from .predicates import is_untyped, is_integer
        if is_untyped(x.type) or is_integer(x.type):
            from .constant import to_int
            v = to_int(x.val)
            if isinstance(v, int) and not isinstance(v, bool):
                if v >= 0 and v < (1 << 63):
                    return v
                self.errorf(x.expr, Code.InvalidArrayLen, "invalid array length %s", _es(e))
                return -1
        if is_integer(x.type) or is_untyped(x.type):
            self.errorf(x.expr, Code.InvalidArrayLen, "array length %s must be integer", self.ops(x))
        else:
            self.errorf(x.expr, Code.InvalidArrayLen, "array length %s must be integer", self.ops(x))
        return -1

    def struct_type(self, styp, e):
        fields = []
        tags = []
        seen = {}
        has_tag = False
        for f in e.fields.list:
            ftype = self.var_type(f.type) if f.type is not None else TYP[T.Invalid]
            tag = ""
            if f.tag is not None:
                from .constant import make_from_literal
                v = make_from_literal(f.tag.value, "STRING")
                tag = v.decode("utf-8", "replace") if v is not None else ""
                has_tag = True
            if f.names:
                for name in f.names:
                    fld = Var(name.name, ftype, self.pkg, name.pos(), is_field=True)
                    self._add_field(fields, tags, seen, name, fld, tag)
            else:
                # embedded field
                name = _embedded_name(f.type)
                pos = f.type.pos()
                fld = Var(name.name if name else "_", ftype, self.pkg, name.pos() if name else pos, is_field=True, embedded=True)
                self._add_field(fields, tags, seen, name, fld, tag)
                ft = f.type
                def check_embedded(ftype=ftype, ft=ft):
                    from .lookup import deref
                    t, is_ptr = deref(ftype)
                    u = T.unalias(t)
                    uu = u.underlying()
                    if u is T.TYP_INVALID:
                        return
                    if isinstance(u, T.TypeParam):
                        self.errorf(ft, Code.MisplacedTypeParam, "embedded field type cannot be a (pointer to a) type parameter")
                    elif isinstance(uu, T.Basic) and uu.kind == T.UnsafePointer:
                        self.errorf(ft, Code.InvalidPtrEmbed, "embedded field type cannot be unsafe.Pointer")
                    elif isinstance(uu, T.Pointer):
                        self.errorf(ft, Code.InvalidPtrEmbed, "embedded field type cannot be a pointer")
                    elif is_ptr and isinstance(uu, T.Interface):
                        self.errorf(ft, Code.InvalidPtrEmbed, "embedded field type cannot be a pointer to an interface")
                self.later(check_embedded)
        styp.fields = fields
        styp.tags = tags if has_tag else None

    def _add_field(self, fields, tags, seen, ident, fld, tag):
        name = fld.name
        if name != "_":
            alt = seen.get(name)
            if alt is not None:
                self.errorf(fld.pos, Code.DuplicateDecl, "%s redeclared\n\t%s: other declaration of %s", name, self.fset.position(alt.pos), name)
                if ident is not None:
                    self.record_def(ident, fld)
                return
            seen[name] = fld
        if ident is not None:
            self.record_def(ident, fld)
        fields.append(fld)
        tags.append(tag)

    def interface_type(self, ityp, e, def_named):
        embed_pos = []
        for f in e.methods.list:
            if not f.names:
                # embedded element
                ityp.embeddeds.append(self.parse_union(f.type))
                embed_pos.append(f.type.pos())
                continue
            name = f.names[0]
            if name.name == "_":
                self.error(name, Code.BlankIfaceMethod, "methods must have a unique non-blank name")
                continue
            sig = self.func_type(None, None, f.type, None) if isinstance(f.type, N.FuncType) else T.Signature()
            recv = Var("", def_named if def_named is not None else ityp, self.pkg, name.pos())
            sig.recv = recv
            m = Func(name.name, sig, self.pkg, name.pos())
            ityp.methods.append(m)
            self.record_def(name, m)
        ityp.embed_pos = embed_pos
        ityp.complete = True
        if not ityp.methods and not ityp.embeddeds:
            return
        # compute the type set as soon as possible, to report its errors (duplicate
        # methods) once
        ityp.check = self
        self.later(lambda: compute_type_set(ityp))

    def parse_union(self, e):
        """A union A | ~B | ... (or a single type) as an embedded interface element
        (go/types' parseUnion); term validity is checked later."""
        tlist = []
        blist = []

        def flatten(x):
            if isinstance(x, N.BinaryExpr) and x.op == "|":
                flatten(x.x)
                blist.append(x)
                tlist.append(x.y)
            else:
                tlist.append(x)
        flatten(e)
        terms = []
        u = None
        for i, x in enumerate(tlist):
            term = self.parse_tilde(x)
            if len(tlist) == 1 and not term.tilde:
                return term.type
            if len(terms) >= MAX_TERM_COUNT:
                if u is not T.TYP_INVALID:
                    self.errorf(x, Code.InvalidUnion, "cannot handle more than %d union terms (implementation limitation)", MAX_TERM_COUNT)
                    u = TYP[T.Invalid]
            else:
                terms.append(term)
                u = T.Union(terms)
            if i > 0:
                self.record_type_and_value(blist[i - 1], typexpr, u, None)
        if u is T.TYP_INVALID:
            return u

        def check_terms():
            from .predicates import identical, is_interface
            for i, t in enumerate(terms):
                if T.unalias(t.type) is T.TYP_INVALID:
                    continue
                tu = T.unalias(t.type).underlying()
                f = tu if isinstance(tu, T.Interface) else None
                if t.tilde:
                    if f is not None:
                        self.errorf(tlist[i], Code.InvalidUnion, "invalid use of ~ (%s is an interface)", self.ts(t.type))
                        continue
                    if not identical(tu, t.type):
                        self.errorf(tlist[i], Code.InvalidUnion, "invalid use of ~ (underlying type of %s is %s)",
                                    self.ts(t.type), self.ts(tu))
                        continue
                if f is not None:
                    ts = compute_type_set(f)
                    ss = self._term_str(t)
                    if ts.methods:
                        self.errorf(tlist[i], Code.InvalidUnion, "cannot use %s in union (%s contains methods)", ss, ss)
                    elif T.unalias(t.type) is COMPARABLE:
                        self.error(tlist[i], Code.InvalidUnion, "cannot use comparable in union")
                    elif ts.comparable:
                        self.errorf(tlist[i], Code.InvalidUnion, "cannot use %s in union (%s embeds comparable)", ss, ss)
                    continue
                for j in range(i):
                    x = terms[j]
                    if is_interface(x.type):
                        continue
                    if not _disjoint(x, t):
                        self.softf(tlist[i], Code.InvalidUnion, "overlapping terms %s and %s",
                                   self._term_str(t), self._term_str(x))
                        break
        self.later(check_terms)
        return u

    def _term_str(self, t):
        return ("~" if t.tilde else "") + T.type_string(t.type, None)

    def parse_tilde(self, x):
        tx = x
        tilde = False
        if isinstance(x, N.UnaryExpr) and x.op == "~":
            x = x.x
            tilde = True
        typ = self.typ(x)
        if isinstance(T.unalias(typ), T.TypeParam):
            if tilde:
                self.errorf(x, Code.MisplacedTypeParam, "type in term %s cannot be a type parameter", _es(tx))
            else:
                self.error(x, Code.MisplacedTypeParam, "term cannot be a type parameter")
            typ = TYP[T.Invalid]
        term = T.Term(tilde, typ)
        if tilde:
            self.record_type_and_value(tx, typexpr, T.Union([term]), None)
        return term

    # -- signatures ----------------------------------------------------------

    def collect_type_params(self, fl, bind=None):
        """Declares the type parameters of fl in the current scope and returns them; bind
        (if given) receives the list before the bounds are checked, since a bound may
        refer to the generic type being declared (type T[P T[P]] ...)."""
        tparams = []
        scope_pos = fl.list[0].pos() if fl.list else self.env.scope.pos
        for f in fl.list:
            for name in f.names:
                tn = TypeName(name.name, None, self.pkg, name.pos())
                tp = T.TypeParam(tn, len(tparams), TYP[T.Invalid])
                self.declare(self.env.scope, name, tn, scope_pos)
                tparams.append(tp)
        if bind is not None:
            bind(tparams)
        saved = self.env.in_tparam_list
        self.env.in_tparam_list = True
        try:
            i = 0
            prev_type = None
            bound = None
            for f in fl.list:
                if f.type is None:
                    bound = TYP[T.Invalid]
                elif f.type is not prev_type:
                    bound = self.bound(f.type)
                    if isinstance(bound, T.TypeParam):
                        self.error(f.type, Code.MisplacedTypeParam, "cannot use a type parameter as constraint")
                        bound = TYP[T.Invalid]
                prev_type = f.type
                for _ in f.names:
                    tparams[i].bound = bound
                    i += 1
        finally:
            self.env.in_tparam_list = saved
        return tparams

    def bound(self, e):
        if isinstance(e, N.BinaryExpr) and e.op == "|" or isinstance(e, N.UnaryExpr) and e.op == "~":
            it = T.Interface([], [self.parse_union(e)])
            it.embed_pos = [e.pos()]
            it.check = self
            it.implicit = True
            it.complete = True
            return it
        # a non-interface bound stands for interface{bound} (TypeParam.iface, lazily:
        # the bound's underlying type may not be known yet)
        return self.typ(e)

    def func_type(self, recv_var, recv_fl, ftype, fdecl, sig=None):
        """The signature of ftype (filled into sig if given)."""
        if sig is None:
            sig = T.Signature()
        scope = Scope(self.env.scope, ftype.pos(), fdecl.end() if fdecl is not None else ftype.end(), "function")
        scope.is_func = True
        sig.scope = scope
        self.record_scope(ftype, scope)
        saved = self.env.scope
        self.env.scope = scope
        try:
            recv_decl = None
            if recv_fl is not None and recv_fl.list:
                recv_decl = self.collect_recv(sig, recv_fl, scope)
            if ftype.type_params is not None and ftype.type_params.list:
                self.collect_type_params(ftype.type_params, lambda tps: setattr(sig, "type_params", tps))
                if recv_fl is not None and recv_fl.list:
                    # generic methods (go1.27): the method's own type parameters follow
                    # the receiver's in the function scope
                    self.verify_version(ftype.type_params.list[0], 27, "generic method")
            pending = []  # (ident, Var): declared once all parameter types are known
            params, variadic = self.collect_params(scope, ftype.params, True, pending)
            results, _ = self.collect_params(scope, ftype.results, False, pending)
            for v in results:
                v.kind = "result variable"
            # parameter names are in scope in the body only, not in the signature: in
            # func(hash hash.Hash) the type still refers to the package
            if recv_decl is not None:
                self.declare(scope, recv_decl[0], recv_decl[1], scope.pos)
            for name, v in pending:
                self.declare(scope, name, v, scope.pos)
            sig.params = T.Tuple(params)
            sig.results = T.Tuple(results)
            sig.variadic = variadic
        finally:
            self.env.scope = saved
        return sig

    def collect_params(self, scope, fl, variadic_ok, pending):
        if fl is None:
            return [], False
        out = []
        variadic = False
        n = len(fl.list)
        named = any(f.names for f in fl.list)
        for i, f in enumerate(fl.list):
            ftype = f.type
            if isinstance(ftype, N.Ellipsis):
                if variadic_ok and i == n - 1 and len(f.names) <= 1:
                    variadic = True
                # else: the parser reported the misplaced ... and T stands for ...T
                t = self.var_type(ftype.elt) if ftype.elt is not None else TYP[T.Invalid]
                if variadic:
                    t = T.Slice(t)
            else:
                t = self.var_type(ftype) if ftype is not None else TYP[T.Invalid]
            if f.names:
                for name in f.names:
                    v = Var(name.name, t, self.pkg, name.pos())
                    v.is_param = True
                    pending.append((name, v))
                    out.append(v)
            else:
                v = Var("", t, self.pkg, ftype.pos() if ftype is not None else 0)
                v.is_param = True
                self.record_implicit(f, v)
                out.append(v)
        return out, variadic

    def collect_recv(self, sig, recv_fl, scope):
        f = recv_fl.list[0]
        rtyp_expr = f.type
        # strip parens and pointer
        e = rtyp_expr
        while isinstance(e, N.ParenExpr):
            e = e.x
        ptr = False
        if isinstance(e, N.StarExpr):
            ptr = True
            e = e.x
            while isinstance(e, N.ParenExpr):
                e = e.x
        base_expr = e
        targs = []
        if isinstance(e, N.IndexExpr):
            base_expr = e.x
            targs = [e.index]
        elif isinstance(e, N.IndexListExpr):
            base_expr = e.x
            targs = list(e.indices)
        rtype = TYP[T.Invalid]
        if not targs:
            # a generic type is reported by var_type; further checks come later (validate)
            rtype = self.var_type(rtyp_expr)
            # no new methods on instantiated types, even through aliases
            a = _unpointer(rtype)
            while isinstance(a, T.Alias):
                base = _unpointer(a.from_rhs)
                if isinstance(base, (T.Named, T.Alias)) and (base.type_params or base.origin is not None and base.origin.type_params):
                    self.errorf(base_expr, Code.InvalidRecv, "cannot define new methods on instantiated type %s", self.ts(base))
                    rtype = TYP[T.Invalid]
                    break
                a = base
        else:
            # generic receiver: base_expr must denote a generic type, resolved before
            # the receiver type parameters (of possibly the same names) are declared
            base_type = None
            cause = []
            bt = self.generic_type(base_expr, cause)
            if T.unalias(bt) is not T.TYP_INVALID:
                if isinstance(bt, T.Alias):
                    self.errorf(base_expr, Code.InvalidRecv, "cannot define new methods on generic alias type %s", self.ts(bt))
                elif isinstance(bt, T.Named):
                    base_type = bt
            elif cause:
                self.errorf(base_expr, Code.InvalidRecv, "%s", cause[0])
            tparams = []
            for i, a in enumerate(targs):
                nm = a if isinstance(a, N.Ident) else None
                if nm is None and not isinstance(a, N.BadExpr):
                    self.errorf(a, Code.BadRecv, "receiver type parameter %s must be an identifier", _es(a))
                tn = TypeName(nm.name if nm else "_", None, self.pkg, a.pos())
                tp = T.TypeParam(tn, i, TYP[T.Invalid])
                if nm is not None:
                    self.declare(scope, nm, tn, scope.pos)
                    self.record_use(nm, tn)
                    self.record_type_and_value(nm, typexpr, tp, None)
                tparams.append(tp)
            sig.recv_type_params = tparams
            if base_type is not None:
                btps = base_type.type_params
                if len(tparams) == len(btps):
                    from .instantiate import subst
                    smap = dict(zip(btps, tparams))
                    for tp, otp in zip(tparams, btps):
                        self.mono.record_canon(tp, otp)
                        tp.bound = subst(otp.bound, smap)
                else:
                    got = f"{len(tparams)} type parameter" + ("s" if len(tparams) != 1 else "")
                    self.errorf(base_expr, Code.BadRecv, "receiver declares %s, but receiver base type declares %d", got, len(btps))
                self.verify_version(base_expr, 18, "type instantiation")
                from .instantiate import instantiate_named
                rtype = instantiate_named(base_type, tparams, e.pos())
                self.record_instance(base_expr, tparams, rtype)
                if ptr and T.unalias(rtype).underlying() is not T.TYP_INVALID:
                    rtype = T.Pointer(rtype)
                self.record_type_and_value(rtyp_expr, typexpr, rtype, None)
        name = f.names[0] if f.names else None
        recv = Var(name.name if name else "", rtype, self.pkg, name.pos() if name else rtyp_expr.pos())
        recv.is_param = True
        recv.kind = "receiver"
        recv_decl = None
        if name is not None:
            recv_decl = (name, recv)  # declared with the parameters (func_type)
        else:
            self.record_implicit(f, recv)
        sig.recv = recv
        # validate receiver base type later (after all types are set up)
        def validate(rtype=rtype, at=rtyp_expr):
            # go/types' validRecv: messages name the base type (rt, not unaliased)
            rt = rtype
            if isinstance(T.unalias(rt), T.Pointer):
                rt = T.unalias(rt).elem
            t = T.unalias(rt)
            if t is T.TYP_INVALID:
                return
            if isinstance(t, T.Named):
                if t.obj.pkg is not self.pkg:
                    self.errorf(at, Code.InvalidRecv, "cannot define new methods on non-local type %s", self.ts(rt))
                    return
                u = t.underlying()
                cause = ""
                if isinstance(u, T.Basic) and u.kind == T.UnsafePointer:
                    cause = "unsafe.Pointer"  # treated like a pointer
                elif isinstance(u, (T.Pointer, T.Interface)):
                    cause = "pointer or interface type"
                if cause:
                    self.errorf(at, Code.InvalidRecv, "invalid receiver type %s (%s)", self.ts(rt), cause)
                return
            if isinstance(t, T.Basic):
                self.errorf(at, Code.InvalidRecv, "cannot define new methods on non-local type %s", self.ts(rt))
                return
            self.errorf(at, Code.InvalidRecv, "invalid receiver type %s", self.ts(rtype))
        self.later(validate)
        return recv_decl

    # -- instantiation -------------------------------------------------------

    def instantiated_type(self, e, def_named):
        """The instance a generic type expression G[A, ...] denotes (go/types'
        instantiatedType); the number of type arguments and their constraints are
        verified later, when all types are set up."""
        xlist = [e.index] if isinstance(e, N.IndexExpr) else list(e.indices)
        cause = []
        gtyp = self.generic_type(e.x, cause)
        if cause:
            self.errorf(e.x, Code.NotAGenericType, "invalid operation: %s[%s] (%s)", _es(e.x),
                        ", ".join(_es(a) for a in xlist), cause[0])
        if T.unalias(gtyp) is T.TYP_INVALID:
            return TYP[T.Invalid]
        targs = self.type_list(xlist)
        if targs is None:
            return TYP[T.Invalid]
        pos = e.x.pos()
        if isinstance(gtyp, T.Alias):
            if not self.validate_targ_len(pos, gtyp.obj.name, len(gtyp.type_params), len(targs)):
                return TYP[T.Invalid]
            from .instantiate import instantiate_alias
            inst = instantiate_alias(gtyp, targs)
            tparams = gtyp.type_params
        else:
            g = T.unalias(gtyp)
            from .instantiate import instantiate_named
            inst = instantiate_named(g, targs, pos)
            tparams = g.type_params
        ident = e.x if isinstance(e.x, N.Ident) else (e.x.sel if isinstance(e.x, N.SelectorExpr) else e.x)

        def verify():
            self.record_instance(ident, targs, inst)
            tps = tparams if not isinstance(gtyp, T.Alias) else gtyp.type_params
            if isinstance(inst, T.Named):
                tps = inst.origin.type_params
            if self.validate_targ_len(pos, inst.obj.name, len(tps), len(targs)):
                i, cause = self.verify_targs(tps, targs)
                if i >= 0:
                    self.softf(xlist[i] if i < len(xlist) else pos, Code.InvalidTypeArg, "%s", cause)
                else:
                    self.mono_record_instance(pos, tps, targs, xlist)
        self.later(verify)
        return inst

    def validate_targ_len(self, pos, name, want, got):
        if got == want:
            return True
        qual = "not enough" if got < want else "too many"
        self.errorf(pos, Code.WrongTypeArgCount, "%s type arguments for type %s: have %d, want %d", qual, name, got, want)
        return False

    def verify_targs(self, tparams, targs):
        from .instantiate import subst
        smap = dict(zip(tparams, targs))
        for i, (tp, ta) in enumerate(zip(tparams, targs)):
            tp.iface()
            bound = subst(tp.bound, smap)
            cause = [""]
            if not self.implements(ta, bound, True, cause):
                return i, cause[0]
        return -1, ""


MAX_TERM_COUNT = 100  # go/types' limit: termlist operations are quadratic


def _disjoint(x, y):
    """Whether terms x and y (non-interface types) denote disjoint type sets."""
    from .predicates import identical
    ux = T.unalias(x.type).underlying() if y.tilde else x.type
    uy = T.unalias(y.type).underlying() if x.tilde else y.type
    return not identical(ux, uy)


def object_kind(obj):
    """The description of obj's kind in messages (go/types' objectKind)."""
    if isinstance(obj, PkgName):
        return "package name"
    if isinstance(obj, Const):
        return "constant"
    if isinstance(obj, TypeName):
        if obj.is_alias():
            return "type alias"
        if isinstance(obj.type, T.TypeParam):
            return "type parameter"
        return "defined type"
    if isinstance(obj, Var):
        if obj.is_field:
            return "struct field"
        k = getattr(obj, "kind", "")
        if k:
            return k
        if obj.parent is not None and obj.pkg is not None and obj.parent is obj.pkg.scope:
            return "package-level variable"
        if obj.is_param:
            return "parameter"
        return "local variable"
    if isinstance(obj, Func):
        sig = obj.type
        return "method" if isinstance(sig, T.Signature) and sig.recv is not None else "function"
    if isinstance(obj, Builtin):
        return "built-in function"
    if isinstance(obj, Nil):
        return "untyped nil"
    return "label"


def _lbrack(e):
    """The position of the [ of an index expression (types2's position of IndexExpr)."""
    return getattr(e, "lbrack", 0) or e.pos()


def _unpointer(t):
    """t without any literal pointer indirections."""
    while isinstance(t, T.Pointer):
        t = t.elem
    return t


def novalue_mode():
    from .operand import novalue
    return novalue


def _es(e):
    from .errors import expr_string
    return expr_string(e)


def _embedded_name(e):
    while True:
        if isinstance(e, N.StarExpr):
            e = e.x
        elif isinstance(e, N.ParenExpr):
            e = e.x
        elif isinstance(e, (N.IndexExpr, N.IndexListExpr)):
            e = e.x
        else:
            break
    if isinstance(e, N.Ident):
        return e
    if isinstance(e, N.SelectorExpr):
        return e.sel
    return None
