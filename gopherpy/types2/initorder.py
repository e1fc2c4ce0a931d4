"""This file computes the package initialization order and reports initialization
cycles (go/types' initorder.go).

The dependency graph has a node per package-level constant, variable and function
(methods included) and an edge to every such object its declaration refers to.
Function nodes are removed by connecting each of their predecessors to each of their
successors, so variables depend on what the functions they call refer to. Then, as
the spec says, the earliest variable in declaration order with no uninitialized
dependencies is initialized next, repeatedly: a priority queue by (constants first,
number of dependencies, declaration order). A node that still has dependencies when it
is taken lies on or behind a cycle; the cycle through it, if any, is reported.
"""

from __future__ import annotations

import heapq
import itertools

from .codes import Code
from .objects import Const, Func, Var


class InitOrderMixin:

    def init_order(self):
        from .api import Initializer
        objmap = self.objmap
        nodes = [o for o in objmap if isinstance(o, (Const, Var, Func))]
        succ = {o: set() for o in nodes}
        pred = {o: set() for o in nodes}
        for o in nodes:
            d = objmap.get(o)
            for x in (d.deps if d is not None else ()):
                if x in succ:
                    succ[o].add(x)
                    pred[x].add(o)
        # remove function nodes, cheapest first (each removal copies edges onward)
        funcs = [o for o in nodes if isinstance(o, Func)]
        funcs.sort(key=lambda n: (len(pred[n]) * len(succ[n]), n.order))
        for n in funcs:
            for p in pred[n]:
                if p is not n:
                    for s in succ[n]:
                        if s is not n:
                            succ[p].add(s)
                            pred[s].add(p)
                    succ[p].discard(n)
            for s in succ[n]:
                pred[s].discard(n)
            del succ[n]
            del pred[n]
        ndeps = {o: len(succ[o]) for o in succ}
        tie = itertools.count()

        def key(o):
            return (0 if isinstance(o, Const) else 1, ndeps[o], o.order, next(tie), o)
        heap = [key(o) for o in succ]
        heapq.heapify(heap)
        done = set()
        emitted = set()
        order = []
        while heap:
            _, nd, _, _, n = heapq.heappop(heap)
            if n in done or nd != ndeps[n]:
                continue  # a stale queue entry
            done.add(n)
            if nd > 0:
                # n depends on uninitialized objects: report the cycle through n, if
                # n is on one (else it is reported when an object on it comes up)
                cycle = self._find_path(n, n, set())
                if cycle is not None:
                    self._report_init_cycle(cycle)
            for p in pred[n]:
                if p not in done:
                    ndeps[p] -= 1
                    heapq.heappush(heap, key(p))
            d = objmap.get(n)
            if not isinstance(n, Var) or d is None or d.init is None:
                continue
            if id(d) in emitted:
                continue  # a, b = f(): one initializer for all of its variables
            emitted.add(id(d))
            lhs = d.lhs if d.lhs else [n]
            order.append(Initializer(lhs, d.init))
        self.info.init_order = order

    def _find_path(self, frm, to, seen):
        """The objects [to, ..., frm'] of a dependency path from frm to to, reversed; None
        if there is none."""
        if frm in seen:
            return None
        seen.add(frm)
        d = self.objmap.get(frm)
        if d is None:
            return None
        for dep in sorted((o for o in d.deps if o in self.objmap), key=lambda o: o.order):
            if dep is to:
                return [dep]
            p = self._find_path(dep, to, seen)
            if p is not None:
                return p + [dep]
        return None

    def _report_init_cycle(self, cycle):
        obj = cycle[0]
        if len(cycle) == 1:
            self.errorf(obj.pos, Code.InvalidInitCycle, "initialization cycle: %s refers to itself", obj.name)
            return
        msg = f"initialization cycle for {obj.name}"
        first = obj
        for j in range(len(cycle) - 1, -1, -1):
            nxt = cycle[j]
            msg += f"\n\t{self.fset.position(obj.pos)}: {obj.name} refers to {nxt.name}"
            obj = nxt
        self.errorf(first.pos, Code.InvalidInitCycle, "%s", msg)
