"""This file implements field and method lookup (go/types' lookup.go): selectors through
embedded fields by depth, ambiguity, pointer receivers, and missing-method reports."""

from __future__ import annotations

from . import typs as T
from .typs import Interface, Named, Pointer, Struct, TypeParam, unalias


def deref(t):
    t2 = unalias(t)
    if isinstance(t2, Pointer):
        return t2.elem, True
    return t, False


def _lookup_method(methods, pkg, name):
    for i, m in enumerate(methods):
        if m.same_id(pkg, name):
            return i, m
    return -1, None


def lookup_field_or_method(typ, addressable: bool, pkg, name: str):
    """Returns (obj, index, indirect) as go/types' LookupFieldOrMethod does."""
    if name == "_":
        return None, None, False
    t2 = unalias(typ)
    if isinstance(t2, Named) or isinstance(t2, TypeParam):
        pass
    p = t2.underlying() if not isinstance(t2, TypeParam) else None
    if isinstance(t2, Pointer) or (isinstance(t2, Named) and isinstance(p, Pointer)):
        # a pointer to a named pointer type has no methods; go/types checks *T where
        # T's underlying is a pointer: lookup on T only finds fields
        pass
    obj, index, indirect = _lookup(typ, addressable, pkg, name)
    if obj is None and index is None:
        # pointer to named pointer: if typ is Named with pointer underlying, only fields
        pass
    return obj, index, indirect


def _lookup(typ, addressable, pkg, name):
    from .objects import Func, Var
    from .typeset import type_set_of
    typ0 = typ
    t, is_ptr = deref(typ)
    if is_ptr and isinstance(unalias(t), TypeParam):
        return None, None, False
    if is_ptr and isinstance(unalias(t).underlying(), Interface):
        return None, None, False
    # a named type whose underlying type is a pointer: no methods, but fields of *base
    named_ptr = False
    ut = unalias(t)
    if isinstance(ut, Named) and isinstance(ut.underlying(), Pointer) and not is_ptr:
        named_ptr = True
    current = [(t, [], is_ptr, False)]
    seen = set()
    while current:
        nxt = []
        obj = None
        index = None
        indirect = False
        for typ_, idx, ind, multiples in current:
            tt = unalias(typ_)
            if isinstance(tt, Named):
                if id(tt) in seen:
                    continue
                seen.add(id(tt))
                if not named_ptr or tt is not ut:
                    i, m = _lookup_method(tt.all_methods(), pkg, name)
                    if m is not None:
                        index = idx + [i]
                        if obj is not None or multiples:
                            return None, index, False
                        obj = m
                        indirect = ind
                        continue
            if isinstance(tt, TypeParam):
                ts = type_set_of(tt)
                i, m = ts.lookup_method(pkg, name)
                if m is not None:
                    index = idx + [i]
                    if obj is not None or multiples:
                        return None, index, False
                    obj = m
                    indirect = ind
                continue
            u = tt.underlying()
            if named_ptr and tt is ut and isinstance(u, Pointer):
                u2 = unalias(u.elem)
                u = u2.underlying()
                ind = True
                if isinstance(u2, Named):
                    # fields only via the pointed-to struct
                    pass
            if isinstance(u, Struct):
                for i, f in enumerate(u.fields):
                    if f.same_id(pkg, name):
                        index = idx + [i]
                        if obj is not None or multiples:
                            return None, index, False
                        obj = f
                        indirect = ind
                        continue
                    if obj is None and f.embedded:
                        ft, fp = deref(f.type)
                        nxt.append((ft, idx + [i], ind or fp, multiples))
            elif isinstance(u, Interface):
                from .typeset import compute_type_set
                ts = compute_type_set(u)
                i, m = ts.lookup_method(pkg, name)
                if m is not None:
                    index = idx + [i]
                    if obj is not None or multiples:
                        return None, index, False
                    obj = m
                    indirect = ind
        if obj is not None:
            if isinstance(obj, Func) and named_ptr:
                return None, None, False
            if isinstance(obj, Func) and obj.has_ptr_recv and not indirect and not addressable:
                return None, index, True
            return obj, index, indirect
        current = _consolidate(nxt)
    return None, None, False


def _consolidate(lst):
    if len(lst) <= 1:
        return lst
    out = []
    pos = {}
    for e in lst:
        t = unalias(e[0])
        k = id(t)
        if isinstance(t, Named) and t.origin is not None:
            k = (id(t.origin), tuple(id(a) for a in t.type_args))
        if k in pos:
            i = pos[k]
            a = out[i]
            out[i] = (a[0], a[1], a[2], True)
        else:
            pos[k] = len(out)
            out.append(e)
    return out


def method_set_has_ptr(typ) -> bool:
    return isinstance(unalias(typ), Pointer)


def missing_method(V, Tiface, static: bool, check=None, equivalent=None):
    """Returns (method, alt, cause) where method is the first method of Tiface that V lacks
    (None if V implements the interface's methods). cause is gc's parenthesized reason.
    equivalent(x, y) decides whether two method signatures match (default: identical)."""
    from .predicates import identical
    if equivalent is not None:
        identical = equivalent  # noqa: F811 - the caller's notion of matching signatures
    from .typeset import compute_type_set, type_set_of
    ts = compute_type_set(Tiface)
    methods = ts.methods
    if not methods:
        return None, None, ""
    Vu = unalias(V)
    if isinstance(Vu, TypeParam) or isinstance(Vu.underlying(), Interface):
        vts = type_set_of(Vu)
        for m in methods:
            _, f = vts.lookup_method(m.pkg, m.name)
            if f is None:
                if not static:
                    continue
                return m, None, _cause_missing(check, V, m, None)
            if not identical(f.type, m.type):
                return m, f, _cause_wrong(check, m, f)
        return None, None, ""
    for m in methods:
        obj, index, indirect = lookup_field_or_method(V, False, m.pkg, m.name)
        from .objects import Func
        if obj is None or not isinstance(obj, Func):
            if obj is None and index is not None and indirect:
                return m, None, f"(method {m.name} has pointer receiver)"
            # case-folded alternative
            alt = None
            if obj is None:
                for n2 in _all_names(V):
                    if n2.lower() == m.name.lower() and n2 != m.name:
                        o2, _, _ = lookup_field_or_method(V, False, m.pkg, n2)
                        from .objects import Func as F2
                        if isinstance(o2, F2):
                            alt = o2
                            break
            if alt is not None:
                return m, alt, _cause_wrong_name(check, m, alt)
            if obj is not None:
                return m, None, f"(missing method {m.name})"
            return m, None, f"(missing method {m.name})"
        if check is not None and obj.type is None:
            check.obj_decl(obj)
        if not identical(obj.type, m.type):
            return m, obj, _cause_wrong(check, m, obj)
    return None, None, ""


def _all_names(V):
    t, _ = deref(V)
    t = unalias(t)
    out = []
    if isinstance(t, Named):
        out += [m.name for m in t.all_methods()]
    return out


def _sig_str(check, f):
    from .typs import write_signature
    buf = []
    qf = check.q if check is not None else None
    write_signature(buf, f.type, qf, [])
    return f.name + "".join(buf)


def _cause_missing(check, V, m, alt):
    return f"(missing method {m.name})"


def _cause_wrong(check, m, f):
    return f"(wrong type for method {m.name})\n\t\thave {_sig_str(check, f)}\n\t\twant {_sig_str(check, m)}"


def _cause_wrong_name(check, m, f):
    return f"(missing method {m.name})\n\t\thave {_sig_str(check, f)}\n\t\twant {_sig_str(check, m)}"
