"""This file implements loop idiom recognition: element-by-element loops over one slice or array that Python can do as one slice operation.

gc turns `for i := range s { s[i] = 0 }` into a memclr; here three idioms become bulk
list (or bytearray) operations, each guarded by a test that every index the loop would
touch is in bounds. When the test fails the ordinary loop runs instead, so a panic
happens at the same iteration with the same message as in Go.

    for i := range s { s[i] = c }                       fill (c a constant)
    for i := lo; i < hi; i++ { s[i] = s[i+k] }          shift left by constant k > 0
    for i, j := a, b; i < j; i, j = i+1, j-1 {          reverse s[a..b]
        s[i], s[j] = s[j], s[i]
    }

Only a local slice variable or a local array (not boxed) qualifies, the loop
variables must not be used elsewhere in the body (the bodies are exactly the
statements above), and the loop must have no label.
"""

from __future__ import annotations

from gopherpy.compile import typeinfo as ti
from gopherpy.compile.expr import INTS, is_simple, unparen
from gopherpy.syntax import nodes as N


class LoopOptMixin:

    def _local_seq(self, x):
        """(python name, kind) of a local, unboxed slice or array variable, else None."""
        x = unparen(x)
        if not isinstance(x, N.Ident):
            return None
        o = self.ti.obj_of(x)
        if o is None or o not in self.fs.names or o in self.fs.boxed:
            return None
        k = ti.kind_of(ti.obj_type(o))
        if k not in ("slice", "array"):
            return None
        return self.fs.names[o], k, o

    def _same_var(self, e, o) -> bool:
        e = unparen(e)
        return isinstance(e, N.Ident) and self.ti.obj_of(e) is o

    def _index_of(self, e, so, io, k=0) -> bool:
        """Whether e is s[i] (k == 0) or s[i+k] for the objects so, io."""
        e = unparen(e)
        if not isinstance(e, N.IndexExpr) or not self._same_var(e.x, so):
            return False
        ix = unparen(e.index)
        if k == 0:
            return self._same_var(ix, io)
        return (isinstance(ix, N.BinaryExpr) and ix.op == "+" and self._same_var(ix.x, io)
                and self.ti.const_of(ix.y) is not None and int(self.ti.const_of(ix.y)) == k)

    def _seq_parts(self, name, kind, o):
        """(backing list, offset, length) texts of slice/array variable name."""
        if kind == "slice":
            h = self.fs.__dict__.get("hoisted", {}).get(o)
            if h is not None:
                return h  # the loop-invariant header locals (hoist_slices)
            return f"{name}.a", f"{name}.off", f"{name}.len"
        return name, "0", str(ti.array_len(ti.obj_type(o)))

    def loop_idiom(self, s, label) -> bool:
        """Emit s as a guarded bulk operation if it is one of the idioms; True if done."""
        if label is not None or s.body is None or len(s.body.list) != 1:
            return False
        st = s.body.list[0]
        if not isinstance(st, N.AssignStmt) or st.tok != "=":
            return False
        if isinstance(s, N.RangeStmt):
            return self._fill_idiom(s, st)
        if len(st.lhs) == 2:
            return self._reverse_idiom(s, st)
        return self._shift_idiom(s, st)

    def _fill_idiom(self, s, st) -> bool:
        if s.tok != ":=" or s.value is not None or s.key is None or len(st.lhs) != 1:
            return False
        seq = self._local_seq(s.x)
        io = self.ti.defs.get(s.key)
        if seq is None or io is None or not self._index_of(st.lhs[0], seq[2], io):
            return False
        c = self.ti.const_of(st.rhs[0])
        et = ti.elem(ti.obj_type(seq[2]))
        if c is None or ti.kind_of(et) not in INTS and ti.kind_of(et) not in (
                "float32", "float64", "bool", "string"):
            return False
        name, kind, o = seq
        a, off, n = self._seq_parts(name, kind, o)
        v = self.value_to(st.rhs[0], et)
        self.emit(f"if {n}:")
        self.indent += 1
        if kind == "slice" and ti.kind_of(et) == "uint8":
            self.emit(f"{a}[{off}:{off} + {n}] = bytes([{v}]) * {n}")
        else:
            self.emit(f"{a}[{off}:{off} + {n}] = [{v}] * {n}")
        self.indent -= 1
        return True

    def _shift_idiom(self, s, st) -> bool:
        simple = self.simple_range_loop(s)
        if simple is None or len(st.lhs) != 1:
            return False
        io, lo, hi = simple
        if self.effects([s.init.rhs[0]]):
            return False  # lo is evaluated again by the fallback loop
        rhs = unparen(st.rhs[0])
        if not isinstance(rhs, N.IndexExpr):
            return False
        seq = self._local_seq(rhs.x)
        if seq is None:
            return False
        ix = unparen(rhs.index)
        if not (isinstance(ix, N.BinaryExpr) and ix.op == "+" and self.ti.const_of(ix.y) is not None):
            return False
        k = int(self.ti.const_of(ix.y))
        if k <= 0 or not self._index_of(rhs, seq[2], io, k) or not self._index_of(st.lhs[0], seq[2], io):
            return False
        name, kind, o = seq
        a, off, n = self._seq_parts(name, kind, o)
        tlo, thi = self.tmp(), self.tmp()
        self.emit(f"{tlo}, {thi} = {lo}, {hi}")
        self.emit(f"if 0 <= {tlo} < {thi} and {thi} + {k} <= {n}:")
        self.indent += 1
        self.emit(f"{a}[{off} + {tlo}:{off} + {thi}] = {a}[{off} + {tlo} + {k}:{off} + {thi} + {k}]")
        self.indent -= 1
        self.emit(f"elif {tlo} < {thi}:")
        self.indent += 1
        self.s_ForStmt(s, None, idioms=False)  # out of bounds somewhere: Go's panic
        self.indent -= 1
        return True

    def _reverse_idiom(self, s, st) -> bool:
        init, cond, post = s.init, s.cond, s.post
        if not (isinstance(init, N.AssignStmt) and init.tok == ":=" and len(init.lhs) == 2
                and isinstance(cond, N.BinaryExpr) and cond.op == "<"
                and isinstance(post, N.AssignStmt) and post.tok == "=" and len(post.lhs) == 2):
            return False
        if self.effects(init.rhs):
            return False  # evaluated again by the fallback loop
        io, jo = self.ti.defs.get(init.lhs[0]), self.ti.defs.get(init.lhs[1])
        if io is None or jo is None or ti.kind_of(ti.obj_type(io)) not in INTS:
            return False
        if not (self._same_var(cond.x, io) and self._same_var(cond.y, jo)):
            return False
        p0, p1 = unparen(post.rhs[0]), unparen(post.rhs[1])
        if not (self._same_var(post.lhs[0], io) and self._same_var(post.lhs[1], jo)
                and isinstance(p0, N.BinaryExpr) and p0.op == "+" and self._same_var(p0.x, io)
                and self.ti.const_of(p0.y) == 1
                and isinstance(p1, N.BinaryExpr) and p1.op == "-" and self._same_var(p1.x, jo)
                and self.ti.const_of(p1.y) == 1):
            return False
        l0 = unparen(st.lhs[0])
        seq = self._local_seq(l0.x) if isinstance(l0, N.IndexExpr) else None
        if seq is None:
            return False
        so = seq[2]
        if not (self._index_of(st.lhs[0], so, io) and self._index_of(st.lhs[1], so, jo)
                and self._index_of(st.rhs[0], so, jo) and self._index_of(st.rhs[1], so, io)):
            return False
        name, kind, o = seq
        a, off, n = self._seq_parts(name, kind, o)
        vi = self.value_to(init.rhs[0], ti.obj_type(io))
        vj = self.value_to(init.rhs[1], ti.obj_type(jo))
        ti_ = vi if is_simple(vi) else self.tmp()
        tj = vj if is_simple(vj) else self.tmp()
        if ti_ != vi and tj != vj:
            self.emit(f"{ti_}, {tj} = {vi}, {vj}")
        elif ti_ != vi:
            self.emit(f"{ti_} = {vi}")
        elif tj != vj:
            self.emit(f"{tj} = {vj}")
        c0 = self.ti.const_of(init.rhs[0])
        self.emit(f"if {ti_} < {tj} < {n}:" if c0 is not None and int(c0) >= 0
                  else f"if 0 <= {ti_} < {tj} < {n}:")
        self.indent += 1
        # one reversed slice (a step of -1; a stop of None when the run starts at 0)
        # instead of a slice and its reversed copy
        self.emit(f"{a}[{off} + {ti_}:{off} + {tj} + 1] = "
                  f"{a}[{off} + {tj}:{off} + {ti_} - 1 if {off} + {ti_} else None:-1]")
        self.indent -= 1
        self.emit(f"elif {ti_} < {tj}:")
        self.indent += 1
        self.s_ForStmt(s, None, idioms=False)
        self.indent -= 1
        return True
