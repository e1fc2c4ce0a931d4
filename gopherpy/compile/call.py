"""This file implements lowering of calls: functions, methods, closures, conversions and the built-in functions.

Arguments are converted to the parameter types (boxing, struct copies); a variadic
call packs the extra arguments into a slice; a call with several results returns a
tuple. Conversions follow the spec's rules for each pair of kinds.
"""

from __future__ import annotations

import re

from gopherpy.compile import typeinfo as ti
from gopherpy.compile.expr import COMPLEXES, FLOATS, INTS, is_simple, unparen, wrap_text
from gopherpy.compile.names import attr
from gopherpy.syntax import nodes as N

_INLINE_ARG = re.compile(r"[A-Za-z_][A-Za-z_0-9]*$|[0-9]+(\.[0-9]*)?$")  # inline_call's arguments


class CallMixin:

    def x_CallExpr(self, e):
        fun = unparen(e.fun)
        if self.ti.is_type_expr(fun):
            return self.conversion(e, self.ti.type_of(e) or self.ti.type_of(fun))
        if isinstance(fun, N.Ident):
            o = self.ti.obj_of(fun)
            if o is not None and ti.obj_kind(o) == "Builtin":
                return self.builtin(e, fun.name)
        if isinstance(fun, N.SelectorExpr):
            o = self.ti.obj_of(fun.sel)
            if o is not None and ti.obj_kind(o) == "Builtin":  # unsafe.Sizeof etc.
                return self.builtin(e, fun.sel.name)
        intr = self.intrinsic(fun, e)
        if intr is not None:
            return intr
        inl = self.inline_call(fun, e)
        if inl is not None:
            return inl
        ft = self.ti.type_of(fun)
        args = self.call_args(e, ft)
        # method call on a value: x.M(...) where M is a method of a non-struct named type
        if isinstance(fun, N.SelectorExpr):
            sel = self.ti.selections.get(fun)
            if sel is not None:
                kind = _get(sel, "kind")
                kname = str(kind).lower()
                if ("method" in kname and "expr" not in kname) or kind == 1:
                    return self.at_line(e.lparen, self.method_call(fun, sel, args))
        f = self.expr(fun)
        return self.at_line(e.lparen, f"{f}({args})")

    def intrinsic(self, fun, e):
        """Inline Python for a few standard-library functions whose Go result Python's own
        operation gives exactly (the call costs more than the work): math.Sqrt of a value
        >= 0 (else the package's function, for NaN and negatives), math.Abs."""
        if not isinstance(fun, N.SelectorExpr) or not isinstance(unparen(fun.x), N.Ident):
            return None
        o = self.ti.obj_of(unparen(fun.x))
        if o is None or ti.obj_kind(o) != "PkgName" or self.pkgname_path(o) != "math":
            return None
        name = fun.sel.name
        if name == "Sqrt" and len(e.args) == 1:
            if "from math import sqrt as _gsqrt" not in self.header:
                self.header.append("from math import sqrt as _gsqrt")
            x = self.value_to(e.args[0], _FLOAT64())
            t = x if is_simple(x) else self.tmp()
            tx = t if t == x else f"({t} := {x})"
            return f"(_gsqrt({t}) if {tx} >= 0.0 else {self.expr(fun)}({t}))"
        if name == "Abs" and len(e.args) == 1:
            return f"abs({self.value_to(e.args[0], _FLOAT64())})"  # fabs: the sign bit cleared
        return None

    def inline_call(self, fun, e):
        """The body of a leaf function of this package in place of its call, as gc inlines
        small functions: only `func f(p T, ...) R { return <expr> }` with numeric parameters
        and result whose expression reads nothing but its parameters and constants and
        cannot panic (no calls but numeric conversions, integer / and % by non-zero
        constants, constant shifts), called with variables or literals as arguments (each
        read where the body reads it: nothing runs in between). The call frame (a Python
        call costs about as much as such a body) is all that is saved: no panic, trace or
        runtime.Caller can see the difference. //go:noinline is honoured."""
        if not isinstance(fun, N.Ident) or self.fs is None:
            return None
        o = self.ti.obj_of(fun)
        d = self.plain_funcs.get(o) if o is not None else None
        if d is None:
            return None
        if o not in self.inlinable:
            self.inlinable[o] = self.inline_candidate(d)
        cand = self.inlinable[o]
        if cand is None or len(e.args) != len(cand[0]):
            return None
        params, body = cand
        if not all(isinstance(unparen(a), (N.Ident, N.BasicLit)) for a in e.args):
            return None
        mark = len(self.out)
        texts = []
        for a, p in zip(e.args, params):
            t = self.value_to(a, ti.obj_type(p))
            if not _INLINE_ARG.match(t) or len(self.out) != mark:
                del self.out[mark:]
                return None
            texts.append(t)
        names = self.fs.names
        for p, t in zip(params, texts):
            names[p] = t
        try:
            text = self.expr(body)
        finally:
            for p in params:
                names.pop(p, None)
        if len(self.out) != mark:  # the body needed statements: call it after all
            del self.out[mark:]
            return None
        return text

    def inline_candidate(self, d):
        """(parameter objects, result expression) if FuncDecl d can be inlined (see
        inline_call), else None."""
        if d.doc is not None and any("go:noinline" in c.text for c in d.doc.list):
            return None
        body = d.body.list
        if len(body) != 1 or not isinstance(body[0], N.ReturnStmt) or len(body[0].results) != 1:
            return None
        res = d.type.results
        if res is None or len(res.list) != 1 or len(res.list[0].names) > 1:
            return None
        numeric = (*INTS, *FLOATS)
        params = []
        for f in d.type.params.list:
            if not f.names:
                return None
            for n in f.names:
                p = self.ti.defs.get(n)
                if p is None or n.name == "_" or ti.kind_of(ti.obj_type(p)) not in numeric:
                    return None
                params.append(p)
        x = body[0].results[0]
        o = self.ti.defs.get(res.list[0].names[0]) if res.list[0].names else None
        rt = ti.obj_type(o) if o is not None else self.ti.type_of(res.list[0].type)
        if ti.kind_of(rt) not in numeric or self.ti.const_of(x) is not None \
                or ti.kind_of(self.ti.type_of(x)) != ti.kind_of(rt):
            return None
        pset = set(params)
        for n in self.walk(x):
            if isinstance(n, (list, N.ParenExpr)):
                continue
            if isinstance(n, N.Ident):
                no = self.ti.obj_of(n)
                if no is None or not (no in pset or ti.obj_kind(no) in ("Const", "TypeName")):
                    return None
                continue
            if isinstance(n, N.BasicLit):
                continue
            if isinstance(n, (N.UnaryExpr, N.BinaryExpr, N.CallExpr)):
                k = ti.kind_of(self.ti.type_of(n))
                if k not in numeric and k != "bool":
                    return None
            if isinstance(n, N.UnaryExpr):
                if n.op not in ("+", "-", "^", "!"):
                    return None
            elif isinstance(n, N.BinaryExpr):
                if n.op in ("/", "%", "<<", ">>") and ti.kind_of(self.ti.type_of(n)) in INTS:
                    c = self.ti.const_of(n.y)
                    if c is None or (n.op in ("/", "%") and int(c) == 0):
                        return None
                if n.op in ("==", "!=", "<", "<=", ">", ">="):
                    if ti.kind_of(self.ti.type_of(n.x)) not in numeric:
                        return None
            elif isinstance(n, N.CallExpr):
                if not self.ti.is_type_expr(unparen(n.fun)) or len(n.args) != 1 \
                        or not isinstance(unparen(n.fun), N.Ident) \
                        or ti.kind_of(self.ti.type_of(n.args[0])) not in numeric:
                    return None
            else:
                return None
        return params, x

    def method_selection(self, sel):
        """(method obj, index path, receiver type) of a method selection; in an instance of
        a generic function, a method selected on a type parameter is looked up again on
        the type argument (the constraint's method is not the one called)."""
        obj = _get(sel, "obj")
        path = list(_get(sel, "index"))
        raw = _get(sel, "recv")
        recv_t = ti.S(raw)
        if ti.SUBST and recv_t is not raw:
            r = raw if ti.kind_of(raw) != "ptr" else ti.elem(raw)
            if ti.kind_of(r) == "tparam" and ti.kind_of(recv_t) != "tparam":
                o2, idx2, _ = ti.lookup_method(recv_t, ti.obj_name(obj), ti.obj_pkg(obj))
                if o2 is not None:
                    obj, path = o2, list(idx2)
        return obj, path, recv_t

    def method_call(self, fun, sel, args: str) -> str:
        obj, path, recv_t = self.method_selection(sel)
        name = ti.obj_name(obj)
        fieldptr = None
        if len(path) > 1:
            base0 = self.field_path(self.expr(fun.x), recv_t, path[:-2])
            x = self.field_path(self.expr(fun.x), recv_t, path[:-1])
            lastf = x.rsplit(".", 1)[1]
            fieldptr = f"_gv.FieldPtr({base0}, {lastf!r})"
            t = recv_t
            for i in path[:-1]:
                if ti.kind_of(t) == "ptr":
                    t = ti.elem(t)
                t = ti.struct_fields(t)[i][1]
            recv_t = t
            xe = None
        else:
            x = None
            xe = fun.x
        rk = ti.kind_of(recv_t)
        hook = getattr(self, "recv_hook", None)
        if hook is not None:
            self.recv_hook = None  # receivers inside the receiver expression are not hooked
        if rk == "iface":
            x = x if x is not None else self.expr(xe)
            x = hook(x, False) if hook else x
            return f"{x}.{attr(name)}({args})"
        base = recv_t
        if rk == "ptr":
            base = ti.elem(recv_t)
        ginst = self.method_instance(obj, fun.sel, base) if rk != "tparam" else None
        if ti.kind_of(base) == "struct":
            x = x if x is not None else self.expr(xe)
            x = hook(x, rk != "ptr" and not self.ptr_recv(obj)) if hook else x
            if rk == "ptr" and not self.ptr_recv(obj):
                # a value method through a pointer reads *p: Go's nil check, even when
                # the method never uses its receiver
                x = f"({x} if {x} is not None else _gv.deref(None))" if is_simple(x) else f"_gv.deref({x})"
            if ginst is not None:
                return f"{ginst}({x}{', ' if args else ''}{args})"
            if ti.is_named(base):
                # static dispatch through the class: works for a nil *T receiver too
                cls = self.struct_class(base)
                sep = ", " if args else ""
                if obj in self.method_bodies and getattr(ti.unalias(base), "origin", None) is None \
                        and "." not in cls:
                    return f"_gmeth_{cls}_{attr(name)}({x}{sep}{args})"  # the module function
                return f"{cls}.{attr(name)}({x}{sep}{args})"
            return f"{x}.{attr(name)}({args})"
        if ti.kind_of(base) == "tparam":
            x = x if x is not None else self.expr(xe)
            x = hook(x, False) if hook else x
            return f"{x}.{attr(name)}({args})"
        fn = ginst or self.method_func_name(base, name)
        if self.ptr_recv(obj):
            if rk == "ptr":
                x = x if x is not None else self.expr(xe)
            else:
                x = self.addr_of(xe) if xe is not None else fieldptr
        else:
            x = x if x is not None else self.expr(xe)
            if rk == "ptr":
                x = f"{x}.v"
        x = hook(x, False) if hook else x
        sep = ", " if args else ""
        return f"{fn}({x}{sep}{args})"

    def call_args(self, e, ft) -> str:
        """The argument list text for a call of a function of type ft."""
        params = ti.sig_params(ft) if ft is not None and ti.kind_of(ft) == "func" else []
        variadic = ti.sig_variadic(ft) if params else False
        args = e.args
        if len(args) == 1 and ti.kind_of(self.ti.type_of(args[0])) == "tuple":
            # f(g()) with g returning several values: spread, converting each
            rtypes = [ti.obj_type(v) for v in ti.tuple_vars(self.ti.type_of(args[0]))]
            t = self.tmp()
            vals = []
            for i, st in enumerate(rtypes):
                x = f"(({t} := {self.expr(args[0])})[0])" if i == 0 else f"{t}[{i}]"
                if variadic and i >= len(params) - 1:
                    pt = ti.elem(ti.obj_type(params[-1]))
                else:
                    pt = ti.obj_type(params[i]) if i < len(params) else None
                if pt is not None and ti.kind_of(pt) == "iface":
                    x = self.box(x, st)
                vals.append(x)
            if variadic:
                np = len(params)
                fixed = vals[:np - 1]
                extra = vals[np - 1:]
                return ", ".join(fixed + [f"_gv.mkslice([{', '.join(extra)}])"])
            return ", ".join(vals)
        out = []
        np = len(params)
        for i, a in enumerate(args):
            if variadic and i >= np - 1:
                break
            pt = ti.obj_type(params[i]) if i < np else None
            out.append(self.value_to(a, pt) if pt is not None else self.expr(a))
        if variadic:
            st = ti.obj_type(params[-1])
            if e.ellipsis:
                out.append(self.expr(args[-1]))
            else:
                extra = args[np - 1:]
                if not extra:
                    out.append("_gv.NIL_SLICE")
                else:
                    et = ti.elem(st)
                    items = ", ".join(self.value_to(a, et) for a in extra)
                    if ti.kind_of(et) == "uint8":
                        out.append(f"_gv.mkslice(bytearray([{items}]))")
                    else:
                        out.append(f"_gv.mkslice([{items}])")
        return ", ".join(out)

    # -- conversions -------------------------------------------------------------

    def conversion(self, e, t) -> str:
        a = e.args[0]
        st = self.ti.type_of(a)
        c = self.ti.const_of(e)
        if c is not None:
            return self.expr(e)
        tk = ti.kind_of(t)
        sk = ti.kind_of(st)
        if sk == "untypednil":
            return self.zero_expr(t)
        x = self.expr(a)
        if tk == "iface":
            return self.box(x, st, fresh=self.is_fresh(a))
        if tk == "unsafeptr" or sk == "unsafeptr":
            # see runtime/addr.py: addresses and reinterpreting views
            m = self.need_mem()
            if tk == "unsafeptr":
                if sk == "ptr":
                    return f"{m}.up({x}, {self.rtype(ti.elem(st))})"
                if sk in INTS:
                    return f"{m}.from_addr({x})"
                return x
            if tk in INTS:
                return f"{m}.addr({x})"
            if tk == "ptr":
                return f"{m}.cast({x}, {self.rtype(ti.elem(t))})"
            return x
        if tk in INTS:
            if sk in INTS:
                sb, ss = INTS[sk]
                tb, ts = INTS[tk]
                if tb > sb and (ts or not ss) or (tb == sb and ts == ss):
                    return x
                return wrap_text(x, tk)
            if sk in FLOATS:
                return f"_gv.f2i({x}, _gv.wrap_{'int' if INTS[tk][1] else 'uint'}{INTS[tk][0]})"
            if sk == "tparam":
                return f"int({x})"
            return x
        if tk in FLOATS:
            if tk == "float32":
                if sk == "float32":
                    return x
                return f"_gv.f32({x})"
            return f"float({x})"
        if tk in COMPLEXES:
            if tk == "complex64":
                return f"_gv.c64({x})"
            return f"complex({x})"
        if tk == "string":
            if sk in INTS:
                return f"_gv.encoderune({x})"
            if sk == "slice":
                ek = ti.kind_of(ti.elem(st))
                if ek == "int32":
                    return f"_gv.runes_to_string({x})"
                return f"_gv.bytes_to_string({x})"
            return x
        if tk == "slice":
            if sk == "string":
                ek = ti.kind_of(ti.elem(t))
                if ek == "int32":
                    return f"_gv.string_to_runes({x})"
                if self.ti.const_of(a) is not None:
                    # gc allocates a constant string's bytes as an array of exactly its length
                    return f"_gv.mkbytes({x})"
                return f"_gv.string_to_bytes({x})"
            return x
        if tk == "array" and sk == "slice":
            n = ti.array_len(t)
            return f"_gv.slice_to_array({x}, {n})"
        if tk == "ptr" and sk == "slice":
            n = ti.array_len(ti.elem(t))
            return f"_gv.slice_to_arrayptr({x}, {n})"
        if tk in ("struct", "array") and not self.is_fresh(a):
            return self.copy_expr(x, t)
        if tk == "unsafeptr" and sk in INTS:
            return f"({x} or None)"  # unsafe.Pointer(uintptr(0)) is nil
        return x

    # -- built-ins -----------------------------------------------------------------

    def stack_slice(self, a) -> bool:
        """Whether append to `a` may use gc's stack buffer (see escape.py)."""
        a = unparen(a)
        if not isinstance(a, N.Ident):
            return False
        o = self.ti.obj_of(a)
        fs = self.fs
        if o is None or fs is None or o not in fs.names or getattr(fs, "body_node", None) is None:
            return False
        if o in fs.boxed:
            return False
        cache = fs.__dict__.setdefault("stack_slices", {})
        r = cache.get(o)
        if r is None:
            esc = getattr(self, "escape", None)
            if esc is None:
                from gopherpy.compile.escape import EscapeInfo
                esc = self.escape = EscapeInfo(self.ti, self.files)
            r = cache[o] = esc.stack_slice(fs.body_node, o)
        return r

    def spread_operands(self, call) -> list:
        """Operands standing for the results of multi-value call `call`, the only argument
        of a built-in (`copy(f())`): identifiers typed as the results, whose texts read a
        temporary that the first one assigns (Python evaluates arguments left to right)."""
        t = self.tmp()
        out = []
        for i, v in enumerate(ti.tuple_vars(self.ti.type_of(call))):
            x = N.Ident(call.pos(), "_")
            self.ti.record_value(x, ti.obj_type(v))
            self.override[x] = f"({t} := {self.expr(call)})[0]" if i == 0 else f"{t}[{i}]"
            out.append(x)
        return out

    def need_mem(self) -> str:
        """The name of runtime/addr.py in generated code (imported on first use)."""
        line = "from gopherpy.runtime import addr as _gmem"
        if line not in self.header:
            self.header.append(line)
        return "_gmem"

    def builtin(self, e, name: str) -> str:
        args = e.args
        if (len(args) == 1 and name not in ("print", "println")
                and ti.kind_of(self.ti.type_of(args[0])) == "tuple"):
            args = self.spread_operands(args[0])  # copy(f()), delete(f()), complex(f()) ...
        if name == "len":
            a = args[0]
            t = self.ti.type_of(a)
            k = ti.kind_of(t)
            x = self.expr(a)
            if k == "slice":
                return f"{x}.len"
            if k in ("array", "ptr"):
                n = ti.array_len(t if k == "array" else ti.elem(t))
                # not a constant: the operand has calls or receives, evaluated for effect
                return f"({x}, {n})[1]" if self.contains(a, (N.CallExpr, N.UnaryExpr)) else str(n)
            if k == "chan":
                return f"_gchan.chanlen({x})"
            return f"len({x})"
        if name == "cap":
            a = args[0]
            t = self.ti.type_of(a)
            k = ti.kind_of(t)
            x = self.expr(a)
            if k == "slice":
                return f"{x}.cap"
            if k in ("array", "ptr"):
                n = ti.array_len(t if k == "array" else ti.elem(t))
                return f"({x}, {n})[1]" if self.contains(a, (N.CallExpr, N.UnaryExpr)) else str(n)
            return f"_gchan.chancap({x})"
        if name == "append":
            st = self.ti.type_of(e)
            et = ti.elem(st)
            s = self.expr(args[0])
            rt = self.rtype(et)
            if e.ellipsis:
                src = args[1]
                if ti.kind_of(self.ti.type_of(src)) == "string":
                    return f"_gv.appendn({s}, {self.expr(src)}, {rt})"
                return f"_gv.appendslice({s}, {self.expr(src)}, {rt})"
            if len(args) == 1:
                return s
            sfx = "_stack" if self.stack_slice(args[0]) else ""
            if len(args) == 2:
                return f"_gv.append1{sfx}({s}, {self.value_to(args[1], et)}, {rt})"
            items = ", ".join(self.value_to(a, et) for a in args[1:])
            return f"_gv.appendn{sfx}({s}, [{items}], {rt})"
        if name == "make":
            t = self.ti.type_of(args[0])
            k = ti.kind_of(t)
            if k == "slice":
                n = self.expr(args[1])
                c = self.expr(args[2]) if len(args) > 2 else None
                rt = self.rtype(ti.elem(t))
                return f"_gv.makeslice({rt}, {n}{', ' + c if c else ''})"
            if k == "map":
                return "_gv.Map()"
            if k == "chan":
                n = self.expr(args[1]) if len(args) > 1 else "0"
                return f"_gchan.makechan({self.rtype(ti.elem(t))}, {n})"
        if name == "new":
            t = self.ti.type_of(args[0])
            if ti.kind_of(t) in ("struct", "array"):
                return self.zero_expr(t)
            return f"_gBox({self.zero_expr(t)})"
        if name == "delete":
            m = self.expr(args[0])
            mt = self.ti.type_of(args[0])
            k = self.mapkey(args[1], ti.key(mt), lookup=m)
            return f"{m}.pop({k}, None)"
        if name == "copy":
            return f"_gv.copyslice({self.expr(args[0])}, {self.expr(args[1])})"
        if name == "panic":
            return f"_gp.gopanic({self.value_to(args[0], _EMPTY_IFACE())})"
        if name == "recover":
            return "_gp.gorecover()"
        if name in ("print", "println"):
            parts = []
            if len(args) == 1 and ti.kind_of(self.ti.type_of(args[0])) == "tuple":
                # println(f()) with f returning several values
                t = self.tmp()
                vs = ti.tuple_vars(self.ti.type_of(args[0]))
                for i, v in enumerate(vs):
                    x = f"({t} := {self.expr(args[0])})[0]" if i == 0 else f"{t}[{i}]"
                    parts.append(f"({x}, {ti.kind_of(ti.obj_type(v))!r})")
                return f"_gprint.{name}_([{', '.join(parts)}])"
            for a in args:
                t = self.ti.type_of(a)
                parts.append(f"({self.expr(a)}, {ti.kind_of(t)!r})")
            return f"_gprint.{name}_([{', '.join(parts)}])"
        if name in ("min", "max"):
            t = self.ti.type_of(e)
            k = ti.kind_of(t)
            xs = ", ".join(self.expr(a) for a in args)
            if k in FLOATS:
                return f"_gv.f{name}({xs})"
            return f"{name}({xs})"
        if name == "clear":
            t = self.ti.type_of(args[0])
            x = self.expr(args[0])
            if ti.kind_of(t) == "map":
                return f"{x}.clear()"
            return f"_gv.clearslice({x}, {self.rtype(ti.elem(t))})"
        if name == "complex":
            t = self.ti.type_of(e)
            r = f"complex({self.expr(args[0])}, {self.expr(args[1])})"
            return r
        if name == "real":
            return f"{self.expr(args[0])}.real"
        if name == "imag":
            return f"{self.expr(args[0])}.imag"
        if name == "close":
            return f"_gchan.closechan({self.expr(args[0])})"
        if name in ("Sizeof", "Alignof", "Offsetof"):
            c = self.ti.const_of(e)
            if c is None:  # of a value of a type-parameter type: known per instance
                if name == "Offsetof":
                    sx = unparen(args[0])
                    sel = self.ti.selections[sx]
                    off = ti.offsetof(ti.S(_get(sel, "recv")), list(_get(sel, "index")))
                    return str(off)
                t = self.ti.type_of(args[0])
                r = self.rtype(t)
                return f"{r}.size" if name == "Sizeof" else f"{r}.align"
            return str(c)
        if name in ("Add", "Slice", "String", "StringData", "SliceData"):
            m = self.need_mem()
            xs = [self.expr(a) for a in args]
            if name == "Add":
                return f"{m}.add({xs[0]}, {xs[1]})"
            if name == "Slice":
                et = ti.elem(self.ti.type_of(args[0]))
                return f"{m}.unsafe_slice({xs[0]}, {xs[1]}, {self.rtype(et)})"
            if name == "String":
                return f"{m}.unsafe_string({xs[0]}, {xs[1]})"
            if name == "StringData":
                return f"{m}.string_data({xs[0]})"
            return f"{m}.slice_data({xs[0]})"
        self.ice(e, f"builtin {name}")


def _FLOAT64():
    from gopherpy.types2 import typs, universe
    return universe.TYP[typs.Float64]


def _EMPTY_IFACE():
    from gopherpy.types2 import typs
    return typs.EMPTY_IFACE


def _get(x, name):
    a = getattr(x, name)
    return a() if callable(a) else a
