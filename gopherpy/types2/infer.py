"""This file implements type argument inference for generic function calls (go/types'
infer.go): unification of parameter and argument types, core-type (constraint)
inference, and default types for untyped constant arguments."""

from __future__ import annotations

from . import typs as T
from .codes import Code
from .errors import expr_string
from .predicates import default_type, is_untyped
from .unify import Unifier


class InferMixin:
    pass


def _infer(self, at, tparams, targs, params, args, hint=None, sig=None):
    u = Unifier(tparams)
    for i, t in enumerate(targs):
        u.set(tparams[i], t)
    if hint is not None and sig is not None:
        u.unify(sig, hint, inexact=True)
    untyped = []
    if params is not None:
        for i, a in enumerate(args):
            if i >= len(params):
                break
            p = params[i].type
            if not u.mentions(p):
                continue
            if is_untyped(a.type):
                if isinstance(T.unalias(p), T.TypeParam):
                    untyped.append((p, a))
                continue
            if not u.unify(p, a.type, inexact=True):
                from .typs import type_string
                self.errorf(a.expr, Code.CannotInferTypeArgs, "type %s of %s does not match %s%s",
                            self.ts(a.type), expr_string(a.expr), self.ts(p),
                            "" if not u.inferred_any(p) else f" (cannot infer {', '.join(tp.obj.name for tp in tparams)})")
                return None
    # constraint type inference
    changed = True
    while changed:
        changed = False
        for tp in tparams:
            from .typeset import core_type, type_set_of
            ts = type_set_of(tp)
            if ts.terms and len(ts.terms) == 1:
                core = ts.terms[0].type
                tilde = ts.terms[0].tilde
                cur = u.at(tp)
                if cur is not None:
                    if u.mentions(core):
                        before = u.count()
                        other = cur
                        if isinstance(T.unalias(cur), T.TypeParam):
                            other = core_type(cur)
                            if other is None:
                                continue
                        elif tilde:
                            other = cur.underlying()
                        u.unify(core, other, inexact=True)
                        if u.count() != before:
                            changed = True
                elif not u.mentions(core) or u.all_known(core):
                    u.set(tp, u.apply(core))
                    changed = True
    # untyped arguments
    by_tp = {}
    for p, a in untyped:
        tp = T.unalias(p)
        if u.at(tp) is not None:
            continue
        prev = by_tp.get(tp)
        if prev is None or (T.unalias(a.type).kind > T.unalias(prev.type).kind and not a.is_nil()):
            by_tp[tp] = a
    for tp, a in by_tp.items():
        if a.is_nil():
            continue
        u.set(tp, default_type(a.type))
    # apply substitutions repeatedly
    res = []
    for tp in tparams:
        t = u.at(tp)
        if t is None:
            fn = at.fun if hasattr(at, "fun") else at
            name = expr_string(fn)
            pos = self.fset.position(tp.obj.pos)
            self.errorf(at.rparen if hasattr(at, "rparen") else at, Code.CannotInferTypeArgs, "in call to %s, cannot infer %s (declared at %s)", name, tp.obj.name, pos)
            return None
        res.append(t)
    from .instantiate import subst
    smap = dict(zip(tparams, res))
    for _ in range(3):
        res = [subst(t, smap) for t in res]
        smap = dict(zip(tparams, res))
    return res


InferMixin.infer = _infer
