"""This file implements typechecking of calls, selectors and function instantiation
(go/types' call.go): conversions, builtin calls, ordinary calls with argument
passing rules, variadic calls, generic inference, method values and expressions."""

from __future__ import annotations

from ..syntax import nodes as N
from . import typs as T
from .api import FieldVal, MethodExpr, MethodVal
from .codes import Code
from .errors import expr_string
from .objects import Func, PkgName, TypeName, Var
from .operand import (Operand, builtin, commaok, constant_, invalid, novalue, typexpr, value, variable,
                      mapindex)
from .predicates import identical, is_interface
from .typeset import core_type
from .universe import TYP


class CallMixin:

    def func_inst(self, hint, x, e):
        idx = [e.index] if isinstance(e, N.IndexExpr) else list(e.indices)
        targs = [self.var_type(a) for a in idx]
        if any(t is T.TYP_INVALID for t in targs):
            x.mode = invalid
            return
        sig = x.type
        tps = sig.type_params
        if len(targs) > len(tps):
            self.errorf(idx[len(tps)], Code.WrongTypeArgCount, "got %d type arguments but %s has %d type parameters", len(targs), expr_string(e.x), len(tps))
            x.mode = invalid
            return
        if len(targs) < len(tps):
            # partial instantiation: infer the rest from the hint if possible
            inferred = None
            if hint is not None and isinstance(T.unalias(hint).underlying(), T.Signature):
                inferred = self.infer(e, tps, targs, None, [], hint=T.unalias(hint).underlying(), sig=sig)
            if inferred is None:
                if hint is None or not isinstance(T.unalias(hint).underlying(), T.Signature):
                    self.errorf(e, Code.CannotInferTypeArgs, "in call to %s, cannot infer %s", expr_string(e.x), tps[len(targs)].obj.name) if False else self.errorf(e, Code.CannotInferTypeArgs, "cannot use generic function %s without instantiation", expr_string(e.x))
                x.mode = invalid
                return
            targs = inferred
        self.instantiate_func(e, x, targs, idx)
        x.expr = e

    def instantiate_func(self, e, x, targs, idx_nodes):
        from .instantiate import instantiate_signature
        sig = x.type
        i, cause = self.verify_targs(sig.type_params, targs)
        if i >= 0:
            at = idx_nodes[i] if i < len(idx_nodes) else e
            self.error(at, Code.InvalidTypeArg, cause)
            x.mode = invalid
            return
        inst = instantiate_signature(sig, targs)
        fn = e.x if isinstance(e, (N.IndexExpr, N.IndexListExpr)) else e
        while isinstance(fn, N.ParenExpr):
            fn = fn.x
        ident = fn.sel if isinstance(fn, N.SelectorExpr) else fn
        if isinstance(ident, N.Ident):
            self.record_instance(ident, targs, inst)
        x.type = inst
        x.mode = value

    def call_expr(self, x, call, hint):
        fun = call.fun
        targs_nodes = None
        self.expr_or_type(x, fun, True) if not isinstance(fun, (N.IndexExpr, N.IndexListExpr)) else None
        if isinstance(fun, (N.IndexExpr, N.IndexListExpr)):
            # a generic function instantiation or an indexed value
            self.expr_or_type(x, fun.x, True)
            if x.mode is value and isinstance(x.type, T.Signature) and x.type.type_params:
                targs_nodes = [fun.index] if isinstance(fun, N.IndexExpr) else list(fun.indices)
            else:
                # re-check as ordinary expression
                x.mode = invalid
                self.raw_expr(None, x, fun, True) if False else self.expr_internal(None, x, fun)
                self.record(x)
        if x.mode is invalid:
            self.use(*call.args)
            x.expr = call
            return
        if x.mode is typexpr:
            # conversion
            t = x.type
            x.mode = invalid
            n = len(call.args)
            if n == 0:
                self.errorf(call.rparen, Code.WrongArgCount, "missing argument in conversion to %s", self.ts(t))
            elif n > 1:
                self.errorf(call.args[n - 1], Code.WrongArgCount, "too many arguments in conversion to %s", self.ts(t))
                self.use(*call.args)
            else:
                if call.ellipsis:
                    self.errorf(call.args[0], Code.BadDotDotDotSyntax, "invalid use of ... in conversion to %s", self.ts(t))
                self.expr_with_hint(x, call.args[0], t)
                if x.mode is not invalid:
                    if isinstance(T.unalias(t).underlying(), T.Interface) and not isinstance(T.unalias(t), T.TypeParam):
                        if not T.unalias(t).underlying().is_method_set():
                            self.errorf(call, Code.MisplacedConstraintIface, "cannot use interface %s in conversion (contains specific type constraints or is comparable)", self.ts(t))
                            x.mode = invalid
                            x.expr = call
                            return
                    self.conversion(x, t)
            x.expr = call
            return
        if x.mode is builtin:
            self.builtin_call(x, call, x.id)
            x.expr = call
            if x.mode is not invalid and x.mode is not constant_:
                self.env.has_call_or_recv = True
            return
        sig = core_type(x.type)
        if not isinstance(sig, T.Signature):
            self.invalid_op(x.expr, Code.InvalidCall, "cannot call non-function %s", self.ops(x))
            self.use(*call.args)
            x.mode = invalid
            x.expr = call
            return
        # evaluate arguments
        args = self.gen_args(call.args)
        targs = []
        if targs_nodes is not None:
            targs = [self.var_type(a) for a in targs_nodes]
            if any(t is T.TYP_INVALID for t in targs):
                x.mode = invalid
                x.expr = call
                return
            if len(targs) > len(sig.type_params):
                self.errorf(targs_nodes[len(sig.type_params)], Code.WrongTypeArgCount, "got %d type arguments but %s has %d type parameters", len(targs), expr_string(fun.x), len(sig.type_params))
                x.mode = invalid
                x.expr = call
                return
        sig = self.arguments(call, sig, targs, targs_nodes, args, x)
        if sig is None:
            x.mode = invalid
            x.expr = call
            return
        res = sig.results
        n = len(res.vars)
        if n == 0:
            x.mode = novalue
            x.type = res
        elif n == 1:
            x.mode = value
            x.type = res.vars[0].type
        else:
            x.mode = value
            x.type = res
        x.expr = call
        self.env.has_call_or_recv = True
        if sig.type_params == [] and isinstance(x.type, T.Signature) and x.type.type_params:
            pass

    def gen_args(self, args):
        """Evaluates call arguments; returns a list of operands (a single tuple-valued call spreads)."""
        out = []
        if len(args) == 1:
            ops_, _ = self.multi_expr_generic(args[0])
            return ops_
        for a in args:
            x = Operand()
            self.raw_expr(None, x, a, True)
            self.exclude(x, (novalue, builtin, typexpr))
            self.single_value(x)
            out.append(x)
        return out

    def multi_expr_generic(self, e):
        x = Operand()
        self.raw_expr(None, x, e, True)
        self.exclude(x, (novalue, builtin, typexpr))
        if isinstance(x.type, T.Tuple) and x.mode is not invalid:
            return [Operand(value, e, v.type) for v in x.type.vars], True
        return [x], False

    def arguments(self, call, sig, targs, targs_nodes, args, x):
        for a in args:
            if a.mode is invalid:
                return None
        nargs = len(args)
        params = sig.params.vars
        npars = len(params)
        ddd = bool(call.ellipsis)
        sig_params = params
        adjusted = False
        if sig.variadic:
            if ddd:
                if len(call.args) == 1 and nargs > 1:
                    self.errorf(call.ellipsis, Code.InvalidDotDotDot, "cannot use ... with %d-valued %s", nargs, expr_string(call.args[0]))
                    return None
            else:
                if nargs >= npars - 1:
                    vt = params[-1].type
                    et = T.unalias(vt).underlying().elem if isinstance(T.unalias(vt).underlying(), T.Slice) else vt
                    sig_params = list(params[:-1]) + [Var(params[-1].name, et, params[-1].pkg, params[-1].pos) for _ in range(nargs - npars + 1)]
                    adjusted = True
                    npars = nargs
                else:
                    pass
        else:
            if ddd:
                self.errorf(call.ellipsis, Code.NonVariadicDotDotDot, "have (...) but function is not variadic: %s" if False else "cannot use ... in call to non-variadic %s", expr_string(call.fun))
                return None
        if nargs != npars:
            at = call
            qualifier = "not enough"
            if nargs > npars:
                at = args[npars].expr
                qualifier = "too many"
            elif nargs > 0:
                at = call.rparen
            else:
                at = call.rparen
            params_s = "(" + ", ".join(self.ts(p.type) for p in (params if not sig.variadic else params)) + ")"
            if sig.variadic:
                params_s = "(" + ", ".join([self.ts(p.type) for p in params[:-1]] + ["..." + self.ts(T.unalias(params[-1].type).underlying().elem)]) + ")"
            have = "(" + ", ".join(self.ts(a.type) if a.mode is not invalid else "invalid type" for a in args) + ")"
            self.errorf(at, Code.WrongArgCount, "%s arguments in call to %s\n\thave %s\n\twant %s", qualifier, expr_string(call.fun), have, params_s)
            return None
        # infer type arguments
        if sig.type_params:
            tparams = sig.type_params
            if len(targs) < len(tparams):
                inferred = self.infer(call, tparams, targs, sig_params, args, sig=sig)
                if inferred is None:
                    return None
                targs = inferred
            from .instantiate import instantiate_signature, subst
            i, cause = self.verify_targs(tparams, targs)
            if i >= 0:
                at = targs_nodes[i] if targs_nodes is not None and i < len(targs_nodes) else call.fun
                self.error(at, Code.InvalidTypeArg, cause if not cause.startswith("T") else cause)
                return None
            smap = dict(zip(tparams, targs))
            fn = call.fun
            if isinstance(fn, (N.IndexExpr, N.IndexListExpr)):
                fn = fn.x
            while isinstance(fn, N.ParenExpr):
                fn = fn.x
            ident = fn.sel if isinstance(fn, N.SelectorExpr) else fn
            inst = instantiate_signature(sig, targs)
            if isinstance(ident, N.Ident):
                self.record_instance(ident, targs, inst)
            # record the instantiated type for the function expression
            self.record_type_and_value(call.fun, value, inst, None)
            sig_params = [Var(p.name, subst(p.type, smap), p.pkg, p.pos) for p in sig_params]
            sig = inst
        for i, a in enumerate(args):
            p = sig_params[i]
            context = "argument to " + expr_string(call.fun) if False else "argument"
            self.assignment(a, p.type, "argument to " + expr_string(call.fun) if False else f"argument to {expr_string(call.fun)}")
        return sig

    # -- selectors -----------------------------------------------------------

    def selector(self, x, e, def_named, want_type):
        sel = e.sel.name
        if isinstance(e.x, N.Ident):
            scope, obj = self.env.scope.lookup_parent(e.x.name) if self.env.scope is not None else (None, None)
            if isinstance(obj, PkgName):
                self.record_use(e.x, obj)
                obj.used = True
                pkg = obj.imported
                exp = None
                if pkg.fake:
                    x.mode = value
                    x.type = TYP[T.Invalid]
                    x.expr = e
                    x.mode = invalid
                    return
                exp = pkg.scope.lookup(sel)
                if exp is None:
                    if not pkg.fake:
                        self.errorf(e.sel, Code.UndeclaredImportedName, "undefined: %s", expr_string(e))
                    x.mode = invalid
                    x.expr = e
                    return
                if not exp.exported():
                    self.errorf(e.sel, Code.UnexportedName, "name %s not exported by package %s", sel, pkg.name)
                    x.mode = invalid
                    x.expr = e
                    return
                self.record_use(e.sel, exp)
                from .objects import Builtin, Const
                x.expr = e
                if isinstance(exp, Const):
                    x.mode = constant_
                    x.type = exp.type
                    x.val = exp.val
                elif isinstance(exp, TypeName):
                    x.mode = typexpr
                    x.type = exp.type
                elif isinstance(exp, Var):
                    x.mode = variable
                    x.type = exp.type
                elif isinstance(exp, Func):
                    x.mode = value
                    x.type = exp.type
                elif isinstance(exp, Builtin):
                    x.mode = builtin
                    x.type = exp.type
                    x.id = exp.id_
                if x.type is None:
                    x.mode = invalid
                return
        self.expr_or_type(x, e.x, False)
        if x.mode is invalid:
            x.expr = e
            return
        if x.mode is typexpr and isinstance(T.unalias(x.type), T.TypeParam):
            self.errorf(e.sel, Code.MissingFieldOrMethod, "cannot select on type parameter %s" if False else "%s.%s undefined (type %s has no method %s)", expr_string(e.x), sel, self.ts(x.type), sel)
            x.mode = invalid
            x.expr = e
            return
        if x.mode is builtin:
            self.errorf(e, Code.UncalledBuiltin, "invalid use of %s in selector expression", expr_string(e.x)) if False else self.errorf(e.x, Code.UncalledBuiltin, "%s must be called", expr_string(e.x))
            x.mode = invalid
            x.expr = e
            return
        from .lookup import lookup_field_or_method
        obj, index, indirect = lookup_field_or_method(x.type, x.mode is variable, self.pkg, sel)
        if obj is not None and isinstance(obj, Func) and obj.type is None:
            self.obj_decl(obj)
        if isinstance(obj, Func) and obj in self.objmap and self.env.decl is not None:
            self.env.decl.deps[obj] = True  # go/types' addDeclDep: init order sees methods
        if obj is None:
            if T.unalias(x.type).underlying() is T.TYP_INVALID:
                x.mode = invalid
                x.expr = e
                return
            if index is not None:
                if indirect:
                    if x.mode is typexpr:
                        self.errorf(e.sel, Code.InvalidMethodExpr, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)", expr_string(e.x), sel, self.ts(x.type), sel)
                    else:
                        self.errorf(e.sel, Code.InvalidMethodExpr, "cannot call pointer method %s on %s", sel, self.ts(x.type))
                else:
                    self.errorf(e.sel, Code.AmbiguousSelector, "ambiguous selector %s", expr_string(e))
                x.mode = invalid
                x.expr = e
                return
            why = self.lookup_error(x.type, sel, x.mode is typexpr)
            self.errorf(e.sel, Code.MissingFieldOrMethod, "%s.%s undefined (%s)", expr_string(e.x), sel, why)
            x.mode = invalid
            x.expr = e
            return
        if x.mode is typexpr:
            # method expression
            if not isinstance(obj, Func):
                self.errorf(e.sel, Code.MissingFieldOrMethod, "%s.%s undefined (type %s has no method %s)", expr_string(e.x), sel, self.ts(x.type), sel)
                x.mode = invalid
                x.expr = e
                return
            self.record_selection(e, MethodExpr, x.type, obj, index, indirect)
            sig = obj.type
            recv = Var("_", x.type, self.pkg, 0)
            params = [recv] + list(sig.params.vars)
            x.mode = value
            x.type = T.Signature(None, T.Tuple(params), sig.results, sig.variadic)
            x.expr = e
            return
        if isinstance(obj, Var):
            self.record_selection(e, FieldVal, x.type, obj, index, indirect)
            if x.mode is variable or indirect:
                x.mode = variable
            else:
                x.mode = value
            x.type = obj.type
        else:
            self.record_selection(e, MethodVal, x.type, obj, index, indirect)
            x.mode = value
            sig = obj.type
            if isinstance(sig, T.Signature):
                s2 = T.Signature(None, sig.params, sig.results, sig.variadic)
                x.type = s2
            else:
                x.type = TYP[T.Invalid]
        x.expr = e

    def lookup_error(self, typ, sel, is_type):
        from .lookup import lookup_field_or_method
        # different capitalization?
        alt = None
        for cand in (sel[:1].upper() + sel[1:], sel[:1].lower() + sel[1:]):
            if cand != sel:
                o, _, _ = lookup_field_or_method(typ, True, self.pkg, cand)
                if o is not None:
                    alt = o
                    break
        t = T.unalias(typ)
        if isinstance(t, T.Pointer) and isinstance(T.unalias(t.elem).underlying(), T.Interface) and not isinstance(T.unalias(t.elem), T.TypeParam):
            return f"type {self.ts(typ)} is pointer to interface, not interface"
        if alt is not None:
            kind = "field" if isinstance(alt, Var) else "method"
            return f"type {self.ts(typ)} has no field or method {sel}, but does have {kind} {alt.name}"
        if is_type:
            return f"type {self.ts(typ)} has no method {sel}"
        return f"type {self.ts(typ)} has no field or method {sel}"
