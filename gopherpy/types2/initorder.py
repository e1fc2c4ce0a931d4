"""This file computes the package initialization order (go/types' initorder.go).

The dependency graph has a node per package-level object (variables, constants,
functions) and an edge to every package-level object its declaration refers to
(method references included). Function nodes are removed by connecting each of their
predecessors to each of their successors, so variables depend on what the functions
they call refer to. Then, as the spec says, the earliest variable in declaration order
with no uninitialized dependencies is initialized next, repeatedly (a priority queue by
(number of dependencies, declaration order)).
PARTIAL: an `initialization cycle` is not reported (the variables of a cycle are
initialized in declaration order)."""

from __future__ import annotations

import heapq
import itertools

from .objects import Func, Var


class InitOrderMixin:

    def init_order(self):
        from .api import Initializer
        objs = sorted(self.objmap, key=lambda o: o.order)
        succ = {}
        pred = {o: set() for o in objs}
        for o in objs:
            d = self.objmap.get(o)
            succ[o] = {x for x in (d.deps if d is not None else ()) if x in pred}
        for o in objs:
            for x in succ[o]:
                pred[x].add(o)
        funcs = [o for o in objs if isinstance(o, Func)]
        funcs.sort(key=lambda n: len(pred[n]) * len(succ[n]))
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
        heap = [(ndeps[o], o.order, next(tie), o) for o in objs if o in succ]
        heapq.heapify(heap)
        done = set()
        emitted = set()
        order = []
        while heap:
            nd, _, _, n = heapq.heappop(heap)
            if n in done or nd != ndeps[n]:
                continue  # a stale queue entry
            done.add(n)
            for p in pred[n]:
                if p not in done:
                    ndeps[p] -= 1
                    heapq.heappush(heap, (ndeps[p], p.order, next(tie), p))
            d = self.objmap.get(n)
            if not isinstance(n, Var) or d is None or d.init is None:
                continue
            if id(d) in emitted:
                continue
            emitted.add(id(d))
            lhs = d.lhs if d.lhs else [n]
            order.append(Initializer(lhs, d.init))
        self.info.init_order = order
