"""This file computes the package initialization order (go/types' initorder.go).
PARTIAL: orders package-level variables by dependencies (through functions too) and
declaration order; `initialization cycle` reports are not implemented yet."""

from __future__ import annotations

from .objects import Const, Func, Var


class InitOrderMixin:

    def init_order(self):
        from .api import Initializer
        objs = sorted(self.objmap, key=lambda o: o.order)
        done = set()
        emitted = set()
        order = []

        def var_deps(o, seen):
            out = []
            d = self.objmap.get(o)
            if d is None:
                return out
            for dep in sorted(d.deps, key=lambda x: x.order):
                if isinstance(dep, Var):
                    out.append(dep)
                elif isinstance(dep, Func) and dep not in seen:
                    seen.add(dep)
                    out += var_deps(dep, seen)
            return out

        visiting = set()

        def visit(o):
            if o in done or o in visiting:
                return
            visiting.add(o)
            for dep in var_deps(o, set()):
                visit(dep)
            visiting.discard(o)
            done.add(o)
            d = self.objmap.get(o)
            if isinstance(o, Var) and d is not None and d.init is not None:
                if id(d) in emitted:
                    return
                emitted.add(id(d))
                lhs = d.lhs if d.lhs else [o]
                order.append(Initializer(lhs, d.init))

        for o in objs:
            if isinstance(o, Var):
                visit(o)
        self.info.init_order = order
