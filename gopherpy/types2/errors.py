"""This file implements error reporting for the checker (go/types' errors.go) and ExprString.

All user-facing message text passes through Checker.error/errorf/softf; `at` is a node
(reported at its start position) or an int position. An Error records code and soft
(soft errors, like unused variables, don't prevent use of the package).
"""

from __future__ import annotations

from ..syntax import nodes as N
from .codes import Code


class TypeError_(Exception):
    """A type-checking error: pos, msg, code, soft; str() is gc's `file:line:col: msg`."""

    def __init__(self, fset, pos: int, msg: str, code: int = 0, soft: bool = False):
        super().__init__(msg)
        self.fset = fset
        self.pos = pos
        self.msg = msg
        self.code = code
        self.soft = soft

    def position(self):
        return self.fset.position(self.pos) if self.fset is not None else None

    def __str__(self):
        p = self.position()
        return f"{p}: {self.msg}" if p is not None else self.msg


Error = TypeError_


class ErrorsMixin:
    def _report(self, pos: int, code, msg: str, soft: bool = False):
        if self.conf.ignore_errors_after_first and self.errors:
            return
        # one error per line for "declared and not used"-style duplicates is gc's rule for
        # syntax errors only; the checker reports each.
        # types2's cheap trick: once an error was reported, messages mentioning "invalid
        # operand" or "invalid type" (not at their start) are follow-on errors, dropped.
        if self.first_err is not None and (msg.find("invalid operand") > 0 or msg.find("invalid type") > 0):
            return
        env = getattr(self, "env", None)
        if env is not None and env.errpos:
            pos = env.errpos  # in an inherited constant initializer: at the constant
        if code == Code.InvalidSyntaxTree:
            msg = "invalid syntax tree: " + msg
        err = TypeError_(self.fset, pos, msg, int(code), soft)
        self.errors.append(err)
        if self.first_err is None:
            self.first_err = err
        h = self.conf.error
        if h is not None:
            h(err)

    def error(self, at, code, msg: str):
        self._report(_pos(at), code, msg)

    def errorf(self, at, code, fmt: str, *args):
        self._report(_pos(at), code, fmt % args if args else fmt)

    def softf(self, at, code, fmt: str, *args):
        self._report(_pos(at), code, fmt % args if args else fmt, soft=True)

    def invalid_op(self, at, code, fmt: str, *args):
        self._report(_pos(at), code, "invalid operation: " + (fmt % args if args else fmt))

    def invalid_arg(self, at, code, fmt: str, *args):
        self._report(_pos(at), code, "invalid argument: " + (fmt % args if args else fmt))

    # formatting helpers
    def q(self, pkg) -> str:
        """The qualifier of pkg's objects in messages: "" for this package, else its
        name, or its quoted path when several packages this one imports (directly or
        not, itself included) share that name (go/types' qualifier and markImports)."""
        if pkg is None or pkg is self.pkg:
            return ""
        n, m = self.__dict__.get("_pkg_paths", (-1, None))
        if n != len(self.pkg.imports):  # (computed again while imports are collected)
            n, m = len(self.pkg.imports), _pkg_paths(self.pkg)
            self.__dict__["_pkg_paths"] = n, m
        if len(m.get(pkg.name, ())) > 1:
            from .constant import quote_str
            return quote_str(pkg.path.encode("utf-8"))
        return pkg.name

    @property
    def qf(self):
        """The qualifier of messages: self.q, which also formats positions (a type
        parameter named like a predeclared type says where it is declared)."""
        q = self.__dict__.get("_qf")
        if q is None:
            q = self.__dict__["_qf"] = _Qualifier(self)
        return q

    def ts(self, t) -> str:
        from .typs import type_string
        return type_string(t, self.qf)

    def ops(self, x) -> str:
        from .operand import operand_string
        return operand_string(x, self.qf)

    def objs(self, obj) -> str:
        from .objects import object_string
        return object_string(obj, self.q)


def _pkg_paths(pkg) -> dict:
    """Package name -> the paths of pkg and the packages it imports, transitively."""
    m = {}
    seen = set()
    stack = [pkg]
    while stack:
        p = stack.pop()
        if id(p) in seen:
            continue
        seen.add(id(p))
        m.setdefault(p.name, set()).add(p.path)
        stack.extend(getattr(p, "imports", None) or ())
    return m


class _Qualifier:
    __slots__ = ("check",)

    def __init__(self, check):
        self.check = check

    def __call__(self, pkg):
        return self.check.q(pkg)

    def posf(self, pos):
        return str(self.check.fset.position(pos))


def _pos(at) -> int:
    if isinstance(at, int):
        return at
    if at is None:
        return 0
    if isinstance(at, N.Node):
        return syntax_start(at)
    if hasattr(at, "expr") and hasattr(at, "mode"):  # an operand: where its expression starts
        return syntax_start(at.expr) if at.expr is not None else 0
    p = getattr(at, "pos", 0)
    return p() if callable(p) else p


def syntax_start(n) -> int:
    """gc's types2 reports operator errors at the operator; types2 positions of
    binary expressions are the operator position."""
    return n.pos()


