"""This file implements gc's evaluation order within an expression: calls first, plain operands last.

The spec fixes the order of function calls, method calls, receives and the logical
operators, left to right, but not when a variable or memory operand is read relative
to them. gc (cmd/compile/internal/walk/order.go) decides it: while ordering a statement
it copies the result of every call, receive and several built-ins into a temporary,
in evaluation order, and what is left (variables, field and element loads,
dereferences, arithmetic, conversions) is evaluated afterwards. So with

    x := 1
    f := func() int { x = 2; return 3 }
    fmt.Println(x, f())

Go prints `2 3`, where Python's left-to-right evaluation of the same code would
print `1 3`. Programs print such differences; gopherpy follows gc.

The points gc copies in order ("copy points") are, as in order.go: calls of
functions, methods and closures; receives; the built-ins len, cap, append, copy,
make, new, complex, real, imag, min, max, recover; []byte and []rune conversions of
strings; slice expressions; type assertions; and `a && b` / `a || b` as a whole (gc
computes them into a temporary where they stand). A call's own operands (callee,
receiver, arguments) are ordered the same way when the call is made.

Copy points matter for panics too: a built-in or []byte(s) conversion whose operands
can panic (len(s[1:])) counts as a call, so in `*p == len(s[1:])` the slice panics
before the nil dereference, as under gc. After order, gc's walk evaluates the right
operand of an interface comparison first (walkCompareInterface copies y, then x):
expr.py's comparison does the same when both operands are more than a name and the
left one holds no copy point left in place (`*l == s[0]` panics on s[0]).

Only reads that a call could change matter ("shared" reads): package variables,
locals that a function literal captures or whose address is taken (explicitly, by a
pointer-method call or by slicing an array), and every load through memory (fields
through pointers, elements of slices, maps and strings, dereferences). When an
expression has no shared read before a copy point, Python's order already is gc's and
nothing is changed; otherwise the copy points are evaluated first into temporaries,
`((_go1 := f()), (_go2 := g()), <expression using _go1, _go2>)[-1]`, which works in
any expression position (conditions of loops and else-if chains included).

A local variable converted to an interface is copied in order too when its type is
one whose conversion takes the value's address (gc's dataWordFuncName: not a 2-, 4-
or 8-byte pointer-free value, not a lone string or slice, not pointer-shaped): gc
copies such a value where it stands when it lives in registers (order.go's addrTemp),
which is the case for locals after inlining has removed the closures that captured
them. Not modelled: operands of struct comparisons, which gc copies likewise.
"""

from __future__ import annotations

from gopherpy.compile import typeinfo as ti
from gopherpy.syntax import nodes as N

_COPY_BUILTINS = {"len", "cap", "append", "copy", "make", "new", "complex", "real", "imag",
                  "min", "max", "recover"}
# Those that change memory or state (the others cannot change what a read sees).
_EFFECT_BUILTINS = {"append", "copy", "recover"}
# Packages whose functions change no variable of the program (so an operand read
# before or after their calls sees the same value).
_PURE_PACKAGES = {"math", "math/bits", "math/cmplx", "unicode"}


def _unparen(e):
    while isinstance(e, N.ParenExpr):
        e = e.x
    return e


def conv_needs_addr(t) -> bool:
    """Whether gc converts a value of type t to an interface from its address
    (cmd/compile's dataWordFuncName on linux/amd64)."""
    from gopherpy.types2.builtins import alignof, sizeof
    if _pointer_shaped(t):
        return False
    size, align = sizeof(t), alignof(t)
    if size is None:
        return False
    ptrs = _has_pointers(t)
    if (size == 2 and align == 2) or (size in (4, 8) and align == size and not ptrs):
        return False
    c = _sole_component(t)
    if c is not None and ti.kind_of(c) in ("string", "slice"):
        return False
    return True


def _pointer_shaped(t) -> bool:
    k = ti.kind_of(t)
    if k in ("ptr", "map", "chan", "func", "unsafeptr", "UnsafePointer"):
        return True
    c = _sole_component(t)
    return c is not None and c is not t and _pointer_shaped(c)


def _sole_component(t):
    """The single non-struct, non-array component of t, or None (gc's SoleComponent)."""
    while True:
        k = ti.kind_of(t)
        if k == "struct":
            fields = ti.struct_fields(t)
            if len(fields) != 1:
                return None
            t = fields[0][1]
        elif k == "array":
            if ti.array_len(t) != 1:
                return None
            t = ti.elem(t)
        else:
            return t


