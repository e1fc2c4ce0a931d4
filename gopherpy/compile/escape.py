"""This file implements the small part of escape analysis whose result Go programs can see: append's stack buffer.

Since Go 1.25, gc gives `append` on a slice whose backing store does not escape a
32-byte stack buffer: the first append to an empty slice (len 0) that fits in K =
32/elemsize elements gets capacity K instead of growslice's (cap() shows 4 for []int,
32 for []byte). Which slices qualify depends on gc's escape analysis; this file
approximates it conservatively: a local slice variable qualifies when every use of
it is an append to itself (`s = append(s, x, ...)` with a fixed number of elements),
len/cap, indexing, range, or an argument to a same-package function whose parameter
qualifies in turn; anything else (returned, stored, passed elsewhere, captured by a
closure, converted to an interface, resliced into another variable) escapes.

Not modelled: gc's per-site "used once per call" flag, the move2heap strategy.
"""

from __future__ import annotations

from gopherpy.syntax import nodes as N


def _unparen(e):
    while isinstance(e, N.ParenExpr):
        e = e.x
    return e


class EscapeInfo:
    """Per-package results: which local slice objects may use append's stack buffer."""

    def __init__(self, tinfo, files):
        self.ti = tinfo
        self.funcs = {}   # Func obj -> FuncDecl
        for f in files:
            for d in f.decls:
                if isinstance(d, N.FuncDecl) and d.recv is None and d.body is not None:
                    o = tinfo.defs.get(d.name)
                    if o is not None:
                        self.funcs[o] = d
        self._param_cache: dict = {}

    def stack_slice(self, body, obj, depth: int = 0) -> bool:
        """Whether local variable obj (a slice) never escapes in body."""
        parents = {}
        stack = [(body, None)]
        uses = []
        while stack:
            n, parent = stack.pop()
            if n is None:
                continue
            if isinstance(n, list):
                for x in n:
                    stack.append((x, parent))
                continue
            parents[id(n)] = parent
            if isinstance(n, N.Ident) and self.ti.uses.get(n) is obj:
                uses.append(n)
            if isinstance(n, N.FuncLit):
                for m in _walk(n.body):
                    if isinstance(m, N.Ident) and self.ti.uses.get(m) is obj:
                        return False
                continue
            for f in getattr(n, "__slots__", ()):
                v = getattr(n, f, None)
                if isinstance(v, (N.Node, list)):
                    stack.append((v, n))
        for u in uses:
            p = parents.get(id(u))
            while isinstance(p, N.ParenExpr):
                p = parents.get(id(p))
            if isinstance(p, N.CallExpr):
                fun = _unparen(p.fun)
                if isinstance(fun, N.Ident):
                    o = self.ti.uses.get(fun)
                    kind = type(o).__name__ if o is not None else ""
                    if kind == "Builtin" and fun.name in ("len", "cap", "copy"):
                        continue
                    if kind == "Builtin" and fun.name == "append" and p.args and p.args[0] is u:
                        # must be `obj = append(obj, ...)`
                        a = parents.get(id(p))
                        if isinstance(a, N.AssignStmt) and len(a.lhs) == 1 and \
                                isinstance(_unparen(a.lhs[0]), N.Ident) and \
                                self.ti.obj_of(_unparen(a.lhs[0])) is obj:
                            continue
                        return False
                    if kind == "Func" and o in self.funcs and depth < 3 and u in p.args:
                        idx = p.args.index(u)
                        if self.param_stays(o, idx, depth + 1):
                            continue
                return False
            if isinstance(p, N.IndexExpr) and p.x is u:
                continue
            if isinstance(p, N.RangeStmt) and p.x is u:
                continue
            if isinstance(p, N.AssignStmt) and u in p.lhs:
                # assignment to obj: only from append of itself or a reslice of itself
                i = p.lhs.index(u)
                if i < len(p.rhs):
                    r = _unparen(p.rhs[i])
                    if isinstance(r, N.CallExpr) and isinstance(_unparen(r.fun), N.Ident) and \
                            _unparen(r.fun).name == "append":
                        continue
                    if isinstance(r, N.SliceExpr) and isinstance(_unparen(r.x), N.Ident) and \
                            self.ti.obj_of(_unparen(r.x)) is obj:
                        continue
                    if isinstance(r, N.CompositeLit) or (isinstance(r, N.Ident) and r.name == "nil"):
                        continue
                return False
            if isinstance(p, N.SliceExpr) and p.x is u:
                a = parents.get(id(p))
                if isinstance(a, N.AssignStmt) and len(a.lhs) == 1 and \
                        isinstance(_unparen(a.lhs[0]), N.Ident) and self.ti.obj_of(_unparen(a.lhs[0])) is obj:
                    continue
                return False
            if isinstance(p, N.BinaryExpr) and p.op in ("==", "!="):
                continue
            return False
        return True

    def param_stays(self, fobj, idx: int, depth: int) -> bool:
        key = (fobj, idx)
        r = self._param_cache.get(key)
        if r is not None:
            return r
        self._param_cache[key] = False  # recursion: assume escape
        d = self.funcs[fobj]
        names = []
        for f in d.type.params.list:
            if not f.names:
                names.append(None)
            for n in f.names:
                names.append(n)
        if idx >= len(names) or names[idx] is None:
            return False
        po = self.ti.defs.get(names[idx])
        r = po is not None and self.stack_slice(d.body, po, depth)
        self._param_cache[key] = r
        return r


def _walk(node):
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        if isinstance(n, list):
            stack.extend(n)
            continue
        yield n
        for f in getattr(n, "__slots__", ()):
            v = getattr(n, f, None)
            if isinstance(v, (N.Node, list)):
                stack.append(v)
