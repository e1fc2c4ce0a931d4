"""This file implements field and method lookup (go/types' lookup.go): selectors through
embedded fields by depth, ambiguity, pointer receivers, and missing-method reports."""

from __future__ import annotations

from .objects import Func, Var
from .typeset import compute_type_set, type_set_of
from .predicates import identical

from . import typs as T
from .typs import Interface, Named, Pointer, Struct, TypeParam, unalias


def deref(t):
    t2 = unalias(t)
    if isinstance(t2, Pointer):
        return t2.elem, True
    return t, False


def _same_id(obj, pkg, name, fold):
    """obj.same_id, or with fold a case-insensitive match ignoring packages (go/types'
    sameId with foldCase, used to suggest alternatives in messages)."""
    if fold and obj.name.casefold() == name.casefold():
        return True
    return obj.same_id(pkg, name)


def _lookup_method(methods, pkg, name, fold=False):
    for i, m in enumerate(methods):
        if _same_id(m, pkg, name, fold):
            return i, m
    return -1, None


def lookup_field_or_method(typ, addressable: bool, pkg, name: str, fold: bool = False):
    """Returns (obj, index, indirect) as go/types' LookupFieldOrMethod does; with fold,
    names match case-insensitively (for error messages)."""
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
    obj, index, indirect = _lookup(typ, addressable, pkg, name, fold)
    if obj is None and index is None:
        # pointer to named pointer: if typ is Named with pointer underlying, only fields
        pass
    return obj, index, indirect


def _lookup(typ, addressable, pkg, name, fold=False):
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
                    i, m = _lookup_method(tt.all_methods(), pkg, name, fold)
                    if m is not None:
                        index = idx + [i]
                        if obj is not None or multiples:
                            return None, index, False
                        obj = m
                        indirect = ind
                        continue
            if isinstance(tt, TypeParam):
                ts = type_set_of(tt)
                i, m = _lookup_method(ts.methods, pkg, name, fold)
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
                    if _same_id(f, pkg, name, fold):
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
                ts = compute_type_set(u)
                i, m = _lookup_method(ts.methods, pkg, name, fold)
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
    or has with a wrong signature (None if V has all of them), alt V's method of that name
    if any, and cause gc's parenthesized reason (go/types' missingMethod).
    equivalent(x, y) decides whether two method signatures match (default: identical)."""
    if equivalent is None:
        equivalent = identical
    methods = compute_type_set(unalias(Tiface).underlying()).methods
    if not methods:
        return None, None, ""
    NOT_FOUND, WRONG_NAME, UNEXPORTED, WRONG_SIG, AMBIG_SEL, PTR_RECV, FIELD = range(1, 8)
    state = 0
    m = f = None
    Vu = unalias(V).underlying()
    if isinstance(Vu, Interface):
        vts = compute_type_set(Vu)
        for m in methods:
            _, f = vts.lookup_method(m.pkg, m.name)
            if f is None:
                if not static:
                    continue
                state = NOT_FOUND
                break
            if not equivalent(f.type, m.type):
                state = WRONG_SIG
                break
    else:
        for m in methods:
            obj, index, indirect = lookup_field_or_method(V, False, m.pkg, m.name)
            if obj is None:
                if index is not None and not indirect:
                    state = AMBIG_SEL
                elif indirect:
                    state = PTR_RECV
                else:
                    state = NOT_FOUND
                    obj, _, _ = lookup_field_or_method(V, False, m.pkg, m.name, True)
                    f = obj if isinstance(obj, Func) else None
                    if f is not None:
                        state = UNEXPORTED if f.name == m.name else WRONG_NAME
                break
            if not isinstance(obj, Func):
                state = FIELD
                break
            f = obj
            if check is not None and f.type is None:
                check.obj_decl(f)
            if not equivalent(f.type, m.type):
                state = WRONG_SIG
                break
    if not state:
        return None, None, ""
    if f is not None and check is not None and f.type is None:
        check.obj_decl(f)
    if state == NOT_FOUND:
        why = check.interface_ptr_why(V) if check is not None else ""
        if not why and check is not None:
            why = check.interface_ptr_why(Tiface)
        cause = f"({why})" if why else f"(missing method {m.name})"
    elif state == WRONG_NAME:
        cause = f"(missing method {m.name})\n\t\thave {_func_string(check, f)}\n\t\twant {_func_string(check, m)}"
    elif state == UNEXPORTED:
        cause = f"(unexported method {m.name})"
    elif state == WRONG_SIG:
        fs, ms = _func_string(check, f), _func_string(check, m)
        if fs == ms:
            # don't report "want Foo, have Foo": add package information
            fs, ms = _func_string(check, f, True), _func_string(check, m, True)
        if fs == ms:
            # type parameters of the same name (go.dev/issue/61685)
            cause = f"(wrong type for method {m.name})"
        else:
            cause = f"(wrong type for method {m.name})\n\t\thave {fs}\n\t\twant {ms}"
    elif state == AMBIG_SEL:
        cause = f"(ambiguous selector {_ts(check, V)}.{m.name})"
    elif state == PTR_RECV:
        cause = f"(method {m.name} has pointer receiver)"
    else:
        cause = f"({_ts(check, V)}.{m.name} is a field, not a method)"
    return m, f, cause


def has_invalid_embedded_fields(t, seen=None):
    """Whether t is a struct (or pointer to one) with embedded fields of invalid types,
    directly or indirectly (then a method may be missing only seemingly)."""
    from .typs import TYP_INVALID
    b, _ = deref(t)
    s = unalias(b).underlying()
    if not isinstance(s, Struct):
        return False
    if seen is None:
        seen = set()
    if id(s) in seen:
        return False
    seen.add(id(s))
    for f in s.fields:
        if f.embedded and (unalias(f.type) is TYP_INVALID or has_invalid_embedded_fields(f.type, seen)):
            return True
    return False


def _ts(check, t):
    from .typs import type_string
    return check.ts(t) if check is not None else type_string(t)


def _func_string(check, f, pkg_info=False):
    """f's name and signature without parameter names (go/types' funcString)."""
    from .typs import write_signature
    buf = [f.name]
    qf = check.q if check is not None and not pkg_info else None
    write_signature(buf, f.type, qf, [], False)
    return "".join(buf)