def _has_pointers(t) -> bool:
    k = ti.kind_of(t)
    if k in ("string", "slice", "map", "chan", "func", "ptr", "iface", "unsafeptr", "UnsafePointer"):
        return True
    if k == "array":
        return ti.array_len(t) > 0 and _has_pointers(ti.elem(t))
    if k == "struct":
        return any(_has_pointers(f[1]) for f in ti.struct_fields(t))
    return False


class OrderMixin:

    def order_expr(self, e, m):
        """The text of e (compiled by m) with gc's order applied, or None when Python's
        left-to-right order gives the same result. e is an expression a statement
        evaluates, or a call (whose operands are ordered when it is made)."""
        if e in self.order_done or self.fs is None:
            return None
        seq = []
        if isinstance(e, N.CallExpr):
            self.order_call(e, seq)
        else:
            self.order_collect(e, seq)
        shared = False
        need = False
        for kind, n in seq:
            if kind == "r":
                shared = True
            elif kind == "c" and shared:
                need = True
                break
        if not need:
            return None
        self.order_done.add(e)
        temps = []
        over = self.override
        added = []
        for kind, n in seq:
            if kind != "r" and n not in over:
                t = self.tmp("o")
                v = self.expr(n)
                if isinstance(n, N.Ident):  # a value converted to an interface: its copy
                    v = self.copy_expr(v, self.ti.type_of(n))
                temps.append(f"({t} := {v})")
                over[n] = t
                added.append(n)
        try:
            text = self.nested(m, e)
        finally:
            for n in added:
                del over[n]
        return f"({', '.join(temps)}, {text})[-1]"

    # -- what an expression evaluates, in order ----------------------------------

    def order_call(self, e, seq):
        """The operands of call e: callee or receiver, then the arguments."""
        fun = _unparen(e.fun)
        if self.ti.is_type_expr(fun):
            for a in e.args:
                self.order_collect(a, seq)
            return
        if isinstance(fun, N.SelectorExpr):
            x = _unparen(fun.x)
            o = self.ti.obj_of(x) if isinstance(x, N.Ident) else None
            if o is None or ti.obj_kind(o) != "PkgName":
                self.order_collect(fun.x, seq)  # the receiver (or a function-valued field)
                sel = self.ti.selections.get(fun)
                if sel is not None and sel.kind == 0 and sel.indirect:
                    seq.append(("r", fun))  # a function-valued field loaded through a pointer
        elif not isinstance(fun, N.Ident) or self.order_shared_ident(fun):
            if isinstance(fun, N.Ident):
                seq.append(("r", fun))
            elif not isinstance(fun, (N.FuncLit, N.IndexExpr, N.IndexListExpr)):
                self.order_collect(fun, seq)
        sig = self.ti.type_of(fun)
        params = [ti.obj_type(v) for v in ti.tuple_vars(getattr(sig, "params", None))] \
            if ti.kind_of(sig) == "func" else []
        variadic = getattr(sig, "variadic", False) and e.ellipsis == 0 if params else False
        for i, a in enumerate(e.args):
            pt = None
            if params:
                if variadic and i >= len(params) - 1:
                    pt = ti.elem(params[-1])
                elif i < len(params):
                    pt = params[i]
            self.order_arg(a, pt, seq)

    def order_arg(self, a, pt, seq):
        """An operand flowing into a place of type pt (None: unknown)."""
        if pt is not None and ti.kind_of(pt) == "iface" and self.order_addr_conv(a):
            seq.append(("p", _unparen(a)))
        else:
            self.order_collect(a, seq)

    def order_addr_conv(self, a) -> bool:
        """Whether a is a local variable whose conversion to an interface gc makes from a
        copy taken where it stands (see the file comment)."""
        a = _unparen(a)
        if not isinstance(a, N.Ident):
            return False
        o = self.ti.obj_of(a)
        if o is None or ti.obj_kind(o) != "Var":
            return False
        py, boxed, owner = self.lookup(o)
        if owner is None or boxed or o in self.order_shared_locals()[1]:
            return False  # addressable memory: converted from where it lives, late
        t = self.ti.type_of(a)
        return ti.kind_of(t) != "iface" and conv_needs_addr(t)

    def order_pure_call(self, fun) -> bool:
        """Whether fun is a function of a package that changes no program variable."""
        if isinstance(fun, N.SelectorExpr):
            x = _unparen(fun.x)
            o = self.ti.obj_of(x) if isinstance(x, N.Ident) else None
            if o is not None and ti.obj_kind(o) == "PkgName":
                return self.pkgname_path(o) in _PURE_PACKAGES
        return False

    def order_collect(self, e, seq):
        """Append e's copy points and shared reads in order: ('c', node) for a copy point
        that may change memory or panic (a call, a receive, append, a slice expression,
        a type assertion...), ('p', node) for one that cannot (len, make, a math
        function...), ('r', node) for a shared read."""
        e = _unparen(e)
        if e is None or self.ti.const_of(e) is not None:
            return
        if isinstance(e, N.Ident):
            if self.order_shared_ident(e):
                seq.append(("r", e))
            return
        if isinstance(e, N.CallExpr):
            fun = _unparen(e.fun)
            if self.ti.is_type_expr(fun):
                t = self.ti.type_of(e)
                if ti.kind_of(t) == "slice" and e.args and ti.kind_of(self.ti.type_of(e.args[0])) == "string":
                    # []byte(s), []rune(s): a runtime call
                    seq.append(("c" if self.order_may_panic(e.args) else "p", e))
                    return
                for a in e.args:
                    self.order_arg(a, t, seq)
                return
            o = self.ti.obj_of(fun) if isinstance(fun, N.Ident) else None
            if o is not None and ti.obj_kind(o) == "Builtin":
                if fun.name not in _COPY_BUILTINS:
                    for a in e.args:
                        self.order_collect(a, seq)
                    return
                seq.append(("c" if fun.name in _EFFECT_BUILTINS or self.order_may_panic(e.args)
                            else "p", e))
                return
            seq.append(("p" if self.order_pure_call(fun) else "c", e))
            return
        if isinstance(e, N.BinaryExpr):
            if e.op in ("&&", "||"):
                # computed where it stands; each operand ordered apart
                seq.append(("c" if self.effects([e]) else "p", e))
                self.order_roots.add(_unparen(e.x))
                self.order_roots.add(_unparen(e.y))
                return
            self.order_collect(e.x, seq)
            self.order_collect(e.y, seq)
            return
        if isinstance(e, N.UnaryExpr):
            if e.op == "<-":
                seq.append(("c", e))
                return
            if e.op == "&":
                self.order_addr(e.x, seq)
                return
            self.order_collect(e.x, seq)
            return
        if isinstance(e, (N.SliceExpr, N.TypeAssertExpr)):
            seq.append(("c", e))
            return
        if isinstance(e, N.StarExpr):
            self.order_collect(e.x, seq)
            seq.append(("r", e))
            return
        if isinstance(e, N.SelectorExpr):
            x = _unparen(e.x)
            o = self.ti.obj_of(x) if isinstance(x, N.Ident) else None
            if o is not None and ti.obj_kind(o) == "PkgName":
                so = self.ti.obj_of(e.sel)
                if so is not None and ti.obj_kind(so) == "Var":
                    seq.append(("r", e))
                return
            sel = self.ti.selections.get(e)
            self.order_collect(e.x, seq)
            if sel is not None and sel.kind == 0 and sel.indirect:
                seq.append(("r", e))  # a load through a pointer
            return
        if isinstance(e, N.IndexExpr):
            bx = _unparen(e.x)
            if self.ti.instances.get(bx.sel if isinstance(bx, N.SelectorExpr) else bx) is not None:
                return  # an instantiated generic function
            self.order_collect(e.x, seq)
            self.order_collect(e.index, seq)
            k = ti.kind_of(self.ti.type_of(e.x))
            if k in ("slice", "map", "ptr", "string"):
                seq.append(("r", e))  # an element in memory
            return
        if isinstance(e, N.CompositeLit):
            for el in e.elts:
                if isinstance(el, N.KeyValueExpr):
                    if not isinstance(_unparen(el.key), N.Ident) or ti.kind_of(self.ti.type_of(e)) == "map":
                        self.order_collect(el.key, seq)
                    self.order_collect(el.value, seq)
                else:
                    self.order_collect(el, seq)
            return
        if isinstance(e, N.KeyValueExpr):
            self.order_collect(e.key, seq)
            self.order_collect(e.value, seq)
            return
        # FuncLit, types, literals: nothing read

    def order_may_panic(self, args) -> bool:
        """Whether evaluating args can panic (a nil dereference, an index or slice out of
        range, a failed assertion, a call): then a copy point over them is evaluated
        before the loads that precede it, as gc does (len(s[1:]) panics before *p in
        `*p == len(s[1:])`)."""
        sub = []
        for a in args:
            self.order_collect(a, sub)
        for kind, n in sub:
            if kind == "c" or kind == "r" and isinstance(n, (N.StarExpr, N.IndexExpr)):
                return True
            if kind == "r" and isinstance(n, N.SelectorExpr):
                sel = self.ti.selections.get(n)
                if sel is not None and sel.indirect:
                    return True
        return False

    def order_has_copy(self, e) -> bool:
        """Whether e holds a copy point not yet evaluated into a temporary."""
        sub = []
        self.order_collect(e, sub)
        return any(kind != "r" and n not in self.override for kind, n in sub)

    def order_addr(self, x, seq):
        """&x: x's operands are evaluated, its value is not read."""
        x = _unparen(x)
        if isinstance(x, N.IndexExpr):
            self.order_addr_base(x.x, seq)
            self.order_collect(x.index, seq)
        elif isinstance(x, N.SelectorExpr):
            self.order_addr_base(x.x, seq)
        elif isinstance(x, N.StarExpr):
            self.order_collect(x.x, seq)
        elif isinstance(x, N.CompositeLit):
            self.order_collect(x, seq)

    def order_addr_base(self, x, seq):
        x = _unparen(x)
        k = ti.kind_of(self.ti.type_of(x))
        if k in ("struct", "array"):
            self.order_addr(x, seq)  # a field or element of a variable: its address
        else:
            self.order_collect(x, seq)  # a pointer or slice value is read

    def order_shared_ident(self, e) -> bool:
        """Whether e names a variable a call could change: a package variable, or a local
        that is captured by a function literal or has its address taken."""
        o = self.ti.obj_of(e)
        if o is None or ti.obj_kind(o) != "Var":
            return False
        py, boxed, owner = self.lookup(o)
        if owner is None:
            return py is not None  # a package variable
        if boxed:
            return True
        return o in self.order_shared_locals()[0]

    def order_shared_locals(self):
        """(shared, addressed): the locals of the function being compiled (and of its
        literals) that are captured by a function literal, used in a range-over-func
        body or address-taken, and those of them that are address-taken (cached per
        function)."""
        fs = self.fs
        while fs.parent is not None:
            fs = fs.parent
        body = getattr(fs, "body_node", None)
        cache = self.order_shared_cache
        r = cache.get(id(body))
        if r is None:
            r = cache[id(body)] = self.shared_locals(body) if body is not None else (set(), set())
        return r

    def shared_locals(self, body):
        addressed = set(self.address_taken(body))
        captured = set()
        for n in self.walk(body):
            if isinstance(n, N.FuncLit) or (isinstance(n, N.RangeStmt)
                                            and ti.kind_of(self.ti.type_of(n.x)) == "func"):
                inner = n.body
                lo, hi = inner.pos(), inner.end()
                for m in self.walk(inner):
                    if isinstance(m, N.Ident):
                        o = self.ti.uses.get(m)
                        if o is not None and ti.obj_kind(o) == "Var":
                            p = getattr(o, "pos", 0)
                            p = p() if callable(p) else p
                            if p and not (lo <= p < hi):
                                captured.add(o)
            elif isinstance(n, N.UnaryExpr) and n.op == "&":
                r = self.order_root(n.x)
                if r is not None:
                    addressed.add(r)
            elif isinstance(n, N.SliceExpr) and ti.kind_of(self.ti.type_of(n.x)) == "array":
                r = self.order_root(n.x)
                if r is not None:
                    addressed.add(r)
            elif isinstance(n, N.SelectorExpr):
                sel = self.ti.selections.get(n)
                if sel is not None and sel.kind == 1:
                    m = sel.obj
                    if m is not None and ti.obj_kind(m) == "Func" and self.ptr_recv(m) \
                            and ti.kind_of(self.ti.type_of(n.x)) != "ptr":
                        r = self.order_root(n.x)
                        if r is not None:
                            addressed.add(r)
        return captured | addressed, addressed

    def order_root(self, x):
        """The variable at the root of an addressable operand (x.f.g, a[i].f ...), or None."""
        x = _unparen(x)
        while True:
            if isinstance(x, N.SelectorExpr):
                sel = self.ti.selections.get(x)
                if sel is None or sel.indirect:
                    return None
                x = _unparen(x.x)
            elif isinstance(x, N.IndexExpr) and ti.kind_of(self.ti.type_of(x.x)) == "array":
                x = _unparen(x.x)
            else:
                break
        if isinstance(x, N.Ident):
            o = self.ti.obj_of(x)
            if o is not None and ti.obj_kind(o) == "Var":
                return o
        return None
