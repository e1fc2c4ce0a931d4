"""This file verifies that a declared type does not expand indefinitely, that is, does
not contain (the memory of) itself (go/types' validtype.go), and detects direct
cycles of type names (go/types' cycles.go).

valid_type walks the RHS of a Named type. `nest` is the stack of named types whose
memory contains the type being looked at (a struct field, an array element, an
embedded interface or union term); `path` is every named type visited, for the error
message. A Named found in its own nest is an invalid recursive type: its origin's
RHS and underlying type become invalid, so that later operations see a broken type
instead of an infinite one. Pointers, slices, maps, channels and functions break the
nest (they don't contain their element's memory), so they are not walked.

A type parameter stands for the type argument of the instance it was instantiated in:
that argument is checked in the nest of the instantiation (nest without the
instance), as the comment at the end of go/types' validtype.go explains with an
example.
"""

from __future__ import annotations

from . import typs as T
from .predicates import identical
from .universe import TYP


class ValidTypeMixin:

    def valid_type(self, typ):
        self._valid_type0(typ, [], [])

    def _valid_type0(self, typ, nest, path):
        typ = T.unalias(typ)
        cls = type(typ)
        if cls is T.Array:
            return self._valid_type0(typ.elem, nest, path)
        if cls is T.Struct:
            for f in typ.fields:
                if not self._valid_type0(f.type, nest, path):
                    return False
            return True
        if cls is T.Union:
            for t in typ.terms:
                if not self._valid_type0(t.type, nest, path):
                    return False
            return True
        if cls is T.Interface:
            for e in typ.embeddeds:
                if not self._valid_type0(e, nest, path):
                    return False
            return True
        if cls is T.Named:
            for e in nest:
                if identical(e, typ):
                    self._invalidate(typ)
                    for start, p in enumerate(path):
                        if identical(p, typ):
                            self.cycle_error([_cycle_obj(n) for n in path[start:]], 0)
                            return False
                    return False
            orig = typ.origin if typ.origin is not None else typ
            rhs = orig.from_rhs
            if rhs is None:
                # imported or predeclared: valid, or reported by its own package
                return True
            if len(nest) > 200:
                return True  # pathological nesting; give up rather than recurse forever
            return self._valid_type0(rhs, nest + [typ], path + [typ])
        if cls is T.TypeParam:
            d = len(nest) - 1
            if d >= 0:
                inst = nest[d]
                tparams = inst.type_params_list()
                for i, tp in enumerate(tparams):
                    if tp is typ and i < len(inst.type_args):
                        return self._valid_type0(inst.type_args[i], nest[:d], path)
            return True
        return True

    def _invalidate(self, t):
        orig = t.origin if t.origin is not None else t
        if orig.obj is None or orig.obj.pkg is not self.pkg:
            return
        inv = TYP[T.Invalid]
        orig.from_rhs = inv
        orig._underlying = inv
        for inst in orig.instances or ():
            inst._underlying = inv

    # -- direct cycles (go/types' cycles.go) ---------------------------------------

    def direct_cycles(self):
        """Reports cycles of package-level type declarations whose RHS is a type name
        (type A B; type B A), marking the first of each cycle invalid."""
        from ..syntax import nodes as N
        from .objects import TypeName

        path_idx = {}
        for obj in sorted(self.objmap, key=lambda o: o.order):
            if not isinstance(obj, TypeName):
                continue
            tname = obj
            path = []
            while True:
                start = path_idx.get(tname)
                if start is not None and start < 0:
                    break
                if start is not None:
                    tname.type = TYP[T.Invalid]
                    tname.color = 2
                    cycle = path[start:]
                    from .decl import first_in_src
                    self.cycle_error(cycle, first_in_src(cycle))
                    break
                path_idx[tname] = len(path)
                path.append(tname)
                d = self.objmap.get(tname)
                rhs = d.tdecl.type if d is not None and d.tdecl is not None else None
                if not isinstance(rhs, N.Ident):
                    break
                nxt = self.pkg.scope.lookup(rhs.name)
                if not isinstance(nxt, TypeName) or nxt not in self.objmap:
                    break
                tname = nxt
            for t in path:
                path_idx[t] = -1


def _cycle_obj(n):
    """The object standing for named type n in a cycle error: an instance is reported
    at its instantiation, by its type string."""
    if n.origin is None:
        return n.obj
    from .objects import TypeName
    o = n.obj
    tn = TypeName(o.name, None, o.pkg, n.inst_pos or o.pos)
    tn.type = n
    return tn
