"""This file implements lowering of Go statements to Python statements.

Control flow mapping:
- `for init; cond; post {}` becomes `while cond:` with post emitted at the end of the
  body and before every `continue` aimed at this loop; `for i := a; i < b; i++` with i
  unmodified in the body becomes `for i in range(a, b)`.
- switch becomes an if/else chain; a `break` aimed at a switch (or select) wraps the
  chain in a one-shot `for _ in _gv.ONE:` loop.
- A break/continue that must leave several Python loops (labeled, or out of a switch's
  one-shot loop) sets a flag variable and breaks; each enclosing loop tests the flag.
- defer appends (function, args) to the frame's `_gdf` list (panic.py runs them).
"""

from __future__ import annotations

from gopherpy.compile import typeinfo as ti
from gopherpy.compile.state import LoopCtx
from gopherpy.compile.expr import FLOATS, INTS, is_simple, unparen, wrap_text
from gopherpy.compile.names import attr, mangle
from gopherpy.syntax import nodes as N


PREEMPT = "if _gproc.preempt_flag: _gproc.gopreempt()"


class StmtMixin:

    def block(self, stmts) -> None:
        targets = self.goto_targets_in(stmts)
        if targets:
            self.goto_block(stmts, targets)
            return
        for s in stmts:
            self.stmt(s)

    # -- goto: a block holding goto targets becomes a small state machine -------------
    #
    #     _gsN = 0
    #     while True:
    #         if _gsN <= 0: <statements before the first target label>
    #         if _gsN <= 1: <statements from label 1 on> ...
    #         break
    #
    # `goto Lk` sets _gsN = k and continues the machine (through the flag mechanism when
    # inside inner Python loops); falling off a segment runs the next one, as in Go.

    def goto_targets_in(self, stmts) -> set:
        labels = {s.label.name for s in stmts if isinstance(s, N.LabeledStmt)}
        if not labels:
            return set()
        fs = self.fs
        gotos = fs.__dict__.get("goto_labels")
        if gotos is None:
            gotos = fs.goto_labels = {n.label.name for n in self.walk(fs.body_node)
                                      if isinstance(n, N.BranchStmt) and n.tok == "goto"
                                      and n.label is not None} if fs.body_node is not None else set()
        return labels & gotos

    def goto_block(self, stmts, targets) -> None:
        fs = self.fs
        state = self.tmp("s")
        ctx = LoopCtx("goto", None)
        ctx.python_loop = True
        segments = [[]]
        index = {}
        for st in stmts:
            if isinstance(st, N.LabeledStmt) and st.label.name in targets:
                index[st.label.name] = len(segments)
                segments.append([])
            segments[-1].append(st)
        gmap = fs.__dict__.setdefault("goto_map", {})
        for name, k in index.items():
            gmap[name] = (ctx, state, k)
        self.emit(f"{state} = 0")
        fs.loops.append(ctx)
        self.emit("while True:")
        self.indent += 1
        self.emit(PREEMPT)
        for k, seg in enumerate(segments):
            self.emit(f"if {state} <= {k}:")
            self.indent += 1
            for st in seg:
                if isinstance(st, N.LabeledStmt) and st.label.name in targets:
                    self.setpos(st)
                    if isinstance(st.stmt, (N.ForStmt, N.RangeStmt, N.SwitchStmt,
                                            N.TypeSwitchStmt, N.SelectStmt)):
                        self.stmt(st.stmt, label=st.label.name)
                    else:
                        self.stmt(st.stmt)
                else:
                    self.stmt(st)
            self.emit("pass")
            self.indent -= 1
        self.emit("break")
        self.indent -= 1
        fs.loops.pop()
        self.after_loop(ctx)

    def stmt(self, s, label: str | None = None) -> None:
        self.setpos(s)
        m = getattr(self, "s_" + type(s).__name__, None)
        if m is None:
            self.ice(s, f"unexpected statement {type(s).__name__}")
        if label is not None and isinstance(s, (N.ForStmt, N.RangeStmt, N.SwitchStmt,
                                                 N.TypeSwitchStmt, N.SelectStmt)):
            m(s, label)
        else:
            m(s)

    def body(self, stmts) -> None:
        """An indented block (emits `pass` so that it is never empty)."""
        self.indent += 1
        self.block(stmts)
        self.emit("pass")
        self.indent -= 1

    # -- simple statements ------------------------------------------------------

    def s_EmptyStmt(self, s):
        pass

    def s_BadStmt(self, s):
        self.ice(s, "bad statement")

    def s_ExprStmt(self, s):
        x = unparen(s.x)
        if isinstance(x, N.CallExpr) and (self.mutex_inline(x) or self.copy_inline(x)):
            return
        self.emit(self.expr(s.x))

    def append_inline(self, s) -> bool:
        """`s = append(s, x)` with s a local slice variable of this function that no
        function literal assigns: the store into spare capacity inline (values.append1's
        fast path: no call), values.append1 when the slice must grow."""
        if len(s.lhs) != 1 or len(s.rhs) != 1:
            return False
        call = unparen(s.rhs[0])
        if not isinstance(call, N.CallExpr) or call.ellipsis or len(call.args) != 2:
            return False
        fun = unparen(call.fun)
        if not isinstance(fun, N.Ident) or fun.name != "append":
            return False
        fo = self.ti.obj_of(fun)
        if fo is None or ti.obj_kind(fo) != "Builtin":
            return False
        lhs, a0 = unparen(s.lhs[0]), unparen(call.args[0])
        if not isinstance(lhs, N.Ident) or not isinstance(a0, N.Ident):
            return False
        vo = self.ti.obj_of(lhs)
        if vo is None or self.ti.obj_of(a0) is not vo or ti.kind_of(ti.obj_type(vo)) != "slice":
            return False
        py, boxed, owner = self.lookup(vo)
        if py is None or boxed or owner is not self.fs or vo in self.closure_assigned_vars() \
                or self.hoisted_of(lhs) is not None:
            return False
        et = ti.elem(self.ti.type_of(call))
        x = self.value_to(call.args[1], et)  # no call can assign s (a plain local)
        if not is_simple(x):
            t = self.tmp()
            self.emit(f"{t} = {x}")
            x = t
        sfx = "_stack" if self.stack_slice(a0) else ""  # differs only when cap is 0
        self.note_assign(py, owner)
        self.emit(f"if {py}.len < {py}.cap:")
        self.emit(f"    {py}.a[{py}.off + {py}.len] = {x}")
        self.emit(f"    {py} = _gv.Slice({py}.a, {py}.off, {py}.len + 1, {py}.cap)")
        self.emit("else:")
        self.emit(f"    {py} = _gv.append1{sfx}({py}, {x}, {self.rtype(et)})")
        return True

    def copy_inline(self, call) -> bool:
        """copy(dst, src) as a statement, both slice variables (not strings): the element
        store inline (values.copyslice's slice path), through hoisted headers when the
        loop has them."""
        fun = unparen(call.fun)
        if not isinstance(fun, N.Ident) or fun.name != "copy" or len(call.args) != 2:
            return False
        o = self.ti.obj_of(fun)
        if o is None or ti.obj_kind(o) != "Builtin":
            return False
        hdrs = []
        for a in call.args:
            a = unparen(a)
            if not isinstance(a, N.Ident) or ti.kind_of(self.ti.type_of(a)) != "slice":
                return False
            h = self.hoisted_of(a)
            if h is None:
                py = self.expr(a)
                if not is_simple(py):
                    return False
                h = (f"{py}.a", f"{py}.off", f"{py}.len")
            hdrs.append(h)
        (da, do, dn), (sa, so, sn) = hdrs
        n = self.tmp()
        self.emit(f"{n} = {dn} if {dn} < {sn} else {sn}")
        self.emit(f"if {n}: {da}[{do}:{do} + {n}] = {sa}[{so}:{so} + {n}]")
        return True

    def mutex_inline(self, call) -> bool:
        """m.Lock() / m.Unlock() of a sync.Mutex with the paths that need no waking or
        parking inline (gc inlines Mutex.Lock's CompareAndSwap(0, mutexLocked); state bits
        as in runtime/sync_rt.py): Lock takes a mutex that is neither locked (1) nor
        starving (4), keeping the waiter count and woken bit (2) as lockSlow's first
        round does; Unlock clears the locked bit of a mutex with no waiters or with a
        woken waiter on its way. Anything else calls the package's method."""
        fun = unparen(call.fun)
        if call.args or not isinstance(fun, N.SelectorExpr) or fun.sel.name not in ("Lock", "Unlock"):
            return False
        sel = self.ti.selections.get(fun)
        if sel is None:
            return False
        obj = _get(sel, "obj")
        if ti.pkg_path(ti.obj_pkg(obj)) != "sync":
            return False
        recv = _get(ti.obj_type(obj), "recv")
        rt = ti.obj_type(recv) if recv is not None else None
        if rt is None or ti.kind_of(rt) != "ptr" or ti.obj_name(ti.named_obj(ti.elem(rt)) or recv) != "Mutex":
            return False
        cap = []

        def hook(x, byval):
            if not is_simple(x):
                t = self.tmp()
                cap.append((t, x))
                return t
            cap.append((x, None))
            return x
        self.recv_hook = hook
        text = self.expr(call)
        self.recv_hook = None
        if len(cap) != 1:
            self.emit(text)
            return True
        m, pre = cap[0]
        if pre is not None:
            self.emit(f"{m} = {pre}")
        t = self.tmp()
        if fun.sel.name == "Lock":
            # neither locked nor starving: take it (lockSlow's first round, waiters kept)
            self.emit(f"if not ({t} := {m}.state) & 5: {m}.state = {t} | 1")
        else:
            # locked, with no waiter or with one already woken: just unlock
            self.emit(f"if ({t} := {m}.state) == 1 or {t} & 7 == 3: {m}.state = {t} - 1")
        self.emit(f"else: {text}")
        return True

    def s_DeclStmt(self, s):
        d = s.decl
        if d.tok == "var":
            for spec in d.specs:
                self.var_spec(spec)
        elif d.tok == "type":
            for spec in d.specs:
                self.declare_type_spec(spec, self.fs)
        # const: values are inlined

    def var_spec(self, spec: N.ValueSpec):
        objs = [self.ti.defs.get(n) for n in spec.names]
        taken = self.fs_taken()
        if spec.values:
            if len(spec.values) == len(spec.names):
                vals = [self.value_to(v, ti.obj_type(o)) if o is not None else self.expr(v)
                        for v, o in zip(spec.values, objs)]
                names = [self.new_var(o, taken) for o in objs]
                if len(names) == 1:
                    self.emit(f"{names[0]} = {vals[0]}")
                else:
                    self.emit(f"{', '.join(names)} = {', '.join(vals)}")
            else:
                # var a, b T = f() / m[k] / x.(T) / <-ch: as a, b := ... (boxing each
                # value into an interface-typed variable)
                self.assign(spec.names, spec.values, define=True)
                return
        else:
            names = [self.new_var(o, taken) for o in objs]
            for n, o in zip(names, objs):
                self.emit(f"{n} = {self.zero_expr(ti.obj_type(o)) if o is not None else 'None'}")
        self.rebox(objs)

    def fs_taken(self):
        fs = self.fs
        if not hasattr(fs, "taken"):
            fs.taken = None
        return fs

    def new_var(self, o, _fs=None) -> str:
        if o is None:
            return "_"
        if ti.obj_name(o) == "_":
            return "_"
        py = self.declare_local(o)
        if self.is_taken(o) and not self.is_ref_kind(ti.obj_type(o)):
            self.fs.boxed.add(o)
            self.fs.pending_box = getattr(self.fs, "pending_box", []) + [o]
        return py

    def rebox(self, objs):
        for o in objs:
            if o is not None and o in self.fs.boxed and o in getattr(self.fs, "pending_box", []):
                py = self.fs.names[o]
                self.emit(f"{py} = _gBox({py})")
                self.fs.pending_box.remove(o)

    def is_taken(self, o) -> bool:
        fs = self.fs
        taken = getattr(fs, "taken", None)
        return taken is not None and o in taken

    def s_IncDecStmt(self, s):
        op = "+" if s.tok == "++" else "-"
        t = self.ti.type_of(s.x)
        self.assign_op(s.x, op, None, t, one=True)

    def s_AssignStmt(self, s):
        tok = s.tok
        if tok == "=" and self.append_inline(s):
            return
        if tok == ":=" or tok == "=":
            self.assign(s.lhs, s.rhs, define=(tok == ":="))
            return
        op = tok[:-1]
        self.assign_op(s.lhs[0], op, s.rhs[0], self.ti.type_of(s.lhs[0]))

    def assign_op(self, lhs, op, rhs, t, one=False):
        from gopherpy.syntax.nodes import BinaryExpr
        k = ti.kind_of(t)
        target, pre = self.lvalue(lhs, [rhs], precheck=True)
        checks = [p for p in pre if p.startswith("if not ")]
        for p in pre:
            if not p.startswith("if not "):
                self.emit(p)  # the left side's operands
        y = "1" if one else self.expr(rhs)
        if op in ("<<", ">>") and not one and self.ti.const_int_of(rhs) is not None:
            y = str(self.ti.const_int_of(rhs))  # (a count spelt 2. or 1+0i)
        if not one and self.effects([rhs]) and (checks or not isinstance(unparen(lhs), N.Ident)
                                                or self.order_shared_ident(unparen(lhs))):
            # gc evaluates the call first, then reads (and bounds-checks) the element or
            # the variable the call may change (order.go's OASOP)
            t = self.tmp()
            self.emit(f"{t} = {y}")
            y = t
        for p in checks:
            self.emit(p)
        cur = self.lvalue_read(lhs, target)
        if one and k in FLOATS:
            y = "1.0"
        if one and k in ("complex64", "complex128"):
            y = "1"
        if k in INTS:
            bits, signed = INTS[k]
            if one and signed and bits == 64 and self.has_fact("inc" if op == "+" else "dec", lhs):
                v = f"({cur} {op} 1)"  # cannot overflow (see cond_facts)
            elif op in ("+", "-", "*"):
                v = wrap_text(f"{cur} {op} {y}", k)
            elif op == "/":
                v = f"_gv.idiv({cur}, {y}, _gv.wrap_int{bits})" if signed else f"_gv.udiv({cur}, {y})"
            elif op == "%":
                v = f"_gv.imod({cur}, {y})" if signed else f"_gv.umod({cur}, {y})"
            elif op == "<<":
                cy = self.ti.const_int_of(rhs) if rhs is not None else None
                if cy is not None and int(cy) < bits:
                    v = wrap_text(f"{cur} << {int(cy)}", k)
                else:
                    v = f"_gv.shl({cur}, {y}, {bits}, {signed})"
            elif op == ">>":
                v = f"_gv.shr({cur}, {y})"
            elif op == "&^":
                v = f"({cur} & ~{y})" if signed else f"({cur} & ({y} ^ {(1 << bits) - 1:#x}))"
            else:
                v = f"({cur} {op} {y})"
        elif k in FLOATS:
            if op == "/":
                v = f"_gv.fdiv({cur}, {y})"
            else:
                v = f"({cur} {op} {y})"
            if k == "float32":
                v = f"_gv.f32({v})"
        elif k in ("complex64", "complex128"):
            v = f"_gv.cdiv({cur}, {y})" if op == "/" else f"({cur} {op} {y})"
            if k == "complex64":
                v = f"_gv.c64({v})"
        else:
            v = f"({cur} {op} {y})"
        self.store(lhs, target, v)

    def affected(self, r, earlier) -> bool:
        """Whether right side r may read what one of the earlier left sides assigns (a
        variable it names, or any memory when one of them stores to memory)."""
        mem = any(not isinstance(unparen(l), N.Ident) for l in earlier)
        objs = {self.ti.obj_of(unparen(l)) for l in earlier if isinstance(unparen(l), N.Ident)}
        if self.fs.has_defer and self.fs.results and any(
                o is not None and self.lookup(o)[0] in self.fs.results and self.lookup(o)[2] is self.fs
                for o in objs):
            # a result of a function with defers: a later right side that panics must not
            # see it assigned (the deferred calls read it: gc's deferResultWrite, #43835)
            return True
        for n in self.walk(r):
            if isinstance(n, N.Ident):
                o = self.ti.obj_of(n)
                if objs and o in objs:
                    return True
                if mem and o is not None and ti.obj_kind(o) == "Var":
                    py, boxed, owner = self.lookup(o)
                    if boxed or owner is None:  # a variable a pointer may reach
                        return True
            if mem and isinstance(n, (N.IndexExpr, N.StarExpr, N.SelectorExpr, N.SliceExpr)):
                return True
        return False

    def effects(self, nodes) -> bool:
        """Whether evaluating any of nodes may call a function or receive (and so change
        variables an assignment's left side reads)."""
        for node in nodes:
            for n in self.walk(node) if node is not None else ():
                if isinstance(n, N.UnaryExpr) and n.op == "<-":
                    return True
                if isinstance(n, N.CallExpr):
                    f = unparen(n.fun)
                    o = self.ti.obj_of(f) if isinstance(f, N.Ident) else None
                    if o is not None and ti.obj_kind(o) == "Builtin" and f.name in ("len", "cap"):
                        continue  # no effect
                    if self.ti.is_type_expr(f) and ti.kind_of(self.ti.type_of(n)) in (*INTS, *FLOATS):
                        continue  # a numeric conversion
                    return True
        return False

    def lvalue(self, e, rhs=(), precheck=False, force=False, assigned=None):
        """(target description, pre-statements) for an assignable expression.

        Operands of the target are evaluated once into temporaries so that `a[f()] += 1`
        calls f once. A plain variable operand is used in place unless a right side
        `rhs` may change it (Go evaluates the left operands first). An index is
        bounds-checked when the store happens (after the right side is evaluated, and
        in order among the stores of a tuple assignment), or in `pre` if precheck (x op= y
        reads the element first).
        """
        keep = not force and not self.effects(rhs)
        if force and assigned is not None and not self.effects(rhs):
            # a tuple assignment: operands need temporaries only if another left side
            # assigns a variable they read
            keep = not any(isinstance(n, N.Ident) and self.ti.obj_of(n) in assigned
                           for n in self.walk(e))
        e = unparen(e)
        if isinstance(e, N.Ident):
            return ("id", e), []
        if isinstance(e, N.IndexExpr):
            xt = self.ti.type_of(e.x)
            k = ti.kind_of(xt)
            t1, t2 = self.tmp(), self.tmp()
            if k == "map":
                pre = [f"{t1} = {self.expr(e.x)}", f"{t2} = {self.mapkey(e.index, ti.key(xt))}"]
                return ("map", t1, t2, xt), pre
            hx = self.hoisted_of(e.x)  # a header the loop body never reassigns
            # s[i] with i from `range s` (neither assigned in the body): in bounds
            safe = k == "slice" and self.safe_index(e)
            if hx is not None and k == "slice":
                ix = self.expr(e.index)
                pre = []
                if is_simple(ix) and (keep or ix.lstrip("-").isdigit()):
                    t2 = ix
                else:
                    pre.append(f"{t2} = {ix}")
                ha, ho, hn = hx
                if safe:
                    return ("hslice", ha, ho, t2, True, hn), pre
                if precheck:
                    pre.append(f"if not {self.in_bounds(t2, hn)}: _gv.index_panic({t2}, {hn})")
                return ("hslice", ha, ho, t2, precheck, hn), pre
            xs, ix = self.expr(e.x), self.expr(e.index)
            pre = []
            if keep and is_simple(xs) and not xs[0].isdigit():
                t1 = xs
            else:
                pre.append(f"{t1} = {xs}")
            if is_simple(ix) and (keep or ix.lstrip("-").isdigit()):
                t2 = ix
            else:
                pre.append(f"{t2} = {ix}")
            if k == "slice":
                if safe:
                    return ("slice", t1, t2, True), pre
                if precheck:
                    pre.append(f"if not {self.in_bounds(t2, t1 + '.len')}: _gv.index_panic({t2}, {t1}.len)")
                return ("slice", t1, t2, precheck), pre
            n = ti.array_len(xt if k == "array" else ti.elem(xt))
            const = self.ti.const_of(e.index) is not None  # checked by the type checker
            if precheck and not const:
                pre.append(f"if not {self.in_bounds(t2, n)}: _gv.index_panic({t2}, {n})")
            return ("array", t1, t2, precheck or const, n), pre
        if isinstance(e, N.SelectorExpr):
            x = unparen(e.x)
            if isinstance(x, N.Ident):
                o = self.ti.obj_of(x)
                if o is not None and ti.obj_kind(o) == "PkgName":
                    return ("pkgvar", self.expr(e)), []
            sel = self.ti.selections.get(e)
            path = list(_get(sel, "index"))
            recv_t = ti.S(_get(sel, "recv"))
            base = self.field_path(self.expr(e.x), recv_t, path[:-1])
            ft = recv_t
            for i in path[:-1]:
                if ti.kind_of(ft) == "ptr":
                    ft = ti.elem(ft)
                ft = ti.struct_fields(ft)[i][1]
            if ti.kind_of(ft) == "ptr":
                ft = ti.elem(ft)
            from gopherpy.compile.names import attr
            fname = ti.struct_fields(ft)[path[-1]][0]
            if is_simple(base) and keep:
                return ("field", base, attr(fname)), []
            t1 = self.tmp()
            return ("field", t1, attr(fname)), [f"{t1} = {base}"]
        if isinstance(e, N.StarExpr):
            t1 = self.tmp()
            et = ti.elem(self.ti.type_of(e.x))
            if ti.kind_of(et) in ("struct", "array"):
                return ("derefobj", t1, et), [f"{t1} = _gv.deref({self.expr(e.x)})"]
            return ("deref", t1), [f"{t1} = {self.expr(e.x)}"]
        self.ice(e, "unassignable expression")

    def safe_index(self, e) -> bool:
        """Whether index expression e is s[i] with i the key of an enclosing `range s`
        that the loop body assigns neither i nor s (always in bounds)."""
        x, i = unparen(e.x), unparen(e.index)
        if not isinstance(x, N.Ident) or not isinstance(i, N.Ident):
            return False
        safe = getattr(self.fs, "safe_index", None) if self.fs is not None else None
        return bool(safe) and (self.ti.obj_of(i), self.ti.obj_of(x)) in safe

    def lvalue_read(self, e, target) -> str:
        kind = target[0]
        if kind == "id":
            return self.expr(e)
        if kind == "map":
            t = target[3]
            vt = ti.elem(t)
            if self.zero_is_const(vt):
                return f"{target[1]}.get({target[2]}, {self.zero_expr(vt)})"
            return f"_gv.mapget({target[1]}, {target[2]}, {self.rtype(vt)})"
        if kind == "slice":
            return f"{target[1]}.a[{target[1]}.off + {target[2]}]"
        if kind == "hslice":
            return f"{target[1]}[{target[2]} + {target[3]}]"
        if kind == "array":
            return f"{target[1]}[{target[2]}]"
        if kind == "field":
            return f"{target[1]}.{target[2]}"
        if kind == "deref":
            return f"{target[1]}.v"
        if kind == "derefobj":
            return target[1]
        if kind == "pkgvar":
            return target[1]
        raise AssertionError(kind)

    def store(self, e, target, v: str) -> None:
        kind = target[0]
        if kind == "id":
            ident = target[1]
            if ident.name == "_":
                self.emit(f"_ = {v}")
                return
            o = self.ti.obj_of(ident)
            py, boxed, owner = self.lookup(o)
            if py is None:
                self.ice(ident, f"store to unknown {ident.name}")
            self.note_assign(py, owner)
            self.emit(f"{py}.v = {v}" if boxed else f"{py} = {v}")
        elif kind == "map":
            self.emit(f"{target[1]}[{target[2]}] = {v}")
        elif kind == "slice":
            x, i = target[1], target[2]
            if not target[3]:  # checked inside the target: after v, as Go orders it
                i = self.check_at(e, f"({i} if {self.in_bounds(i, x + '.len')} else _gv.index_panic({i}, {x}.len))")
            self.emit(f"{x}.a[{x}.off + {i}] = {v}")
        elif kind == "hslice":
            i, hn = target[3], target[5]
            if not target[4]:
                i = self.check_at(e, f"({i} if {self.in_bounds(i, hn)} else _gv.index_panic({i}, {hn}))")
            self.emit(f"{target[1]}[{target[2]} + {i}] = {v}")
        elif kind == "array":
            i = target[2]
            if not target[3]:
                i = self.check_at(e, f"({i} if {self.in_bounds(i, target[4])} else _gv.index_panic({i}, {target[4]}))")
            self.emit(f"{target[1]}[{i}] = {v}")
        elif kind == "field":
            self.emit(f"{target[1]}.{target[2]} = {v}")
        elif kind == "deref":
            self.emit(f"{target[1]}.v = {v}")
        elif kind == "derefobj":
            et = target[2]
            if ti.kind_of(et) == "array":
                self.emit(f"{target[1]}[:] = {v}")
            else:
                t = self.tmp()
                self.emit(f"{t} = {v}")
                for f in ti.struct_fields(et):
                    from gopherpy.compile.names import attr
                    a = attr(f[0]) if f[0] != "_" else None
                    if a:
                        self.emit(f"{target[1]}.{a} = {t}.{a}")
        elif kind == "pkgvar":
            mod, name = target[1].rsplit(".", 1)
            self.emit(f"{mod}.{name} = {v}")

    def check_at(self, e, text: str) -> str:
        """A store's bounds check, reported at the index expression's '[' as gc does."""
        e = unparen(e)
        return self.at_line(e.lbrack, text) if isinstance(e, N.IndexExpr) else text

    def note_assign(self, py: str, owner) -> None:
        fs = self.fs
        if owner is None:
            if fs is not None:
                fs.globals.add(py)
        elif owner is not fs:
            fs.nonlocals.add(py)
            # every function between owner and here needs it too
            f = fs.parent
            while f is not None and f is not owner:
                f.nonlocals.add(py)
                f = f.parent

    def assign(self, lhs, rhs, define: bool):
        if define:
            objs = []
            for l in lhs:
                o = self.ti.defs.get(l) if isinstance(l, N.Ident) else None
                objs.append(o)
        else:
            objs = [None] * len(lhs)
        if len(lhs) == len(rhs):
            types = []
            for l, o in zip(lhs, objs):
                if o is not None:
                    types.append(ti.obj_type(o))
                elif isinstance(l, N.Ident) and l.name == "_":
                    types.append(None)
                else:
                    types.append(self.ti.type_of(l))
            vals = [self.value_to(r, t) if t is not None else self.expr(r) for r, t in zip(rhs, types)]
            if len(lhs) == 1:
                self.store_one(lhs[0], objs[0], vals[0], define, rhs)
                return
            if all(isinstance(l, N.Ident) and l.name != "_" for l in lhs) and \
                    all(o is None or o not in self.fs.__dict__.get("taken", ()) for o in objs):
                names = []
                for l, o in zip(lhs, objs):
                    if define and o is not None:
                        names.append(self.new_var(o))
                        continue
                    lo = self.ti.obj_of(l)
                    py, boxed, owner = self.lookup(lo)
                    if py is None:
                        names = None
                        break
                    self.note_assign(py, owner)
                    names.append(py + ".v" if boxed else py)
                if names is not None:
                    # Python's tuple assignment evaluates every right side first, as Go does
                    self.emit(f"{', '.join(names)} = {', '.join(vals)}")
                    return
            # Go's two phases, in gc's concrete order (which decides which of several
            # panics happens): (1) operands of the left sides into temporaries; (2) right
            # sides with calls or receives, in order; (3) early copies of right sides that
            # an earlier assignment of this statement could change (gc's ascompatee);
            # (4) in order, each remaining right side and its store (bounds-checked then)
            targets = []
            assigned = {self.ti.obj_of(unparen(l)) for l in lhs if isinstance(unparen(l), N.Ident)}
            for l, o in zip(lhs, objs):
                # operands into temporaries: another left side may be a variable they read
                tg = None if o is not None or (isinstance(l, N.Ident)) else \
                    self.lvalue(l, rhs, force=True, assigned=assigned)
                if tg is not None:
                    for p in tg[1]:
                        self.emit(p)
                targets.append(tg)
            vals = list(vals)
            for i, r in enumerate(rhs):
                if self.effects([r]):
                    t = self.tmp()
                    self.emit(f"{t} = {vals[i]}")
                    vals[i] = t
            for i, r in enumerate(rhs):
                if not is_simple(vals[i]) and self.affected(r, lhs[:i]):
                    t = self.tmp()
                    self.emit(f"{t} = {vals[i]}")
                    vals[i] = t
            for l, o, v, tg in zip(lhs, objs, vals, targets):
                if tg is not None:
                    self.store(l, tg[0], v)
                else:
                    self.store_one(l, o, v, define)
            return
        # a, b := f() / v, ok := m[k] / x.(T) / <-ch
        pre_targets = {}
        for i, (l, o) in enumerate(zip(lhs, objs)):
            if o is None and not isinstance(unparen(l), N.Ident):
                tg = self.lvalue(l, rhs, force=True)
                for p in tg[1]:
                    self.emit(p)
                pre_targets[i] = tg[0]
        r = unparen(rhs[0])
        if isinstance(r, N.IndexExpr) and ti.kind_of(self.ti.type_of(r.x)) == "map":
            mt = self.ti.type_of(r.x)
            m = self.expr(r.x)
            k = self.mapkey(r.index, ti.key(mt), lookup=m)
            t1, t2 = self.tmp(), self.tmp()
            self.emit(f"{t1} = {m}.get({k}, _gv.MISSING)")
            vt = ti.elem(mt)
            z = self.zero_expr(vt)
            self.emit(f"{t2} = {t1} is not _gv.MISSING")
            self.emit(f"if not {t2}: {t1} = {z}")
            if not self.zero_is_const(vt):
                self.emit(f"else: {t1} = {self.copy_expr(t1, vt)}")  # the map keeps its own
            tmps = [t1, t2]
            srcs = [vt, None]
        elif isinstance(r, N.TypeAssertExpr):
            v = self.x_TypeAssertExpr(r, commaok=True)
            t1, t2 = self.tmp(), self.tmp()
            self.emit(f"{t1}, {t2} = {v}")
            at = self.ti.type_of(r.type)
            if not self.zero_is_const(at):
                self.emit(f"{t1} = {self.copy_expr(t1, at)}")  # the interface keeps its own
            tmps = [t1, t2]
            srcs = [at, None]
        elif isinstance(r, N.UnaryExpr) and r.op == "<-":
            t1, t2 = self.tmp(), self.tmp()
            self.emit(f"{t1}, {t2} = {self.recv_text(r.x, True)}")
            tmps = [t1, t2]
            srcs = [ti.elem(self.ti.type_of(r.x)), None]
        else:
            tmps = [self.tmp() for _ in lhs]
            self.emit(f"{', '.join(tmps)} = {self.expr(r)}")
            rt = self.ti.type_of(r)
            srcs = [ti.obj_type(v) for v in ti.tuple_vars(rt)] if ti.kind_of(rt) == "tuple" else [None] * len(lhs)
        for i, (l, o, t) in enumerate(zip(lhs, objs, tmps)):
            if isinstance(l, N.Ident) and l.name == "_":
                continue
            src = srcs[i] if i < len(srcs) else None
            if src is not None:
                dst = ti.obj_type(o) if o is not None else self.ti.type_of(l)
                if ti.kind_of(dst) == "iface" and ti.kind_of(src) != "iface":
                    t = self.box(t, src)
            if i in pre_targets:
                self.store(l, pre_targets[i], t)
                continue
            self.store_one(l, o, t, define)

    def store_one(self, l, o, v: str, define: bool, rhs=()):
        if isinstance(l, N.Ident) and l.name == "_":
            self.emit(f"_ = {v}")
            return
        if define and o is not None:
            py = self.new_var(o)
            self.emit(f"{py} = {v}")
            self.rebox([o])
            return
        tg, pre = self.lvalue(l, rhs)
        for p in pre:
            self.emit(p)
        self.store(l, tg, v)

    def s_SendStmt(self, s):
        ct = self.ti.type_of(s.chan)
        self.emit_send(self.expr(s.chan), lambda: self.value_to(s.value, ti.elem(ct)))

    def emit_send(self, c: str, value) -> None:
        """`c <- value()` with the buffered fast path inline (runtime/chan.py: open, no
        waiting receiver, room in the buffer: append). The channel is evaluated before
        the value, as Go does."""
        if not is_simple(c):
            t = self.tmp()
            self.emit(f"{t} = {c}")
            c = t
        x = value()
        if not is_simple(x):
            if not c.startswith("_g"):
                t = self.tmp()        # the value's evaluation could assign the variable
                self.emit(f"{t} = {c}")
                c = t
            t = self.tmp()
            self.emit(f"{t} = {x}")
            x = t
        self.emit(f"if {c} is not None and {c}.recvq.first is None and len({c}.buf) < {c}.sendcap: "
                  f"{c}.buf.append({x})")
        if self.yields():
            t = self.tmp()
            self.emit(f"elif ({t} := _gchan.chansend({c}, {x}, 2)) is not True:")
            self.emit("    yield")
            self.emit(f"    _gchan.sent({t})")
        else:
            self.emit(f"else: _gchan.chansend({c}, {x})")

    def s_GoStmt(self, s):
        fun = unparen(s.call.fun)
        lit = fun.body if isinstance(fun, N.FuncLit) else None
        if lit is not None:
            self.light_lits[id(lit)] = False    # x_FuncLit compiles it as a generator
        fn, args = self.deferred_call(s.call)
        self.setpos(s)      # "created by" shows the go statement's line, not the literal's end
        if self.go_wrapped(s.call):
            # gc runs such a call through a closure of its own, F.gowrap1, F.gowrap2...
            # (numbered per enclosing function): a goroutine that has not started yet
            # shows it in traces (symtab.gowrap_name)
            fs = self.fs
            fs.ngowrap = getattr(fs, "ngowrap", 0) + 1
            line = self.fset.position(s.pos(), False).line
            self.gowraps.append((fs.goname, line, f"{fs.goname}.gowrap{fs.ngowrap}"))
        # a light goroutine if the literal parks on its own channel operations (a body
        # that yields nothing is a plain function: Python makes a generator only of a
        # def containing a yield)
        light = lit is not None and self.light_lits.get(id(lit))
        if lit is None and isinstance(fun, N.Ident):
            twin = self.light_funcs.get(self.ti.uses.get(fun))
            if twin is not None:
                fn, light = twin, True
        self.emit(f"_gchan.{'golight' if light else 'go'}({fn}, {args})")

    def yields(self) -> bool:
        """Whether channel operations compiled now park by yielding (a light goroutine's
        body, see FuncState.gen); records that one was."""
        fs = self.fs
        if fs is not None and fs.gen:
            fs.yielded = True
            return True
        return False

    def go_wrapped(self, call) -> bool:
        """Whether gc wraps `go call` in a closure: unless call is a plain function call
        (not a method, built-in or conversion) of a signature without parameters or results."""
        fun = unparen(call.fun)
        o = self.ti.obj_of(fun) if isinstance(fun, N.Ident) else None
        if (o is not None and ti.obj_kind(o) == "Builtin") or self.ti.is_type_expr(fun):
            return True
        if isinstance(fun, N.SelectorExpr) and self.ti.selections.get(fun) is not None:
            return True     # a method call (or a method expression's, which has parameters)
        ft = self.ti.type_of(fun)
        return bool(ti.sig_params(ft) or ti.sig_results(ft))

    def s_DeferStmt(self, s):
        fn, args = self.deferred_call(s.call)
        self.emit(f"_gdf.append(({fn}, {args}))")

    def deferred_call(self, call):
        """(function text, args tuple text) with the arguments evaluated now."""
        fun = unparen(call.fun)
        o = self.ti.obj_of(fun) if isinstance(fun, N.Ident) else None
        if (o is not None and ti.obj_kind(o) == "Builtin") or self.ti.is_type_expr(fun):
            # defer a builtin/conversion: evaluate the arguments now, call later
            name = o.name if o is not None else ""
            if name in ("print", "println"):
                parts = [f"({self.expr(a)}, {ti.kind_of(self.ti.type_of(a))!r})" for a in call.args]
                t = self.tmp()
                self.emit(f"{t} = [{', '.join(parts)}]")
                return f"_gprint.{name}_", f"({t},)"
            if name == "panic":
                from gopherpy.compile.call import _EMPTY_IFACE
                t = self.tmp()
                self.emit(f"{t} = {self.value_to(call.args[0], _EMPTY_IFACE())}")
                return "_gp.gopanic", f"({t},)"
            if name == "recover":
                return "_gp.gorecover_deferred", "()"
            if name == "close":
                t = self.tmp()
                self.emit(f"{t} = {self.expr(call.args[0])}")
                return "_gchan.closechan", f"({t},)"
            # others (delete, copy, ...): operands evaluated now, the built-in applied
            # to them later through a lambda whose parameters stand for the operands
            vals, names = [], []
            for i, a in enumerate(call.args):
                if self.ti.is_type_expr(a):
                    continue
                vals.append(self.expr(a))
                names.append(f"_gda{i}")
            saved = dict(self.override)
            for a, n in zip([a for a in call.args if not self.ti.is_type_expr(a)], names):
                self.override[a] = n
            try:
                text = self.expr(call)
            finally:
                self.override = saved
            return f"(lambda {', '.join(names)}: {text})", f"({''.join(v + ', ' for v in vals)})"
        ft = self.ti.type_of(fun)
        args = self.call_args(call, ft)
        if isinstance(fun, N.SelectorExpr):
            sel = self.ti.selections.get(fun)
            if sel is not None:
                kind = _get(sel, "kind")
                kname = str(kind).lower()
                if ("method" in kname and "expr" not in kname) or kind == 1:
                    direct = self.deferred_struct_method(fun, sel, args)
                    if direct is not None:
                        return direct
                    # the method value (receiver evaluated, copied for a value method, a
                    # nil interface panicking) now, then the arguments
                    f = self.tmp()
                    self.emit(f"{f} = {self.method_value(fun, sel)}")
                    t = self.tmp()
                    self.emit(f"{t} = ({args},)" if args else f"{t} = ()")
                    return f, t
        f = self.expr(fun)
        t = self.tmp()
        self.emit(f"{t} = {f}")
        return t, f"({args},)" if args else "()"

    def deferred_struct_method(self, fun, sel, args):
        """`go x.M(a)` / `defer x.M(a)` on a named struct type: (T.M, (x, a)) with the
        receiver evaluated now, as Go does (a copy for a value receiver); None otherwise."""
        if len(list(_get(sel, "index"))) != 1:
            return None
        obj = _get(sel, "obj")
        recv_t = ti.S(_get(sel, "recv"))
        rk = ti.kind_of(recv_t)
        base = ti.elem(recv_t) if rk == "ptr" else recv_t
        if ti.kind_of(base) != "struct" or not ti.is_named(base) or ti.kind_of(ti.S(base)) == "tparam":
            return None
        x = self.expr(fun.x)
        if not self.ptr_recv(obj):
            x = f"{x}._copy()"
        t = self.tmp()
        self.emit(f"{t} = ({x}, {args},)" if args else f"{t} = ({x},)")
        return f"{self.struct_class(base)}.{attr(ti.obj_name(obj))}", t

    def s_ReturnStmt(self, s):
        fs = self.fs
        if getattr(fs, "rf", None) is not None:
            self.rangefunc_body_return(s)
            return
        res = s.results
        if fs.has_defer:
            if res:
                if len(res) == len(fs.results):
                    # every value first, then the stores (a panicking operand stores none)
                    vals = [self.value_to(r, t) for r, t in zip(res, fs.result_types)]
                    refs = [self.result_ref(i) for i in range(len(vals))]
                    self.emit(f"{', '.join(refs)} = {', '.join(vals)}")
                else:
                    self.emit(f"{', '.join(self.result_ref(i) for i in range(len(fs.results)))} = {self.expr(res[0])}")
            self.setpos(s)
            self.emit("_gp.deferreturn(_gdf)")
            self.emit(f"return {self.results_expr()}")
            return
        if not res:
            self.emit(f"return {self.results_expr()}" if fs.results else "return")
            return
        if len(res) == len(fs.results):
            vals = [self.value_to(r, t) for r, t in zip(res, fs.result_types)]
            if len(vals) == 1:
                self.emit(f"return {vals[0]}")
            else:
                self.emit(f"return ({', '.join(vals)})")
            return
        self.emit(f"return {self.expr(res[0])}")

    def s_BlockStmt(self, s):
        self.block(s.list)

    def s_LabeledStmt(self, s):
        self.stmt(s.stmt, label=s.label.name)

    # -- if / switch ------------------------------------------------------------

    def s_IfStmt(self, s):
        if s.init is not None:
            self.stmt(s.init)
        c = self.expr(s.cond)
        self.emit(f"if {c}:")
        self.body(s.body.list)
        # `else if` chains become elif (no init statement to run in between): Python
        # limits nesting to 100 blocks
        while isinstance(s.else_, N.IfStmt) and s.else_.init is None:
            s = s.else_
            self.setpos(s)
            self.emit(f"elif {self.expr(s.cond)}:")
            self.body(s.body.list)
        if s.else_ is not None:
            self.emit("else:")
            self.indent += 1
            if isinstance(s.else_, N.BlockStmt):
                self.block(s.else_.list)
            else:
                self.stmt(s.else_)
            self.emit("pass")
            self.indent -= 1

    def breaks_to(self, body, label) -> bool:
        """Whether body holds a `break` aimed at the enclosing construct (unlabeled, not nested)."""
        stack = [(x, False) for x in body] if isinstance(body, list) else [(body, False)]
        while stack:
            n, inner = stack.pop()
            if n is None or isinstance(n, N.FuncLit):
                continue
            if isinstance(n, N.BranchStmt) and n.tok == "break":
                if n.label is None and not inner:
                    return True
                if n.label is not None and n.label.name == label:
                    return True
            nested = inner or isinstance(n, (N.ForStmt, N.RangeStmt, N.SwitchStmt,
                                             N.TypeSwitchStmt, N.SelectStmt))
            for f in getattr(n, "__slots__", ()):
                v = getattr(n, f, None)
                if isinstance(v, list):
                    stack.extend((x, nested) for x in v if isinstance(x, N.Node))
                elif isinstance(v, N.Stmt):
                    stack.append((v, nested))
        return False

    def s_SwitchStmt(self, s, label=None):
        if s.init is not None:
            self.stmt(s.init)
        tag = None
        tagt = None
        if s.tag is not None:
            tag = self.tmp()
            tagt = self.ti.type_of(s.tag)
            self.emit(f"{tag} = {self.expr(s.tag)}")
        clauses = s.body.list
        ctx = LoopCtx("switch", label)
        oneshot = self.breaks_to([c for c in clauses], label)
        if oneshot:
            self.open_oneshot(ctx)
        self.fs.loops.append(ctx)
        conds = []
        default_i = None
        for i, cc in enumerate(clauses):
            if not cc.list:
                default_i = i
                conds.append(None)
                continue
            parts = []
            for x in cc.list:
                if tag is None:
                    parts.append(self.expr(x))
                else:
                    xt = self.ti.type_of(x)
                    if ti.kind_of(tagt) == "iface" and ti.kind_of(xt) != "iface":
                        parts.append(f"_grt.ifaceeq({tag}, {self.value_to(x, tagt)})")
                    elif ti.kind_of(xt) == "iface" and ti.kind_of(tagt) != "iface":
                        parts.append(f"_grt.ifaceeq({self.box(tag, tagt)}, {self.expr(x)})")
                    elif ti.kind_of(xt) == "untypednil" or self.is_nil(unparen(x)):
                        parts.append(self.nil_test(tag, tagt))
                    else:
                        parts.append(self.eq_expr(tag, self.value_to(x, tagt), tagt))
            conds.append(" or ".join(f"({p})" for p in parts))
        # bodies with fallthrough merged
        bodies = []
        for i, cc in enumerate(clauses):
            b = list(cc.body)
            j = i
            while b and isinstance(b[-1], N.BranchStmt) and b[-1].tok == "fallthrough" and j + 1 < len(clauses):
                b = b[:-1] + list(clauses[j + 1].body)
                j += 1
            bodies.append(b)
        order = [i for i in range(len(clauses)) if i != default_i]
        depth = 0
        first = True
        for i in order:
            self.setpos(clauses[i])
            if first:
                self.emit(f"if {conds[i]}:")
                first = False
            else:
                self.emit(f"elif {conds[i]}:")
            self.body(bodies[i])
        if default_i is not None:
            if first:
                self.block(bodies[default_i])
            else:
                self.emit("else:")
                self.body(bodies[default_i])
        self.indent -= depth
        self.fs.loops.pop()
        if oneshot:
            self.close_oneshot(ctx)

    def open_oneshot(self, ctx):
        ctx.python_loop = True
        ctx.oneshot = True
        self.emit("for _ in _gv.ONE:")
        self.indent += 1

    def close_oneshot(self, ctx):
        self.emit("pass")
        self.indent -= 1
        self.after_loop(ctx)

    def s_TypeSwitchStmt(self, s, label=None):
        if s.init is not None:
            self.stmt(s.init)
        a = s.assign
        if isinstance(a, N.AssignStmt):
            xe = a.rhs[0].x
            bind = a.lhs[0]
        else:
            xe = a.x.x
            bind = None
        x = self.tmp()
        tt = self.tmp()
        self.emit(f"{x} = {self.expr(xe)}")
        self.emit(f"{tt} = _grt.typeof({x})")
        srct = self.ti.type_of(xe)
        ctx = LoopCtx("switch", label)
        clauses = s.body.list
        oneshot = self.breaks_to(clauses, label)
        if oneshot:
            self.open_oneshot(ctx)
        self.fs.loops.append(ctx)
        first = True
        depth = 0
        default = None
        for cc in clauses:
            if not cc.list:
                default = cc
                continue
            parts = []
            for te in cc.list:
                t = self.ti.type_of(te)
                k = ti.kind_of(t)
                if k == "untypednil":
                    parts.append(f"{x} is None")
                elif k == "iface":
                    parts.append(f"({tt} is not None and {tt}.implements({self.rtype(t)}))")
                else:
                    parts.append(f"{tt} is {self.rtype(t)}")
            cond = " or ".join(parts)
            self.setpos(cc)
            self.emit(f"{'if' if first else 'elif'} {cond}:")
            first = False
            self.indent += 1
            self.typeswitch_bind(cc, bind, x, srct)
            self.block(cc.body)
            self.emit("pass")
            self.indent -= 1
        if default is not None:
            if not first:
                self.emit("else:")
                self.indent += 1
            self.typeswitch_bind(default, bind, x, srct)
            self.block(default.body)
            self.emit("pass")
            if not first:
                self.indent -= 1
        self.indent -= depth
        self.fs.loops.pop()
        if oneshot:
            self.close_oneshot(ctx)

    def typeswitch_bind(self, cc, bind, x, srct):
        if bind is None:
            return
        o = self.ti.implicits.get(cc)
        if o is None:
            return
        t = ti.obj_type(o)
        py = self.new_var(o)
        if ti.kind_of(t) == "iface" or len(cc.list) != 1:
            self.emit(f"{py} = {x}")
        else:
            self.emit(f"{py} = _grt.unbox({x})")
        self.rebox([o])

    # -- loops -----------------------------------------------------------------

    def simple_range_loop(self, s):
        """For `for i := a; i < b; i++ {}` with i not assigned or captured in the body:
        (i's python name, a text, b text) else None."""
        init, cond, post = s.init, s.cond, s.post
        if not (isinstance(init, N.AssignStmt) and init.tok == ":=" and len(init.lhs) == 1
                and isinstance(post, N.IncDecStmt) and post.tok == "++"
                and isinstance(cond, N.BinaryExpr) and cond.op in ("<", "<=")):
            return None
        iv = init.lhs[0]
        if not (isinstance(iv, N.Ident) and isinstance(unparen(post.x), N.Ident)
                and unparen(post.x).name == iv.name and isinstance(unparen(cond.x), N.Ident)
                and unparen(cond.x).name == iv.name):
            return None
        o = self.ti.defs.get(iv)
        if o is None or ti.kind_of(ti.obj_type(o)) not in INTS:
            return None
        if self.mutates(s.body, o) or self.captured(s.body, o):
            return None
        # the bound must not change in the loop: allow constants and locals not assigned in body
        b = unparen(cond.y)
        if self.ti.const_of(b) is None:
            if isinstance(b, N.Ident):
                bo = self.ti.obj_of(b)
                if bo is None or self.mutates(s.body, bo) or self.is_global_obj(bo):
                    return None
            elif isinstance(b, N.CallExpr) and isinstance(unparen(b.fun), N.Ident) and \
                    unparen(b.fun).name == "len" and isinstance(unparen(b.args[0]), N.Ident):
                bo = self.ti.obj_of(unparen(b.args[0]))
                if bo is None or self.mutates(s.body, bo) or self.is_global_obj(bo) or \
                        ti.kind_of(self.ti.type_of(b.args[0])) not in ("string", "slice", "array"):
                    return None
            else:
                return None
        bound = self.expr(cond.y)
        if cond.op == "<=":
            # i <= b with b the type's maximum never ends (i++ wraps): range() only when
            # b < max is known; else the range is chosen at run time (wrapping counter)
            bits, signed = INTS[ti.kind_of(ti.obj_type(o))]
            top = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
            cb = self.ti.const_int_of(b)
            if cb is not None and cb >= top:
                return None
            if cb is None and not isinstance(b, N.CallExpr):  # (len(x) < max)
                lo = self.value_to(init.rhs[0], ti.obj_type(o))
                return o, lo, (f"range({lo}, {bound} + 1) if {bound} < {top:#x} else "
                               f"_gv.count_wrapping({lo}, {-top - 1 if signed else 0:#x}, {top:#x})",
                               "wraps")
            bound = f"{bound} + 1"
        return o, self.value_to(init.rhs[0], ti.obj_type(o)), bound

    def hoist_slices(self, body) -> list:
        """Loop-invariant slice headers: for local slice variables indexed in the loop body
        and never assigned there, bind (a, off, len) to locals before the loop."""
        fs = self.fs
        hoisted = fs.__dict__.setdefault("hoisted", {})
        in_closures = self.closure_assigned_vars()
        cands = {}
        for n in self.walk(body):
            if isinstance(n, N.IndexExpr):
                x = unparen(n.x)
                if isinstance(x, N.Ident):
                    o = self.ti.obj_of(x)
                    if o is not None and o not in hoisted and o in fs.names and o not in fs.boxed \
                            and o not in in_closures and ti.kind_of(ti.obj_type(o)) == "slice":
                        cands[o] = cands.get(o, 0) + 1
        added = []
        for o in cands:
            # one index in the body already pays: it runs once per iteration, the
            # hoisting once per loop (two attribute loads saved each time)
            if self.reassigned(body, o):
                continue
            py = fs.names[o]
            names = (f"_gha_{py}", f"_gho_{py}", f"_ghn_{py}")
            self.emit(f"{names[0]}, {names[1]}, {names[2]} = {py}.a, {py}.off, {py}.len")
            hoisted[o] = names
            added.append(o)
        return added

    def closure_assigned_vars(self) -> set:
        """Variables of this function and the enclosing ones that some function literal
        assigns (decl.closure_assigned)."""
        out = set()
        f = self.fs
        while f is not None:
            out |= getattr(f, "closure_assigned", None) or set()
            f = f.parent
        return out

    def unhoist(self, added) -> None:
        for o in added:
            self.fs.hoisted.pop(o, None)

    def range_copy_needed(self, s, val, et, define) -> bool:
        """Whether `for _, v := range x` must copy a struct/array element into v: not when v
        is never modified or captured and nothing in the body can modify x's elements
        (no calls, no stores through x)."""
        if ti.kind_of(et) not in ("struct", "array"):
            return False
        if not define:
            return True
        vo = self.ti.defs.get(val)
        if vo is None or self.mutates(s.body, vo) or self.captured(s.body, vo):
            return True
        root = unparen(s.x)
        while isinstance(root, (N.SelectorExpr, N.IndexExpr, N.SliceExpr, N.StarExpr, N.ParenExpr)):
            root = root.x
        ro = self.ti.obj_of(root) if isinstance(root, N.Ident) else None
        for n in self.walk(s.body):
            if isinstance(n, N.CallExpr):
                f = unparen(n.fun)
                fo = self.ti.obj_of(f) if isinstance(f, N.Ident) else None
                if not (fo is not None and ti.obj_kind(fo) == "Builtin") and not self.ti.is_type_expr(f):
                    return True
            if isinstance(n, (N.AssignStmt, N.IncDecStmt)):
                for t in (n.lhs if isinstance(n, N.AssignStmt) else [n.x]):
                    t = unparen(t)
                    if isinstance(t, N.Ident):
                        continue
                    r = t
                    while isinstance(r, (N.SelectorExpr, N.IndexExpr, N.StarExpr, N.ParenExpr)):
                        r = r.x
                    if ro is None or not isinstance(r, N.Ident) or self.ti.obj_of(r) is ro:
                        return True
        return False

    def reassigned(self, body, o) -> bool:
        """Whether variable o itself (not an element or field of it) may be assigned in body
        (closures included) or have its address taken."""
        for n in self.walk(body):
            tgt = []
            if isinstance(n, N.AssignStmt):
                tgt = n.lhs
            elif isinstance(n, N.IncDecStmt):
                tgt = [n.x]
            elif isinstance(n, N.UnaryExpr) and n.op == "&":
                tgt = [n.x]
            elif isinstance(n, N.RangeStmt):
                tgt = [x for x in (n.key, n.value) if x is not None]
            for x in tgt:
                x = unparen(x)
                if isinstance(x, N.Ident) and self.ti.obj_of(x) is o:
                    return True
        return False

    def assigned_in_closure(self, body, o) -> bool:
        for n in self.walk(body):
            if isinstance(n, N.FuncLit) and self.mutates(n.body, o):
                return True
        return False

    def is_global_obj(self, o) -> bool:
        return o in self.pkg_objs

    def captured(self, body, o) -> bool:
        for n in self.walk(body):
            if isinstance(n, N.FuncLit):
                for m in self.walk(n.body):
                    if isinstance(m, N.Ident) and self.ti.obj_of(m) is o:
                        return True
        return False

    def s_ForStmt(self, s, label=None, idioms=True):
        if idioms and self.loop_idiom(s, label):
            return
        simple = self.simple_range_loop(s)
        if simple is not None:
            o, lo, hi = simple
            py = self.new_var(o)
            ctx = LoopCtx("loop", label)
            self.fs.loops.append(ctx)
            init_e, cond_y = s.init.rhs[0], s.cond.y
            if self.small(init_e) and self.small(cond_y):
                self.fs.__dict__.setdefault("small_vars", set()).add(o)
            c0 = self.ti.const_of(init_e)
            wraps = type(hi) is tuple  # i <= b, b maybe the maximum: i+1 may overflow
            # never negative: starts at a constant >= 0, or at v + 1 with v never negative
            # (n-body's `for j := i + 1; j < n; j++` inside `for i := 0; i < n; i++`: a
            # variable with that fact is a loop index below its bound, so v + 1 cannot wrap)
            ie = unparen(init_e)
            nonneg = (c0 is not None and int(c0) >= 0) or (
                isinstance(ie, N.BinaryExpr) and ie.op == "+" and self.has_fact("nonneg", ie.x)
                and self.ti.const_of(ie.y) is not None and int(self.ti.const_of(ie.y)) in (0, 1))
            facts = self.add_facts(([] if wraps else [("inc", o)]) +
                                   ([("nonneg", o)] if nonneg and not wraps else []))
            hoisted = self.hoist_slices(s.body)
            if wraps:
                self.emit(f"for {py} in ({hi[0]}):")
            else:
                self.emit(f"for {py} in range({lo}, {hi}):")
            self.indent += 1
            if self.contains(s.body, (N.ForStmt, N.RangeStmt)):
                self.emit(PREEMPT)  # outer loops poll; innermost bounded loops do not
            self.rebox([o])
            self.block(s.body.list)
            self.emit("pass")
            self.indent -= 1
            self.fs.loops.pop()
            self.unhoist(hoisted)
            self.drop_facts(facts)
            self.after_loop(ctx)
            return
        if s.init is not None:
            self.stmt(s.init)
        facts = self.add_facts(self.cond_facts(s.cond, s.body))
        post = []
        if s.post is not None:
            saved = self.out
            self.out = []
            saved_indent = self.indent
            self.indent = 0
            self.stmt(s.post)
            post = self.out
            self.out = saved
            self.indent = saved_indent
        # per-iteration copies of loop variables captured by closures (Go 1.22): the
        # next iteration's variable is made just before the post statement runs
        if isinstance(s.init, N.AssignStmt) and s.init.tok == ":=":
            fresh = []
            for l in s.init.lhs:
                o = self.ti.defs.get(l)
                if o is not None and o in self.fs.boxed:
                    py = self.fs.names[o]
                    fresh.append((0, self.line, f"{py} = _gBox({py}.v)"))
            post = fresh + post
        ctx = LoopCtx("loop", label, post)
        hoisted = self.hoist_slices([s.body, s.cond, s.post])
        cond = self.expr(s.cond) if s.cond is not None else "True"
        self.fs.loops.append(ctx)
        self.emit(f"while {cond}:")
        self.indent += 1
        self.emit(PREEMPT)  # every unbounded loop is a preemption point
        self.block(s.body.list)
        self.emit_post(post)
        self.emit("pass")
        self.indent -= 1
        self.fs.loops.pop()
        self.unhoist(hoisted)
        self.drop_facts(facts)
        self.after_loop(ctx)

    # -- integer facts for a loop's body: which +1/-1 cannot overflow, which indexes are
    # never negative (so the wrap or half of the bounds check is left out) ------------

    def add_facts(self, facts) -> list:
        table = self.fs.__dict__.setdefault("facts", {})
        added = []
        for kind, o in facts:
            if o is not None and (kind, o) not in table:
                table[(kind, o)] = True
                added.append((kind, o))
                py = self.fs.names.get(o)
                if py is not None and o not in self.fs.boxed:
                    table[(kind, py)] = True  # for checks built from Python text
                    added.append((kind, py))
        return added

    def drop_facts(self, added) -> None:
        table = self.fs.__dict__.get("facts", {})
        for f in added:
            table.pop(f, None)

    def has_fact(self, kind: str, e) -> bool:
        if self.fs is None:
            return False
        table = self.fs.__dict__.setdefault("facts", {})
        e = unparen(e)
        if not isinstance(e, N.Ident):
            return False
        o = self.ti.obj_of(e)
        if (kind, o) in table:
            return True
        if kind in ("inc", "dec") and o in getattr(self.fs, "counters", ()):
            return True
        return kind == "dec" and ("nonneg", o) in table

    def cond_facts(self, cond, body) -> list:
        """`for ...; a < b; ...` with a (b) never assigned in the body: a <= MaxInt-1 and
        b >= MinInt+1 all through the body and the post statement."""
        cond = unparen(cond) if cond is not None else None
        if not isinstance(cond, N.BinaryExpr) or cond.op not in ("<", ">"):
            return []
        if ti.kind_of(self.ti.type_of(cond.x)) not in INTS:
            return []
        lo, hi = (cond.x, cond.y) if cond.op == "<" else (cond.y, cond.x)
        out = []
        for kind, v in (("inc", unparen(lo)), ("dec", unparen(hi))):
            if isinstance(v, N.Ident):
                o = self.ti.obj_of(v)
                if o is not None and not self.mutates(body, o):
                    out.append((kind, o))
        return out

    def emit_post(self, post):
        for ind, gl, text in post:
            self.out.append((self.indent + ind, gl, text))

    def after_loop(self, ctx):
        """After a Python loop: propagate flagged breaks/continues to enclosing loops."""
        if ctx.flag:
            pass
        pending = getattr(ctx, "outer_jumps", [])
        for flag, target, kind in pending:
            # a jump to an outer construct passes through this loop
            self.emit(f"if {flag}:")
            self.indent += 1
            if target is self.nearest_python_loop():
                if target.kind in ("loop", "goto") and kind == "continue" and not getattr(target, "oneshot", False):
                    self.emit(f"{flag} = False")
                    self.emit_post(target.post)
                    self.emit("continue")
                else:
                    self.emit(f"{flag} = False")
                    self.emit("break")
            else:
                inner = self.nearest_python_loop()
                if inner is not None:
                    inner.outer_jumps = getattr(inner, "outer_jumps", [])
                    if (flag, target, kind) not in inner.outer_jumps:
                        inner.outer_jumps.append((flag, target, kind))
                self.emit("break")
            self.indent -= 1

    def nearest_python_loop(self):
        for c in reversed(self.fs.loops):
            if c.python_loop:
                return c
        return None

    def s_BranchStmt(self, s):
        tok = s.tok
        if tok == "fallthrough":
            return  # merged by the switch lowering
        if self.rangefunc_branch(s):
            return
        loops = self.fs.loops
        target = None
        if tok == "goto":
            g = self.fs.__dict__.get("goto_map", {}).get(s.label.name)
            if g is None:
                self.ice(s, "goto into a block gopherpy cannot lower yet")
            target, state, k = g
            self.emit(f"{state} = {k}")
            tok = "continue"
        elif s.label is not None:
            for c in reversed(loops):
                if c.label == s.label.name:
                    target = c
                    break
        else:
            for c in reversed(loops):
                if c.kind == "goto":
                    continue
                if tok == "continue" and c.kind != "loop":
                    continue
                target = c
                break
        if target is None:
            self.ice(s, f"{tok} target not found")
        inner = self.nearest_python_loop()
        if tok == "break" and target.kind == "switch" and not getattr(target, "oneshot", False):
            # a switch without a one-shot loop: there is nothing to leave (cannot happen)
            self.ice(s, "break out of switch without loop")
        if inner is target:
            if tok == "continue":
                self.emit_post(target.post)
                self.emit("continue")
            else:
                self.emit("break")
            return
        # leave several python loops: set a flag, break, and let each loop re-test it
        flag = f"_gj_{id(target) % 100000}_{tok}"
        fs = self.fs
        fs.used.add(flag)
        self.emit(f"{flag} = True")
        self.emit("break")
        inner.outer_jumps = getattr(inner, "outer_jumps", [])
        if (flag, target, tok) not in inner.outer_jumps:
            inner.outer_jumps.append((flag, target, tok))
        if not hasattr(fs, "flags"):
            fs.flags = set()
        if flag not in fs.flags:
            fs.flags.add(flag)
            # initialise the flag at function start
            self.out.insert(self.func_body_start(), (self.indent_base(), self.line, f"{flag} = False"))

    def func_body_start(self) -> int:
        return self.fs.body_start

    def indent_base(self) -> int:
        return self.fs.body_indent

    def s_RangeStmt(self, s, label=None):
        if self.loop_idiom(s, label):
            return
        xt = self.ti.type_of(s.x)
        k = ti.kind_of(xt)
        define = s.tok == ":="
        key = s.key if s.key is not None and not (isinstance(s.key, N.Ident) and s.key.name == "_") else None
        val = s.value if s.value is not None and not (isinstance(s.value, N.Ident) and s.value.name == "_") else None
        ctx = LoopCtx("loop", label)
        vt = None  # the value target evaluated before the key is assigned (range_pre_val)
        range_facts = []
        x = self.expr(s.x) if k not in ("int", "int8", "int16", "int32", "int64", "uint", "uint8",
                                         "uint16", "uint32", "uint64", "uintptr") or True else None
        # headers of the slices the body indexes, as for a for loop; the range statement
        # itself is walked so that `for i, v = range` assigning a slice variable counts
        hoisted = self.hoist_slices([s]) if k not in ("chan", "func") else []
        if k in INTS or ti.is_untyped(xt) and k in ("int",):
            it = self.direct_loop_var(key, define) or self.tmp("i")
            self.emit(f"for {it} in range({x}):")
            self.indent += 1
            ko = self.ti.defs.get(key) if define and key is not None else None
            if ko is not None and not self.mutates(s.body, ko):
                range_facts = self.add_facts([("inc", ko), ("nonneg", ko)])
            if key is not None and it.startswith("_gi"):
                vt = self.range_pre_val(val, define)
                self.range_assign(key, it, define)
        elif k == "slice" or k == "array" or (k == "ptr"):
            st = self.tmp()
            it = (self.direct_loop_var(key, define) if val is None or define else None) or self.tmp("i")
            if k == "slice":
                self.emit(f"{st} = {x}")
                n = f"{st}.len"
                item = f"{st}.a[{st}.off + {it}]"
            else:
                if k == "array" and val is not None:
                    self.emit(f"{st} = {self.copy_expr(x, xt)}")
                else:
                    self.emit(f"{st} = {x}")
                arr_t = xt if k == "array" else ti.elem(xt)
                n = str(ti.array_len(arr_t))
                item = f"{st}[{it}]"
            et = ti.elem(xt if k != "ptr" else ti.elem(xt))
            if val is None and k == "slice":
                self.emit(f"for {it} in range({n}):")
            elif val is not None and key is None and k == "slice":
                # common fast path: iterate values
                it2 = None
                if not self.range_copy_needed(s, val, et, define):
                    it2 = self.direct_loop_var(val, define)
                    if it2 is not None:
                        val = None  # the loop variable itself
                it2 = it2 or self.tmp("v")
                self.emit(f"for {it2} in ({st}.a[{st}.off:{st}.off + {st}.len] if {st}.a is not None else ()):")
                item = it2
            else:
                self.emit(f"for {it} in range({n}):")
            self.indent += 1
            if key is not None:
                vt = self.range_pre_val(val, define)
                if it.startswith("_gi"):
                    self.range_assign(key, it, define)
                ko = self.ti.defs.get(key) if define else None
                if ko is not None and not self.mutates(s.body, ko):
                    self.fs.__dict__.setdefault("small_vars", set()).add(ko)
                    range_facts = self.add_facts([("inc", ko), ("nonneg", ko)])
                    sx = unparen(s.x)
                    if k == "slice" and isinstance(sx, N.Ident):
                        so = self.ti.obj_of(sx)
                        if so is not None and so in self.fs.names and not self.reassigned(s.body, so) \
                                and so not in self.closure_assigned_vars():
                            # s[i] with i from `range s`: always in bounds
                            self.fs.__dict__.setdefault("safe_index", set()).add((ko, so))
            if val is not None:
                if self.range_copy_needed(s, val, et, define):
                    item = self.copy_expr(item, et)
                self.range_assign(val, item, define, vt)
        elif k == "string":
            it, r = self.tmp("i"), self.tmp("r")
            self.emit(f"for {it}, {r} in _gv.iterrunes({x}):")
            self.indent += 1
            if key is not None:
                vt = self.range_pre_val(val, define)
                self.range_assign(key, it, define)
            if val is not None:
                self.range_assign(val, r, define, vt)
        elif k == "map":
            m, kk = self.tmp(), self.tmp("k")
            self.emit(f"{m} = {x}")
            self.emit(f"for {kk} in _gv.mapiter({m}):")
            self.indent += 1
            self.emit(f"if {kk} not in {m}: continue")
            kt = ti.key(xt)
            kv = kk
            if ti.kind_of(kt) == "iface":
                kv = f"_grt.ifacekey_value({kk})"
            elif ti.kind_of(kt) == "array":
                kv = f"list({kk})"
            elif ti.kind_of(kt) == "ptr" and ti.kind_of(ti.elem(kt)) in ("struct", "array"):
                kv = f"({kk}.o if {kk} is not None else None)"
            if key is not None:
                vt = self.range_pre_val(val, define)
                self.range_assign(key, kv, define)
            if val is not None:
                self.range_assign(val, self.copy_expr(f"{m}[{kk}]", ti.elem(xt)), define, vt)
        elif k == "chan":
            # chanrange inlined: the buffered fast path, else chanrecv2 (runtime/chan.py)
            v, c, ok = self.tmp("v"), self.tmp(), self.tmp()
            self.emit(f"{c} = {x}")
            self.emit("while True:")
            self.indent += 1
            self.emit(f"if {c} is not None and {c}.buf and {c}.sendq.first is None: {v} = {c}.buf.popleft()")
            self.emit("else:")
            if self.yields():
                r = self.tmp()
                self.emit(f"    {r} = _gchan.chanrecv2({c}, 2)")
                self.emit(f"    if {r}.__class__ is not tuple:")
                self.emit("        yield")
                self.emit(f"        {r} = _gchan.recvd({c}, {r})")
                self.emit(f"    {v}, {ok} = {r}")
            else:
                self.emit(f"    {v}, {ok} = _gchan.chanrecv2({c})")
            self.emit(f"    if not {ok}: break")
            if key is not None:
                vt = self.range_pre_val(val, define)
                self.range_assign(key, v, define)
        elif k == "func":
            self.range_func(s, label, define, key, val, x, xt)
            return
        else:
            self.ice(s, f"range over {k}")
        self.fs.loops.append(ctx)
        if self.contains(s.body, (N.ForStmt, N.RangeStmt)) or k == "func":
            self.emit(PREEMPT)
        self.block(s.body.list)
        self.emit("pass")
        self.fs.loops.pop()
        self.unhoist(hoisted)
        self.drop_facts(range_facts)
        self.indent -= 1
        self.after_loop(ctx)

    def direct_loop_var(self, target, define):
        """The Python name of a `for k := range` variable that can be the Python loop
        variable itself (each iteration binds it anew, as Go 1.22's per-iteration
        variables; not when it lives in a Box), or None."""
        if not define or target is None or not isinstance(target, N.Ident):
            return None
        o = self.ti.defs.get(target)
        if o is None or self.is_taken(o):
            return None
        py = self.new_var(o)
        return py if not py.startswith("_gi") else None

    def range_pre_val(self, val, define):
        """`for k, x[k] = range ...`: the value's target operands are evaluated before k
        is assigned (the two assignments are one tuple assignment)."""
        if define or val is None or isinstance(unparen(val), N.Ident):
            return None
        tg, pre = self.lvalue(val, force=True)
        for p in pre:
            self.emit(p)
        return tg

    def range_assign(self, target, v: str, define: bool, tg=None):
        if tg is not None:
            self.store(target, tg, v)
            return
        if define:
            o = self.ti.defs.get(target)
            self.store_one(target, o, v, True)
        else:
            self.store_one(target, None, v, False)

    # -- range over function iterators (Go 1.23) ----------------------------------
    #
    #     _grxN = 0                        # how the body left the loop (see below)
    #     _grsN = False                    # the body returned false: no more calls
    #     def _grbN(k, v):                 # the loop body, a Python closure
    #         if _grsN: _gp.rangefunc_continued()
    #         <body>                        # break: _grsN = True; return False
    #         return True                   # continue: return True
    #     seq(_grbN)
    #     _grsN = True
    #     if _grxN == 1: <return>           # a return in the body (values already stored)
    #     elif _grxN == 2: <break L> ...    # a jump to a construct outside the body
    #
    # Loop variables are the body's parameters (one per iteration, as Go 1.22's); defer
    # in the body appends to the enclosing function's list, as Go runs such defers when
    # the function returns.

    def range_func(self, s, label, define, key, val, seq, seqt):
        from gopherpy.compile.state import FuncState
        outer = self.fs
        home = outer
        while getattr(home, "rf", None) is not None:
            home = home.rf["outer"]
        x, st = self.tmp("rx"), self.tmp("rs")
        self.emit(f"{x} = 0")
        self.emit(f"{st} = False")
        yt = ti.obj_type(ti.sig_params(seqt)[0])
        nparams = len(ti.sig_params(yt))
        top = home
        while top.parent is not None:
            top = top.parent
        top.nrange = getattr(top, "nrange", 0) + 1
        goname = f"{home.goname}-range{top.nrange}"
        py = self.tmp("rb")
        self.qualnames[self.qualname_prefix() + py] = goname
        bfs = FuncState(outer, goname)
        bfs.pyname = py
        bfs.body_node = s.body
        bfs.sig = None
        bfs.results = []
        bfs.result_types = []
        bfs.named_results = False
        bfs.has_defer = False
        bfs.rf = {"outer": outer, "home": home, "exit": x, "stop": st, "label": label,
                  "targets": {}}
        self.fs = bfs
        params = []
        pobjs = []
        stores = []
        for i, tgt in enumerate([key, val][:nparams]):
            if tgt is None or nparams <= i:
                params.append(f"_gp{i}")
                continue
            o = self.ti.defs.get(tgt) if define else None
            if o is not None:
                params.append(self.declare_local(o))
                pobjs.append(o)
            else:
                t = f"_gp{i}"
                params.append(t)
                stores.append((tgt, t))
        while len(params) < nparams:
            params.append(f"_gp{len(params)}")
        taken = self.address_taken(s.body) | self.periter_captured(s.body) | set(
            o for o in pobjs if self.captured(s.body, o))
        bfs.taken = taken
        self.emit(f"def {py}({', '.join(params)}):", self.goline(s))
        self.indent += 1
        start = len(self.out)
        bfs.body_start = start
        bfs.body_indent = self.indent
        self.emit(f"if {st}: _gp.rangefunc_continued()")
        for o in pobjs:
            if o in taken and not self.is_ref_kind(ti.obj_type(o)):
                bfs.boxed.add(o)
                pn = bfs.names[o]
                self.emit(f"{pn} = _gBox({pn})")
        for tgt, t in stores:
            self.store_one(tgt, None, t, False)
        ctx = LoopCtx("rangefunc", label)
        ctx.python_loop = False
        bfs.loops.append(ctx)
        self.block(s.body.list)
        bfs.loops.pop()
        self.emit("return True")
        bfs.nonlocals.add(st)
        decls = []
        if bfs.nonlocals:
            decls.append(f"nonlocal {', '.join(sorted(bfs.nonlocals))}")
        if bfs.globals:
            decls.append(f"global {', '.join(sorted(bfs.globals))}")
        for d in reversed(decls):
            self.out.insert(start, (self.indent, self.goline(s), d))
        self.indent -= 1
        self.fs = outer
        self.emit(f"{seq}({py})")
        self.emit(f"{st} = True")
        targets = bfs.rf["targets"]
        if bfs.rf.get("returns") or targets:
            first = True
            if bfs.rf.get("returns"):
                self.emit(f"if {x} == 1:")
                first = False
                self.indent += 1
                self.rangefunc_return(outer, home)
                self.indent -= 1
            for (tok, lab), k in targets.items():
                self.emit(f"{'if' if first else 'elif'} {x} == {k}:")
                first = False
                self.indent += 1
                self.s_BranchStmt(N.BranchStmt(s.pos(), tok, N.Ident(s.pos(), lab) if lab else None))
                self.emit("pass")
                self.indent -= 1

    def rangefunc_return(self, fs, home):
        """Leave function fs because a range-over-func body returned (values are stored)."""
        rf = getattr(fs, "rf", None)
        if rf is not None:
            # still inside another loop body: leave it too
            self.emit(f"{rf['exit']} = 1")
            self.emit(f"{rf['stop']} = True")
            self.note_assign(rf["exit"], rf["outer"])
            self.note_assign(rf["stop"], rf["outer"])
            rf["returns"] = True
            self.emit("return False")
            return
        if fs.has_defer:
            self.emit("_gp.deferreturn(_gdf)")
            self.emit(f"return {self.results_expr()}")
        elif fs.named_results:
            self.emit(f"return {self.results_expr()}")
        elif fs.results:
            self.emit(f"return {home.rv}")
        else:
            self.emit("return")

    def rangefunc_body_return(self, s):
        """`return` inside a range-over-func body: store the values in the enclosing
        function, then leave the body (and every body around it)."""
        fs = self.fs
        home = fs.rf["home"]
        res = s.results
        if res:
            if len(res) == len(home.results):
                vals = [self.value_to(r, t) for r, t in zip(res, home.result_types)]
            else:
                vals = [self.expr(res[0])]
            if home.has_defer or home.named_results:
                refs = []
                for i, name in enumerate(home.results):
                    boxed = any(py == name and o in home.boxed for o, py in home.names.items())
                    refs.append(name + ".v" if boxed else name)
                    if not boxed:
                        self.note_assign(name, home)
                lhs = ", ".join(refs)
                self.emit(f"{lhs} = {', '.join(vals)}" if len(vals) == len(refs) else f"{lhs} = {vals[0]}")
            else:
                if not hasattr(home, "rv"):
                    home.rv = self.tmp("rv")
                self.note_assign(home.rv, home)
                self.emit(f"{home.rv} = {vals[0] if len(vals) == 1 else '(' + ', '.join(vals) + ')'}")
        elif home.results and not (home.has_defer or home.named_results):
            pass  # a function with unnamed results always returns values
        self.rangefunc_return(fs, home)

    def rangefunc_branch(self, s) -> bool:
        """break/continue/goto inside a range-over-func body whose target is the loop or
        outside the body: leave the body (returning False or True). False if s is not one."""
        fs = self.fs
        rf = getattr(fs, "rf", None)
        if rf is None:
            return False
        tok, lab = s.tok, s.label.name if s.label is not None else None
        inner = [c for c in fs.loops if c.kind != "rangefunc"]
        if tok != "goto":
            if lab is not None and any(c.label == lab for c in inner):
                return False
            if lab is None and any(c.kind == "loop" or (tok == "break" and c.kind != "goto")
                                   for c in inner):
                return False
        elif lab in fs.__dict__.get("goto_map", {}):
            return False
        if tok != "goto" and (lab is None or lab == rf["label"]):
            if tok == "continue":
                self.emit("return True")
            else:
                self.emit(f"{rf['stop']} = True")
                self.emit("return False")
            return True
        k = rf["targets"].setdefault((tok, lab), len(rf["targets"]) + 2)
        self.emit(f"{rf['exit']} = {k}")
        self.emit(f"{rf['stop']} = True")
        self.note_assign(rf["exit"], rf["outer"])
        self.emit("return False")
        return True

    def s_SelectStmt(self, s, label=None):
        """select: the runtime's selectrecv (receives only, no default) or selectn
        (runtime/selectgo.py); the operands are evaluated once, in source order. A
        select with one case and no default is that channel operation, as gc compiles
        it (so a goroutine dump says "chan receive", not "select")."""
        ops, kinds, number, lines = [], [], {}, []
        has_default = False
        for i, cc in enumerate(s.body.list):
            comm = cc.comm
            if comm is None:
                has_default = True
                number[i] = -1
                continue
            number[i] = len(kinds)
            if isinstance(comm, N.SendStmt):
                kinds.append(1)
                ops.append((self.expr(comm.chan), self.value_to(comm.value, ti.elem(self.ti.type_of(comm.chan)))))
                lines.append(self.goline(comm))
            else:
                rx = comm.x if isinstance(comm, N.ExprStmt) else comm.rhs[0]
                rx = unparen(rx)
                kinds.append(2)
                ops.append((self.expr(rx.x), None))
                lines.append(self.goline(rx))
        idx, rv, ok = self.tmp(), self.tmp(), self.tmp()
        if not kinds and not has_default:
            self.emit("_gchan.selectgo([])")
        elif len(kinds) == 1 and not has_default:
            c, v = ops[0]
            self.setpos(s.body.list[0].comm)      # gc reports the case's line
            if kinds[0] == 1:
                self.emit_send(c, lambda: v)
                self.emit(f"{idx}, {rv}, {ok} = 0, None, False")
            else:
                t = self.tmp()
                self.emit(f"{t} = {c}")
                self.emit(f"{rv}, {ok} = {self.recv_text_of(t)}")
                self.emit(f"{idx} = 0")
        elif not has_default and all(k == 2 for k in kinds):
            # each operand on a physical line of its case's Go line: a panic evaluating
            # one (a nil dereference) reports that case's line, as gc does
            ch = "".join(f"{self.line_mark(ln)}{c}, " for (c, _), ln in zip(ops, lines))
            if self.yields():
                t, r = self.tmp(), self.tmp()
                self.emit(f"{t} = ({ch})")
                self.emit(f"{r} = _gchan.selectrecv({t}, False)")
                self.emit(f"if {r} is None: {r} = yield from _gchan.selectrecv_g({t})")
                self.emit(f"{idx}, {rv}, {ok} = {r}")
            else:
                self.emit(f"{idx}, {rv}, {ok} = _gchan.selectrecv(({ch}))")
        else:
            flat = "".join(f"{self.line_mark(ln)}{c}, {v if v is not None else 'None'}, "
                           for (c, v), ln in zip(ops, lines))
            if not has_default and self.yields():
                t, r = self.tmp(), self.tmp()
                self.emit(f"{t} = ({flat})")
                self.emit(f"{r} = _gchan.selectn({tuple(kinds)!r}, {t}, True, False)")
                self.emit(f"if {r} is None: {r} = yield from _gchan.selectn_g({tuple(kinds)!r}, {t})")
                self.emit(f"{idx}, {rv}, {ok} = {r}")
            else:
                self.emit(f"{idx}, {rv}, {ok} = _gchan.selectn({tuple(kinds)!r}, ({flat}), {not has_default})")
        ctx = LoopCtx("switch", label)
        oneshot = self.breaks_to([cc for cc in s.body.list], label)
        if oneshot:
            self.open_oneshot(ctx)
        self.fs.loops.append(ctx)
        for i, cc in enumerate(s.body.list):
            self.emit(f"{'if' if i == 0 else 'elif'} {idx} == {number[i]}:")
            self.indent += 1
            comm = cc.comm
            if isinstance(comm, N.AssignStmt):
                define = comm.tok == ":="
                if len(comm.lhs) >= 1:
                    self.range_assign(comm.lhs[0], rv, define)
                if len(comm.lhs) == 2:
                    self.range_assign(comm.lhs[1], ok, define)
            self.block(cc.body)
            self.emit("pass")
            self.indent -= 1
        self.fs.loops.pop()
        if oneshot:
            self.close_oneshot(ctx)


def _get(x, name):
    a = getattr(x, name)
    return a() if callable(a) else a
