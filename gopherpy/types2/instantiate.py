"""This file implements type substitution and instantiation (go/types' subst.go,
instantiate.go): subst(t, smap), instantiating generic named types and signatures, and
the lazy expansion of instances' underlying types and methods.

Invariants: subst returns t itself when nothing changes (so identity of unchanged
types is preserved); an instance Named has origin (the generic Named) and type_args
of the same length as origin.type_params when well-formed.
"""

from __future__ import annotations

from .objects import Func, Var

from . import typs as T
from .typs import (Alias, Array, Basic, Chan, Interface, Map, Named, Pointer, Signature, Slice,
                   Struct, Tuple, TypeParam, Union, Term)


def subst(t, smap: dict):
    if not smap or t is None:
        return t
    return _Subst(smap).typ(t)


class _Subst:
    __slots__ = ("smap", "cache")

    def __init__(self, smap):
        self.smap = smap
        self.cache = {}

    def var(self, v):
        nt = self.typ(v.type)
        if nt is v.type:
            return v
        w = Var(v.name, nt, v.pkg, v.pos, v.is_field, v.embedded)
        w.origin = v.origin or v
        w.is_param = v.is_param
        return w

    def vars(self, vs):
        out = [self.var(v) for v in vs]
        if all(a is b for a, b in zip(out, vs)):
            return vs
        return out

    def func(self, m):
        nt = self.typ(m.type)
        if nt is m.type:
            return m
        f = Func(m.name, nt, m.pkg, m.pos)
        f.has_ptr_recv = m.has_ptr_recv
        f.origin = m.origin or m
        return f

    def typ(self, t):
        cls = type(t)
        if cls is Basic:
            return t
        if cls is TypeParam:
            r = self.smap.get(t)
            return r if r is not None else t
        key = id(t)
        c = self.cache.get(key)
        if c is not None:
            return c
        r = t
        if cls is Pointer:
            e = self.typ(t.elem)
            if e is not t.elem:
                r = Pointer(e)
        elif cls is Slice:
            e = self.typ(t.elem)
            if e is not t.elem:
                r = Slice(e)
        elif cls is Array:
            e = self.typ(t.elem)
            if e is not t.elem:
                r = Array(e, t.len)
        elif cls is Map:
            k = self.typ(t.key)
            e = self.typ(t.elem)
            if k is not t.key or e is not t.elem:
                r = Map(k, e)
        elif cls is Chan:
            e = self.typ(t.elem)
            if e is not t.elem:
                r = Chan(t.dir, e)
        elif cls is Struct:
            fs = self.vars(t.fields)
            if fs is not t.fields:
                r = Struct(fs, t.tags)
        elif cls is Tuple:
            vs = self.vars(t.vars)
            if vs is not t.vars:
                r = Tuple(vs)
        elif cls is Signature:
            tps = t.type_params
            s = self
            if tps and tps[0] not in self.smap:
                # a generic method of a generic type whose receiver type parameters are
                # substituted: its own type parameters are renewed, with substituted
                # bounds (func (G[T]) M[P ~*T]()), so no instance shares them
                from .objects import TypeName
                fresh = [TypeParam(TypeName(tp.obj.name, None, tp.obj.pkg, tp.obj.pos), tp.index, None)
                         for tp in tps]
                smap = dict(self.smap)
                smap.update(zip(tps, fresh))
                s = _Subst(smap)
                for f, tp in zip(fresh, tps):
                    f.bound = s.typ(tp.bound)
                tps = fresh
            p = s.typ(t.params)
            res = s.typ(t.results)
            if p is not t.params or res is not t.results or tps is not t.type_params:
                r = Signature(t.recv, p, res, t.variadic, tps, t.recv_type_params)
                r.scope = t.scope
        elif cls is Union:
            terms = [Term(x.tilde, self.typ(x.type)) for x in t.terms]
            if any(a.type is not b.type for a, b in zip(terms, t.terms)):
                r = Union(terms)
        elif cls is Interface:
            self.cache[key] = t  # break cycles
            ms = [self.func(m) for m in t.methods]
            es = [self.typ(e) for e in t.embeddeds]
            if any(a is not b for a, b in zip(ms, t.methods)) or any(a is not b for a, b in zip(es, t.embeddeds)):
                r = Interface(ms, es)
                r.implicit = t.implicit
                r.is_comparable_builtin = t.is_comparable_builtin
        elif cls is Named:
            if t.type_args and t.origin is not None and len(t.type_args) != len(t.origin.type_params):
                r = T.TYP_INVALID  # error reported elsewhere
            elif t.type_args:
                args = [self.typ(a) for a in t.type_args]
                if any(a is not b for a, b in zip(args, t.type_args)):
                    r = instantiate_named(t.origin, args, t.inst_pos)
        elif cls is Alias:
            if t.type_args:
                args = [self.typ(a) for a in t.type_args]
                if any(a is not b for a, b in zip(args, t.type_args)):
                    r = instantiate_alias(t.origin, args)
            else:
                a = self.typ(T.unalias(t))
                if a is not T.unalias(t):
                    r = a
        self.cache[key] = r
        return r


