"""This file implements the compilation of other packages' generic code into the package that instantiates it.

Go compiles an instantiation of a generic function or type in the package that uses
it, and so does gopherpy: `slices.Index[[]main.T]` is a copy of slices' Index compiled
into main's module, because its code needs main's types (their classes, rtypes and
methods) while slices' module, compiled earlier and cached, knows nothing of them.
Such a copy is compiled with the other package's type information (its Info, file
set and files, from the front end's cache) swapped in, and everything that belongs
to that package is reached through its module: package-level functions, variables
and natives as `_gi_<path>.<name>` (unexported ones too), its types through
their module attributes (decl.py does that for any type whose package is not the one
being compiled). The compiled package stays the one whose module receives the code
(`self.pkg`, `self.pkgpath`); only the Go names given to the copies
(`slices.Index[...]`, `encoding/json.F[...]`: import paths, as gc names functions) and the files their lines point into are the other package's.

The generic declarations of a package (functions, methods of generic types, methods
with type parameters of their own) are indexed once, when the first of them is needed,
into the same tables as this package's own (decl.py's generic_funcs, generic_methods,
gmethod_decls); `decl_ctx` remembers which package each foreign declaration is from.
Compiled code that embeds another package's code depends on that package's sources:
`deps` lists them for the code cache (cache.py checks them on load).
"""

from __future__ import annotations

import contextlib

from gopherpy.compile import typeinfo as ti
from gopherpy.compile.names import symprefix
from gopherpy.syntax import nodes as N


class ForeignCtx:
    """The front end's results for another package, as the compiler needs them."""

    __slots__ = ("path", "name", "pkg", "info", "files", "fset", "ti", "escape")

    def __init__(self, path, pkg, info, files, fset):
        self.path = path
        self.name = ti.pkg_name(pkg) or path.rsplit("/", 1)[-1]
        self.pkg = pkg
        self.info = info
        self.files = files
        self.fset = fset
        self.ti = ti.TypeInfo(pkg, info)
        self.escape = None


def scan_generic_decls(tinfo, files, generic_funcs, gmethod_decls, generic_methods):
    """Index the generic declarations of files (typed by tinfo) into the three tables."""
    for f in files:
        for d in f.decls:
            if not isinstance(d, N.FuncDecl) or d.body is None:
                continue  # body-less: a native, bound by name (or per instance: native_generic_methods)
            if d.recv is None:
                if d.type.type_params is not None and d.type.type_params.list:
                    o = tinfo.defs.get(d.name)
                    if o is not None:
                        generic_funcs[o] = d
                continue
            tp = d.type.type_params
            if tp is not None and tp.list:
                mo = tinfo.defs.get(d.name)
                if mo is not None:
                    gmethod_decls[mo] = d  # compiled per instantiation only
                continue
            rt0 = d.recv.list[0].type
            rb = rt0.x if isinstance(rt0, N.StarExpr) else rt0
            if isinstance(rb, (N.IndexExpr, N.IndexListExpr)):
                lst = generic_methods.setdefault(tinfo.obj_of(rb.x), [])
                if d not in lst:
                    lst.append(d)


class ForeignMixin:

    def foreign_init(self):
        self.foreign: dict[str, ForeignCtx] = {}   # import path -> its context
        self.decl_ctx: dict = {}                     # FuncDecl of another package -> ForeignCtx
        self.extra_chunks: dict[str, list] = {}      # other packages' files -> generated lines
        self.deps: set[str] = set()                  # packages whose code is embedded here

    def foreign_pkg(self, obj) -> ForeignCtx | None:
        """The context of obj's package when that is not the package being compiled
        (its generic declarations indexed), else None."""
        p = ti.obj_pkg(obj)
        path = ti.pkg_path(p)
        if p is None or p is self.pkg or not path or path == self.pkgpath:
            return None
        ctx = self.foreign.get(path)
        if ctx is None:
            from gopherpy.compile.frontend import check_std
            pkg, info, files, fset = check_std(path)
            ctx = self.foreign[path] = ForeignCtx(path, pkg, info, files, fset)
            gf, gm, gt = {}, {}, {}
            scan_generic_decls(ctx.ti, files, gf, gm, gt)
            for table, new in ((self.generic_funcs, gf), (self.gmethod_decls, gm)):
                for o, d in new.items():
                    table.setdefault(o, d)
                    self.decl_ctx[d] = ctx
            for o, ds in gt.items():
                self.generic_methods.setdefault(o, ds)
                for d in ds:
                    self.decl_ctx[d] = ctx
        return ctx

    def pkg_mod(self, path: str) -> str:
        """The Python name of package path's module in this one (imported on first use)."""
        py = self.imports.get(path)
        if py is None:
            py = "_gi_" + path.replace("/", "_").replace(".", "_").replace("-", "_")
            self.imports[path] = py
            self.header.append(f"{py} = _gload({path!r})")
            self.pkg_names.add(py)
        return py

    def foreign_lookup(self, obj):
        """The Python expression of a package-level object of another package (reached
        from code of that package compiled here), or None."""
        p = ti.obj_pkg(obj)
        if p is None or p is self.pkg:
            return None
        path = ti.pkg_path(p)
        if not path or path == self.pkgpath:
            return None
        from gopherpy.compile.names import mangle
        return f"{self.pkg_mod(path)}.{mangle(ti.obj_name(obj))}"

    @contextlib.contextmanager
    def decl_context(self, d):
        """Compile within the package that declares d (a no-op for this package's own)."""
        ctx = self.decl_ctx.get(d)
        if ctx is None:
            yield
            return
        saved = (self.ti, self.fset, self.files, self.pkgname, self.symprefix, self.filename,
                 self.out, getattr(self, "escape", None))
        self.deps.add(ctx.path)
        self.ti = ctx.ti
        self.fset = ctx.fset
        self.files = ctx.files
        self.pkgname = ctx.name
        self.symprefix = symprefix(ctx.path)
        fname = ctx.fset.position(d.pos(), False).filename
        self.filename = fname
        self.out = self.extra_chunks.setdefault(fname, [])
        self.escape = ctx.escape
        try:
            yield
        finally:
            ctx.escape = getattr(self, "escape", None)
            (self.ti, self.fset, self.files, self.pkgname, self.symprefix, self.filename, self.out,
             self.escape) = saved
