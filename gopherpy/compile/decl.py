"""This file implements lowering of declarations: types (struct classes, box classes, rtype constants), functions, methods and package variables.

Layout of a compiled package module (all chunks run in one namespace dict):
  header     imports of runtime modules under reserved `_g` names and of imported packages
  rtypes     `_gT<n> = _grt.slice_of(...)` constants, one per distinct type needed
  classes    one class per struct type (named: the mangled Go name; unnamed: `_gS<n>`),
             with __slots__, __init__ (zero defaults), _copy, __eq__/__hash__
  per file   functions as `def`, methods as class members (struct types) or module
             functions `_gm_<T>_<M>` (other named types), plus box classes
  init       package variables in the checker's init order, then init() functions
"""

from __future__ import annotations

from gopherpy.compile import typeinfo as ti
from gopherpy.compile.names import attr, mangle, symprefix
from gopherpy.compile.expr import unparen
from gopherpy.compile.foreign import scan_generic_decls
from gopherpy.syntax import nodes as N

HEADER = [
    "from gopherpy.runtime import values as _gv, rtype as _grt, panic as _gp",
    "from gopherpy.runtime.values import Slice as _gSlice, Box as _gBox",
    "from gopherpy.compile.loader import load_package as _gload",
    "from gopherpy.compile import rtsupport as _gprint, rtsupport as _gchan",
    "from gopherpy.runtime import proc as _gproc",
    "_grtypes = {}",
]


