"""This file implements commonly used type predicates (go/types' predicates.go): identity,
comparability, and the is_* classifications on underlying types."""

from __future__ import annotations

from .universe import RUNE, TYP

from . import typs as T
from .typs import (Alias, Array, Basic, Chan, Interface, Map, Named, Pointer, Signature, Slice,
                   Struct, Tuple, TypeParam, Union, unalias)


def _info(t, flag) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and bool(u.info & flag)


def is_boolean(t):
    return _info(t, T.IsBoolean)


def is_integer(t):
    return _info(t, T.IsInteger)


def is_unsigned(t):
    return _info(t, T.IsUnsigned)


def is_float(t):
    return _info(t, T.IsFloat)


def is_complex(t):
    return _info(t, T.IsComplex)


def is_numeric(t):
    return _info(t, T.IsNumeric)


def is_string(t):
    return _info(t, T.IsString)


def is_integer_or_float(t):
    return _info(t, T.IsInteger | T.IsFloat)


def is_const_type(t):
    return _info(t, T.IsConstType)


def is_untyped(t) -> bool:
    # untyped types are Basic: an alias or a named type never denotes one
    return type(t) is Basic and t.info & T.IsUntyped != 0


def is_typed(t) -> bool:
    return not (type(t) is Basic and t.info & T.IsUntyped != 0)


def is_untyped_numeric(t) -> bool:
    t = unalias(t)
    return isinstance(t, Basic) and bool(t.info & T.IsUntyped) and bool(t.info & T.IsNumeric)


def is_valid(t) -> bool:
    return unalias(t) is not T.TYP_INVALID


def is_interface(t) -> bool:
    t = unalias(t)
    return not isinstance(t, TypeParam) and isinstance(t.underlying(), Interface)


def is_type_param(t) -> bool:
    return isinstance(unalias(t), TypeParam)


def is_generic(t) -> bool:
    """Whether t is a generic (uninstantiated) named type or alias."""
    if isinstance(t, Alias) and t.type_params and t.origin is None:
        return True
    t = unalias(t)
    if isinstance(t, Named):
        return t.origin is None and bool(t.type_params)
    return False


def has_nil(t) -> bool:
    t = unalias(t)
    if isinstance(t, TypeParam):
        from .typeset import type_set_of
        ts = type_set_of(t)
        if ts.terms is None:
            return False
        return all(has_nil(term.type) for term in ts.terms) and bool(ts.terms)
    u = t.underlying()
    if isinstance(u, Basic):
        return u.kind == T.UnsafePointer
    return isinstance(u, (Slice, Pointer, Signature, Map, Chan, Interface))


def is_basic_kind(t, kind) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and u.kind == kind


def all_basic(t, flag) -> bool:
    """For type parameters: every type of the type set satisfies flag."""
    t = unalias(t)
    if isinstance(t, TypeParam):
        from .typeset import type_set_of
        ts = type_set_of(t)
        if ts.terms is None or not ts.terms:
            return False
        return all(_info(term.type, flag) for term in ts.terms)
    return _info(t, flag)


def all_numeric(t):
    return all_basic(t, T.IsNumeric)


def all_integer(t):
    return all_basic(t, T.IsInteger)


def all_unsigned(t):
    return all_basic(t, T.IsUnsigned)


def all_string(t):
    return all_basic(t, T.IsString)


def all_boolean(t):
    return all_basic(t, T.IsBoolean)


def all_ordered(t):
    return all_basic(t, T.IsOrdered)


def all_numeric_or_string(t):
    return all_basic(t, T.IsNumeric | T.IsString)


# ---------------------------------------------------------------------------
# Identity


def identical(x, y) -> bool:
    return _identical(x, y, None)


def identical_ignore_tags(x, y) -> bool:
    return _identical(x, y, None, ignore_tags=True)


def _identical(x, y, p, ignore_tags=False) -> bool:
    if x is y:
        return True
    x = unalias(x)
    y = unalias(y)
    if x is y:
        return True
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is Basic:
        return x.kind == y.kind
    if tx is Pointer:
        return _identical(x.elem, y.elem, p, ignore_tags)
    if tx is Slice:
        return _identical(x.elem, y.elem, p, ignore_tags)
    if tx is Array:
        return x.len == y.len and _identical(x.elem, y.elem, p, ignore_tags)
    if tx is Map:
        return _identical(x.key, y.key, p, ignore_tags) and _identical(x.elem, y.elem, p, ignore_tags)
    if tx is Chan:
        return x.dir == y.dir and _identical(x.elem, y.elem, p, ignore_tags)
    if tx is Struct:
        if len(x.fields) != len(y.fields):
            return False
        for i, f in enumerate(x.fields):
            g = y.fields[i]
            if f.embedded != g.embedded or (not ignore_tags and x.tag(i) != y.tag(i)):
                return False
            if not f.same_id(g.pkg, g.name):
                return False
            if not _identical(f.type, g.type, p, ignore_tags):
                return False
        return True
    if tx is Tuple:
        if len(x.vars) != len(y.vars):
            return False
        return all(_identical(a.type, b.type, p, ignore_tags) for a, b in zip(x.vars, y.vars))
    if tx is Signature:
        if x.variadic != y.variadic:
            return False
        if len(x.type_params) != len(y.type_params):
            return False
        if x.type_params:
            # identical up to renaming of type parameters
            from .instantiate import subst
            smap = dict(zip(y.type_params, x.type_params))
            for a, b in zip(x.type_params, y.type_params):
                if not _identical(a.bound, subst(b.bound, smap), p, ignore_tags):
                    return False
            yp = subst(y.params, smap)
            yr = subst(y.results, smap)
            return _identical(x.params, yp, p, ignore_tags) and _identical(x.results, yr, p, ignore_tags)
        return _identical(x.params, y.params, p, ignore_tags) and _identical(x.results, y.results, p, ignore_tags)
    if tx is Union:
        from .typeset import union_terms_equal
        return union_terms_equal(x, y)
    if tx is Interface:
        from .typeset import compute_type_set
        if x.is_comparable_builtin or y.is_comparable_builtin:
            return x.is_comparable_builtin and y.is_comparable_builtin
        xs = compute_type_set(x)
        ys = compute_type_set(y)
        if xs.comparable != ys.comparable:
            return False
        if not xs.terms_equal(ys):
            return False
        a, b = xs.methods, ys.methods
        if len(a) != len(b):
            return False
        if not a:
            return True
        q = (x, y, p)
        pp = p
        while pp is not None:
            if (pp[0] is x and pp[1] is y) or (pp[0] is y and pp[1] is x):
                return True
            pp = pp[2]
        for f, g in zip(a, b):
            if f.id() != g.id() or not _identical(f.type, g.type, q, ignore_tags):
                return False
        return True
    if tx is Named:
        if x.origin is not None and y.origin is not None:
            if x.origin is not y.origin or len(x.type_args) != len(y.type_args):
                return False
            return all(_identical(a, b, p, ignore_tags) for a, b in zip(x.type_args, y.type_args))
        return x is y
    if tx is TypeParam:
        return x is y
    return False


