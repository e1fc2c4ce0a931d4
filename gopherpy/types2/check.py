"""This file implements the Checker: its state, the per-package driver (check_files) and
the resolver that collects package-level objects (go/types' check.go and resolver.go).

The Checker class is assembled from mixins, one per concern, each in the file named
like go/types' (decl.py, expr.py, stmt.py, ...). Invariants: every package-level
object has an entry in objmap (its DeclInfo) before any declaration is checked;
`env` holds the function context while checking a body (None at package level).
"""

from __future__ import annotations

from .api import Instance, Selection, TypeAndValue

from ..syntax import nodes as N
from . import typs as T
from .assignments import AssignmentsMixin
from .builtins import BuiltinsMixin
from .call import CallMixin
from .codes import Code
from .conversions import ConversionsMixin
from .decl import DeclInfo, DeclMixin
from .errors import ErrorsMixin, TypeError_
from .expr import ExprMixin
from .infer import InferMixin
from .initorder import InitOrderMixin
from .labels import LabelsMixin
from .objects import Const, Func, PkgName, TypeName, Var
from .operand import Mode, constant_, nilvalue, value
from .return_ import ReturnMixin
from .scope import Scope
from .stmt import StmtMixin
from .typexpr import TypexprMixin
from .validtype import ValidTypeMixin
from .mono import MonoGraph, MonoMixin
from .universe import TYP, UNIVERSE, UNSAFE
from .version import VersionMixin


def _quote_rune(c):
    """Go's %q of a rune: 'x'."""
    if c == "'":
        return "'\\''"
    if c.isprintable():
        return f"'{c}'"
    return "'\\u%04x'" % ord(c)


class Bailout(Exception):
    pass


class Env:
    """The function context while checking a body (go/types' environment)."""
    __slots__ = ("decl", "scope", "pos", "iota", "errpos", "sig", "is_panic", "has_label",
                 "has_call_or_recv", "in_tparam_list", "fdecl", "version")

    def __init__(self):
        self.decl = None
        self.scope = None
        self.pos = 0
        self.iota = None
        self.errpos = None
        self.sig = None
        self.is_panic = None
        self.has_label = False
        self.has_call_or_recv = False
        self.in_tparam_list = False
        self.fdecl = None
        self.version = None  # the language version of the code being checked (version.py)


