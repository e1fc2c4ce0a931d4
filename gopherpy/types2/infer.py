"""This file implements type parameter inference (go/types' infer.go): the missing type
arguments of a generic function call or instantiation are found by unifying parameter
and argument types (1), then type parameters with the core types and methods of their
constraints as long as that makes progress (2), then by the default types of untyped
constant arguments (3); the results are simplified by substitution until no inferred
type mentions a type parameter being inferred.

Errors go to an InferError (gc reports them prefixed by the call: "in call to f, ...").
"""

from __future__ import annotations

from . import typs as T
from .errors import _pos, expr_string
from .typs import TypeParam, unalias
from .unify import ASSIGN, EXACT, Unifier


class InferError:
    """The first message of a failed inference and its position (go/types' error_)."""
    __slots__ = ("entries",)

    def __init__(self):
        self.entries = []

    def addf(self, at, fmt, *args):
        self.entries.append((_pos(at), fmt % args if args else fmt))

    def empty(self) -> bool:
        return not self.entries

    def pos(self) -> int:
        return self.entries[0][0] if self.entries else 0

    def msg(self) -> str:
        return self.entries[0][1] if self.entries else "no error"


def type_params_string(tparams) -> str:
    names = [tp.obj.name for tp in tparams]
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        return names[0] + " and " + names[1]
    return ", ".join(names[:-1]) + ", and " + names[-1]


class InferMixin:

    def infer(self, posn, tparams, targs, params, args, reverse, err):
        """The complete list of type arguments for tparams (targs may hold None for
        missing ones), or None after adding the reason to err. params is a Tuple of
        the (possibly renamed) parameters, args their operands."""
        from .instantiate import subst
        from .predicates import default_type, is_typed, max_type
        n = len(tparams)
        targs = list(targs) + [None] * (n - len(targs))
        if None not in targs:
            return targs
        for a in args:
            if a.mode is _invalid():
                return None
        if params is not None and params.vars:
            smap = {tp: t for tp, t in zip(tparams, targs) if t is not None}
            if smap:
                params = subst(params, smap)
        u = Unifier(tparams, targs, self.allow_version(21), self)  # interface inference since go1.21

        def errorf(tpar, targ, arg):
            inferred = u.inferred(tparams)
            if inferred[0] is None and all(t is None for t in inferred):
                err.addf(arg.expr, "type %s of %s does not match %s (cannot infer %s)", self.ts(targ),
                         expr_string(arg.expr), self.ts(tpar), type_params_string(tparams))
                return
            smap = {tp: t for tp, t in zip(tparams, inferred) if t is not None}
            inf = subst(tpar, smap)
            if inf is not tpar:
                if reverse:
                    err.addf(arg.expr, "inferred type %s for %s does not match type %s of %s", self.ts(inf),
                             self.ts(tpar), self.ts(targ), expr_string(arg.expr))
                else:
                    err.addf(arg.expr, "type %s of %s does not match inferred type %s for %s", self.ts(targ),
                             expr_string(arg.expr), self.ts(inf), self.ts(tpar))
            else:
                err.addf(arg.expr, "type %s of %s does not match %s", self.ts(targ), expr_string(arg.expr),
                         self.ts(tpar))

        # --- 1 --- function arguments
        untyped = []
        pvars = params.vars if params is not None else []
        for i, arg in enumerate(args):
            par = pvars[i]
            if is_parameterized(tparams, par.type) or is_parameterized(tparams, arg.type):
                if is_typed(arg.type):
                    if not u.unify(par.type, arg.type, ASSIGN):
                        errorf(par.type, arg.type, arg)
                        return None
                elif isinstance(par.type, TypeParam) and not arg.is_nil():
                    untyped.append(i)

        # --- 2 --- type parameter constraints, as long as there is progress
        while True:
            nn = u.unknowns()
            for tpar in tparams:
                tx = u.at(tpar)
                core, single = core_term(tpar)
                if core is not None:
                    if tx is not None:
                        if not u.unify(tx, core.type, 0):
                            err.addf(posn, "%s (type %s) does not satisfy %s", self.ts(tpar), self.ts(tx),
                                     self.ts(tpar.constraint()))
                            return None
                    elif single and not core.tilde:
                        u.set(tpar, core.type)
                # a known type argument must have the constraint's methods; unifying
                # their signatures may infer more type arguments
                if tx is not None and not is_parameterized(tparams, tx):
                    ok, cause = self.has_all_methods(tx, tpar.iface(), True,
                                                     lambda x, y: u.unify(x, y, EXACT))
                    if not ok:
                        err.addf(posn, "%s (type %s) does not satisfy %s %s", self.ts(tpar), self.ts(tx),
                                 self.ts(tpar.constraint()), cause)
                        return None
            if u.unknowns() == nn:
                break

        # --- 3 --- untyped constant arguments
        max_untyped = {}
        for index in untyped:
            tpar = pvars[index].type
            if u.at(tpar) is None:
                arg = args[index]
                m = max_untyped.get(tpar)
                if m is None:
                    m = arg.type
                else:
                    m2 = max_type(m, arg.type)
                    if m2 is None:
                        err.addf(arg.expr, "mismatched types %s and %s (cannot infer %s)", self.ts(m),
                                 self.ts(arg.type), self.ts(tpar))
                        return None
                    m = m2
                max_untyped[tpar] = m
        for tpar, typ in max_untyped.items():
            u.set(tpar, default_type(typ))

        # --- simplify ---
        inferred = u.inferred(tparams)
        kill_cycles(tparams, inferred)
        dirty = [i for i, t in enumerate(inferred) if t is not None and targs[i] is None]
        while dirty:
            smap = {tp: t for tp, t in zip(tparams, inferred) if t is not None}
            nxt = []
            for i in dirty:
                t0 = inferred[i]
                t1 = subst(t0, smap)
                if t1 is not t0:
                    if isinstance(t1, T.Signature) and t1.type_params and not is_parameterized(tparams, t1):
                        t1.type_params = []
                    inferred[i] = t1
                    nxt.append(i)
            dirty = nxt
        for i, t in enumerate(inferred):
            if t is None or is_parameterized(tparams, t):
                obj = tparams[i].obj
                err.addf(posn, "cannot infer %s (declared at %s)", obj.name, self.fset.position(obj.pos))
                return None
        return inferred

    def rename_tparams(self, tparams, typ):
        """Fresh type parameters standing for tparams (with substituted bounds) and typ
        rewritten to use them, so that a recursive call f(x) inside f[P] infers a P2
        distinct from the P of its own arguments."""
        if not tparams:
            return [], typ
        from .instantiate import subst
        from .objects import TypeName
        fresh = []
        for tp in tparams:
            o = tp.obj
            tn = TypeName(o.name, None, o.pkg, o.pos)
            fresh.append(TypeParam(tn, tp.index, None))
        rmap = dict(zip(tparams, fresh))
        for tp, f in zip(tparams, fresh):
            f.bound = subst(tp.bound, rmap)
        return fresh, subst(typ, rmap)

    def has_all_methods(self, V, Tiface, static, equivalent):
        """(ok, cause): whether V has all methods of interface Tiface with signatures
        equivalent as decided by equivalent (go/types' hasAllMethods)."""
        from .lookup import missing_method
        if unalias(V) is T.TYP_INVALID:
            return True, ""
        from .lookup import has_invalid_embedded_fields
        m, _, cause = missing_method(V, Tiface, static, self, equivalent)
        return m is None or has_invalid_embedded_fields(V), cause


