"""This file implements type unification (go/types' unify.go): structural matching of
two types that binds the type parameters being inferred.

A Unifier holds one handle per type parameter it infers; a handle is a one-element
list holding the bound type or None. Joining two unbound type parameters makes them
share one handle, so binding either binds both.

Modes (bit set): 0 is inexact (a defined type matches a type literal through its
underlying type, channel directions are ignored, interfaces match by their methods);
ASSIGN marks the top level of an assignment (components must match exactly); EXACT
requires identical structure everywhere below.

Invariant: a type parameter is "bound" when the unifier has a handle for it (it is one
of the parameters being inferred), whether or not its handle holds a type yet.
"""

from __future__ import annotations

from . import typs as T
from .typs import (Array, Basic, Chan, Interface, Map, Named, Pointer, Signature, Slice, Struct,
                   Tuple, TypeParam, unalias)

ASSIGN = 1
EXACT = 2
DEPTH_LIMIT = 50


def as_named(t):
    t = unalias(t)
    return t if type(t) is Named else None


def is_type_lit(t) -> bool:
    """go/types' isTypeLit: every type except defined types and type parameters."""
    return not isinstance(unalias(t), (Named, TypeParam))


def as_interface(t):
    """The underlying interface of t, unless t is a type parameter."""
    t = unalias(t)
    if isinstance(t, TypeParam):
        return None
    u = t.underlying()
    return u if isinstance(u, Interface) else None


def _origin(n):
    return n.origin if n.origin is not None else n


