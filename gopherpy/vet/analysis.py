"""This file implements what every analyzer uses: the Pass it runs on (go/analysis' Pass) and
walks over the typed AST (go/ast's Inspect with a stack of enclosing nodes).
"""

from __future__ import annotations

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.objects import Builtin, Func, Nil, Var

_SKIP = frozenset(("doc", "comment", "comments", "imports"))
_children_cache: dict = {}


def _child_fields(cls):
    names = _children_cache.get(cls)
    if names is None:
        flds = getattr(cls, "__dataclass_fields__", None)
        if flds is not None:
            names = [n for n in flds if n not in _SKIP]
        else:
            names = [n for n in getattr(cls, "__annotations__", {}) if n not in _SKIP]
        _children_cache[cls] = names
    return names


def children(n):
    """The child nodes of n in source order."""
    for name in _child_fields(type(n)):
        v = getattr(n, name, None)
        if isinstance(v, ast.Node):
            yield v
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, ast.Node):
                    yield x


def inspect(root, f):
    """Preorder walk: f(node, stack) where stack holds node's ancestors; a false result
    skips the node's children."""
    stack = []

    def visit(n):
        if f(n, stack) is False:
            return
        stack.append(n)
        for c in children(n):
            visit(c)
        stack.pop()
    visit(root)


def preorder(root):
    """Every node under root (root included), preorder."""
    todo = [root]
    while todo:
        n = todo.pop()
        yield n
        kids = list(children(n))
        kids.reverse()
        todo.extend(kids)


def unparen(e):
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


class Pass:
    """One analyzer's view of a package (go/analysis.Pass)."""

    def __init__(self, pkg, analyzer: str):
        self.pkg = pkg
        self.analyzer = analyzer
        self.files = pkg.files
        self.fset = pkg.fset
        self.info = pkg.info
        self.types = pkg.types
        self.findings = []

    def report(self, pos: int, msg: str):
        self.findings.append((self.fset.position(pos), msg))

    def type_of(self, e):
        """e's type as go/types records it (the predeclared nil keeps type untyped nil)."""
        if isinstance(e, ast.Ident) and e.name == "nil" and isinstance(self.info.uses.get(e), Nil):
            from gopherpy.types2.universe import TYP
            return TYP[typs.UntypedNil]
        tv = self.info.types.get(e)
        if tv is not None:
            return tv.type
        if isinstance(e, ast.Ident):
            o = self.info.object_of(e)
            return o.type if o is not None else None
        return None

    def is_nil(self, e) -> bool:
        """Whether e is the predeclared nil (go/types' TypeAndValue.IsNil)."""
        e = unparen(e)
        return isinstance(e, ast.Ident) and isinstance(self.info.uses.get(e), Nil)

    def tv(self, e):
        return self.info.types.get(e)

    def const_value(self, e):
        tv = self.info.types.get(e)
        return tv.value if tv is not None else None

    def object_of(self, ident):
        return self.info.object_of(ident)

    def format(self, e) -> str:
        """e printed as go/printer.Fprint prints it with its default configuration
        (astutil.Format): gofmt's layout, but cells aligned with tabs, not spaces."""
        from gopherpy.syntax.printer import Printer, trim
        from gopherpy.syntax.tabwriter import DISCARD_EMPTY_COLUMNS, Writer
        try:
            pr = Printer(self.fset)
            pr.print_node(e)
            out: list[str] = []
            tw = Writer(out.append, 8, 8, 1, "\t", DISCARD_EMPTY_COLUMNS)
            tw.write("".join(pr.output))
            tw.flush()
            return trim("".join(out))
        except Exception:
            from gopherpy.syntax.exprstring import expr_string
            return expr_string(e)

    def callee(self, call):
        """The object called by call (a Func, Builtin or Var of function type), or None
        for conversions and calls of other expressions (typeutil.Callee)."""
        fun = unparen(call.fun)
        if isinstance(fun, (ast.IndexExpr, ast.IndexListExpr)):
            fun = unparen(fun.x)  # explicit instantiation
        obj = None
        if isinstance(fun, ast.Ident):
            obj = self.info.uses.get(fun)
        elif isinstance(fun, ast.SelectorExpr):
            sel = self.info.selections.get(fun)
            obj = sel.obj if sel is not None else self.info.uses.get(fun.sel)
        if isinstance(obj, (Func, Builtin, Var)):
            if isinstance(obj, Var) and not isinstance(typs.under(obj.type), typs.Signature):
                return None
            return obj
        return None

    def static_callee(self, call):
        """The Func called by call when it is not an interface method (typeutil.StaticCallee)."""
        obj = self.callee(call)
        if not isinstance(obj, Func):
            return None
        sig = obj.type
        if isinstance(sig, typs.Signature) and sig.recv is not None:
            if isinstance(typs.under(sig.recv.type), typs.Interface):
                return None
        return obj