_named_cache: dict = {}


def _key(args):
    return tuple(id(a) if not isinstance(a, Basic) else ("b", a.kind) for a in args)


def instantiate_named(origin: Named, targs: list, pos: int = 0) -> Named:
    key = (id(origin), _key(targs))
    n = _named_cache.get(key)
    if n is not None and n.origin is origin:
        return n
    n = Named(None)
    n.obj = origin.obj
    n.origin = origin
    n.type_args = list(targs)
    n.inst_pos = pos
    _named_cache[key] = n
    if origin.instances is None:
        origin.instances = []
    origin.instances.append(n)
    _named_keep.append((origin, targs))
    return n


_named_keep: list = []  # keeps keyed objects alive so ids stay unique


def instantiate_alias(origin: Alias, targs: list):
    a = Alias(None, None)
    a.obj = origin.obj
    a.origin = origin
    a.type_args = list(targs)
    smap = dict(zip(origin.type_params, targs))
    a.actual = subst(origin.from_rhs, smap) if origin.from_rhs is not None else None
    a.actual = T.unalias(a.actual) if a.actual is not None else None
    a.from_rhs = a.actual
    return a


def expand_named(n: Named) -> None:
    o = n.origin
    if len(n.type_args) != len(o.type_params):
        n._underlying = T.TYP_INVALID  # an instance with the wrong number of arguments
        return
    ou = o._underlying
    if ou is None:
        return
    if n._resolving:
        # a cycle of named types through instances (type N[P any] M[P]; type M[P any]
        # N[P]): no underlying type; valid_type reports the cycle
        n._underlying = T.TYP_INVALID
        return
    n._resolving = True
    try:
        if isinstance(ou, (Named, Alias)):
            ou = o.underlying()
        smap = dict(zip(o.type_params, n.type_args))
        u = subst(ou, smap)
    finally:
        n._resolving = False
    if n._underlying is None:
        n._underlying = u


def instance_methods(n: Named) -> list:
    o = n.origin
    out = []
    for m in o.methods:
        if m.type is None and m.decl is not None and getattr(m.decl, "checker", None) is not None:
            m.decl.checker.obj_decl(m)
        sig = m.type
        if not isinstance(sig, Signature):
            out.append(m)
            continue
        rtps = sig.recv_type_params
        smap = dict(zip(rtps, n.type_args)) if rtps else dict(zip(o.type_params, n.type_args))
        s = _Subst(smap)
        nsig = s.typ(sig)
        if nsig is sig:
            nsig = Signature(sig.recv, sig.params, sig.results, sig.variadic, sig.type_params)
        else:
            nsig = Signature(nsig.recv, nsig.params, nsig.results, nsig.variadic, nsig.type_params)
        if sig.recv is not None:
            from .objects import Var
            rt = n
            if isinstance(T.unalias(sig.recv.type), Pointer):
                rt = Pointer(n)
            nsig.recv = Var(sig.recv.name, rt, sig.recv.pkg, sig.recv.pos)
        from .objects import Func
        f = Func(m.name, nsig, m.pkg, m.pos)
        f.has_ptr_recv = m.has_ptr_recv
        f.origin = m
        out.append(f)
    return out


def instantiate_signature(sig: Signature, targs: list) -> Signature:
    smap = dict(zip(sig.type_params, targs))
    s = _Subst(smap)
    p = s.typ(sig.params)
    r = s.typ(sig.results)
    ns = Signature(sig.recv, p, r, sig.variadic)
    return ns