class Unifier:
    __slots__ = ("handles", "depth", "interface_inference", "check")

    def __init__(self, tparams, targs=None, interface_inference=True, check=None):
        self.handles = {}
        for i, tp in enumerate(tparams):
            self.handles[tp] = [targs[i] if targs is not None and i < len(targs) else None]
        self.depth = 0
        self.interface_inference = interface_inference
        self.check = check

    # -- handles -------------------------------------------------------------

    def bound(self, t):
        """t as one of the type parameters being inferred, or None."""
        t = unalias(t)
        if type(t) is TypeParam and t in self.handles:
            return t
        return None

    def at(self, tp):
        return self.handles[tp][0]

    def set(self, tp, t):
        self.handles[tp][0] = t

    def join(self, x, y) -> bool:
        """Makes x and y share one handle; false if both are bound to (different) types."""
        hx, hy = self.handles[x], self.handles[y]
        if hx is hy:
            return True
        if hx[0] is not None and hy[0] is not None:
            return False
        if hx[0] is not None:
            self._set_handle(y, hx)
        else:
            self._set_handle(x, hy)
        return True

    def _set_handle(self, x, h):
        hx = self.handles[x]
        for y, hy in self.handles.items():
            if hy is hx:
                self.handles[y] = h

    def unknowns(self) -> int:
        return sum(1 for h in self.handles.values() if h[0] is None)

    def inferred(self, tparams):
        return [self.handles[tp][0] for tp in tparams]

    # -- unification ---------------------------------------------------------

    def unify(self, x, y, mode=0) -> bool:
        return self.nify(x, y, mode, None)

    def nify(self, x, y, mode, p) -> bool:
        if x is y or unalias(x) is unalias(y):
            return True
        self.depth += 1
        try:
            if self.depth > DEPTH_LIMIT:
                return False  # go/types panics here; a failed unification is reported instead
            return self._nify(x, y, mode, p)
        finally:
            self.depth -= 1

    def _nify(self, x, y, mode, p) -> bool:
        # bound type parameters and defined types go to the right (y)... except that a
        # defined type on the left is swapped so that x is a type literal if there is one
        if as_named(x) is not None or self.bound(y) is not None:
            x, y = y, x

        # inexact: a defined type matches a type literal through its underlying type
        # (interfaces are compared by methods when interface inference is on)
        if not mode & EXACT:
            ny = as_named(y)
            if ny is not None and is_type_lit(x) and not (self.interface_inference and _is_interface(x)):
                y = ny.underlying()
                if x is y or unalias(x) is unalias(y):
                    return True

        px, py = self.bound(x), self.bound(y)
        if px is not None and py is not None:
            if self.join(px, py):
                return True
            return self.nify(self.at(px), self.at(py), mode, p)
        if px is not None:
            xt = self.at(px)
            if xt is None:
                self.set(px, y)
                return True
            if not self.nify(xt, y, mode, p):
                return False
            # both unify; prefer a defined type (or a restricted channel) as the binding
            xi, yi = as_interface(xt), as_interface(y)
            xn, yn = as_named(xt) is not None, as_named(y) is not None
            if xi is not None and yi is not None:
                if xn and yn:
                    from .predicates import identical
                    return identical(xt, y)
                if len(xi.all_methods()) != len(yi.all_methods()):
                    return False
            elif xi is not None or yi is not None:
                return False
            if not mode & EXACT:
                if xn:
                    pass
                elif yn:
                    self.set(px, y)
                else:
                    yc = unalias(y).underlying()
                    if isinstance(yc, Chan) and yc.dir != T.SendRecv:
                        self.set(px, y)
            return True

        # x != y, neither is a bound type parameter
        if self.interface_inference and not mode & EXACT:
            r = self._interfaces(x, y, p)
            if r is not None:
                return r

        # unbound type parameters go to the left (x)
        if isinstance(unalias(y), TypeParam):
            x, y = y, x

        emode = mode | EXACT if mode & ASSIGN else mode
        yorig = y
        x, y = unalias(x), unalias(y)
        cls = type(x)
        if cls is Basic:
            return type(y) is Basic and x.kind == y.kind
        if cls is Array:
            return (type(y) is Array and (x.len < 0 or y.len < 0 or x.len == y.len)
                    and self.nify(x.elem, y.elem, emode, p))
        if cls is Slice:
            return type(y) is Slice and self.nify(x.elem, y.elem, emode, p)
        if cls is Struct:
            if type(y) is not Struct or len(x.fields) != len(y.fields):
                return False
            for i, f in enumerate(x.fields):
                g = y.fields[i]
                if (f.embedded != g.embedded or x.tag(i) != y.tag(i) or not f.same_id(g.pkg, g.name)
                        or not self.nify(f.type, g.type, emode, p)):
                    return False
            return True
        if cls is Pointer:
            return type(y) is Pointer and self.nify(x.elem, y.elem, emode, p)
        if cls is Tuple:
            if type(y) is not Tuple or len(x.vars) != len(y.vars):
                return False
            for v, w in zip(x.vars, y.vars):
                if not self.nify(v.type, w.type, mode, p):
                    return False
            return True
        if cls is Signature:
            # parameter and result names need not match
            return (type(y) is Signature and x.variadic == y.variadic
                    and self.nify(x.params, y.params, emode, p)
                    and self.nify(x.results, y.results, emode, p))
        if cls is Interface:
            if type(y) is not Interface:
                return False
            return self._identical_ifaces(x, y, p)
        if cls is Map:
            return (type(y) is Map and self.nify(x.key, y.key, emode, p)
                    and self.nify(x.elem, y.elem, emode, p))
        if cls is Chan:
            return (type(y) is Chan and (not mode & EXACT or x.dir == y.dir)
                    and self.nify(x.elem, y.elem, emode, p))
        if cls is Named:
            yn = as_named(y)
            if yn is None:
                return False
            xargs, yargs = x.type_args, yn.type_args
            if len(xargs) != len(yargs):
                return False
            for a, b in zip(xargs, yargs):
                if not self.nify(a, b, mode, p):
                    return False
            return _origin(x).obj is _origin(yn).obj
        if cls is TypeParam:
            # an unbound type parameter (of an enclosing function) unifies through its
            # core type
            from .typeset import core_type
            cx = core_type(x)
            if cx is not None:
                return self.nify(cx, yorig, ASSIGN, p)
            return False
        return False

    def _interfaces(self, x, y, p):
        """Inexact unification involving interfaces; None when neither is one."""
        xi, yi = as_interface(x), as_interface(y)
        if xi is not None and yi is not None:
            from .typeset import compute_type_set
            xs, ys = compute_type_set(xi), compute_type_set(yi)
            if xs.comparable != ys.comparable or not xs.terms_equal(ys):
                return False
            q = (xi, yi, p)
            if _seen_pair(p, xi, yi):
                return True
            xm, ym = xs.methods, ys.methods
            if len(xm) > len(ym):
                xm, ym = ym, xm
            ymap = {m.id(): m for m in ym}
            for m in xm:
                g = ymap.get(m.id())
                if g is None or not self.nify(m.type, g.type, EXACT, q):
                    return False
            return True
        if yi is not None:
            xi, y = yi, x
        if xi is None:
            return None
        from .lookup import lookup_field_or_method
        from .objects import Func
        for m in xi.all_methods():
            obj, _, _ = lookup_field_or_method(y, False, m.pkg, m.name)
            if not isinstance(obj, Func):
                return False
            if obj.type is None and self.check is not None:
                self.check.obj_decl(obj)
            sig = obj.type
            # a generic method never satisfies an interface method
            if not isinstance(sig, Signature) or sig.type_params or not self.nify(m.type, sig, EXACT, p):
                return False
        return True

    def _identical_ifaces(self, x, y, p):
        from .typeset import compute_type_set
        xs, ys = compute_type_set(x), compute_type_set(y)
        if xs.comparable != ys.comparable or not xs.terms_equal(ys):
            return False
        a, b = xs.methods, ys.methods
        if len(a) != len(b):
            return False
        if _seen_pair(p, x, y):
            return True
        q = (x, y, p)
        for f, g in zip(a, b):
            if f.id() != g.id() or not self.nify(f.type, g.type, EXACT, q):
                return False
        return True


def _is_interface(t) -> bool:
    t = unalias(t)
    return not isinstance(t, TypeParam) and isinstance(t.underlying(), Interface)


def _seen_pair(p, x, y) -> bool:
    while p is not None:
        a, b, prev = p
        if (a is x and b is y) or (a is y and b is x):
            return True
        p = prev
    return False