class Checker(ErrorsMixin, DeclMixin, TypexprMixin, ExprMixin, CallMixin, BuiltinsMixin,
              AssignmentsMixin, ConversionsMixin, StmtMixin, LabelsMixin, ReturnMixin,
              InitOrderMixin, InferMixin, VersionMixin, ValidTypeMixin, MonoMixin):

    def __init__(self, conf, fset, pkg, info):
        self.conf = conf
        self.fset = fset
        self.pkg = pkg
        self.info = info
        self.errors: list[TypeError_] = []
        self.first_err = None
        self.objmap: dict = {}
        self.imp_map: dict = {}
        self.files: list = []
        self.untyped: dict = {}
        self.delayed: list = []
        self.env = Env()
        self.dot_imports: list = []  # (file scope, PkgName, used-flag holder)
        self.methods: dict = {}  # TypeName -> [Func]
        self.usage_vars: list = []
        self.obj_path: list = []
        self.recv_tparams = {}
        self.brokenalias = set()
        self.imported_objs = {}
        self.mono = MonoGraph()  # instantiations, for the instantiation cycle check (mono.py)
        self.inst_objs = {}  # instance Named -> the object standing for it on obj_path
        self.versions = {}  # filename -> language minor version or None

    # -- recording -----------------------------------------------------------

    def record_def(self, ident, obj):
        if ident is not None:
            self.info.defs[ident] = obj

    def record_use(self, ident, obj):
        self.info.uses[ident] = obj

    def record_implicit(self, node, obj):
        self.info.implicits[node] = obj

    def record_scope(self, node, scope):
        self.info.scopes[node] = scope

    def record_selection(self, x, kind, recv, obj, index, indirect):
        self.record_use(x.sel, obj)
        self.info.selections[x] = Selection(kind, recv, obj, index, indirect)

    def record_instance(self, ident, targs, typ):
        self.info.instances[ident] = Instance(list(targs), typ)

    def record_type_and_value(self, x, mode, typ, val):
        if mode is Mode.invalid:
            return
        if mode is nilvalue:
            mode = value
        if mode is constant_ and val is not None and typ is not None:
            pass
        self.info.types[x] = TypeAndValue(mode, typ, val)

    def record_untyped(self):
        for x, info in self.untyped.items():
            mode = info.mode
            if mode is nilvalue:
                mode = value
            self.info.types[x] = TypeAndValue(mode, info.typ, info.val)
        self.untyped.clear()

    def later(self, f):
        """Queues f to run after the current declaration or statement, with the language
        version current now."""
        self.delayed.append((f, self.env.version))

    def process_delayed(self, top: int):
        i = top
        while i < len(self.delayed):
            f, version = self.delayed[i]
            saved = self.env.version
            self.env.version = version
            try:
                f()
            finally:
                self.env.version = saved
            i += 1
        del self.delayed[top:]

    # -- driver --------------------------------------------------------------

    def check_files(self, files):
        try:
            self._check_files(files)
        except Bailout:
            pass
        except RecursionError:
            self._internal_error(files, "recursion limit exceeded")
        except Exception as e:  # never a traceback for the user: gc's ICE wording
            import traceback
            tb = traceback.extract_tb(e.__traceback__)
            where = f"{tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else "?"
            self._internal_error(files, f"{type(e).__name__}: {e} [{where}]")

    def _internal_error(self, files, msg):
        node = getattr(self, "_cur_node", None)
        pos = 0
        if node is not None:
            try:
                pos = node.pos()
            except RecursionError:
                pos = 0
        pos = pos or (files[0].package if files else 0)
        self.errors.append(TypeError_(self.fset, pos, f"gopherpy: internal compiler error: {msg}"))
        if self.conf.error is not None:
            self.conf.error(self.errors[-1])

    def _check_files(self, files):
        self.files = []
        self.init_files(files)
        self.collect_objects()
        self.direct_cycles()
        self.package_objects()
        self.process_delayed(0)
        self.init_order()
        if not self.conf.disable_unused_import_check and not self.conf.ignore_func_bodies:
            self.unused_imports()
        self.record_untyped()
        if self.first_err is None:
            self.monomorph()
        self.pkg.complete = True

    def init_files(self, files):
        pkg = self.pkg
        for f in files:
            name = f.name.name
            if not pkg.name:
                if name == "_":
                    self.error(f.name, Code.BlankPkgName, "invalid package name _")
                    continue
                pkg.name = name
            if name != pkg.name:
                self.errorf(f.package, Code.MismatchedPkgName,
                            "package %s; expected package %s", name, pkg.name)
                continue
            self.files.append(f)
        pkg.files = self.files
        self.check_file_versions(self.files)

    # -- resolver ------------------------------------------------------------

    def declare(self, scope, ident, obj, scope_pos):
        if obj.name != "_":
            alt = scope.insert(obj)
            if alt is not None:
                self.report_redecl(obj, alt)
                return
            obj.scope_pos = scope_pos
        if ident is not None:
            self.record_def(ident, obj)

    def report_redecl(self, obj, alt):
        msg = f"{obj.name} redeclared in this block"
        if alt.pos:
            msg += f"\n\t{self.fset.position(alt.pos)}: other declaration of {obj.name}"
        self.error(obj.pos, Code.DuplicateDecl, msg)

    def import_package(self, at, path: str, dir_: str):
        key = (path, dir_)
        imp = self.imp_map.get(key)
        if imp is not None:
            return imp
        if path == "unsafe":
            imp = UNSAFE
        elif path == "C" and self.conf.fake_import_c:
            from .objects import Package
            imp = Package("C", "C")
            imp.fake = True
        else:
            importer = self.conf.importer
            err = None
            if importer is None:
                err = "no importer"
            else:
                try:
                    imp = importer.import_(path, dir_) if hasattr(importer, "import_") else importer(path)
                except Exception as e:  # importer failure is reported, not raised
                    err = str(e) or type(e).__name__
                    imp = None
                if imp is None and err is None:
                    err = "importer returned no package"
            if err is not None:
                self.errorf(at, Code.BrokenImport, "could not import %s (%s)", path, err)
                # continue with a fake package named after the path's last element:
                # no follow-up errors on its uses
                from .objects import Package
                name = path.rstrip("/").rsplit("/", 1)[-1]
                imp = Package(path, name)
                imp.fake = True
        self.imp_map[key] = imp
        return imp

    def collect_objects(self):
        pkg = self.pkg
        order = 0
        all_imports = {}
        method_decls = []
        for fileno, file in enumerate(self.files):
            self.env.version = self.versions.get(file.filename)
            fscope = Scope(pkg.scope, file.file_start or file.pos(), file.file_end or file.end(),
                           f"file {file.filename!r}")
            self.record_scope(file, fscope)
            for decl in file.decls:
                if isinstance(decl, N.BadDecl):
                    continue
                if isinstance(decl, N.FuncDecl):
                    order += 1
                    self._collect_func(decl, fscope, order, method_decls)
                    continue
                if not isinstance(decl, N.GenDecl):
                    continue
                tok = decl.tok
                if tok == "import":
                    for spec in decl.specs:
                        self._collect_import(spec, fscope, file, all_imports)
                elif tok == "const":
                    last = None
                    for iota, spec in enumerate(decl.specs):
                        if spec.type is not None or spec.values:
                            last = spec
                        typ = last.type if last is not None else None
                        values = last.values if last is not None else []
                        inherited = last is not spec
                        for i, name in enumerate(spec.names):
                            obj = Const(name.name, None, pkg, name.pos(), None)
                            order += 1
                            obj.order = order
                            init = values[i] if i < len(values) else None
                            d = DeclInfo(fscope, typ=typ, init=init, inherited=inherited)
                            d.iota = iota
                            d.spec = spec
                            self.declare_pkg_obj(name, obj, d)
                        self.arity(spec, spec.names, values, True, inherited)
                elif tok == "var":
                    for spec in decl.specs:
                        lhs = [Var(n.name, None, pkg, n.pos()) for n in spec.names]
                        d1 = None
                        if len(spec.values) == 1 and len(spec.names) > 1:
                            d1 = DeclInfo(fscope, typ=spec.type, init=spec.values[0])
                            d1.lhs = lhs
                        for i, name in enumerate(spec.names):
                            obj = lhs[i]
                            order += 1
                            obj.order = order
                            if d1 is not None:
                                d = d1
                            else:
                                init = spec.values[i] if i < len(spec.values) else None
                                d = DeclInfo(fscope, typ=spec.type, init=init)
                            self.declare_pkg_obj(name, obj, d)
                        if spec.type is None or spec.values:
                            self.arity(spec, spec.names, spec.values, False, False)
                elif tok == "type":
                    for spec in decl.specs:
                        obj = TypeName(spec.name.name, None, pkg, spec.name.pos())
                        order += 1
                        obj.order = order
                        d = DeclInfo(fscope, tdecl=spec)
                        self.declare_pkg_obj(spec.name, obj, d)
        # verify that objects in file scopes don't conflict with package-level objects
        for file in self.files:
            fscope = self.info.scopes[file]
            for name, obj in fscope.elems.items():
                alt = pkg.scope.lookup(name)
                if alt is not None:
                    # (packages print as go/types' Package.String)
                    if isinstance(obj, PkgName):
                        msg = "%s already declared through import of %s" % (alt.name, _pkg_string(obj.imported))
                    else:
                        msg = "%s already declared through dot-import of %s" % (alt.name, _pkg_string(obj.pkg))
                    where = str(self.fset.position(obj.pos)) if obj.pos else "-"
                    if where != "-":  # (an imported object's position may be unknown here)
                        msg += f"\n\t{where}: other declaration of {obj.name}"
                    self.error(alt.pos, Code.DuplicateDecl, msg)
        # associate methods with receiver base types
        for fdecl, obj, fscope in method_decls:
            ptr, base = self._recv_base_name(fdecl.recv)
            if base is None:
                continue
            ptr, tobj = self.resolve_base_type_name(ptr, base)
            if tobj is not None:
                obj.has_ptr_recv = ptr
                self.methods.setdefault(tobj, []).append(obj)

    def resolve_base_type_name(self, ptr, name):
        """(ptr, TypeName): the non-alias package-level type a receiver base type name
        denotes, following non-generic alias declarations (at most one pointer
        indirection on the way), or (False, None) (go/types' resolveBaseTypeName)."""
        seen = set()
        while name is not None:
            tname = self.pkg.scope.lookup(name)
            if not isinstance(tname, TypeName) or tname in seen or tname not in self.objmap:
                break
            tdecl = self.objmap[tname].tdecl
            if tdecl is None:
                break
            if tdecl.assign == 0:
                return ptr, tname
            if tdecl.type_params is not None and tdecl.type_params.list:
                break  # no methods through generic aliases (go.dev/issue/70417)
            seen.add(tname)
            typ = tdecl.type
            while isinstance(typ, N.ParenExpr):
                typ = typ.x
            if isinstance(typ, N.StarExpr):
                if ptr:
                    break
                ptr = True
                typ = typ.x
                while isinstance(typ, N.ParenExpr):
                    typ = typ.x
            name = typ.name if isinstance(typ, N.Ident) else None
        return False, None

    def _recv_base_name(self, recv):
        """(ptr, name) of a receiver type written [*]Name[[...]] (go/types' unpackRecv)."""
        if recv is None or not recv.list:
            return False, None
        t = recv.list[0].type
        ptr = False
        while True:
            if isinstance(t, N.ParenExpr):
                t = t.x
            elif isinstance(t, N.StarExpr):
                ptr = True
                t = t.x
            else:
                break
        if isinstance(t, (N.IndexExpr, N.IndexListExpr)):
            t = t.x
        if isinstance(t, N.Ident):
            return ptr, t.name
        return ptr, None

    def declare_pkg_obj(self, ident, obj, d):
        name = ident.name
        if name == "init":
            self.error(ident, Code.InvalidInitDecl, "cannot declare init - must be func")
            return
        if name == "main" and self.pkg.name == "main":
            self.error(ident, Code.InvalidMainDecl, "cannot declare main - must be func")
            return
        self.declare(self.pkg.scope, ident, obj, 0)
        d.checker = self
        d.version = self.env.version
        obj.decl = d
        self.objmap[obj] = d

    def _collect_func(self, decl, fscope, order, method_decls):
        name = decl.name.name
        obj = Func(name, None, self.pkg, decl.name.pos())
        obj.order = order
        obj.no_body = decl.body is None
        d = DeclInfo(fscope, fdecl=decl)
        d.checker = self
        d.version = self.env.version
        obj.decl = d
        if decl.recv is None:
            if name == "init" or (name == "main" and self.pkg.name == "main"):
                code = Code.InvalidInitDecl if name == "init" else Code.InvalidMainDecl
                if decl.type.type_params is not None and decl.type.type_params.list:
                    self.errorf(decl.type.type_params.list[0].pos() if False else decl.type.type_params.opening or decl.name.pos(), code,
                                "func %s must have no type parameters", name)
                if decl.type.params.list or (decl.type.results is not None and decl.type.results.list):
                    self.errorf(decl.name, code, "func %s must have no arguments and no return values", name)
            elif decl.type.type_params is not None and decl.type.type_params.list:
                self.verify_version(decl.type.type_params.list[0], 18, "type parameter")
            if name == "init":
                obj.parent = self.pkg.scope
                self.record_def(decl.name, obj)
                if decl.body is None:
                    self.softf(obj.pos, Code.MissingInitBody, "func init must have a body")
            else:
                self.declare(self.pkg.scope, decl.name, obj, 0)
        else:
            self.record_def(decl.name, obj)
            method_decls.append((decl, obj, fscope))
        self.objmap[obj] = d

    def _collect_import(self, spec, fscope, file, all_imports):
        path_lit = spec.path
        if path_lit is None or not isinstance(path_lit, N.BasicLit) or path_lit.kind != "STRING" or not path_lit.value:
            return  # reported by the parser
        from .constant import make_from_literal
        raw = make_from_literal(path_lit.value, "STRING")
        if raw is None:
            return  # malformed literal: reported by the parser
        path = raw.decode("utf-8", "replace")
        if not path:
            self.error(path_lit, Code.BadImportPath, "invalid import path (empty string)")
            return
        bad = self._invalid_import_char(path)
        if bad is not None:
            self.errorf(path_lit, Code.BadImportPath, "invalid import path (invalid character U+%04X %s)", ord(bad), _quote_rune(bad))
            return
        imp = self.import_package(path_lit, path, "")
        if imp is None:
            return
        name = imp.name
        if spec.name is not None:
            name = spec.name.name
            if path == "C":
                self.error(spec.name, Code.ImportCRenamed, "cannot rename import \"C\"")
                return
        if name == "init":
            self.error(spec, Code.InvalidInitDecl, "cannot import package as init - init must be a func")
            return
        if imp not in self.pkg.imports and imp is not UNSAFE or (imp is UNSAFE and imp not in self.pkg.imports):
            self.pkg.imports.append(imp)
        pn = PkgName(name, self.pkg, spec.pos(), imp)
        pn.decl = spec
        if spec.name is not None:
            self.record_def(spec.name, pn)
        else:
            self.record_implicit(spec, pn)
        if imp.fake:
            pn.used = True
        if name == ".":
            for ename, eobj in imp.scope.elems.items():
                if eobj.exported():
                    alt = fscope.lookup(ename)
                    if alt is not None:
                        self.report_redecl(eobj, alt) if False else self.errorf(spec, Code.DuplicateDecl, "%s redeclared in this block", ename)
                        continue
                    fscope.elems[ename] = eobj
                    self.imported_objs[(id(fscope), ename)] = pn
            self.dot_imports.append((fscope, pn))
        elif name != "_":
            self.declare(fscope, None, pn, 0)

    def _invalid_import_char(self, path):
        """The first character not allowed in an import path, or None (go/types'
        validatedImportPath: graphic, non-space, none of !"#$%&'()*,:;<=>?[\\]^{|}`)."""
        import unicodedata
        for c in path:
            if c in '!"#$%&\'()*,:;<=>?[\\]^`{|}\ufffd' or c.isspace() or \
                    unicodedata.category(c)[0] in "CZ" and c != " ":
                return c
        return None


    def unused_imports(self):
        for file in self.files:
            fscope = self.info.scopes[file]
            for spec in file.imports:
                pn = self.info.defs.get(spec.name) if spec.name is not None else self.info.implicits.get(spec)
                if not isinstance(pn, PkgName) or pn.used or pn.imported.fake:
                    continue
                if pn.name == "_":
                    continue
                path = pn.imported.path
                if pn.name == ".":
                    self.softf(spec, Code.UnusedImport, "%r imported and not used" % path if False else '"%s" imported and not used' % path)
                elif pn.name != pn.imported.name or spec.name is not None and spec.name.name != pn.imported.name:
                    self.softf(spec, Code.UnusedImport, '"%s" imported as %s and not used' % (path, pn.name))
                else:
                    self.softf(spec, Code.UnusedImport, '"%s" imported and not used' % path)

    # -- package objects -----------------------------------------------------

    def package_objects(self):
        objs = list(self.objmap)
        types_ = [o for o in objs if isinstance(o, TypeName)]
        nonalias = [o for o in types_ if o.decl.tdecl.assign == 0]
        alias = [o for o in types_ if o.decl.tdecl.assign != 0]
        for o in nonalias:
            self.obj_decl(o)
        for o in alias:
            self.obj_decl(o)
        for o in objs:
            if not isinstance(o, TypeName):
                self.obj_decl(o)
        self.methods = {}


def _pkg_string(pkg) -> str:
    """go/types' Package.String: package name ("path")."""
    from .constant import quote_str
    return "package %s (%s)" % (pkg.name, quote_str(pkg.path.encode("utf-8")))