def error_pos(n) -> int:
    """The position types2 (gc) uses for an expression node: operators for binary/unary
    expressions, the '(' ... for calls it's the open paren? no: types2 uses syntax pos."""
    t = type(n)
    if t is N.BinaryExpr:
        return n.op_pos
    if t is N.CallExpr:
        return n.lparen
    if t is N.SelectorExpr:
        return n.sel.pos()
    if t is N.IndexExpr or t is N.IndexListExpr or t is N.SliceExpr:
        return n.lbrack
    if t is N.TypeAssertExpr:
        return n.lparen - 1 if n.lparen else n.pos()
    if t is N.KeyValueExpr:
        return n.colon
    if t is N.CompositeLit:
        return n.lbrace
    if t is N.ParenExpr:
        return error_pos(n.x)
    return n.pos()


# ---------------------------------------------------------------------------
# ExprString (types2's syntax.String in short form)


def expr_string(e) -> str:
    buf: list[str] = []
    _wx(buf, e)
    return "".join(buf)


def _wfields(buf, fl, sep):
    if fl is None:
        return
    for i, f in enumerate(fl.list):
        if i:
            buf.append(sep)
        if f.names:
            buf.append(", ".join(n.name for n in f.names))
            if f.type is not None:
                buf.append(" ")
        if f.type is not None:
            _wx(buf, f.type)


def _wsig(buf, ft):
    if ft.type_params is not None and ft.type_params.list:
        buf.append("[")
        _wfields(buf, ft.type_params, ", ")
        buf.append("]")
    buf.append("(")
    _wfields(buf, ft.params, ", ")
    buf.append(")")
    r = ft.results
    if r is None or not r.list:
        return
    buf.append(" ")
    if len(r.list) == 1 and not r.list[0].names:
        _wx(buf, r.list[0].type)
        return
    buf.append("(")
    _wfields(buf, r, ", ")
    buf.append(")")


def _wx(buf, e):
    t = type(e)
    if t is N.Ident:
        buf.append(e.name)
    elif t is N.BasicLit:
        buf.append(e.value)
    elif t is N.BinaryExpr:
        _wx(buf, e.x)
        buf.append(f" {e.op} ")
        _wx(buf, e.y)
    elif t is N.UnaryExpr:
        buf.append(e.op)
        _wx(buf, e.x)
    elif t is N.StarExpr:
        buf.append("*")
        _wx(buf, e.x)
    elif t is N.ParenExpr:
        buf.append("(")
        _wx(buf, e.x)
        buf.append(")")
    elif t is N.SelectorExpr:
        _wx(buf, e.x)
        buf.append(".")
        buf.append(e.sel.name)
    elif t is N.CallExpr:
        _wx(buf, e.fun)
        buf.append("(")
        for i, a in enumerate(e.args):
            if i:
                buf.append(", ")
            _wx(buf, a)
        if e.ellipsis:
            buf.append("...")
        buf.append(")")
    elif t is N.IndexExpr:
        _wx(buf, e.x)
        buf.append("[")
        _wx(buf, e.index)
        buf.append("]")
    elif t is N.IndexListExpr:
        _wx(buf, e.x)
        buf.append("[")
        for i, a in enumerate(e.indices):
            if i:
                buf.append(", ")
            _wx(buf, a)
        buf.append("]")
    elif t is N.SliceExpr:
        _wx(buf, e.x)
        buf.append("[")
        if e.low is not None:
            _wx(buf, e.low)
        buf.append(":")
        if e.high is not None:
            _wx(buf, e.high)
        if e.slice3:
            buf.append(":")
            if e.max is not None:
                _wx(buf, e.max)
        buf.append("]")
    elif t is N.TypeAssertExpr:
        _wx(buf, e.x)
        buf.append(".(")
        if e.type is None:
            buf.append("type")
        else:
            _wx(buf, e.type)
        buf.append(")")
    elif t is N.CompositeLit:
        if e.type is not None:
            _wx(buf, e.type)
        buf.append("{…}" if e.elts else "{}")  # gc's short form elides elements only
    elif t is N.FuncLit:
        buf.append("func")
        _wsig(buf, e.type)
        buf.append(" {…}" if e.body is not None and e.body.list else " {}")
    elif t is N.KeyValueExpr:
        _wx(buf, e.key)
        buf.append(": ")
        _wx(buf, e.value)
    elif t is N.ArrayType:
        buf.append("[")
        if e.len is not None:
            _wx(buf, e.len)
        buf.append("]")
        _wx(buf, e.elt)
    elif t is N.Ellipsis:
        buf.append("...")
        if e.elt is not None:
            _wx(buf, e.elt)
    elif t is N.MapType:
        buf.append("map[")
        _wx(buf, e.key)
        buf.append("]")
        _wx(buf, e.value)
    elif t is N.ChanType:
        if e.dir == N.RECV:
            buf.append("<-chan ")
        elif e.dir == N.SEND:
            buf.append("chan<- ")
        else:
            buf.append("chan ")
        _wx(buf, e.value)
    elif t is N.FuncType:
        buf.append("func")
        _wsig(buf, e)
    elif t is N.StructType:
        buf.append("struct{")
        _wfields(buf, e.fields, "; ")
        buf.append("}")
    elif t is N.InterfaceType:
        buf.append("interface{")
        for i, f in enumerate(e.methods.list):
            if i:
                buf.append("; ")
            if f.names and isinstance(f.type, N.FuncType):
                buf.append(f.names[0].name)
                _wsig(buf, f.type)
            elif f.type is not None:
                _wx(buf, f.type)
        buf.append("}")
    elif t is N.BadExpr:
        buf.append("BadExpr")
    else:
        buf.append(f"({t.__name__})")