def full_name(fn) -> str:
    """go/types' Func.FullName: pkg.F, (pkg.T).M, (*pkg.T).M."""
    sig = fn.type
    if isinstance(sig, typs.Signature) and sig.recv is not None:
        return "(" + typs.type_string(sig.recv.type) + ")." + fn.name
    if fn.pkg is not None:
        return fn.pkg.path + "." + fn.name
    return fn.name


def is_named_type(t, pkgpath: str, *names) -> bool:
    """Whether t (aliases followed) is a named type pkgpath.name for one of names."""
    t = typs.unalias(t) if t is not None else None
    if isinstance(t, typs.Named):
        o = t.obj
        return o.pkg is not None and o.pkg.path == pkgpath and o.name in names
    return False


def is_func_named(obj, pkgpath: str, *names) -> bool:
    return (isinstance(obj, Func) and obj.pkg is not None and obj.pkg.path == pkgpath
            and obj.name in names and obj.type.recv is None)


def func_bodies(files):
    """(FuncDecl or FuncLit, its FuncType, body) of every function with a body."""
    for f in files:
        for n in preorder(f):
            if isinstance(n, ast.FuncDecl) and n.body is not None:
                yield n, n.type, n.body
            elif isinstance(n, ast.FuncLit):
                yield n, n.type, n.body


_PURE_BUILTINS = frozenset(("len", "cap", "complex", "real", "imag", "min", "max",
                            "Sizeof", "Alignof", "Offsetof", "String", "StringData", "Slice", "SliceData", "Add"))
_NO_EFFECT_NODES = (ast.Ident, ast.BasicLit, ast.BinaryExpr, ast.ParenExpr, ast.SelectorExpr, ast.IndexExpr,
                    ast.SliceExpr, ast.TypeAssertExpr, ast.StarExpr, ast.CompositeLit, ast.KeyValueExpr,
                    ast.FieldList, ast.Field, ast.Ellipsis, ast.IndexListExpr)
_TYPE_NODES = (ast.ArrayType, ast.StructType, ast.ChanType, ast.FuncType, ast.MapType, ast.InterfaceType)


def no_effects(info, expr) -> bool:
    """Whether evaluating expr can have no side effect (no call but of pure builtins and
    conversions, no receive): typesinternal.NoEffects."""
    todo = [expr]
    while todo:
        n = todo.pop()
        if isinstance(n, _TYPE_NODES) or isinstance(n, ast.FuncLit):
            continue
        if isinstance(n, ast.UnaryExpr):
            if n.op == "<-":
                return False
        elif isinstance(n, ast.CallExpr):
            tv = info.types.get(n.fun)
            if tv is None or not tv.is_type():
                fun = unparen(n.fun)
                if isinstance(fun, ast.SelectorExpr):
                    fun = fun.sel
                obj = info.uses.get(fun) if isinstance(fun, ast.Ident) else None
                if not (isinstance(obj, Builtin) and obj.name in _PURE_BUILTINS):
                    return False
        elif not isinstance(n, _NO_EFFECT_NODES):
            return False
        todo.extend(children(n))
    return True


def used_ident(e):
    """The identifier naming what e refers to: x, pkg.x, v.f, f[T] (typesinternal.UsedIdent)."""
    e = unparen(e)
    if isinstance(e, (ast.IndexExpr, ast.IndexListExpr)):
        e = unparen(e.x)
    if isinstance(e, ast.SelectorExpr):
        return e.sel
    if isinstance(e, ast.Ident):
        return e
    return None