class DeclMixin:

    # -- package objects -------------------------------------------------------

    def collect_package_objects(self):
        self.header = list(HEADER)
        self.method_funcs = {}   # (named type obj, method name) -> python function name
        self.generic_funcs = {}  # Func obj -> FuncDecl of a generic function
        self.generic_methods = {}  # TypeName obj of a generic type -> [method FuncDecls]
        self.gmethod_decls = {}  # Func obj of a method with its own type parameters -> FuncDecl
        self.instances_done = {}  # (obj, type-args key) -> python name
        self.pending = []        # instances still to compile
        self.type_instances = {}  # type key of a non-struct generic instance -> its number
        self.method_bodies = set()  # methods of this package's types that have a Go body
        self.plain_funcs = {}    # Func obj -> FuncDecl of a non-generic function with a body
        self.inlinable = {}      # Func obj -> (param objs, result expr) or None (inline_call)
        self.light_lits = {}     # body of a `go func(){}()` literal -> compiled as a generator
        self.light_funcs = {}    # func obj -> its generator twin's name (find_light_funcs)
        self.type_names = {}     # TypeName obj -> python class/name for named types
        self.local_type_count = 0
        self.local_types = {}    # TypeName obj of a type declared in a function -> class name
        # class name of a local type -> (gc's number for it, the enclosing generic
        # function's type arguments when it was declared): see rt_name
        self.local_type_info = {}
        self.local_vargen = {}   # TypeName obj of a local type -> gc's number (·N)
        for f in self.files:
            for imp in f.imports:
                path = imp.path.value.strip('"`')
                if path not in self.imports:
                    py = "_gi_" + path.replace("/", "_").replace(".", "_").replace("-", "_")
                    self.imports[path] = py
                    if path == "unsafe":
                        continue
                    self.header.append(f"{py} = _gload({path!r})")
            for d in f.decls:
                if isinstance(d, N.FuncDecl):
                    if d.recv is not None and not _own_tparams(d):
                        rt0 = d.recv.list[0].type
                        rb = rt0.x if isinstance(rt0, N.StarExpr) else rt0
                        if not isinstance(rb, (N.IndexExpr, N.IndexListExpr)) and d.body is not None:
                            mo = self.ti.defs.get(d.name)
                            if mo is not None:
                                self.method_bodies.add(mo)  # compiled to _gmeth_T_M
                    if d.recv is None:
                        o = self.ti.defs.get(d.name)
                        if o is not None and d.name.name not in ("init", "_"):
                            self.pkg_objs[o] = mangle(d.name.name)
                            if d.body is not None and d.type.type_params is None:
                                self.plain_funcs[o] = d  # candidates for call.inline_call
                elif isinstance(d, N.GenDecl) and d.tok in ("var", "const"):
                    for s in d.specs:
                        for n in s.names:
                            o = self.ti.defs.get(n)
                            if o is not None and n.name != "_":
                                self.pkg_objs[o] = mangle(n.name)
                elif isinstance(d, N.GenDecl) and d.tok == "type":
                    for s in d.specs:
                        o = self.ti.defs.get(s.name)
                        if o is not None:
                            self.pkg_objs[o] = mangle(s.name.name)
                            self.type_names[o] = mangle(s.name.name)
        scan_generic_decls(self.ti, self.files, self.generic_funcs, self.gmethod_decls, self.generic_methods)

        self.number_local_types()
        self.find_light_funcs()

    def find_light_funcs(self):
        """The package's functions started by `go F(...)` that park on channel operations
        of their own body get a generator twin (light_funcs: obj -> its Python name),
        which the go statements start as light goroutines (see FuncState.gen). Not for
        functions declaring types (the twin would declare them a second time: two types)
        or marked //go:uintptrescapes."""
        targets = set()
        for f in self.files:
            for n in self.walk(f.decls):
                if isinstance(n, N.GoStmt):
                    fun = n.call.fun
                    while isinstance(fun, N.ParenExpr):
                        fun = fun.x
                    if isinstance(fun, N.Ident):
                        o = self.ti.uses.get(fun)
                        if o is not None and o in self.plain_funcs:
                            targets.add(o)
        for o in targets:
            d = self.plain_funcs[o]
            if d.doc is not None and any("go:" in c.text for c in d.doc.list):
                continue
            if self.parks_itself(d.body):
                self.light_funcs[o] = "_glt_" + self.pkg_objs[o]

    def parks_itself(self, body) -> bool:
        """Whether a function body has channel operations of its own (not inside its
        function literals) and declares no type anywhere."""
        if any(isinstance(n, N.DeclStmt) and n.decl.tok == "type" for n in self.walk(body)):
            return False
        stack = [body]
        while stack:
            n = stack.pop()
            if isinstance(n, list):
                stack.extend(n)
                continue
            if isinstance(n, (N.SendStmt, N.SelectStmt)) or (
                    isinstance(n, N.UnaryExpr) and n.op == "<-") or (
                    isinstance(n, N.RangeStmt) and ti.kind_of(self.ti.type_of(n.x)) == "chan"):
                return True
            for fl in getattr(n, "__slots__", ()):
                v = getattr(n, fl, None)
                if isinstance(v, (N.Node, list)) and not isinstance(v, N.FuncLit):
                    stack.append(v)
        return False

    def number_local_types(self):
        """gc numbers the types declared inside functions 1, 2, ... through the package
        in source order; a local type inside an instance's type arguments is spelt with
        its number (`main.G[main.A·1]`)."""
        specs = []
        for f in self.files:
            for d in f.decls:
                if isinstance(d, N.FuncDecl) and d.body is not None:
                    for n in self.walk(d.body):
                        if isinstance(n, N.TypeSpec) and not n.assign:
                            specs.append(n)
        specs.sort(key=lambda n: n.pos())
        for i, n in enumerate(specs):
            o = self.ti.defs.get(n.name)
            if o is not None:
                self.local_vargen[o] = i + 1

    # -- types -----------------------------------------------------------------

    def declare_type_spec(self, s: N.TypeSpec, fs):
        """Emit the class (struct types) and the rtype constant of a declared type."""
        o = self.ti.defs.get(s.name)
        if o is None:
            return
        if s.assign:  # alias
            return
        generic = s.type_params is not None and s.type_params.list
        if fs is not None:
            # one type per declaration executed: per instance of an enclosing generic
            # function, whose type arguments are then part of the type's name
            self.local_type_count += 1
            py = f"_gLT{self.local_type_count}_{mangle(s.name.name)}"
            self.local_types[o] = py
            self.local_type_info[py] = (self.local_vargen.get(o, 0), list(ti.SUBST.values()))
            if generic:
                return
            self.type_names[o] = py
            fs.names[o] = py
        if generic:
            # Generic types are instantiated on use (struct_class of each instance).
            return
        t = ti.obj_type(o)
        py = self.type_names.get(o) or mangle(s.name.name)
        k = ti.kind_of(t)
        if k == "struct":
            self.struct_class(t, py, named=True)
        if fs is None:
            # every package-level type has its rtype in _grtypes, where importers look
            # it up (hash.Cloner, say, is used only by other packages)
            self.rtype(t)

    def struct_class(self, t, py: str | None = None, named: bool = False) -> str:
        """The Python class for struct type t (emitted once)."""
        key = self.type_key(t)
        c = self.classes.get(key)
        if c is not None:
            return c
        if ti.is_named(t) and getattr(ti.unalias(t), "origin", None) is None:
            o = ti.named_obj(t)
            path = ti.pkg_path(ti.obj_pkg(o))
            if path and path != self.pkgpath:
                # a struct type of another package: that package's class
                mod = self.imports.get(path)
                if mod is None:
                    mod = f"_gload({path!r})"
                c = f"{mod}.{mangle(ti.obj_name(o))}"
                self.classes[key] = c
                return c
        if ti.is_named(t) and getattr(ti.unalias(t), "origin", None) is None:
            # a named struct type of this package: its class has the Go name, wherever
            # it is first needed from
            tn = self.type_names.get(ti.named_obj(t))
            if tn is not None:
                py = tn
                named = True
        if py is None:
            py = f"_gS{len(self.classes)}"
        self.classes[key] = py
        fields = ti.struct_fields(t)
        # built apart, then appended: field zero values may emit other classes meanwhile
        L = []
        L.append((0, 1, f"class {py}:"))
        names = [attr(f[0]) if f[0] != "_" else f"_gblank{i}" for i, f in enumerate(fields)]  # see rtype()
        L.append((1, 1, f"__slots__ = ({''.join(repr(n) + ', ' for n in names)})"))
        args = []
        body = []
        for n, (fname, ft, emb, tag) in zip(names, fields):
            z = self.zero_expr(ft)
            if self.zero_is_const(ft):
                args.append(f"{n}={z}")
                body.append(f"self.{n} = {n}")
            else:
                # the zero value through the field type's rtype: a parameter may shadow
                # the class name (embedded field S1 of type S1)
                args.append(f"{n}=None")
                body.append(f"self.{n} = {self.rtype(ft)}.zero() if {n} is None else {n}")
        L.append((1, 1, f"def __init__(self, {', '.join(args)}):" if args else "def __init__(self):"))
        for b in body or ["pass"]:
            L.append((2, 1, b))
        L.append((1, 1, "def _copy(self):"))
        L.append((2, 1, f"_gn = {py}.__new__({py})"))
        for n, (fname, ft, emb, tag) in zip(names, fields):
            L.append((2, 1, f"_gn.{n} = {self.copy_expr('self.' + n, ft)}"))
        L.append((2, 1, "return _gn"))
        L.append((1, 1, "def __eq__(self, o):"))
        conds = []
        for n, (fname, ft, emb, tag) in zip(names, fields):
            if fname == "_":
                continue
            conds.append(self.eq_expr(f"self.{n}", f"o.{n}", ft))
        L.append((2, 1, "return " + (" and ".join(conds) if conds else "True")))
        L.append((1, 1, "def __hash__(self):"))
        hs = [f"_gv.mapkey_copy(self.{n})" for n, f in zip(names, fields) if f[0] != "_"]
        L.append((2, 1, f"return hash(({''.join(h + ', ' for h in hs)}))"))
        L.append((1, 1, "_rtype = None"))
        if not fields:
            # zero-size values all live at one address in Go (runtime.zerobase): one object
            L.append((1, 1, "def __new__(cls): return cls._gone"))
            L.append((0, 1, f"{py}._gone = object.__new__({py})"))
        self.class_lines.extend(L)
        # rtype: pointer-to-struct for named, plain struct elsewhere
        rt = self.rtype(t)
        self.rtype_post.append(f"{rt}.cls = {py}")
        self.rtype_post.append(f"{py}._rtype = _grt.ptr_to({rt})")
        self.rtype_post.append(f"{py}._gstruct = {rt}")
        if named:
            self.promoted_methods(t, py)
        elif ti.is_named(t) and getattr(ti.unalias(t), "origin", None) is not None:
            self.instantiate_methods(t, py)
            self.promoted_methods(t, py)
        elif any(f[2] for f in fields):
            self.promoted_methods(t, py)  # struct literal type with embedded fields
        return py

    # -- generics: one compiled copy per instantiation ---------------------------

    def instance_key(self, targs) -> str:
        return ",".join(self.type_key(ti.S(a)) for a in targs)  # (local types differ)

    def func_instance(self, obj, targs) -> str:
        """The python name of generic function obj instantiated with targs (compiled later)."""
        targs = [ti.S(a) for a in targs]
        key = (obj, self.instance_key(targs))
        py = self.instances_done.get(key)
        if py is None:
            py = f"_ginst{len(self.instances_done)}_{mangle(ti.obj_name(obj))}"
            self.instances_done[key] = py
            d = self.generic_funcs[obj]
            sig = ti.obj_type_raw(obj)  # its own type parameters, not substituted
            tps = list(getattr(sig, "type_params", []) or [])
            smap = dict(zip(tps, targs))
            self.pending.append(("func", d, obj, py, smap, targs))
        return py

    def method_instance(self, obj, sel_ident, recv_base):
        """The python name of the copy of generic method obj (a method with its own type
        parameters, go1.27) for the type arguments recorded at sel_ident and the receiver
        base type recv_base (compiled later, like a generic function's instance); None if
        obj is not such a method of this package. A generic method never implements an
        interface method, so it is only ever called through such a copy."""
        m0 = getattr(obj, "origin", None) or obj
        self.foreign_pkg(m0)
        d = self.gmethod_decls.get(m0)
        inst = self.ti.instances.get(sel_ident)
        if d is None or inst is None:
            return None
        targs = [ti.S(a) for a in inst.type_args]
        rb = ti.unalias(ti.S(recv_base))
        rtargs = [ti.S(a) for a in (getattr(rb, "type_args", None) or [])]
        key = (m0, self.type_key(rb), self.instance_key(targs))
        py = self.instances_done.get(key)
        if py is None:
            py = f"_ginst{len(self.instances_done)}_{mangle(ti.obj_name(m0))}"
            self.instances_done[key] = py
            sig0 = ti.obj_type_raw(m0)
            smap = dict(zip(list(getattr(sig0, "type_params", []) or []), targs))
            smap.update(zip(list(getattr(sig0, "recv_type_params", []) or []), rtargs))
            self.pending.append(("gmethod", d, m0, py, smap, (None, rb)))
        return py

    def instantiate_methods(self, t, cls, prefix=None):
        """Queue the methods of generic type instance t: members of struct class cls, or
        module functions prefix+name for a non-struct type."""
        n = ti.unalias(t)
        origin = n.origin
        tobj = ti.named_obj(origin)
        targs = list(n.type_args)
        self.foreign_pkg(tobj)
        self.native_generic_methods(tobj, cls)
        for d in self.generic_methods.get(tobj, []):
            if _own_tparams(d):
                continue  # compiled per instantiation (method_instance)
            mo = self.ti.defs.get(d.name)
            sig = ti.obj_type_raw(mo) if mo is not None else None
            rtps = list(getattr(sig, "recv_type_params", []) or [])
            smap = dict(zip(rtps, [ti.S(a) for a in targs]))
            py = f"_gmeth_{cls}_{attr(d.name.name)}" if cls is not None else prefix + d.name.name
            self.pending.append(("method", d, mo, py, smap, (cls, n)))

    def native_generic_methods(self, tobj, cls):
        """Bind the body-less methods of generic type tobj (natives `T_M` of its package) on instance class cls."""
        import importlib
        import os
        path = ti.pkg_path(ti.obj_pkg(tobj))
        if not path:
            return
        from gopherpy.compile.loader import LIBDIR
        if not os.path.exists(os.path.join(LIBDIR, *path.split("/"), "native.py")):
            return
        try:
            nat = importlib.import_module("gopherpy.lib." + path.replace("/", ".") + ".native")
        except ImportError:
            return
        prefix = ti.obj_name(tobj) + "_"
        for a in sorted(vars(nat)):
            if a.startswith(prefix) and callable(getattr(nat, a)):
                self.rtype_post.append(
                    f"{cls}.{attr(a[len(prefix):])} = _gload_native({path!r}).{a}")
                if not any(h.startswith("from gopherpy.compile.loader import load_native") for h in self.header):
                    self.header.append("from gopherpy.compile.loader import load_native as _gload_native")

    def compile_pending(self):
        """Compile queued instances (which may queue more) at module level."""
        saved_fs, saved_indent = self.fs, self.indent
        while self.pending:
            kind, d, obj, py, smap, extra = self.pending.pop(0)
            old = dict(ti.SUBST)
            ti.SUBST.clear()
            ti.SUBST.update(smap)
            self.fs = None
            self.indent = 0
            try:
                with self.decl_context(d):
                    self.compile_instance(kind, d, obj, py, extra)
            finally:
                ti.SUBST.clear()
                ti.SUBST.update(old)
        self.fs, self.indent = saved_fs, saved_indent

    def compile_instance(self, kind, d, obj, py, extra):
        """Compile one queued instance (compile_pending)."""
        if kind == "func":
            goname = f"{self.symprefix}.{d.name.name}[...]"
            self.qualnames[py] = goname
            self.function(d.type, d.body, py, goname, obj, None, None)
        else:
            cls, n = extra
            rf = d.recv.list[0]
            isptr = isinstance(rf.type, N.StarExpr)
            recv_obj = self.ti.defs.get(rf.names[0]) if rf.names else None
            tn = ti.obj_name(ti.named_obj(n)) + ("[...]" if kind == "method" or getattr(n, "type_args", None) else "")
            goname = f"{self.symprefix}.{'(*' + tn + ')' if isptr else tn}.{d.name.name}"
            if kind == "gmethod":
                goname += "[...]"
            self.qualnames[py] = goname
            self.function(d.type, d.body, py, goname, obj, recv_obj, (n, isptr))
            if cls is not None:
                self.emit(f"{cls}.{attr(d.name.name)} = {py}")

    def promoted_methods(self, t, py):
        """Forwarders on the struct class (and its box classes) for the methods promoted
        from embedded fields at any depth, and the method sets of T and *T in the rtypes."""
        rt = self.rtype(t)
        tprefix = None
        if ti.is_named(t):
            # gc's names of the wrappers: main.S.M (value method set), main.(*S).M
            tobj = ti.named_obj(t)
            tn = ti.obj_name(tobj) + ("[...]" if getattr(ti.unalias(t), "origin", None) is not None else "")
            tprefix = (symprefix(ti.pkg_path(ti.obj_pkg(tobj)) or self.pkgpath), tn)
        for m, mo, path, in_value_set in ti.promoted_methods(t):
            a = attr(m)
            recv, parent, last, cur = "self", None, None, t
            for i in path[:-1]:
                if ti.kind_of(cur) == "ptr":
                    cur = ti.elem(cur)
                fname, ft, emb, tag = ti.struct_fields(cur)[i]
                parent, last = recv, attr(fname)
                recv = f"{recv}.{last}"
                cur = ft
            isptr = ti.kind_of(cur) == "ptr" and not ti.is_named(cur)
            base = ti.elem(cur) if isptr else cur
            bk = ti.kind_of(base)
            if bk == "iface":
                call = f"{recv}.{a}(*a)"
            elif bk == "struct":
                call = f"{self.struct_class(base)}.{a}({recv}, *a)"
            else:
                fn = self.method_func_name(base, m)
                if self.ptr_recv(mo):
                    r = recv if isptr else f"_gv.FieldPtr({parent}, {last!r})"
                else:
                    r = (f"_gv.deref({recv})" if bk == "array" else f"{recv}.v") if isptr else recv
                call = f"{fn}({r}, *a)"
            fwd = f"_gpm_{py.replace('.', '_')}_{a}"
            if tprefix is not None:
                pfx, tn = tprefix
                self.wrapnames[fwd] = f"{pfx}.{tn}.{m}" if in_value_set else f"{pfx}.(*{tn}).{m}"
            # after every box class exists (rtype_final runs last)
            fin = self.rtype_final
            fin.append(f"def {fwd}(self, *a): return {call}")
            fin.append(f"{py}.{a} = {fwd}")
            fin.append(f"_grt.ptr_to({rt}).methods[{m!r}] = {a!r}")
            fin.append(f"_grt.ptr_to({rt}).box.{a} = lambda self, *a: {fwd}(self.v, *a)")
            if in_value_set:
                fin.append(f"{rt}.methods[{m!r}] = {a!r}")
                fin.append(f"{rt}.box.{a} = lambda self, *a: {fwd}(self.v, *a)")

    def method_func_name(self, t, m: str) -> str:
        """The module function implementing method m of non-struct named type t (another
        package's: through that package's module); for an instance of a generic type, its
        own compiled copy (queued on first use)."""
        t = ti.unalias(t)
        origin = getattr(t, "origin", None)
        tobj = ti.named_obj(origin if origin is not None else t)
        tn = self.type_names.get(tobj)
        if origin is None:
            if tn is None:
                tn = mangle(ti.obj_name(tobj))
                path = ti.pkg_path(ti.obj_pkg(tobj))
                if path and path != self.pkgpath and tobj not in self.local_types:
                    # a method of another package's type: that package's function
                    mod = self.imports.get(path) or f"_gload({path!r})"
                    return f"{mod}._gm_{tn}_{m}"
            return f"_gm_{tn}_{m}"
        tn = tn or mangle(ti.obj_name(tobj))
        key = self.type_key(t)
        idx = self.type_instances.get(key)
        if idx is None:
            idx = self.type_instances[key] = len(self.type_instances)
            self.instantiate_methods(t, None, f"_gm_{tn}_{idx}_")
        return f"_gm_{tn}_{idx}_{m}"

    # -- value helpers -----------------------------------------------------------

    def zero_is_const(self, t) -> bool:
        return ti.kind_of(t) not in ("struct", "array")

    def zero_expr(self, t) -> str:
        k = ti.kind_of(t)
        if k in ("int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                 "uint64", "uintptr"):
            return "0"
        if k in ("float32", "float64"):
            return "0.0"
        if k in ("complex64", "complex128"):
            return "0j"
        if k == "string":
            return "b''"
        if k == "bool":
            return "False"
        if k == "slice":
            return "_gv.NIL_SLICE"
        if k == "map":
            return "_gv.NIL_MAP"
        if k == "struct":
            return f"{self.struct_class(t)}()"
        if k == "array":
            n = ti.array_len(t)
            e = ti.elem(t)
            if n == 0:
                return "_gv.EMPTY_ARRAY"  # zero-size: one shared object, as Go's zerobase
            if self.zero_is_const(e):
                return f"[{self.zero_expr(e)}] * {n}"
            return f"[{self.zero_expr(e)} for _ in range({n})]"
        if k == "tparam":
            return "None"
        return "None"

    def copy_expr(self, x: str, t) -> str:
        """x copied as Go copies a value of type t (structs and arrays by value)."""
        k = ti.kind_of(t)
        if k == "struct":
            return f"{x}._copy()"
        if k == "array":
            ek = ti.kind_of(ti.elem(t))
            if ek in ("struct", "array"):
                return f"_gv.copyarr({x})"
            return f"list({x})"
        return x

    def eq_expr(self, a: str, b: str, t) -> str:
        k = ti.kind_of(t)
        if k == "iface":
            return f"_grt.ifaceeq({a}, {b})"
        if k == "ptr" and ti.kind_of(ti.elem(t)) in ("struct", "array"):
            return f"({a} is {b})"
        if k in ("chan", "func"):
            return f"({a} is {b})"
        return f"({a} == {b})"

    # -- rtypes ------------------------------------------------------------------

    def type_key(self, t):
        """Dict key identifying type t among the package's types: its %T text for a named
        type (made unique for types declared inside functions: two local `T`s differ), a
        structural text for other types (which %T may not tell apart: `struct { int }` is
        the text of both struct{ int } and struct{ Int } with Int = int)."""
        t = ti.unalias(t)
        if ti.is_named(t):
            key = ti.type_string(t)
            if self.local_types:
                lt = self.local_types.get(ti.named_obj(t))
                if lt is not None:
                    key += "@" + lt
                args = getattr(t, "type_args", None)
                if args:  # (the arguments' own keys: local types spelt alike differ)
                    key += "<" + ",".join(self.type_key(ti.S(a)) for a in args) + ">"
            return key
        k = ti.kind_of(t)
        if k == "slice":
            return "[]" + self.type_key(ti.elem(t))
        if k == "ptr":
            return "*" + self.type_key(ti.elem(t))
        if k == "array":
            return f"[{ti.array_len(t)}]" + self.type_key(ti.elem(t))
        if k == "map":
            return f"map[{self.type_key(ti.key(t))}]" + self.type_key(ti.elem(t))
        if k == "chan":
            d = getattr(ti.under(t), "dir", None)
            d = d() if callable(d) else d
            return f"chan{d}(" + self.type_key(ti.elem(t)) + ")"
        if k == "func":
            ps = ",".join(self.type_key(ti.obj_type(v)) for v in ti.sig_params(t))
            rs = ",".join(self.type_key(ti.obj_type(v)) for v in ti.sig_results(t))
            return f"func({ps}{'...' if ti.sig_variadic(t) else ''})({rs})"
        if k == "struct":
            fs = ";".join(f"{n}{'~' if emb else ''} {self.type_key(ft)} {tag!r}"
                          for n, ft, emb, tag in ti.struct_fields(t))
            return "struct{" + fs + "}"
        return ti.reflect_string(t)

    def rt_name(self, t) -> str:
        """The name reflect gives named type t, without its package: `T`, an instance's
        `G[int,string]`; a type declared inside an instance of a generic function has
        that function's type arguments first (`L[string;int]`, as gc names it)."""
        t = ti.unalias(t)
        o = ti.named_obj(t)
        name = ti.obj_name(o)
        groups = []
        info = self.local_type_info.get(self.local_types.get(o))
        if info is not None and info[1]:
            groups.append(",".join(self.targ_string(a) for a in info[1]))
        args = getattr(t, "type_args", None)
        if args:
            groups.append(",".join(self.targ_string(ti.S(a)) for a in args))
        if groups:
            name += "[" + ";".join(groups) + "]"
        return name

    def targ_string(self, t) -> str:
        """Type t as gc spells it inside a type-argument list: local types carry their
        number (`main.A·1`), unexported field names their package."""
        def named(n):
            o = ti.named_obj(n)
            p = ti.obj_pkg(o)
            s = (ti.pkg_name(p) + "." if p is not None and ti.pkg_name(p) else "") + self.rt_name(n)
            lt = self.local_types.get(o)
            if lt is not None:
                s += f"·{self.local_type_info[lt][0]}"
            return s
        return ti.reflect_string(t, named, qualify=True)

    def rtype(self, t) -> str:
        """The module-level name of the rtype constant for Go type t."""
        key = self.type_key(t)
        py = self.rtypes.get(key)
        if py is not None:
            return py
        from gopherpy.runtime import rtype as R
        k = ti.kind_of(t)
        if ti.is_named(t):
            py = self.new_rtype_name()
            self.rtypes[key] = py
            o = ti.named_obj(t)
            pkg = ti.obj_pkg(o)
            path = ti.pkg_path(pkg)
            pname = ti.pkg_name(pkg)
            inst = getattr(ti.unalias(t), "origin", None) is not None
            if path and path != self.pkgpath and not inst:
                # a type of another package: that package's rtype constant
                self.rtype_lines.append(
                    f"{py} = {self.imports.get(path, '_gload(' + repr(path) + ')')}._grtypes[{key!r}]")
                return py
            name = self.rt_name(t)
            if inst and "@" not in key:
                # an instance of a generic type (G[int]): named with its type arguments as
                # reflect spells them, one descriptor per instance however many packages
                # spell it (those involving local types are this package's own)
                self.rtype_lines.append(f"{py} = _grt.instance({path!r}, {pname!r}, {name!r})")
            else:
                self.rtype_lines.append(f"{py} = _grt.named({path!r}, {pname!r}, {name!r})")
            u = self.rtype(ti.under(t))
            self.rtype_post.append(f"_grt.set_underlying({py}, {u})")
            ms = [ti.obj_name(m) for m in ti.named_methods(t)]
            if k == "iface":
                self.rtype_post.append(f"{py}.imethods = {ti.iface_method_names(t)!r}")
            else:
                mts = []
                vmts = []
                for mo in ti.named_methods(t):
                    mt = f"{ti.obj_name(mo)!r}: {self.rtype(ti.obj_type(mo))}"
                    mts.append(mt)
                    if not self.ptr_recv(mo):
                        vmts.append(mt)
                self.rtype_post.append(f"{py}.mtypes = {{{', '.join(vmts)}}}")
                self.rtype_post.append(f"_grt.ptr_to({py}).mtypes = {{{', '.join(mts)}}}")
                vms = [ti.obj_name(m) for m in ti.named_methods(t) if not self.ptr_recv(m)]
                self.rtype_post.append(f"{py}.methods = {{{', '.join(repr(m) + ': ' + repr(attr(m)) for m in vms)}}}")
                pt = self.rtype_ptr(py)
                self.rtype_post.append(f"{pt}.methods = {{{', '.join(repr(m) + ': ' + repr(attr(m)) for m in ms)}}}")
                self.box_class(t, py, vms)
                self.ptr_box_class(t, py, ms, vms)
            self.rtype_post.append(f"_grtypes[{key!r}] = {py}")
            return py
        if k in ("bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                 "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
                 "string"):
            return f"_grt.{k.upper()}_T"
        if k == "unsafeptr":
            return "_grt.UNSAFEPOINTER_T"
        if k == "untypednil":
            return "None"
        if k == "slice":
            e = self.rtype(ti.elem(t))
            expr = f"_grt.slice_of({e})"
        elif k == "ptr":
            e = self.rtype(ti.elem(t))
            expr = f"_grt.ptr_to({e})"
        elif k == "array":
            e = self.rtype(ti.elem(t))
            expr = f"_grt.array_of({ti.array_len(t)}, {e})"
        elif k == "map":
            expr = f"_grt.map_of({self.rtype(ti.key(t))}, {self.rtype(ti.elem(t))})"
        elif k == "chan":
            d = getattr(ti.under(t), "dir", None)
            d = d() if callable(d) else d
            dmap = {0: 3, 1: 2, 2: 1}
            expr = f"_grt.chan_of({dmap.get(d, 3) if isinstance(d, int) else 3}, {self.rtype(ti.elem(t))})"
        elif k == "func":
            ps = "".join(self.rtype(ti.obj_type(v)) + ", " for v in ti.sig_params(t))
            rs = "".join(self.rtype(ti.obj_type(v)) + ", " for v in ti.sig_results(t))
            expr = f"_grt.func_of(({ps}), ({rs}), {ti.sig_variadic(t)})"
        elif k == "struct":
            fs = []
            for i, (fname, ft, emb, tag) in enumerate(ti.struct_fields(t)):
                tagb = tag.encode() if isinstance(tag, str) else tag
                fa = attr(fname) if fname != "_" else f"_gblank{i}"
                # exported field names belong to no package (identical struct types
                # spelt in two packages are one type)
                fpp = "" if fname[:1].isupper() else self.pkgpath
                fs.append(f"({fname!r}, {fa!r}, {self.rtype(ft)}, {emb}, {tagb!r}, {fpp!r}),")
            expr = f"_grt.struct_of(({''.join(fs)}))"
        elif k == "iface":
            # named before its method types are made: they may refer back to it
            py = self.new_rtype_name()
            self.rtypes[key] = py
            self.rtype_lines.append(
                f"{py} = _grt.iface_of({tuple(ti.iface_method_names(t))!r}, {ti.reflect_string(t)!r})")
            u = ti.under(t)
            ims = []
            for mo in u.all_methods() if hasattr(u, "all_methods") else []:
                ims.append(f"{ti.obj_name(mo)!r}: {self.rtype(ti.obj_type(mo))}")
            if ims:
                self.rtype_post.append(f"{py}.mtypes = {{{', '.join(ims)}}}")
            return py
        else:
            expr = f"_grt.iface_of((), {key!r})"
        py = self.new_rtype_name()
        self.rtypes[key] = py
        self.rtype_lines.append(f"{py} = {expr}")
        if k == "struct":
            self.struct_class(t)
        return py

    def new_rtype_name(self) -> str:
        self.nrtypes = getattr(self, "nrtypes", 0) + 1
        return f"_gT{self.nrtypes - 1}"

    def rtype_ptr(self, rt: str) -> str:
        return f"_grt.ptr_to({rt})"

    def ptr_recv(self, m) -> bool:
        sig = ti.obj_type(m)
        r = getattr(sig, "recv", None)
        r = r() if callable(r) else r
        if r is None:
            return False
        return ti.tname(ti.obj_type(r)) == "Pointer"

    def ptr_box_class(self, t, rt: str, ms: list[str], vms: list[str]):
        """The Boxed subclass for *T in an interface when *T is not unboxed (a nil *T of a
        struct type, or any *T of another kind), with the whole method set of *T."""
        k = ti.kind_of(t)
        name = f"_gPB_{rt}"
        cls = self.struct_class(t) if k == "struct" else None
        L = []  # built apart: struct_class may emit other lines meanwhile
        L.append(f"class {name}(_gv.Boxed):")
        L.append("    __slots__ = ()")
        o = ti.named_obj(t)
        tn = ti.obj_name(o)
        for m in ms:
            a = attr(m)
            if m in vms:
                # Go's autogenerated (*T).M wrapper of a value method: panicwrap on nil
                msg = f"value method {self.pkgpath}.{tn}.{m} called using nil *{tn} pointer"
                L.append(f"    def {a}(self, *a):")
                L.append(f"        if self.v is None: _gp.panicwrap({msg!r})")
                if k == "struct":
                    L.append(f"        return {cls}.{a}(self.v, *a)")
                else:
                    fn = self.method_func_name(t, m)
                    recv = "self.v" if k == "array" else "self.v.v"
                    L.append(f"        return {fn}({recv}, *a)")
            elif k == "struct":
                L.append(f"    def {a}(self, *a): return {cls}.{a}(self.v, *a)")
            else:
                fn = self.method_func_name(t, m)
                L.append(f"    def {a}(self, *a): return {fn}(self.v, *a)")
        L.append(f"_grt.ptr_to({rt}).set_box({name})")
        self.rtype_post.extend(L)

    def box_class(self, t, rt: str, vms: list[str]):
        """The Boxed subclass for named type t held in an interface, with its value methods."""
        k = ti.kind_of(t)
        name = f"_gB_{rt}"
        cls = self.struct_class(t) if k == "struct" else None
        L = []
        L.append(f"class {name}(_gv.Boxed):")
        L.append("    __slots__ = ()")
        for m in vms:
            a = attr(m)
            if k == "struct":
                L.append(f"    def {a}(self, *a): return {cls}.{a}(self.v, *a)")
            else:
                fn = self.method_func_name(t, m)
                L.append(f"    def {a}(self, *a): return {fn}(self.v, *a)")
        L.append(f"{rt}.set_box({name})")
        self.rtype_post.extend(L)

    # -- functions -----------------------------------------------------------------

    def native_frame(self, d, native: str, isptr=False, tname=None):
        """Register the native bound to body-less d as a Go frame (symtab.set_natives):
        its Go name, at the declaration's file and line. The runtime's own natives are
        left out: the frames Go shows for them are symtab's pseudo functions."""
        if self.pkgpath == "runtime" or self.pkgpath.startswith("runtime/"):
            return
        name = d.name.name
        if tname is not None:
            name = f"{'(*' + tname + ')' if isptr else tname}.{name}"
        pos = self.fset.position(d.pos(), False)
        self.native_frames.append((native, f"{self.symprefix}.{name}", pos.filename, pos.line))

    def func_decl(self, d: N.FuncDecl):
        from gopherpy.compile.state import FuncState
        name = d.name.name
        self.setpos(d)
        # //go:uintptrescapes: the function holds the objects its uintptr arguments
        # address for the call (read by function(), below)
        self.uintptrescapes = d.doc is not None and any(
            c.text.strip() == "//go:uintptrescapes" for c in d.doc.list)
        o = self.ti.defs.get(d.name)
        if d.body is None:
            # body-less: a Python native from the package's native.py
            py = mangle(name)
            if d.recv is not None:
                rf = d.recv.list[0]
                base = rf.type.x if isinstance(rf.type, N.StarExpr) else rf.type
                if isinstance(base, (N.IndexExpr, N.IndexListExpr)):
                    base = base.x
                tobj = self.ti.obj_of(base)
                tn = self.type_names.get(tobj) or mangle(base.name)
                if isinstance(rf.type.x if isinstance(rf.type, N.StarExpr) else rf.type, (N.IndexExpr, N.IndexListExpr)):
                    pass    # a generic type's native: bound on each instance (native_generic_methods)
                elif ti.kind_of(ti.obj_type(tobj)) == "struct":
                    self.emit(f"{tn}.{attr(name)} = _gnative.{base.name}_{name}")
                    self.native_frame(d, f"{base.name}_{name}", isinstance(rf.type, N.StarExpr), base.name)
                else:
                    self.emit(f"{self.method_func_name(ti.obj_type(tobj), name)} = _gnative.{base.name}_{name}")
                    self.native_frame(d, f"{base.name}_{name}", isinstance(rf.type, N.StarExpr), base.name)
            else:
                self.emit(f"{py} = _gnative.{name}")
                self.native_frame(d, name)
            self.natives.add(name)
            if not any(h.startswith("_gnative = ") for h in self.header):
                self.header.append(f"_gnative = _gload_native({self.pkgpath!r})")
                self.header.append("from gopherpy.compile.loader import load_native as _gload_native")
                self.header[-1], self.header[-2] = self.header[-2], self.header[-1]
            return
        if d.recv is None and d.type.type_params is not None and d.type.type_params.list:
            self.generic_funcs[o] = d
            return
        if d.recv is not None and _own_tparams(d):
            return  # a generic method: one copy per instantiation (method_instance)
        if d.recv is not None:
            rt0 = d.recv.list[0].type
            rb = rt0.x if isinstance(rt0, N.StarExpr) else rt0
            if isinstance(rb, (N.IndexExpr, N.IndexListExpr)):
                lst = self.generic_methods.setdefault(self.ti.obj_of(rb.x), [])
                if d not in lst:
                    lst.append(d)
                return
        if d.recv is None:
            if name == "init":
                self.ninit = getattr(self, "ninit", 0) + 1
                py = f"_ginit{self.ninit}"
                goname = f"{self.symprefix}.init.{self.ninit - 1}"
            elif name == "_":
                return
            else:
                py = mangle(name)
                goname = f"{self.symprefix}.{name}"
            self.qualnames[py] = goname
            self.function(d.type, d.body, py, goname, o, None, None)
            twin = self.light_funcs.get(o)
            if twin is not None:
                self.qualnames[twin] = goname
                self.function(d.type, d.body, twin, goname, o, None, None, gen=True)
            return
        # method
        rf = d.recv.list[0]
        rtype_expr = rf.type
        isptr = isinstance(rtype_expr, N.StarExpr)
        base = rtype_expr.x if isptr else rtype_expr
        if isinstance(base, (N.IndexExpr, N.IndexListExpr)):
            base = base.x
        tobj = self.ti.obj_of(base)
        tname = self.type_names.get(tobj) or mangle(base.name)
        tt = ti.obj_type(tobj)
        goname = f"{self.symprefix}.{'(*' + base.name + ')' if isptr else base.name}.{name}"
        recv_obj = self.ti.defs.get(rf.names[0]) if rf.names else None
        if ti.kind_of(tt) == "struct":
            py = f"_gmeth_{tname}_{attr(name)}"
            self.qualnames[py] = goname
            self.function(d.type, d.body, py, goname, o, recv_obj, (tt, isptr))
            self.emit(f"{tname}.{attr(name)} = {py}")
        else:
            py = self.method_func_name(ti.obj_type(tobj), name)
            self.qualnames[py] = goname
            self.function(d.type, d.body, py, goname, o, recv_obj, (tt, isptr))
            if isptr:
                pass

    def function(self, ftype: N.FuncType, body: N.BlockStmt, py: str, goname: str, obj,
                 recv_obj, recv_info, is_lit: bool = False, gen: bool = False):
        """Emit `def py(...)` for a function, method or function literal (gen: as the
        generator of a light goroutine, see FuncState.gen)."""
        from gopherpy.compile.state import FuncState
        outer = self.fs
        fs = FuncState(outer, goname)
        fs.gen = gen or (is_lit and id(body) in self.light_lits)
        self.fs = fs
        # a literal's body is compiled inside the expression holding it: its statements
        # are at depth 0 again (gc orders each of them, order.py)
        depth, self.expr_depth = self.expr_depth, 0
        sig = self.ti.type_of(ftype) if is_lit else (ti.obj_type(obj) if obj is not None else None)
        fs.sig = sig
        fs.pyname = py
        fs.body_node = body
        params = []
        if recv_obj is not None:
            params.append(self.declare_local(recv_obj))
        elif recv_info is not None:
            params.append("_grecv")
        pobjs = []
        for f in ftype.params.list:
            if not f.names:
                params.append(f"_gp{len(params)}")
                continue
            for n in f.names:
                o = self.ti.defs.get(n)
                if o is None or n.name == "_":
                    params.append(f"_gp{len(params)}")
                    continue
                params.append(self.declare_local(o))
                pobjs.append(o)
        # escape: locals whose address is taken, and loop-scoped locals captured by
        # closures (each iteration has its own variable), live in boxes
        taken = self.address_taken(body) | self.periter_captured(body)
        fs.taken = taken
        fs.closure_assigned = self.closure_assigned(body)
        fs.counters = self.counters(body, taken, set(pobjs))
        if fs.counters:
            fs.__dict__.setdefault("small_vars", set()).update(fs.counters)
        if recv_obj is not None:
            pobjs.insert(0, recv_obj)
        results = []
        res_objs = []
        if ftype.results is not None:
            for f in ftype.results.list:
                if not f.names:
                    results.append((f"_gr{len(results)}", self.ti.type_of(f.type), None))
                    continue
                for n in f.names:
                    o = self.ti.defs.get(n)
                    if o is None or n.name == "_":
                        # a blank result: set by `return x`, read by a bare `return`
                        results.append((f"_gr{len(results)}", self.ti.type_of(f.type), "_"))
                        continue
                    results.append((self.declare_local(o), ti.obj_type(o), o))
                    res_objs.append(o)
        fs.results = [r[0] for r in results]
        fs.result_types = [r[1] for r in results]
        fs.named_results = any(r[2] is not None for r in results)
        fs.has_defer = self.contains(body, (N.DeferStmt,))
        self.emit(f"def {py}({', '.join(params)}):", self.goline(ftype))
        self.indent += 1
        start = len(self.out)
        fs.body_start = start
        fs.body_indent = self.indent
        for o in pobjs + res_objs:
            if o in taken and not self.is_ref_kind(ti.obj_type(o)):
                fs.boxed.add(o)
        for o in pobjs:
            if o in fs.boxed:
                pn = fs.names[o]
                self.emit(f"{pn} = _gBox({pn})")
        if not is_lit and getattr(self, "uintptrescapes", False):
            self.uintptrescapes = False
            pins = []
            for o in pobjs:
                t = ti.obj_type(o)
                k = ti.kind_of(t)
                if k == "uintptr" or (k == "slice" and ti.kind_of(ti.elem(t)) == "uintptr"):
                    pn = fs.names[o]
                    pins.append(f"{pn}.v" if o in fs.boxed else pn)
            if pins:
                self.emit(f"_gpinned = {self.need_mem()}.pin({', '.join(pins)})")
        if recv_info is not None and recv_obj is not None:
            rt, isptr = recv_info
            if not isptr and ti.kind_of(rt) in ("struct", "array") and self.mutates(body, recv_obj):
                pn = fs.names[recv_obj]
                if recv_obj in fs.boxed:
                    self.emit(f"{pn}.v = {self.copy_expr(pn + '.v', rt)}")
                else:
                    self.emit(f"{pn} = {self.copy_expr(pn, rt)}")
        for name, t, o in results:
            if o is None and not fs.has_defer:
                continue  # unnamed result without defer: only ever set by `return x`
            z = self.zero_expr(t)
            if o is not None and o != "_" and o in fs.boxed:
                self.emit(f"{name} = _gBox({z})")
            else:
                self.emit(f"{name} = {z}")
        if fs.has_defer:
            # Every normal exit runs the deferred calls where it leaves: a `return`
            # (s_ReturnStmt) on its line, falling off the end on the closing brace's
            # line, which is the line Go reports for the frame during those calls.
            # After a recovered panic, the (named) results are returned below.
            self.emit("_gdf = []")
            self.emit("try:")
            self.indent += 1
            self.block(body.list)
            rb = self.fset.position(body.rbrace, False).line if body.rbrace else 0
            self.emit("_gp.deferreturn(_gdf)", rb or None)
            self.indent -= 1
            self.emit("except BaseException as _ge:")
            self.indent += 1
            self.emit("_gp.deferpanic(_gdf, _ge)")
            self.indent -= 1
            self.emit(f"return {self.results_expr()}")
        else:
            self.block(body.list)
            if results:
                pass
        self.emit("pass")
        decls = []
        if fs.nonlocals:
            decls.append(f"nonlocal {', '.join(sorted(fs.nonlocals))}")
        if fs.globals:
            decls.append(f"global {', '.join(sorted(fs.globals))}")
        for d in reversed(decls):
            self.out.insert(start, (self.indent, self.goline(ftype), d))
        self.indent -= 1
        if fs.gen:
            if is_lit:
                self.light_lits[id(body)] = fs.yielded
            else:
                # a twin is started by golight whatever its body compiled to: a yield
                # that never runs makes it a generator function in any case
                self.out.insert(start, (self.indent + 1, self.goline(ftype), "if False: yield"))
        self.fs = outer
        self.expr_depth = depth

    def results_expr(self) -> str:
        fs = self.fs
        names = [self.result_ref(i) for i in range(len(fs.results))]
        if not names:
            return "None"
        if len(names) == 1:
            return names[0]
        return "(" + ", ".join(names) + ")"

    def result_ref(self, i: int) -> str:
        fs = self.fs
        name = fs.results[i]
        for o, py in fs.names.items():
            if py == name and o in fs.boxed:
                return name + ".v"
        return name

    def is_ref_kind(self, t) -> bool:
        """Types whose address is their identity (no Box needed): structs and arrays."""
        return ti.kind_of(t) in ("struct", "array")

    # -- analyses --------------------------------------------------------------------

    def walk(self, node):
        """Yield every AST node under node (including FuncLit bodies)."""
        stack = [node]
        while stack:
            n = stack.pop()
            if n is None:
                continue
            yield n
            if isinstance(n, list):
                stack.extend(n)
                continue
            for f in getattr(n, "__slots__", ()):
                if f in ("doc", "comment", "comments"):
                    continue
                v = getattr(n, f, None)
                if isinstance(v, (N.Node, list)):
                    stack.append(v)

    def contains(self, body, classes, into_lits: bool = False) -> bool:
        stack = [body]
        while stack:
            n = stack.pop()
            if n is None:
                continue
            if isinstance(n, list):
                stack.extend(n)
                continue
            if isinstance(n, classes):
                return True
            if isinstance(n, N.FuncLit) and not into_lits:
                continue
            for f in getattr(n, "__slots__", ()):
                v = getattr(n, f, None)
                if isinstance(v, (N.Node, list)):
                    stack.append(v)
        return False

    def address_taken(self, body) -> set:
        out = set()
        for n in self.walk(body):
            if isinstance(n, N.UnaryExpr) and n.op == "&":
                x = n.x
                while isinstance(x, N.ParenExpr):
                    x = x.x
                if isinstance(x, N.Ident):
                    o = self.ti.obj_of(x)
                    if o is not None:
                        out.add(o)
            elif isinstance(n, N.CallExpr) and isinstance(n.fun, N.SelectorExpr):
                # x.M() with a pointer-receiver method on an addressable non-struct x
                sel = self.ti.selections.get(n.fun)
                if sel is not None and isinstance(n.fun.x, N.Ident):
                    o = self.ti.obj_of(n.fun.x)
                    if o is not None and ti.obj_kind(o) == "Var":
                        m = getattr(sel, "obj", None)
                        m = m() if callable(m) else m
                        if m is not None and ti.obj_kind(m) == "Func" and self.ptr_recv(m) \
                                and ti.kind_of(ti.obj_type(o)) not in ("ptr", "struct", "array", "iface"):
                            out.add(o)
        return out

    def closure_assigned(self, body) -> set:
        """Variables that a function literal inside body assigns (or takes the address
        of): a call, or another goroutine, can change them while a loop runs, so their
        slice headers are not hoisted (stmt.hoist_slices)."""
        out = set()
        for n in self.walk(body):
            if isinstance(n, N.FuncLit):
                for m in self.walk(n.body):
                    tgt = ()
                    if isinstance(m, N.AssignStmt):
                        tgt = m.lhs
                    elif isinstance(m, N.IncDecStmt):
                        tgt = (m.x,)
                    elif isinstance(m, N.UnaryExpr) and m.op == "&":
                        tgt = (m.x,)
                    elif isinstance(m, N.RangeStmt):
                        tgt = [x for x in (m.key, m.value) if x is not None]
                    for x in tgt:
                        while isinstance(x, N.ParenExpr):
                            x = x.x
                        if isinstance(x, N.Ident):
                            o = self.ti.obj_of(x)
                            if o is not None:
                                out.add(o)
        return out

    def periter_captured(self, body) -> set:
        """Variables declared inside a loop and referenced from a function literal."""
        loopvars = set()

        def decl_in(node):
            for n in self.walk(node):
                if isinstance(n, N.Ident):
                    o = self.ti.defs.get(n)
                    if o is not None and ti.obj_kind(o) == "Var":
                        loopvars.add(o)
                elif isinstance(n, N.CaseClause):
                    o = self.ti.implicits.get(n)
                    if o is not None:
                        loopvars.add(o)
        for n in self.walk(body):
            if isinstance(n, (N.ForStmt, N.RangeStmt)):
                decl_in(n)
        if not loopvars:
            return set()
        captured = set()
        for n in self.walk(body):
            if isinstance(n, N.FuncLit):
                for m in self.walk(n.body):
                    if isinstance(m, N.Ident):
                        o = self.ti.uses.get(m)
                        if o is not None and o in loopvars:
                            captured.add(o)
        return captured

    def counters(self, body, taken, params) -> set:
        """Counter variables: int/int64 locals whose every assignment is a constant of at
        most 2**32 in magnitude, len/cap, another counter, or a step of +-1. Such a value
        stays below 2**32 + n after n steps, and 2**61 steps are beyond any run (years
        at gopherpy's speed): their +-1 steps and sums need no wrap."""
        cands = {}
        bad = set(params) | set(taken)
        for n in self.walk(body):
            if isinstance(n, N.IncDecStmt):
                x = unparen(n.x)
                if not isinstance(x, N.Ident):
                    continue
                cands.setdefault(self.ti.obj_of(x), [])
            elif isinstance(n, N.AssignStmt):
                if len(n.lhs) != len(n.rhs):
                    for l in n.lhs:
                        if isinstance(unparen(l), N.Ident):
                            bad.add(self.ti.obj_of(unparen(l)))
                    continue
                for l, r in zip(n.lhs, n.rhs):
                    l = unparen(l)
                    if not isinstance(l, N.Ident):
                        continue
                    o = self.ti.obj_of(l)
                    if n.tok in ("=", ":="):
                        cands.setdefault(o, []).append(r)
                    elif n.tok in ("+=", "-="):
                        c = self.ti.const_of(r)
                        if type(c) is not int or abs(c) > 1:
                            bad.add(o)
                        else:
                            cands.setdefault(o, [])
                    else:
                        bad.add(o)
            elif isinstance(n, N.ValueSpec):
                for i, nm in enumerate(n.names):
                    o = self.ti.defs.get(nm)
                    if n.values and len(n.values) == len(n.names):
                        cands.setdefault(o, []).append(n.values[i])
                    elif n.values:
                        bad.add(o)
                    else:
                        cands.setdefault(o, [])
            elif isinstance(n, N.RangeStmt):
                for x in (n.key, n.value):
                    if isinstance(x, N.Ident):
                        bad.add(self.ti.obj_of(x))
            elif isinstance(n, (N.UnaryExpr,)) and n.op == "&" and isinstance(unparen(n.x), N.Ident):
                bad.add(self.ti.obj_of(unparen(n.x)))
        ok = {o for o in cands if o is not None and o not in bad and ti.obj_kind(o) == "Var"
              and o not in self.pkg_objs and ti.kind_of(ti.obj_type(o)) in ("int", "int64")}
        changed = True
        while changed:  # a counter may be assigned only from counters
            changed = False
            for o in list(ok):
                for r in cands[o]:
                    r = unparen(r)
                    c = self.ti.const_of(r)
                    if c is not None:
                        if type(c) is int and abs(c) <= 1 << 32:
                            continue
                    elif isinstance(r, N.CallExpr) and isinstance(unparen(r.fun), N.Ident) \
                            and unparen(r.fun).name in ("len", "cap") \
                            and ti.obj_kind(self.ti.obj_of(unparen(r.fun))) == "Builtin":
                        continue
                    elif isinstance(r, N.Ident) and self.ti.obj_of(r) in ok:
                        continue
                    ok.discard(o)
                    changed = True
                    break
        return ok

    def mutates(self, body, obj) -> bool:
        """Whether a function body may modify (or take the address of) variable obj."""
        for n in self.walk(body):
            tgt = []
            if isinstance(n, N.AssignStmt):
                tgt = n.lhs
            elif isinstance(n, N.IncDecStmt):
                tgt = [n.x]
            elif isinstance(n, N.UnaryExpr) and n.op == "&":
                tgt = [n.x]
            elif isinstance(n, N.CallExpr) and isinstance(n.fun, N.SelectorExpr):
                tgt = [n.fun.x]
            elif isinstance(n, N.RangeStmt):
                tgt = [x for x in (n.key, n.value) if x is not None]
            for x in tgt:
                while isinstance(x, (N.SelectorExpr, N.IndexExpr, N.ParenExpr, N.SliceExpr)):
                    x = x.x
                if isinstance(x, N.Ident) and self.ti.obj_of(x) is obj:
                    return True
        return False

    # -- package variables and init ----------------------------------------------------

    def package_var_init(self):
        self.tail = []
        self.fs = None
        order = getattr(self.info, "init_order", None) or []
        done = set()
        from gopherpy.compile.state import FuncState
        # zero every package variable first
        for f in self.files:
            self.filename = f.filename
            for d in f.decls:
                if isinstance(d, N.GenDecl) and d.tok == "var":
                    for s in d.specs:
                        for n in s.names:
                            o = self.ti.defs.get(n)
                            if o is not None and n.name != "_":
                                self.setpos(n)
                                self.emit(f"{mangle(n.name)} = {self.zero_expr(ti.obj_type(o))}")
        # initializers in dependency order
        fs = FuncState(None, f"{self.symprefix}.init")
        fs.is_pkg = True
        fs.pyname = "_gvarinit"   # closures in initializers are main.init.funcN
        fs.body_node = None
        self.fs = fs
        self.emit("def _gvarinit():")
        self.indent += 1
        self.qualnames["_gvarinit"] = f"{self.symprefix}.init"
        start = len(self.out)
        fs.body_start = start
        fs.body_indent = self.indent
        for ini in order:
            lhs = getattr(ini, "lhs", None)
            rhs = getattr(ini, "rhs", None)
            if lhs is None:
                continue
            lhs = lhs() if callable(lhs) else lhs
            rhs = rhs() if callable(rhs) else rhs
            self.setpos(rhs)
            targets = []
            for o in lhs:
                nm = ti.obj_name(o)
                if nm == "_":
                    targets.append("_")
                else:
                    targets.append(mangle(nm))
                    fs.globals.add(mangle(nm))
            if len(lhs) == 1:
                v = self.value_to(rhs, ti.obj_type(lhs[0]))
                self.emit(f"{targets[0]} = {v}")
            else:
                v = self.commaok_expr(rhs)
                self.emit(f"{', '.join(targets)} = {v}")
        self.emit("pass")
        if fs.globals:
            self.out.insert(start, (self.indent, 1, f"global {', '.join(sorted(fs.globals))}"))
        self.indent -= 1
        self.emit("_gvarinit()")
        self.fs = None
        if "unsafe" in self.imports:
            # addresses can be seen: struct and array variables get data-segment ones
            for f in self.files:
                for d in f.decls:
                    if isinstance(d, N.GenDecl) and d.tok == "var":
                        for sp in d.specs:
                            for n in sp.names:
                                o = self.ti.defs.get(n)
                                if o is None or n.name == "_":
                                    continue
                                t = ti.obj_type(o)
                                if ti.kind_of(t) in ("struct", "array"):
                                    self.setpos(n)
                                    self.emit(f"{self.need_mem()}.register_global("
                                              f"{mangle(n.name)}, {self.rtype(t)})")

    def emit_init_calls(self):
        for i in range(getattr(self, "ninit", 0)):
            self.emit(f"_ginit{i + 1}()")


def _own_tparams(d) -> bool:
    """Whether method declaration d declares type parameters of its own (go1.27)."""
    tp = d.type.type_params
    return tp is not None and bool(tp.list)