# ---------------------------------------------------------------------------
# Comparability


def comparable(t, dynamic: bool = True, seen=None, report=None) -> bool:
    t = unalias(t)
    if seen is None:
        seen = set()
    if id(t) in seen:
        return True
    seen.add(id(t))
    u = t.underlying()
    if isinstance(t, TypeParam):
        from .typeset import type_set_of
        return type_set_of(t).is_comparable(seen)
    if isinstance(u, Basic):
        return u.kind != T.UntypedNil
    if isinstance(u, (Pointer, Chan)):
        return True
    if isinstance(u, Interface):
        if dynamic:
            return True
        from .typeset import compute_type_set
        return compute_type_set(u).is_comparable(seen)
    if isinstance(u, Struct):
        for f in u.fields:
            if not comparable(f.type, dynamic, seen):
                if report is not None:
                    report.append(f)
                return False
        return True
    if isinstance(u, Array):
        return comparable(u.elem, dynamic, seen)
    return False


def is_ordered(t) -> bool:
    return _info(t, T.IsOrdered)


def default_type(t):
    t2 = unalias(t)
    if isinstance(t2, Basic):
        k = t2.kind
        if k == T.UntypedBool:
            return TYP[T.Bool]
        if k == T.UntypedInt:
            return TYP[T.Int]
        if k == T.UntypedRune:
            return RUNE
        if k == T.UntypedFloat:
            return TYP[T.Float64]
        if k == T.UntypedComplex:
            return TYP[T.Complex128]
        if k == T.UntypedString:
            return TYP[T.String]
    return t


def max_type(x, y):
    """x when x and y are the same (untyped) type, else the larger of two untyped
    numeric types, or None."""
    x = unalias(x)
    y = unalias(y)
    if x is y or identical(x, y):
        return x
    if is_untyped_numeric(x) and is_untyped_numeric(y):
        return x if x.kind > y.kind else y
    return None


def comparable_cause(t, dynamic: bool, ts, seen=None):
    """None if t is comparable (go/types' comparableType); otherwise why not: a message
    ("" when there is nothing specific to say). ts formats types for the message."""
    if seen is None:
        seen = set()
    if id(t) in seen:
        return None
    seen.add(id(t))
    u = unalias(t).underlying()
    if isinstance(u, Basic):
        return "" if u.kind == T.UntypedNil else None
    if isinstance(u, (Pointer, Chan)):
        return None
    if isinstance(u, Struct):
        for f in u.fields:
            if comparable_cause(f.type, dynamic, ts, seen) is not None:
                return f"struct containing {ts(f.type)} cannot be compared"
        return None
    if isinstance(u, Array):
        if comparable_cause(u.elem, dynamic, ts, seen) is not None:
            return f"{ts(t)} cannot be compared"
        return None
    if isinstance(u, Interface):
        from .typeset import compute_type_set
        tset = compute_type_set(u)
        if dynamic and not isinstance(unalias(t), TypeParam) or tset.is_comparable(seen):
            return None
        return "empty type set" if tset.is_empty() else "incomparable types in type set"
    return ""


def under_is(t, f) -> bool:
    """f holds for the underlying type of t; for a type parameter, for the underlying
    type of every term of its type set (f(None) when the set has no specific terms)."""
    t = unalias(t)
    if isinstance(t, TypeParam):
        from .typeset import type_set_of
        tset = type_set_of(t)
        if not tset.terms:
            return f(None)
        return all(f(term.type.underlying()) for term in tset.terms)
    return f(t.underlying())


def tp_is(t, f) -> bool:
    """For a type parameter t: f holds for every term of its type set (f(None) when the
    set has no specific terms; go/types' TypeParam.is)."""
    from .typeset import type_set_of
    tset = type_set_of(t)
    if not tset.terms:
        return f(None)
    return all(f(term) for term in tset.terms)
