"""This file computes type sets of interfaces and type parameters (go/types' typeset.go,
termlist.go) and core types.

A TypeSet has methods (all methods, sorted by name), terms (None: all types; a list
of Terms: the union of those, [] the empty set) and comparable (the set is restricted
to comparable types). Invariant: terms, when a list, hold no duplicate or overlapping
terms that normalization could merge (a best effort; semantics don't depend on it).
"""

from __future__ import annotations

from .predicates import identical

from . import typs as T
from .typs import Interface, Term, TypeParam, Union, unalias


class TypeSet:
    __slots__ = ("methods", "terms", "comparable")

    def __init__(self, methods=None, terms=None, comparable=False):
        self.methods = methods or []
        self.terms = terms
        self.comparable = comparable

    def is_all(self) -> bool:
        return not self.comparable and self.terms is None and not self.methods

    def is_empty(self) -> bool:
        return self.terms is not None and not self.terms

    def is_method_set(self) -> bool:
        return not self.comparable and self.terms is None

    def has_terms(self) -> bool:
        return self.terms is not None

    def is_comparable(self, seen=None) -> bool:
        from .predicates import comparable
        if self.terms is None:
            return self.comparable
        if not self.terms:
            return False  # the empty set: nothing to compare (go/types' is(f) calls f(nil))
        if self.comparable:
            return True
        return all(comparable(t.type, False, seen) for t in self.terms)

    def terms_equal(self, other) -> bool:
        a, b = self.terms, other.terms
        if a is None or b is None:
            return a is b
        return _subset(a, b) and _subset(b, a)

    def lookup_method(self, pkg, name: str):
        for i, m in enumerate(self.methods):
            if m.same_id(pkg, name):
                return i, m
        return -1, None

    def underlying_types(self):
        return [t.type.underlying() if not t.tilde else t.type.underlying() for t in (self.terms or [])]


_ALL = TypeSet()


def _term_includes(t: Term, x) -> bool:
    if t.tilde:
        return identical(t.type.underlying(), x.underlying())
    return identical(t.type, x)


def _term_subset(a: Term, b: Term) -> bool:
    if b.tilde:
        return identical(a.type.underlying(), b.type.underlying())
    if a.tilde:
        return False
    return identical(a.type, b.type)


def _subset(a, b) -> bool:
    return all(any(_term_subset(x, y) for y in b) for x in a)


def _intersect_term(x: Term, y: Term):
    if x.tilde and y.tilde:
        return x if identical(x.type.underlying(), y.type.underlying()) else None
    if x.tilde:
        return y if identical(y.type.underlying(), x.type.underlying()) else None
    if y.tilde:
        return x if identical(x.type.underlying(), y.type.underlying()) else None
    return x if identical(x.type, y.type) else None


def intersect_terms(a, b):
    if a is None:
        return b
    if b is None:
        return a
    out = []
    for x in a:
        for y in b:
            z = _intersect_term(x, y)
            if z is not None and not any(_term_subset(z, w) for w in out):
                out.append(z)
    return out


def _union_terms(a, b):
    if a is None or b is None:
        return None
    out = list(a)
    for y in b:
        if not any(_term_subset(y, w) for w in out):
            out.append(y)
    return out


def union_terms_equal(x: Union, y: Union) -> bool:
    a = [Term(t.tilde, t.type) for t in x.terms]
    b = [Term(t.tilde, t.type) for t in y.terms]
    return _subset(a, b) and _subset(b, a)


def _identical(x, y):
    from .predicates import identical
    return identical(x, y)


MAX_TERM_COUNT = 100  # go/types' limit: termlist operations are quadratic


def _union_type_set(u: Union, seen, check=None, pos=0):
    """The terms of union u's type set (None: all types); [] (invalid) after reporting a
    union of more than MAX_TERM_COUNT terms."""
    terms: list | None = []
    for t in u.terms:
        typ = unalias(t.type)
        ui = typ.underlying() if not isinstance(typ, TypeParam) else None
        if isinstance(ui, Interface):
            ts = _compute(ui, seen)
            if ts.terms is None:
                return None
            terms = _union_terms(terms, ts.terms)
        elif typ is T.TYP_INVALID or ui is T.TYP_INVALID:
            continue
        elif t.tilde and not isinstance(typ, TypeParam) and not _identical(typ, ui):
            continue  # no type has t.type as underlying type: the empty set
        else:
            terms = _union_terms(terms, [t])
        if terms is None:
            return None
        if len(terms) > MAX_TERM_COUNT:
            if check is not None:
                from .codes import Code
                check.errorf(pos, Code.InvalidUnion, "cannot handle more than %d union terms (implementation limitation)", MAX_TERM_COUNT)
            return []
    return terms


