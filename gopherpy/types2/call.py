"""This file implements typechecking of calls, selectors and function instantiation
(go/types' call.go): conversions, builtin calls, ordinary calls with argument
passing rules, variadic calls, generic inference, method values and expressions."""

from __future__ import annotations

from .objects import Builtin, Const
from .lookup import lookup_field_or_method

from ..syntax import nodes as N
from . import typs as T
from .api import FieldVal, MethodExpr, MethodVal
from .codes import Code
from .errors import error_pos, expr_string
from .infer import InferError, is_parameterized
from .objects import Func, PkgName, TypeName, Var
from .operand import (Operand, builtin, commaok, constant_, invalid, novalue, typexpr, value, variable,
                      mapindex)
from .predicates import identical, is_interface
from .typeset import core_type
from .universe import TYP


class CallMixin:

    def func_inst(self, hint, x, e, infer=True, desc="variable"):
        """Instantiates the generic function x (go/types' funcInst). e is the index
        expression giving (some) type arguments, or None; a hint of function type (the
        target of an assignment) may supply the missing ones by reverse inference.
        With infer=False and missing type arguments, returns the given ones and leaves
        x generic; otherwise returns None (x instantiated, or invalid after an error)."""
        target = _signature_target(hint)
        pos = error_pos(e) if e is not None else error_pos(x.expr)
        version_err = not self.verify_version(pos, 18, "function instantiation")
        targs = []
        xlist = []
        if e is not None:
            xlist = _indices(e)
            targs = self.type_list(xlist)
            if targs is None:
                x.mode = invalid
                return None
            x.expr = e
        sig = x.type
        got, want = len(targs), len(sig.type_params)
        if got > want:
            self.errorf(xlist[got - 1], Code.WrongTypeArgCount, "got %d type arguments but want %d", got, want)
            x.mode = invalid
            return None
        if got < want:
            if not infer:
                return targs
            params = []
            args = []
            reverse = False
            if target is not None:
                if not version_err and not self.allow_version(21):
                    what = "partially" if e is not None else "implicitly"
                    self.version_error(pos, 21, "%s instantiated function in assignment", what)
                # var v T = f is inferred like the call g(v) of func g[tparams of f](type of f)
                gsig = T.Signature(None, sig.params, sig.results, sig.variadic)
                params = [Var("", gsig, self.pkg, pos)]
                args = [Operand(value, N.Ident(x.expr.pos(), desc), target)]
                reverse = True
            tparams, params2 = self.rename_tparams(sig.type_params, T.Tuple(params))
            err = InferError()
            targs = self.infer(pos, tparams, targs, params2, args, reverse, err)
            if targs is None:
                if not err.empty():
                    self.error(err.pos(), Code.CannotInferTypeArgs, err.msg())
                x.mode = invalid
                return None
        x.type = self.instantiate_signature(pos, x.expr, sig, targs, xlist)
        x.mode = value
        return None

    def type_list(self, xlist):
        """The types of the type argument expressions, or None if one is invalid."""
        out = [self.var_type(a) for a in xlist]
        if any(t is T.TYP_INVALID for t in out):
            return None
        return out

    def instantiate_signature(self, pos, expr, sig, targs, xlist):
        """The instance of the generic signature sig for targs, recorded for expr; the
        type arguments are verified against their constraints later."""
        from .instantiate import instantiate_signature
        inst = instantiate_signature(sig, targs)
        ident = _instantiated_ident(expr)
        if ident is not None:
            self.record_instance(ident, targs, inst)
        tparams = sig.type_params

        def verify():
            i, cause = self.verify_targs(tparams, targs)
            if i >= 0:
                at = xlist[i] if xlist and i < len(xlist) else pos
                self.softf(at, Code.InvalidTypeArg, "%s", cause)
            else:
                self.mono_record_instance(pos, tparams, targs, xlist)
        self.later(verify)
        return inst

    def call_expr(self, x, call, hint):
        fun = call.fun
        inst = None
        if isinstance(fun, (N.IndexExpr, N.IndexListExpr)):
            if self.index_expr(x, fun):
                # a generic function: instantiation waits for the arguments, so that
                # type and value arguments are used together for inference
                inst = fun
            x.expr = fun
            self.record(x)
        else:
            self.expr_or_type(x, fun, True)
        if x.mode is invalid:
            self.use(*call.args)
            x.expr = call
            return
        if x.mode is typexpr:
            # conversion
            self.non_generic(None, x)
            if x.mode is invalid:
                x.expr = call
                return
            t = x.type
            x.mode = invalid
            if not self.is_complete(t):
                self.use(*call.args)
                x.expr = call
                return
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
        # all types of a type parameter must have the same signature as underlying type
        def cond(t, u):
            if u is not None and not isinstance(u, T.Signature):
                return f"{self.ts(t)} is not a function"
            return None
        sig, why = self.common_under(x.type, cond)
        if why is not None:
            self.invalid_op(x.expr, Code.InvalidCall, "cannot call %s: %s", self.ops(x), why)
            self.use(*call.args)
            x.mode = invalid
            x.expr = call
            return
        was_generic = bool(sig.type_params)
        xlist = []
        targs = []
        if inst is not None:
            xlist = _indices(inst)
            targs = self.type_list(xlist)
            if targs is None:
                self.use(*call.args)
                x.mode = invalid
                x.expr = call
                return
            got, want = len(targs), len(sig.type_params)
            if got > want:
                self.errorf(xlist[want], Code.WrongTypeArgCount, "got %d type arguments but want %d", got, want)
                self.use(*call.args)
                x.mode = invalid
                x.expr = call
                return
            if got == want and want > 0:
                # all type arguments given: instantiate before checking the arguments
                self.verify_version(error_pos(inst), 18, "function instantiation")
                sig = self.instantiate_signature(error_pos(inst), inst, sig, targs, xlist)
                targs = []
                xlist = []
        args, atargs = self.generic_expr_list(call.args)
        sig = self.arguments(call, sig, targs, xlist, args, atargs)
        if was_generic and not sig.type_params:
            # the recorded type of call.fun becomes its instance
            self.record_type_and_value(call.fun, value, sig, None)
        res = sig.results
        n = len(res.vars)
        if n == 0:
            x.mode = novalue  # x keeps the callee's type, as in go/types (messages
            # listing argument types say func()); the call is recorded as ()
        elif n == 1:
            x.mode = value
            x.type = res.vars[0].type
            if not self.is_complete(x.type):
                x.mode = invalid
                x.expr = call
                return
        else:
            x.mode = value
            x.type = res
        x.expr = call
        self.env.has_call_or_recv = True
        # a failed inference leaves a parameterized result: operands never have one
        if x.mode is value and sig.type_params and is_parameterized(sig.type_params, x.type):
            x.mode = invalid

    def generic_expr_list(self, elist):
        """The operands of a call's arguments (a single multi-valued call spreads) and,
        per argument, the type arguments of a partially instantiated generic function
        (None where there are none); generic functions stay uninstantiated here."""
        res = []
        targs_list = []
        n = len(elist)
        # before go1.21, partially instantiated function arguments are inferred on their
        # own (go.dev/issue/60346)
        infer = not self.allow_version(21)
        if n == 1:
            e = elist[0]
            x = Operand()
            if isinstance(e, (N.IndexExpr, N.IndexListExpr)) and self.index_expr(x, e):
                targs = self.func_inst(None, x, e, infer)
                if targs is not None:
                    targs_list = [targs]
                    x.expr = e
                else:
                    self.record(x)
                res = [x]
            else:
                self.raw_expr(None, x, e, True)
                self.exclude(x, (novalue, builtin, typexpr))
                if isinstance(x.type, T.Tuple) and x.mode is not invalid:
                    res = [Operand(value, e, v.type) for v in x.type.vars]
                else:
                    res = [x]
        elif n > 1:
            for e in elist:
                x = Operand()
                targs = None
                if isinstance(e, (N.IndexExpr, N.IndexListExpr)) and self.index_expr(x, e):
                    targs = self.func_inst(None, x, e, infer)
                    if targs is not None:
                        x.expr = e
                    else:
                        self.record(x)
                else:
                    self.generic_expr(x, e)
                res.append(x)
                targs_list.append(targs)
        return res, targs_list

    def arguments(self, call, sig, targs, xlist, args, atargs):
        """Checks the arguments of a call of sig, inferring the missing type arguments of
        a generic sig and of generic function arguments together (go/types' arguments);
        returns the instantiated (or, after an error, the incoming) signature."""
        rsig = sig
        nargs = len(args)
        params = sig.params.vars
        npars = len(params)
        ddd = bool(call.ellipsis)
        sig_params = params
        adjusted = False
        if sig.variadic:
            if ddd:
                if len(call.args) == 1 and nargs > 1:
                    self.errorf(call, Code.InvalidDotDotDot, "cannot use ... with %d-valued %s", nargs, expr_string(call.args[0]))
                    return rsig
            elif nargs < npars - 1:
                npars -= 1  # for the message below
            else:
                last = params[-1]
                lt = T.unalias(last.type)
                et = lt.elem if isinstance(lt, T.Slice) else lt.underlying().elem if isinstance(lt.underlying(), T.Slice) else lt
                sig_params = list(params[:-1]) + [Var(last.name, et, last.pkg, last.pos) for _ in range(nargs - npars + 1)]
                adjusted = True
                npars = nargs
        elif ddd:
            self.errorf(call, Code.NonVariadicDotDotDot, "cannot use ... in call to non-variadic %s", expr_string(call.fun))
            return rsig
        if nargs != npars:
            at = call
            qualifier = "not enough"
            if nargs > npars:
                at = args[npars].expr
                qualifier = "too many"
            elif nargs > 0:
                at = args[nargs - 1].expr
            params_s = self.types_summary([p.type for p in params], sig.variadic)
            have = self.types_summary([a.type for a in args], False, ddd)
            self.errorf(at, Code.WrongArgCount, "%s arguments in call to %s\n\thave %s\n\twant %s", qualifier, expr_string(call.fun), have, params_s)
            return rsig
        # the type parameters of the callee (renamed: a recursive call f(x) in f must
        # not confuse its own P with the P being inferred) and of generic arguments
        tparams = []
        targs = list(targs)
        n = len(sig.type_params)
        if n > 0:
            if not self.allow_version(18):
                if isinstance(call.fun, (N.IndexExpr, N.IndexListExpr)):
                    self.version_error(error_pos(call.fun), 18, "function instantiation")
                else:
                    self.version_error(call.lparen if getattr(call, "lparen", 0) else call, 18, "implicit function instantiation")
            tparams, tmp = self.rename_tparams(sig.type_params, T.Tuple(list(sig_params)))
            sig_params = tmp.vars
            targs += [None] * (len(tparams) - len(targs))
        generic_args = []
        for i, arg in enumerate(args):
            asig = arg.type
            if type(asig) is T.Signature and asig.type_params and arg.mode is not invalid:
                # a generic function argument gets its own copy with fresh type
                # parameters (f(g, g) infers each g separately)
                asig = _clone_signature(asig)
                atparams, tmp = self.rename_tparams(asig.type_params, asig)
                asig = tmp if tmp is not arg.type else asig
                asig.type_params = atparams
                arg.type = asig
                tparams += atparams
                if i < len(atargs) and atargs[i]:
                    targs += atargs[i]
                targs += [None] * (len(tparams) - len(targs))
                generic_args.append(i)
        if generic_args:
            self.verify_version(args[generic_args[0]].expr, 21, "implicitly instantiated function as argument")
        if tparams:
            err = InferError()
            targs = self.infer(error_pos(call), tparams, targs, T.Tuple(list(sig_params)), args, False, err)
            if targs is None:
                if not err.empty():
                    self.errorf(err.pos(), Code.CannotInferTypeArgs, "in call to %s, %s", expr_string(call.fun), err.msg())
                return rsig
            if n > 0:
                rsig = self.instantiate_signature(error_pos(call), call.fun, sig, targs[:n], xlist)
                if adjusted:
                    from .instantiate import subst
                    sig_params = subst(T.Tuple(list(sig_params)), dict(zip(tparams[:n], targs[:n]))).vars
                else:
                    sig_params = rsig.params.vars
            j = n
            for i in generic_args:
                arg = args[i]
                asig = arg.type
                k = j + len(asig.type_params)
                arg.type = self.instantiate_signature(error_pos(call), arg.expr, asig, targs[j:k], [])
                self.record(arg)
                j = k
        if args:
            context = f"argument to {expr_string(call.fun)}"
            for i, a in enumerate(args):
                self.assignment(a, sig_params[i].type, context)
        return rsig

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
                    x.type = T.TYP_INVALID  # (go/types: the type is invalid too)
                    return
                exp = pkg.scope.lookup(sel)
                if exp is None:
                    if not pkg.fake:
                        # a better message if an exported name differs only in case
                        alts = [n for n in sorted(pkg.scope.elems) if n[:1].isupper() and n.casefold() == sel.casefold()]
                        if alts:
                            self.errorf(e.sel, Code.UndeclaredImportedName, "undefined: %s (but have %s)", expr_string(e), alts[0])
                        else:
                            self.errorf(e.sel, Code.UndeclaredImportedName, "undefined: %s", expr_string(e))
                    x.mode = invalid
                    x.type = T.TYP_INVALID
                    x.expr = e
                    return
                if not exp.exported():
                    self.errorf(e.sel, Code.UnexportedName, "name %s not exported by package %s", sel, pkg.name)
                    x.mode = invalid
                    x.type = T.TYP_INVALID
                    x.expr = e
                    return
                self.record_use(e.sel, exp)
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
                    x.type = T.TYP_INVALID
                return
        self.expr_or_type(x, e.x, False)
        if x.mode is invalid:
            x.expr = e
            return
        if not self.is_complete(x.type):
            x.mode = invalid
            x.type = T.TYP_INVALID
            x.expr = e
            return
        if want_type:
            self.errorf(e.sel, Code.NotAType, "%s is not a type", expr_string(e))
            x.mode = invalid
            x.type = T.TYP_INVALID
            x.expr = e
            return
        xu = T.unalias(x.type).underlying()
        if isinstance(xu, T.Pointer) and not self.is_complete(xu.elem):
            x.mode = invalid
            x.type = T.TYP_INVALID
            x.expr = e
            return
        if x.mode is builtin:
            self.errorf(e.sel, Code.UncalledBuiltin, "invalid use of %s in selector expression", self.ops(x))
            x.mode = invalid
            x.type = T.TYP_INVALID
            x.expr = e
            return
        obj, index, indirect = lookup_field_or_method(x.type, x.mode is variable, self.pkg, sel)
        if obj is not None and isinstance(obj, Func) and obj.type is None:
            self.obj_decl(obj)
        if isinstance(obj, Func) and obj in self.objmap and self.env.decl is not None:
            self.env.decl.deps[obj] = True  # go/types' addDeclDep: init order sees methods
        if obj is None:
            if T.unalias(x.type).underlying() is T.TYP_INVALID:
                x.mode = invalid
                x.type = T.TYP_INVALID
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
                x.type = T.TYP_INVALID
                x.expr = e
                return
            why = self.interface_ptr_why(x.type)
            if not why:
                alt, _, _ = lookup_field_or_method(x.type, x.mode is variable, self.pkg, sel, True)
                why = self.lookup_error(x.type, sel, alt, False)
            self.errorf(e.sel, Code.MissingFieldOrMethod, "%s.%s undefined (%s)", expr_string(e.x), sel, why)
            x.mode = invalid
            x.type = T.TYP_INVALID
            x.expr = e
            return
        if x.mode is typexpr:
            # method expression
            if not isinstance(obj, Func):
                self.errorf(e.x, Code.MissingFieldOrMethod, "operand for field selector %s must be value of type %s", sel, self.ts(x.type))
                x.mode = invalid
                x.type = T.TYP_INVALID
                x.expr = e
                return
            self.record_selection(e, MethodExpr, x.type, obj, index, indirect)
            sig = obj.type
            # parameters are all named or all unnamed: the receiver is named only if
            # the method's parameters are
            name = ""
            if sig.params.vars and sig.params.vars[0].name:
                name = sig.recv.name if sig.recv is not None and sig.recv.name else "_"
            recv = Var(name, x.type, self.pkg, sig.recv.pos if sig.recv is not None else 0)
            recv.is_param = True
            params = [recv] + list(sig.params.vars)
            x.mode = value
            # a generic method's expression is a generic function
            x.type = T.Signature(None, T.Tuple(params), sig.results, sig.variadic, sig.type_params)
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
                # the receiver is bound; a generic method's value is a generic function
                x.type = T.Signature(None, sig.params, sig.results, sig.variadic, sig.type_params)
            else:
                x.type = TYP[T.Invalid]
        x.expr = e

    def lookup_error(self, typ, sel, obj, struct_lit):
        """Why selector sel is not found in typ; obj is a field or method found with a
        differently capitalized name, if any (go/types' lookupError)."""
        MISSING, MISSPELLED, UNEXPORTED, INACCESSIBLE = range(4)
        e = MISSING
        alt = ""
        if obj is not None:
            alt = obj.name

            def tail(s):
                return s[1:]
            if obj.pkg is self.pkg:
                e = MISSPELLED
            elif _is_exported(sel):
                if _is_exported(alt):
                    e = MISSPELLED
                elif tail(sel) == tail(alt):
                    e = UNEXPORTED
            elif _is_exported(alt):
                if tail(sel) == tail(alt):
                    e = MISSPELLED
            elif sel == alt:
                e = INACCESSIBLE
        t = self.ts(typ)
        if struct_lit:
            if e == MISSPELLED:
                return f"unknown field {sel} in struct literal of type {t}, but does have {alt}"
            if e == UNEXPORTED:
                return f"unknown field {sel} in struct literal of type {t}, but does have unexported {alt}"
            if e == INACCESSIBLE:
                return f"cannot refer to unexported field {alt} in struct literal of type {t}"
            return f"unknown field {sel} in struct literal of type {t}"
        what = "field" if isinstance(obj, Var) else "method" if isinstance(obj, Func) else "object"
        if e == MISSPELLED:
            return f"type {t} has no field or method {sel}, but does have {what} {alt}"
        if e == UNEXPORTED:
            return f"type {t} has no field or method {sel}, but does have unexported {what} {alt}"
        if e == INACCESSIBLE:
            return f"cannot refer to unexported {what} {alt}"
        return f"type {t} has no field or method {sel}"

    def interface_ptr_why(self, t):
        """The reason for a failed lookup on a pointer to an interface (or type parameter),
        or "" if t is no such pointer (go/types' isInterfacePtr, interfacePtrError)."""
        p = T.unalias(t).underlying()
        if not isinstance(p, T.Pointer):
            return ""
        b = T.unalias(p.elem)
        if isinstance(b, T.TypeParam):
            return f"type {self.ts(t)} is pointer to type parameter, not type parameter"
        if isinstance(b.underlying(), T.Interface):
            return f"type {self.ts(t)} is pointer to interface, not interface"
        return ""


def _is_exported(name):
    return bool(name) and name[0].isupper()


def _indices(e):
    return [e.index] if isinstance(e, N.IndexExpr) else list(e.indices)


def _signature_target(hint):
    """The function type an assignment target gives (go/types' newTarget), or None."""
    if hint is None:
        return None
    u = core_type(hint)
    return u if isinstance(u, T.Signature) else None


def _instantiated_ident(expr):
    """The identifier an instance is recorded for: f in f[int], pkg.F, x.M."""
    e = expr
    while isinstance(e, N.ParenExpr):
        e = e.x
    if isinstance(e, (N.IndexExpr, N.IndexListExpr)):
        e = e.x
        while isinstance(e, N.ParenExpr):
            e = e.x
    if isinstance(e, N.SelectorExpr):
        return e.sel
    if isinstance(e, N.Ident):
        return e
    return None


def _clone_signature(s):
    c = T.Signature(s.recv, s.params, s.results, s.variadic, list(s.type_params), s.recv_type_params)
    c.scope = s.scope
    return c
