"""This file implements the compiler driver: one type-checked Go package in, one Python code object out.

Code generation writes Python source text line by line, each line tagged with the Go
line it came from; the text is parsed with `ast.parse`, every node's line number is
replaced by its Go line, and the tree is compiled with the .go file as filename. Code
objects are then renamed to Go's qualified function names (main.main, main.(*T).M,
main.main.func1) so tracebacks and goroutine dumps read like Go's.

Pieces: names.py (identifier mangling), typeinfo.py (the checker's API), expr.py and
call.py (expressions), stmt.py (statements), decl.py (types, struct classes, methods,
rtype constants). See README.md.
"""

from __future__ import annotations

import ast

from gopherpy.compile import typeinfo as ti
from gopherpy.compile.call import CallMixin
from gopherpy.compile.decl import DeclMixin
from gopherpy.compile.expr import ExprMixin
from gopherpy.compile.foreign import ForeignMixin
from gopherpy.compile.loopopt import LoopOptMixin
from gopherpy.compile.order import OrderMixin
from gopherpy.compile.names import mangle, symprefix
from gopherpy.compile.state import FuncState, LoopCtx  # noqa: F401
from gopherpy.compile.stmt import StmtMixin
from gopherpy.syntax import nodes as N


class CompileError(Exception):
    """An internal compiler error at a Go position (printed as gc's ICE)."""


# Marks, in generated expression text, the start of a physical line with the Go line
# written between two marks (Compiler.at_line). Never part of generated code itself:
# the compiler writes NUL bytes in string literals as escapes.
LINE_MARK = "\x00"