def _invalid():
    from .operand import invalid
    return invalid


def is_parameterized(tparams, typ) -> bool:
    """Whether typ mentions one of tparams (the type parameter declarations of a generic
    signature inside typ don't count, only its parameters and results)."""
    if not tparams:
        return False
    return _TPWalker(set(tparams)).walk(typ)


class _TPWalker:
    __slots__ = ("tparams", "seen")

    def __init__(self, tparams):
        self.tparams = tparams
        self.seen = {}

    def walk(self, t) -> bool:
        if t is None:
            return False
        k = id(t)
        r = self.seen.get(k)
        if r is not None:
            return r
        self.seen[k] = False
        r = self._walk(t)
        self.seen[k] = r
        return r

    def _vars(self, vs) -> bool:
        return any(self.walk(v.type) for v in vs)

    def _walk(self, t) -> bool:
        cls = type(t)
        if cls is T.Basic:
            return False
        if cls is TypeParam:
            return t in self.tparams
        if cls is T.Alias:
            return self.walk(unalias(t))
        if cls in (T.Array, T.Slice, T.Pointer, T.Chan):
            return self.walk(t.elem)
        if cls is T.Map:
            return self.walk(t.key) or self.walk(t.elem)
        if cls is T.Struct:
            return self._vars(t.fields)
        if cls is T.Tuple:
            return self._vars(t.vars)
        if cls is T.Signature:
            return self._vars(t.params.vars) or self._vars(t.results.vars)
        if cls is T.Interface:
            from .typeset import compute_type_set
            ts = compute_type_set(t)
            if any(self.walk(m.type) for m in ts.methods):
                return True
            return ts.terms is not None and any(self.walk(x.type) for x in ts.terms)
        if cls is T.Named:
            return any(self.walk(a) for a in t.type_args)
        if cls is T.Union:
            return any(self.walk(x.type) for x in t.terms)
        return False


def core_term(tpar):
    """(term, single): the single specific term of tpar's type set and True, or a term
    for its core type (with a tilde if any term has one) and False, or (None, False)."""
    from .typeset import core_type, type_set_of
    ts = type_set_of(tpar)
    terms = ts.terms
    if terms is not None and len(terms) == 1:
        return terms[0], True
    if not terms:
        return None, False
    ct = core_type(tpar)
    if ct is not None:
        return T.Term(any(x.tilde for x in terms), ct), False
    return None, False


def kill_cycles(tparams, inferred):
    """Sets inferred[i] to None where the type inferred for tparams[i] refers back to
    it (directly or through other inferred types): substitution would never end."""
    index = {tp: i for i, tp in enumerate(tparams)}
    seen = set()

    def walk(t):
        t = unalias(t)
        if t is None:
            return
        k = id(t)
        if k in seen:
            if type(t) is TypeParam:
                i = index.get(t)
                if i is not None:
                    inferred[i] = None
            return
        seen.add(k)
        try:
            cls = type(t)
            if cls in (T.Array, T.Slice, T.Pointer, T.Chan):
                walk(t.elem)
            elif cls is T.Map:
                walk(t.key)
                walk(t.elem)
            elif cls is T.Struct:
                for f in t.fields:
                    walk(f.type)
            elif cls is T.Signature:
                for v in t.params.vars:
                    walk(v.type)
                for v in t.results.vars:
                    walk(v.type)
            elif cls is T.Union:
                for x in t.terms:
                    walk(x.type)
            elif cls is T.Interface:
                for m in t.methods:
                    walk(m.type)
                for e in t.embeddeds:
                    walk(e)
            elif cls is T.Named:
                for a in t.type_args:
                    walk(a)
            elif cls is TypeParam:
                i = index.get(t)
                if i is not None and inferred[i] is not None:
                    walk(inferred[i])
        finally:
            seen.discard(k)

    for tp in tparams:
        walk(tp)