def _compute(it: Interface, seen) -> TypeSet:
    if it.tset is not None:
        return it.tset
    if it.is_comparable_builtin:
        it.tset = TypeSet([], None, True)
        return it.tset
    if id(it) in seen:
        return _ALL
    seen.add(id(it))
    check = it.check
    it.check = None  # errors are reported once, by the first computation
    methods = {}
    mpos = {}
    order = []

    def add_method(pos, m, explicit):
        k = m.id()
        other = methods.get(k)
        if other is None:
            methods[k] = m
            mpos[k] = pos
            order.append(k)
            return
        if check is None:
            return
        opos = mpos[k]
        if explicit:
            _dup_method(check, pos, opos, m.name)
            return

        def later():
            from .predicates import identical
            if pos and not check.allow_version(14) or not identical(m.type, other.type):
                _dup_method(check, pos, opos, m.name)
        check.later(later)

    for m in it.methods:
        add_method(m.pos, m, True)
    terms = None
    comparable = False
    embed_pos = it.embed_pos or []
    for i, e in enumerate(it.embeddeds):
        pos = embed_pos[i] if i < len(embed_pos) else 0
        e2 = unalias(e)
        if isinstance(e2, Union):
            if pos and check is not None and not check.verify_version(
                    pos, 18, "embedding interface element %s", T.type_string(e2, check.q)):
                continue
            terms = intersect_terms(terms, _union_type_set(e2, seen, check, pos))
            continue
        if isinstance(e2, TypeParam):
            # invalid (reported elsewhere); ignore
            continue
        u = e2.underlying()
        if isinstance(u, Interface):
            if pos and check is not None and _is_imported_constraint(check, e2) and not check.verify_version(
                    pos, 18, "embedding constraint interface %s", check.ts(e)):
                continue
            ts = _compute(u, seen)
            for m in ts.methods:
                add_method(pos, m, False)
            comparable = comparable or ts.comparable
            terms = intersect_terms(terms, ts.terms)
        elif u is T.TYP_INVALID:
            continue
        else:
            if pos and check is not None and not check.verify_version(
                    pos, 18, "embedding non-interface type %s", check.ts(e)):
                continue
            terms = intersect_terms(terms, [Term(False, e)])
    ms = sorted((methods[k] for k in order), key=lambda m: m.id())
    if terms is not None and comparable:
        from .predicates import comparable as cmpf
        terms = [t for t in terms if cmpf(t.type, False)]
        comparable = False
    ts = TypeSet(ms, terms, comparable)
    seen.discard(id(it))
    it.tset = ts
    return ts


def _is_imported_constraint(check, t):
    """Whether t is a named constraint interface of another package."""
    from .typs import Named
    if not isinstance(t, Named) or t.obj is None or t.obj.pkg is check.pkg or t.obj.pkg is None:
        return False
    u = t.underlying()
    return isinstance(u, Interface) and not _compute(u, set()).is_method_set()


def _dup_method(check, pos, opos, name):
    from .codes import Code
    msg = f"duplicate method {name}"
    if opos:
        msg += f"\n\t{check.fset.position(opos)}: other declaration of method {name}"
    check.error(pos, Code.DuplicateDecl, msg)


def compute_type_set(it: Interface) -> TypeSet:
    return _compute(it, set())


def type_set_of(t) -> TypeSet:
    t = unalias(t)
    if isinstance(t, TypeParam):
        return compute_type_set(t.iface())
    u = t.underlying()
    if isinstance(u, Interface):
        return compute_type_set(u)
    return _ALL


def core_type(t):
    """The core type of t, or None."""
    t = unalias(t)
    if isinstance(t, TypeParam) or isinstance(t.underlying(), Interface):
        ts = type_set_of(t)
        if ts.terms is None:
            if isinstance(t, TypeParam):
                return None
            return t.underlying()
        from .predicates import identical
        su = None
        for term in ts.terms:
            u = term.type.underlying()
            if su is None:
                su = u
                continue
            if isinstance(su, T.Chan) and isinstance(u, T.Chan) and identical(su.elem, u.elem):
                if su.dir == T.SendRecv:
                    su = u
                elif u.dir != T.SendRecv and u.dir != su.dir:
                    return None
                continue
            if not identical(su, u):
                return None
        return su
    return t.underlying()


def core_string(t):
    """Like core_type but []byte and string are treated as compatible (yields string)."""
    t = unalias(t)
    if isinstance(t, TypeParam):
        ts = type_set_of(t)
        if not ts.terms:
            return None
        from .predicates import identical, is_string
        su = None
        has_string = False
        for term in ts.terms:
            u = term.type.underlying()
            if is_string(u):
                from .universe import BYTE
                u = T.Slice(BYTE)
                has_string = True
            if su is None:
                su = u
            elif not identical(su, u):
                return None
        if has_string:
            from .universe import TYP
            return TYP[T.String]
        return su
    return core_type(t)