class Compiler(ExprMixin, CallMixin, StmtMixin, DeclMixin, LoopOptMixin, ForeignMixin, OrderMixin):
    """Compiles one package; `compile_package()` returns the code object of its module."""

    def __init__(self, pkg, info, files, fset, pkgpath: str):
        self.pkg = pkg
        self.ti = ti.TypeInfo(pkg, info)
        self.info = info
        self.files = files
        self.fset = fset
        self.pkgpath = pkgpath
        self.pkgname = ti.pkg_name(pkg) or (files[0].name.name if files else "main")
        self.symprefix = symprefix(pkgpath)  # of Go-visible function names (decl.py)
        self.out: list[tuple[int, int, str]] = []   # (indent, goline, text)
        self.header: list[str] = []
        self.indent = 0
        self.line = 1
        self.fs: FuncState | None = None
        self.pkg_objs: dict = {}        # package-level obj -> python name
        self.imports: dict[str, str] = {}  # import path -> python name
        self.ntemp = 0
        self.qualnames: dict[str, str] = {}  # python qualname -> Go name
        self.wrapnames: dict[str, str] = {}  # python qualname -> Go name of a wrapper gc elides in traces
        self.native_frames: list = []   # (native's attribute, Go name, file, line): decl.native_frame
        self.gowraps: list = []         # (Go name of a function, line, gc's name of a go statement's wrapper)
        self.rtypes: dict = {}          # type key -> python name of its rtype constant
        self.rtype_lines: list[str] = []
        self.classes: dict = {}         # struct type key -> python class name
        self.class_lines: list[tuple[int, int, str]] = []
        self.natives: set[str] = set()
        self.funclit_counter: dict[str, int] = {}
        self.filename = files[0].filename if files else "<go>"
        self.expr_depth = 0  # nesting of expr() calls (see ExprMixin.expr)
        self.override: dict = {}  # expression node -> Python text standing for its value
        self.synthetic: dict = {}  # file -> [(synthetic line, file, line)] (synthetic_line)
        self.foreign_init()
        self.order_done: set = set()        # expressions already ordered (order.py)
        self.order_roots: set = set()       # operands of && and || (ordered apart: order.py)
        self.order_shared_cache: dict = {}  # function body -> its shared locals (order.py)

    # -- output ---------------------------------------------------------------

    def emit(self, text: str, line: int | None = None) -> None:
        self.out.append((self.indent, line or self.line, text))

    def setpos(self, node) -> None:
        if node is not None:
            p = node.pos()
            if p:
                ln = self.fset.position(p, False).line
                if ln > 0:
                    self.line = ln

    def goline(self, node) -> int:
        """The physical line of node (//line directives are applied at run time: see
        linetab_line)."""
        p = node.pos() if node is not None else 0
        return self.fset.position(p, False).line if p else self.line

    def linetab_line(self, filename: str) -> str | None:
        """For a file holding //line directives, the statement that registers its table
        with runtime/traceback.py (which maps physical lines to directed positions)."""
        import os
        sf = next((f for f in self.fset.files if f.name == filename), None)
        if sf is None or not sf.line_infos:
            return None
        d = os.path.dirname(filename)
        entries = []
        for off, name, line, _col in sf.line_infos:
            if not name:
                name = "??"
            elif not os.path.isabs(name):
                name = os.path.join(d, name)
            entries.append((sf.line_of(off), name, line))
        for syn, name, line in self.synthetic.get(filename, ()):
            if not name:
                name = "??"
            elif not os.path.isabs(name):
                name = os.path.join(d, name)
            entries.append((syn, name, line))
        return ("from gopherpy.runtime.traceback import set_linetab as _gsetlt; "
                f"_gsetlt({filename!r}, {entries!r})")

    def at_line(self, pos, text: str) -> str:
        """Expression text that Python attributes to the Go line of pos when that is not
        the line being emitted: gc gives a call the line of its '(' (what stacks and
        runtime.Caller report), and a statement's calls can sit on later lines. The
        text is parenthesised and starts a physical line of its own (LINE_MARK, split
        by _finish)."""
        ln = self.fset.position(pos, False).line if pos else 0
        if ln > 0:
            ln = self.synthetic_line(pos, ln)
        if ln <= 0 or ln == self.line:
            return text
        return f"({LINE_MARK}{ln}{LINE_MARK}{text})"

    def line_mark(self, ln: int) -> str:
        """Text that starts a physical line of Go line ln inside brackets (see at_line)."""
        return f"{LINE_MARK}{ln}{LINE_MARK}" if ln > 0 else ""

    def synthetic_line(self, pos, ln: int) -> int:
        """Physical line ln of pos, unless a /*line*/ directive sits inside that line: the
        run-time table (linetab_line) maps whole physical lines, so pos then gets a line
        past the end of the file whose own table entry is pos's directed position."""
        sf = self.fset.file(pos)
        if sf is None or not sf.line_infos:
            return ln
        start = sf.line_starts[ln - 1]
        if not any(sf.line_of(off) == ln and off != start for off, _n, _l, _c in sf.line_infos):
            return ln
        d = self.fset.position(pos)
        syn = self.synthetic.setdefault(sf.name, [])
        for s, name, line in syn:
            if (name, line) == (d.filename, d.line):
                return s
        s = len(sf.line_starts) + 1000 + len(syn)
        syn.append((s, d.filename, d.line))
        return s

    def tmp(self, base: str = "t") -> str:
        self.ntemp += 1
        return f"_g{base}{self.ntemp}"

    def ice(self, node, msg: str):
        pos = self.fset.position(node.pos()) if node is not None else ""
        raise CompileError(f"{pos}: internal compiler error: {msg}")

    # -- names ----------------------------------------------------------------

    def declare_local(self, obj, ident=None) -> str:
        fs = self.fs
        name = ti.obj_name(obj)
        py = mangle(name)
        if py in fs.used or name == "_" or self.name_in_outer(py):
            py = f"_gl{len(fs.used)}_{py}"
        fs.used.add(py)
        fs.names[obj] = py
        return py

    def name_in_outer(self, py: str) -> bool:
        """Whether py is already a package-level name or a name of an enclosing function."""
        if py in self.pkg_names:
            return True
        f = self.fs.parent
        while f is not None:
            if py in f.used:
                return True
            f = f.parent
        return False

    def lookup(self, obj):
        """(python name, is_boxed, owner FuncState or None for package level)."""
        fs = self.fs
        while fs is not None:
            py = fs.names.get(obj)
            if py is not None:
                return py, obj in fs.boxed, fs
            fs = fs.parent
        py = self.pkg_objs.get(obj)
        if py is not None:
            return py, False, None
        py = self.foreign_lookup(obj)  # another package's, from its generic code compiled here
        if py is not None:
            return py, False, None
        return None, False, None

    # -- driver ---------------------------------------------------------------

    def compile_package(self):
        """Generate the package's Python code: a list of (filename, source, code object)."""
        self.collect_package_objects()
        self.pkg_names = set(self.pkg_objs.values()) | set(self.imports.values())
        self.rtype_post: list[str] = []
        self.rtype_final: list[str] = []
        self.tail: list[str] = []
        chunks = []
        for f in self.files:
            self.filename = f.filename
            self.out = []
            for d in f.decls:
                if isinstance(d, N.GenDecl) and d.tok == "type":
                    for s in d.specs:
                        self.declare_type_spec(s, None)
            chunks.append((f.filename, self.out))
        for (fname, out), f in zip(chunks, self.files):
            self.filename = fname
            self.out = out
            for d in f.decls:
                if isinstance(d, N.FuncDecl):
                    self.func_decl(d)
        # instances of generic functions and types, compiled into the last file's chunk
        self.out = chunks[-1][1] if chunks else []
        self.filename = chunks[-1][0] if chunks else "<go>"
        self.compile_pending()
        self.filename = self.files[0].filename if self.files else "<go>"
        self.out = []
        self.package_var_init()
        if self.pending:
            inst_out = self.out
            self.out = chunks[-1][1] if chunks else []
            self.compile_pending()
            self.out = inst_out
        self.emit_init_calls()
        init_out = self.out
        result = []
        # chunk 0: header, rtypes and struct classes (no Go lines)
        pre = [(0, 1, h) for h in self.header] + [(0, 1, r) for r in self.rtype_lines]
        pre += self.class_lines + [(0, 1, r) for r in self.rtype_post]
        if self.rtypes:
            # sizes and offsets once every named type's underlying type is set
            pre.append((0, 1, f"_grt.layout(({''.join(p + ', ' for p in self.rtypes.values())}))"))
        pre += [(0, 1, r) for r in self.rtype_final]
        if self.native_frames:
            pre.append((0, 1, "from gopherpy.runtime.symtab import set_natives as _gsetnat; "
                              f"_gsetnat(_gnative, {self.native_frames!r})"))
        if self.gowraps:
            pre.append((0, 1, "from gopherpy.runtime.symtab import set_gowraps as _gsetgw; "
                              f"_gsetgw({self.gowraps!r})"))
        result.append(self._finish(self.filename, pre))
        for fname, out in chunks:
            lt = self.linetab_line(fname)
            result.append(self._finish(fname, ([(0, 1, lt)] if lt else []) + out))
        for fname, out in self.extra_chunks.items():  # other packages' generic code (foreign.py)
            result.append(self._finish(fname, out))
        result.append(self._finish(self.filename, init_out + [(0, 1, t) for t in self.tail]))
        return result

    def _finish(self, filename: str, out):
        text = []
        glines = []
        for indent, gl, t in out:
            if LINE_MARK in t:
                # continuation lines inside brackets, each with its own Go line
                parts = t.split(LINE_MARK)
                text.append("    " * indent + parts[0])
                glines.append(gl)
                for i in range(1, len(parts) - 1, 2):
                    text.append("    " * (indent + 1) + parts[i + 1])
                    glines.append(int(parts[i]))
                continue
            text.append("    " * indent + t)
            glines.append(gl)
        src = "\n".join(text) + "\n"
        return filename, src, self.to_code(src, glines, filename)

    def to_code(self, src: str, glines: list[int], filename: str):
        try:
            tree = ast.parse(src, filename)
        except SyntaxError as e:
            raise CompileError(f"{filename}: internal compiler error: generated code: {e}\n"
                               + "\n".join(f"{i + 1:4} {l}" for i, l in enumerate(src.split(chr(10)))))
        for node in ast.walk(tree):
            if hasattr(node, "lineno"):
                i = node.lineno - 1
                node.lineno = glines[i] if 0 <= i < len(glines) else 1
                node.col_offset = 0
                if getattr(node, "end_lineno", None) is not None:
                    j = node.end_lineno - 1
                    node.end_lineno = max(node.lineno, glines[j] if 0 <= j < len(glines) else 1)
                    node.end_col_offset = 0
        code = compile(tree, filename, "exec", dont_inherit=True, optimize=0)
        # The module body only defines things and calls the init functions: it is not a
        # Go frame (tracebacks keep frames whose file is a .go file).
        return rename_code(code, self.qualnames, self.wrapnames).replace(co_filename=filename + "<init>")


def rename_code(code, qualnames: dict[str, str], wrapnames=None):
    """Rename every function code object nested in `code` to its Go name. A wrapper
    (wrapnames: gc's autogenerated functions, which traces leave out) gets its Go name
    and the file `<autogenerated>`, so that it is not a Go frame (symtab.is_go_code)
    while FuncForPC still names it."""
    consts = []
    changed = False
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            c2 = rename_code(c, qualnames, wrapnames)
            consts.append(c2)
            changed = True
        else:
            consts.append(c)
    kw = {}
    if changed:
        kw["co_consts"] = tuple(consts)
    goname = qualnames.get(code.co_qualname)
    if goname is not None:
        kw["co_name"] = goname
        kw["co_qualname"] = goname
    elif wrapnames:
        goname = wrapnames.get(code.co_qualname)
        if goname is not None:
            kw["co_name"] = goname
            kw["co_qualname"] = goname
            kw["co_filename"] = "<autogenerated>"
    return code.replace(**kw) if kw else code
