"""This file checks that generic declarations can be monomorphized: that no instantiation
cycle makes a type parameter be instantiated with ever bigger types (go/types' mono.go).

The graph has a vertex per type parameter of this package (and per local named type
declared inside a generic function, which implicitly depends on the enclosing type
parameters). Each instantiation G[T1, ..., Tn] adds, for each type parameter Pi of G
and each type parameter Q (or local type) that Ti mentions, an edge Q -> Pi of weight
0 if Ti is Q itself and 1 if Ti merely contains Q. A cycle of positive weight means an
instantiation cycle (func f[T any]() { f[*T]() }): it is found as a path longer than
the number of vertices when computing heaviest paths (Bellman-Ford on negated
weights). Only reported when the package has no other errors.
"""

from __future__ import annotations

from . import typs as T
from .codes import Code


class _Vertex:
    __slots__ = ("weight", "pre", "len", "obj")

    def __init__(self, obj):
        self.weight = 0  # weight of the heaviest known path to this vertex
        self.pre = -1  # previous edge of that path
        self.len = 0  # length of that path
        self.obj = obj


class _Edge:
    __slots__ = ("dst", "src", "weight", "pos", "typ")

    def __init__(self, dst, src, weight, pos, typ):
        self.dst = dst
        self.src = src
        self.weight = weight
        self.pos = pos
        self.typ = typ


class MonoGraph:
    def __init__(self):
        self.vertices: list[_Vertex] = []
        self.edges: list[_Edge] = []
        self.canon: dict = {}  # TypeParam -> the TypeParam it stands for
        self.name_idx: dict = {}  # TypeName -> vertex index (-1: none)

    def record_canon(self, mpar, tpar):
        self.canon[mpar] = tpar

    def record_instance(self, pkg, pos, tparams, targs, xlist):
        for i, tpar in enumerate(tparams):
            if i >= len(targs):
                break
            p = xlist[i].pos() if xlist is not None and i < len(xlist) else pos
            self.assign(pkg, p, tpar, targs[i])

    def assign(self, pkg, pos, tpar, targ):
        if tpar.obj is None or tpar.obj.pkg is not pkg:
            return

        def flow(src, typ):
            weight = 0 if typ is targ else 1
            self.add_edge(self.type_param_vertex(tpar), src, weight, pos, targ)

        seen = set()

        def do(typ):
            typ = T.unalias(typ)
            cls = type(typ)
            if cls is T.TypeParam:
                if typ.obj is not None and typ.obj.pkg is pkg:
                    flow(self.type_param_vertex(typ), typ)
            elif cls is T.Named:
                orig = typ.origin if typ.origin is not None else typ
                src = self.local_named_vertex(pkg, orig)
                if src >= 0:
                    flow(src, typ)
                for a in typ.type_args:
                    do(a)
            elif cls in (T.Array, T.Chan, T.Pointer, T.Slice):
                do(typ.elem)
            elif cls is T.Map:
                do(typ.key)
                do(typ.elem)
            elif cls in (T.Interface, T.Signature, T.Struct, T.Tuple):
                if id(typ) in seen:
                    return
                seen.add(id(typ))
                if cls is T.Interface:
                    for m in typ.all_methods():
                        do(m.type)
                elif cls is T.Signature:
                    do(typ.params)
                    do(typ.results)
                elif cls is T.Struct:
                    for f in typ.fields:
                        do(f.type)
                else:
                    for v in typ.vars:
                        do(v.type)
        do(targ)

    def local_named_vertex(self, pkg, named):
        """The vertex of a named type declared in a generic function (it depends on the
        type parameters in scope at its declaration), or -1."""
        obj = named.obj
        if obj is None or obj.pkg is not pkg:
            return -1
        root = pkg.scope
        if obj.parent is root or obj.parent is None:
            return -1
        idx = self.name_idx.get(obj)
        if idx is not None:
            return idx
        idx = -1
        scope = obj.parent
        while scope is not None and scope is not root:
            for elem in list(scope.elems.values()):
                from .objects import TypeName
                if isinstance(elem, TypeName) and not elem.is_alias() and elem.pos < obj.pos:
                    if isinstance(elem.type, T.TypeParam):
                        if idx < 0:
                            idx = len(self.vertices)
                            self.vertices.append(_Vertex(obj))
                        self.add_edge(idx, self.type_param_vertex(elem.type), 1, obj.pos, elem.type)
            scope = scope.parent
        self.name_idx[obj] = idx
        return idx

    def type_param_vertex(self, tpar):
        tpar = self.canon.get(tpar, tpar)
        obj = tpar.obj
        idx = self.name_idx.get(obj)
        if idx is not None:
            return idx
        idx = len(self.vertices)
        self.vertices.append(_Vertex(obj))
        self.name_idx[obj] = idx
        return idx

    def add_edge(self, dst, src, weight, pos, typ):
        self.edges.append(_Edge(dst, src, weight, pos, typ))


class MonoMixin:

    def mono_record_instance(self, pos, tparams, targs, xlist):
        self.mono.record_instance(self.pkg, pos, tparams, targs, xlist)

    def monomorph(self):
        """Reports an instantiation cycle, if the graph has one."""
        g = self.mono
        again = True
        while again:
            again = False
            for i, edge in enumerate(g.edges):
                src = g.vertices[edge.src]
                dst = g.vertices[edge.dst]
                w = src.weight + edge.weight
                if w <= dst.weight:
                    continue
                dst.pre = i
                dst.len = src.len + 1
                if dst.len == len(g.vertices):
                    self._report_instance_loop(edge.dst)
                    return
                dst.weight = w
                again = True

    def _report_instance_loop(self, v):
        g = self.mono
        stack = []
        seen = [False] * len(g.vertices)
        while not seen[v]:
            stack.append(v)
            seen[v] = True
            v = g.edges[g.vertices[v].pre].src
        while stack[0] != v:
            stack = stack[1:]
        obj0 = g.vertices[v].obj
        msg = "instantiation cycle:"

        def qf(pkg):
            return "" if pkg is self.pkg else pkg.name
        for w in stack:
            edge = g.edges[g.vertices[w].pre]
            obj = g.vertices[edge.dst].obj
            what = "implicitly parameterized by" if isinstance(obj.type, T.Named) else "instantiated as"
            msg += f"\n\t{self.fset.position(edge.pos)}: {obj.name} {what} {T.type_string(edge.typ, qf)}"
        self.error(obj0.pos, Code.InvalidInstanceCycle, msg)
