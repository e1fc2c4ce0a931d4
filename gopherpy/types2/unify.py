"""This file implements type unification (go/types' unify.go): structural matching of
two types, binding the type parameters being inferred. Inexact mode lets a defined type
match a type literal through its underlying type, and ignores channel direction."""

from __future__ import annotations

from . import typs as T


class Unifier:
    def __init__(self, tparams):
        self.tparams = list(tparams)
        self.map = {tp: None for tp in tparams}

    def set(self, tp, t):
        self.map[tp] = t

    def at(self, tp):
        return self.map.get(tp)

    def count(self):
        return sum(1 for v in self.map.values() if v is not None)

    def mentions(self, t, seen=None):
        t = T.unalias(t)
        if isinstance(t, T.TypeParam):
            return t in self.map
        if seen is None:
            seen = set()
        if id(t) in seen:
            return False
        seen.add(id(t))
        for c in _children(t):
            if self.mentions(c, seen):
                return True
        return False

    def all_known(self, t):
        t = T.unalias(t)
        if isinstance(t, T.TypeParam):
            return t not in self.map or self.map[t] is not None
        return all(self.all_known(c) for c in _children(t))

    def inferred_any(self, t):
        return False

    def apply(self, t):
        from .instantiate import subst
        smap = {k: v for k, v in self.map.items() if v is not None}
        return subst(t, smap)

    def unify(self, x, y, inexact=False, depth=0):
        if depth > 50:
            return True
        x = T.unalias(x)
        y = T.unalias(y)
        if x is y:
            return True
        if isinstance(x, T.TypeParam) and x in self.map:
            cur = self.map[x]
            if cur is None:
                self.map[x] = y
                return True
            if isinstance(y, T.TypeParam) and y in self.map:
                return True
            return self.unify(cur, y, inexact, depth + 1) or self._loose(cur, y)
        if isinstance(y, T.TypeParam) and y in self.map:
            return self.unify(y, x, inexact, depth + 1)
        if inexact:
            if isinstance(x, T.Named) and not isinstance(y, T.Named) and not isinstance(y, T.TypeParam):
                if not isinstance(y, T.Basic):
                    return self.unify(x.underlying(), y, inexact, depth + 1)
            if isinstance(y, T.Named) and not isinstance(x, T.Named) and not isinstance(x, T.TypeParam):
                if not isinstance(x, T.Basic):
                    return self.unify(x, y.underlying(), inexact, depth + 1)
        tx, ty = type(x), type(y)
        if tx is not ty:
            if isinstance(x.underlying(), T.Interface) or isinstance(y.underlying(), T.Interface):
                return True
            return False
        if tx is T.Basic:
            return x.kind == y.kind
        if tx in (T.Pointer, T.Slice):
            return self.unify(x.elem, y.elem, inexact, depth + 1)
        if tx is T.Array:
            return x.len == y.len and self.unify(x.elem, y.elem, inexact, depth + 1)
        if tx is T.Chan:
            return (inexact or x.dir == y.dir) and self.unify(x.elem, y.elem, inexact, depth + 1)
        if tx is T.Map:
            return self.unify(x.key, y.key, inexact, depth + 1) and self.unify(x.elem, y.elem, inexact, depth + 1)
        if tx is T.Struct:
            if len(x.fields) != len(y.fields):
                return False
            return all(f.name == g.name and self.unify(f.type, g.type, inexact, depth + 1) for f, g in zip(x.fields, y.fields))
        if tx is T.Tuple:
            if len(x.vars) != len(y.vars):
                return False
            return all(self.unify(a.type, b.type, inexact, depth + 1) for a, b in zip(x.vars, y.vars))
        if tx is T.Signature:
            return x.variadic == y.variadic and self.unify(x.params, y.params, inexact, depth + 1) and self.unify(x.results, y.results, inexact, depth + 1)
        if tx is T.Named:
            if x.origin is not None and y.origin is not None and x.origin is y.origin:
                return all(self.unify(a, b, False, depth + 1) for a, b in zip(x.type_args, y.type_args))
            from .predicates import identical
            return identical(x, y)
        if tx is T.Interface:
            return True
        from .predicates import identical
        return identical(x, y)

    def _loose(self, a, b):
        from .predicates import identical
        return identical(a.underlying(), b.underlying())


def _children(t):
    c = type(t)
    if c in (T.Pointer, T.Slice, T.Array, T.Chan):
        return [t.elem]
    if c is T.Map:
        return [t.key, t.elem]
    if c is T.Struct:
        return [f.type for f in t.fields]
    if c is T.Tuple:
        return [v.type for v in t.vars]
    if c is T.Signature:
        return [t.params, t.results]
    if c is T.Named:
        return list(t.type_args)
    if c is T.Interface:
        return [m.type for m in t.methods] + list(t.embeddeds)
    if c is T.Union:
        return [x.type for x in t.terms]
    return []
