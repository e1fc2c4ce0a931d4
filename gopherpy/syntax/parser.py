"""This file implements the Go parser: tokens to a go/ast-shaped tree, with gc's syntax errors.

The parser is recursive descent. Its control flow, error recovery (advance with
follow sets) and every message follow gc's parser (cmd/compile/internal/syntax),
so that a broken file gets the same errors, word for word, as `go build` prints.
The tree it builds is go/ast's (nodes.py), because the printer and the type
checker are written against go/ast shapes. Where gc and go/ast disagree on the
shape (gc drops parentheses, keeps one Field per name, has a ListExpr node) we
build go/ast's and keep gc's decisions.

Error reporting follows gc's base.ErrorfAt: only the first "syntax error" per
line is kept, equal non-syntax errors on one line are reported once, and the
10th error ends parsing with "too many errors". Errors found by the scanner are
handed over when the parser reaches the token they belong to, which is when gc's
lazy scanner would have found them.
"""

from __future__ import annotations

from .scanner import decode

import bisect

from . import nodes as ast
from .nodes import NoPos
from .branches import check_branches
from .scanner import Tokens
from .source import Error
from .tokens import ASSIGN_OPS, BINARY_PREC, LITERALS, OPERATORS, tokstring

Ident = ast.Ident
BasicLit = ast.BasicLit
BadExpr = ast.BadExpr

_STOPSET = frozenset(
    ("break", "const", "continue", "defer", "fallthrough", "for", "go", "goto", "if", "return", "select",
     "switch", "type", "var")
)
_OPERATOR_CLASS = "<operator>"  # stands for gc's _Operator in follow lists
_UNARY_STMT_OPS = frozenset(("+", "-", "*", "&", "^", "!"))
_UNARY_OPS = frozenset(("+", "-", "!", "^", "~"))
_STMT_START = frozenset(
    ("INT", "FLOAT", "IMAG", "CHAR", "STRING", "func", "(", "[", "struct", "map", "chan", "interface", "<-")
)


# gc's pragma flags (only whether they are zero, and the runtime-only set, matter here)
_PRAGMA_FLAGS = {
    "go:build": 1, "go:noescape": 2, "go:norace": 4, "go:nosplit": 8 | 32, "go:noinline": 16, "go:nocheckptr": 32,
    "go:systemstack": 64, "go:nowritebarrier": 128, "go:nowritebarrierrec": 256 | 128, "go:yeswritebarrierrec": 512,
    "go:cgo_unsafe_args": 1024 | 32, "go:uintptrkeepalive": 2048, "go:uintptrescapes": 4096 | 2048,
    "go:registerparams": 8192,
}
_RUNTIME_PRAGMAS = 64 | 128 | 256 | 512


class Bailout(Exception):
    """Raised to stop parsing after too many errors."""


class _Range:
    """A range clause found in a for header (gc's RangeClause)."""

    __slots__ = ("lhs", "tok", "tok_pos", "range_pos", "x")

    def __init__(self, lhs, tok, tok_pos, range_pos, x):
        self.lhs = lhs
        self.tok = tok
        self.tok_pos = tok_pos
        self.range_pos = range_pos
        self.x = x


class Parser:
    """Parses one file's Tokens; see parse() for the entry point."""

    def __init__(self, toks: Tokens, sfile, fset, filename: str, raw: bool = False, check_branches: bool = True,
                 directive_checks: bool = False):
        self.raw = raw  # report every error (gc's syntax tests), not gc's filtered list
        self.directive_checks = directive_checks  # gc's noder checks of //go: directives (user packages)
        self.check_branches = check_branches
        self.kinds = toks.kinds
        self.lits = toks.lits
        self.poss = toks.poss
        self.ntok = len(self.kinds)
        self.sfile = sfile
        self.fset = fset
        self.filename = filename
        self.errors: list[Error] = []
        self.errpos: list[int] = []
        self.too_many = None
        self.first = None
        self.errcnt = 0
        self.last_syntax = None
        self.last_other = None
        self.xnest = 0
        self.fnest = 0
        self.i = 0
        self.tok = self.kinds[0]
        self.lit = self.lits[0]
        self.pos = self.poss[0]
        # scanner errors, keyed by the token index where they surface
        self.pragmas = []  # pending (flag, pos, text) of //go: directives
        self.bad = toks.bad
        self.serrs = toks.errors
        self.serr_i = 0
        self.serr_at = self.serrs[0][0] if self.serrs else -1
        self.lead: dict[int, ast.CommentGroup] = {}
        self.line: dict[int, ast.CommentGroup] = {}
        self.comment_groups: list[ast.CommentGroup] = []
        if self.serr_at == 0:
            self._scan_errors()

    # ------------------------------------------------------------------
    # Tokens and errors

    def next(self):
        i = self.i + 1
        if i >= self.ntok:
            return
        self.i = i
        self.tok = self.kinds[i]
        self.lit = self.lits[i]
        self.pos = self.poss[i]
        if i == self.serr_at:
            self._scan_errors()

    def _scan_errors(self):
        serrs = self.serrs
        base = self.sfile.base
        j = self.serr_i
        while j < len(serrs) and serrs[j][0] <= self.i:
            e = serrs[j]
            j += 1
            self.serr_i = j
            if len(e) == 4:
                self.pragma(base + e[1] + 2, e[3], e[2])
            else:
                self.error_at(base + e[1], e[2])
        self.serr_i = j
        self.serr_at = serrs[j][0] if j < len(serrs) else -1

    # ------------------------------------------------------------------
    # Compiler directives (gc's noder pragma handler, the checks made while parsing)

    def pragma(self, pos, blank, text):
        """Handle a //go: directive comment; pos is that of "go:"."""
        if not self.directive_checks:
            return
        text = text[2:].rstrip("\r")
        if not blank:
            self.report(pos, "misplaced compiler directive")
            return
        if text.startswith("go:wasmimport "):
            if len(text.split()) != 3:
                self.report(pos, "usage: //go:wasmimport importmodule importname")
            return
        if text.startswith("go:wasmexport "):
            if len(text.split()) != 2:
                self.report(pos, "usage: //go:wasmexport exportname")
            return
        if text.startswith(("go:linkname ", "go:linknamestd ")):
            f = text.split()
            if not 2 <= len(f) <= 3:
                self.report(pos, f"usage: //{f[0]} localname [linkname]")
            return
        if text == "go:embed" or text.startswith("go:embed "):
            return  # go:embed patterns are checked by the compiler driver (not done yet)
        if text.startswith("go:cgo_import_dynamic ") and len(text.split()) >= 4:
            return
        if text.startswith("go:cgo_"):
            self.report(pos, f"//{text} only allowed in cgo-generated code")
        verb = text.split(" ", 1)[0]
        flag = _PRAGMA_FLAGS.get(verb, 0)
        if flag & _RUNTIME_PRAGMAS:
            self.report(pos, f"//{verb} only allowed in runtime")
        if verb == "go:uintptrkeepalive":
            self.report(pos, f"//{verb} is only allowed in the standard library")
        self.pragmas.append((flag, pos, text))

    def take_pragma(self):
        """The directives pending for the declaration that starts here."""
        p = self.pragmas
        if p:
            self.pragmas = []
        return p

    def clear_pragma(self):
        """Directives not taken by a declaration are misplaced."""
        if self.pragmas:
            for flag, pos, _ in self.pragmas:
                if flag:
                    self.report(pos, "misplaced compiler directive")
            self.pragmas = []

    def got(self, tok) -> bool:
        if self.tok == tok:
            self.next()
            return True
        return False

    def want(self, tok):
        if self.tok == tok:
            self.next()
        else:
            self.syntax_error("expected " + tokstring(tok))
            self.advance()

    def error_at(self, pos, msg):
        if self.first is None:
            self.first = msg
        self.errcnt += 1
        self.report(pos, msg)

    def report(self, pos, msg):
        """Hand an error to the gc-style error sink (per-line filtering, 10-error limit)."""
        position = self.fset.position(pos)
        if self.raw:
            self.errors.append(Error(position, msg))
            self.errpos.append(pos)
            return
        key = (position.filename, position.line)
        if msg.startswith("syntax error"):
            if self.last_syntax == key:
                return
            self.last_syntax = key
        else:
            if self.last_other == (key, msg):
                return
            self.last_other = (key, msg)
        self.errors.append(Error(position, msg))
        self.errpos.append(pos)
        if len(self.errors) >= 10:
            self.too_many = Error(position, "too many errors")
            raise Bailout

    def sorted_errors(self) -> list[Error]:
        """The errors in gc's output order: sorted by position, then "too many errors"."""
        order = sorted(range(len(self.errors)), key=lambda i: self.errpos[i])
        out = [self.errors[i] for i in order]
        if self.too_many is not None:
            out.append(self.too_many)
        return out

    def error(self, msg):
        self.error_at(self.pos, msg)

    def syntax_error(self, msg):
        self.syntax_error_at(self.pos, msg)

    def syntax_error_at(self, pos, msg):
        if self.tok == "EOF" and self.first is not None:
            return
        if msg == "":
            pass
        elif msg.startswith(("in ", "at ", "after ")):
            msg = " " + msg
        elif msg.startswith("expected "):
            msg = ", " + msg
        else:
            self.error_at(pos, "syntax error: " + msg)
            return
        self.error_at(pos, "syntax error: unexpected " + self.tokdesc() + msg)

    def tokdesc(self) -> str:
        tok = self.tok
        if tok == "NAME":
            return "name " + self.lit
        if tok == ";":
            return self.lit
        if tok in LITERALS:
            return "literal " + self.lit
        if tok in OPERATORS or tok in ASSIGN_OPS or tok == "++" or tok == "--":
            return tok
        return tokstring(tok)

    def advance(self, *follow):
        if not follow:
            if self.tok != "EOF":
                self.next()
            return
        fs = set(follow)
        if _OPERATOR_CLASS in fs:
            fs |= OPERATORS
        fs.add("EOF")
        if self.fnest > 0:
            fs |= _STOPSET
        while self.tok not in fs:
            self.next()

    def lead_here(self):
        return self.lead.get(self.i)

    def line_here(self):
        """The line comment of a construct ending at the current token (a ';' or closer)."""
        i = self.i
        c = self.line.get(i)
        if c is None and self.kinds[i] == ";":
            c = self.line.get(i + 1)
        return c

    # ------------------------------------------------------------------
    # Comments

    def group_comments(self, comments, base):
        """Group comments as go/parser does and find lead and line comments per token."""
        if comments:
            self.comment_groups, self.lead, self.line = group_comments(
                comments, base, self.kinds, self.poss, self.sfile.line_starts)

    # ------------------------------------------------------------------
    # Files and declarations

    def file(self):
        """SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } ."""
        doc = self.lead_here()
        pkgpos = self.pos
        if not self.got("package"):
            self.syntax_error("package statement must be first")
            return None
        self.take_pragma()
        name = self.name()
        self.want(";")
        if self.first is not None:
            return None
        decls = []
        imports = []
        prev = "import"
        while self.tok != "EOF":
            tok = self.tok
            if tok == "import" and prev != "import":
                self.syntax_error("imports must appear before other declarations")
            prev = tok
            if tok == "import":
                d = self.gen_decl(self.import_spec)
                decls.append(d)
                imports.extend(d.specs)
            elif tok == "const":
                decls.append(self.gen_decl(self.const_spec))
            elif tok == "type":
                decls.append(self.gen_decl(self.type_spec))
            elif tok == "var":
                decls.append(self.gen_decl(self.var_spec))
            elif tok == "func":
                decls.append(self.func_decl())
            else:
                if tok == "{" and decls and type(decls[-1]) is ast.FuncDecl and decls[-1].body is None:
                    self.syntax_error("unexpected semicolon or newline before {")
                else:
                    self.syntax_error("non-declaration statement outside function body")
                self.advance("import", "const", "type", "var", "func")
                continue
            self.clear_pragma()
            if self.tok != "EOF" and not self.got(";"):
                self.syntax_error("after top level declaration")
                self.advance("import", "const", "type", "var", "func")
        self.clear_pragma()
        return doc, pkgpos, name, decls, imports

    def gen_decl(self, f):
        """Declaration = ConstDecl | TypeDecl | VarDecl | ImportDecl (gc's appendGroup)."""
        doc = self.lead_here()
        tok = self.tok
        tokpos = self.pos
        self.next()
        if self.tok == "(":
            lparen = self.pos
            self.clear_pragma()
            self.next()
            specs = []

            def one():
                spec = f(self.lead_here())
                if spec is not None:
                    spec.comment = self.line_here()
                    specs.append(spec)
                return False

            rparen = self.list("grouped declaration", ";", ")", one)
            return ast.GenDecl(doc, tokpos, tok, lparen, specs, rparen)
        spec = f(None)
        spec.comment = self.line_here()
        return ast.GenDecl(doc, tokpos, tok, NoPos, [spec], NoPos)

    def list(self, context, sep, close, f):
        """gc's list: { f sep } close, returning the position of close."""
        done = False
        while self.tok != "EOF" and self.tok != close and not done:
            done = f()
            if not self.got(sep) and self.tok != close:
                self.syntax_error(f"in {context}; possibly missing {tokstring(sep)} or {tokstring(close)}")
                self.advance(")", "]", "}")
                if self.tok != close:
                    return self.pos
        pos = self.pos
        self.want(close)
        return pos

    def import_spec(self, doc):
        """ImportSpec = [ "." | PackageName ] ImportPath ."""
        self.take_pragma()
        name = None
        if self.tok == "NAME":
            name = self.name()
        elif self.tok == ".":
            name = Ident(self.pos, ".")
            self.next()
        path = self.oliteral()
        if path is None:
            path = BasicLit(self.pos, "STRING", "")
            self.syntax_error("missing import path")
            self.advance(";", ")")
            return ast.ImportSpec(doc, name, path, None)
        if path.kind != "STRING" and self.i - 1 not in self.bad:
            self.syntax_error_at(path.value_pos, "import path must be a string")
        return ast.ImportSpec(doc, name, path, None)

    def const_spec(self, doc):
        """ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] ."""
        self.take_pragma()
        names = self.name_list(self.name())
        typ = None
        values = []
        if self.tok != "EOF" and self.tok != ";" and self.tok != ")":
            typ = self.type_or_nil()
            if self.got_assign():
                values = self.expr_list()
        return ast.ValueSpec(doc, names, typ, values, None)

    def var_spec(self, doc):
        """VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) ."""
        self.take_pragma()
        names = self.name_list(self.name())
        typ = None
        values = []
        if self.got_assign():
            values = self.expr_list()
        else:
            typ = self.type_()
            if self.got_assign():
                values = self.expr_list()
        return ast.ValueSpec(doc, names, typ, values, None)

    def type_spec(self, doc):
        """TypeSpec = identifier [ TypeParameters ] [ "=" ] Type ."""
        self.take_pragma()
        name = self.name()
        tparams = None
        assign = NoPos
        typ = None
        if self.tok == "[":
            lbrack = self.pos
            self.next()
            if self.tok == "NAME":
                x = self.name()
                if self.tok != "[":
                    self.xnest += 1
                    x = self.binary_expr(self.pexpr(x, False), 0)
                    self.xnest -= 1
                pname, ptype = _extract_name(x, self.tok == ",")
                if pname is not None and (ptype is not None or self.tok != "]"):
                    items, rbrack = self.param_list(pname, ptype, "]", True, False)
                    tparams = ast.FieldList(lbrack, _fields(items), rbrack)
                    if self.tok == "=" or self.tok == ":=":
                        assign = self.pos
                        self.got_assign()
                    typ = self.type_or_nil()
                else:
                    typ = self.array_type(lbrack, x)
            elif self.tok == "]":
                self.next()
                typ = ast.ArrayType(lbrack, None, self.type_())
            else:
                typ = self.array_type(lbrack, None)
        else:
            if self.tok == "=" or self.tok == ":=":
                assign = self.pos
                self.got_assign()
            typ = self.type_or_nil()
        if typ is None:
            typ = BadExpr(self.pos, self.pos)
            self.syntax_error("in type declaration")
            self.advance(";", ")")
        return ast.TypeSpec(doc, name, tparams, assign, typ, None)

    def got_assign(self) -> bool:
        tok = self.tok
        if tok == ":=":
            self.syntax_error("expected =")
            self.next()
            return True
        if tok == "=":
            self.next()
            return True
        return False

    def func_decl(self):
        """FunctionDecl = "func" [ Receiver ] FunctionName [ TypeParameters ] Signature [ FunctionBody ] ."""
        doc = self.lead_here()
        funcpos = self.pos
        self.next()
        self.take_pragma()
        recv = None
        has_recv = False
        if self.tok == "(":
            has_recv = True
            lparen = self.pos
            self.next()
            items, rparen = self.param_list(None, None, ")", False, False)
            recv = ast.FieldList(lparen, _fields(items), rparen)
            if len(items) == 0:
                self.error("method has no receiver")
            elif len(items) > 1:
                self.error("method has multiple receivers")
        if self.tok == "NAME":
            name = self.name()
            ftype = self.func_type("", funcpos)
        else:
            name = Ident(self.pos, "_")
            ftype = ast.FuncType(funcpos, None, ast.FieldList(NoPos, [], NoPos), None)
            self.syntax_error("expected name" if has_recv else "expected name or (")
            self.advance("{", ";")
        body = None
        if self.tok == "{":
            body = self.func_body()
        return ast.FuncDecl(doc, recv, name, ftype, body)

    def func_body(self):
        self.fnest += 1
        errcnt = self.errcnt
        body = self.block_stmt("")
        self.fnest -= 1
        if self.check_branches and errcnt == self.errcnt:
            check_branches(body, self.report, self._posstr)
        return body

    def _posstr(self, pos):
        return str(self.fset.position(pos))

    # ------------------------------------------------------------------
    # Expressions

    def expr(self):
        return self.binary_expr(None, 0)

    def binary_expr(self, x, prec):
        """Expression = UnaryExpr | Expression binary_op Expression ."""
        if x is None:
            x = self.unary_expr()
        precs = BINARY_PREC
        while True:
            tok = self.tok
            tprec = precs.get(tok)
            if tprec is None or tprec <= prec:
                return x
            oppos = self.pos
            self.next()
            x = ast.BinaryExpr(x, oppos, tok, self.binary_expr(None, tprec))

    def unary_expr(self):
        """UnaryExpr = PrimaryExpr | unary_op UnaryExpr ."""
        tok = self.tok
        if tok in _UNARY_OPS:
            pos = self.pos
            self.next()
            return ast.UnaryExpr(pos, tok, self.unary_expr())
        if tok == "*":
            pos = self.pos
            self.next()
            return ast.StarExpr(pos, self.unary_expr())
        if tok == "&":
            pos = self.pos
            self.next()
            return ast.UnaryExpr(pos, "&", self.unary_expr())
        if tok == "<-":
            pos = self.pos
            self.next()
            x = self.unary_expr()
            if type(x) is ast.ChanType:
                # <-chan T: re-associate the arrow with the channel type
                dir_ = ast.SEND
                t = x
                first = True
                while dir_ == ast.SEND:
                    if type(t) is not ast.ChanType:
                        break
                    dir_ = t.dir
                    if dir_ == ast.RECV:
                        self.syntax_error("unexpected <-, expected chan")
                    t.dir = ast.RECV
                    if first:
                        t.begin = pos
                        t.arrow = pos
                        first = False
                    else:
                        t.arrow = t.begin
                    t = t.value
                if dir_ == ast.SEND:
                    self.syntax_error(f"unexpected {expr_string(t)}, expected chan")
                return x
            return ast.UnaryExpr(pos, "<-", x)
        return self.pexpr(None, True)

    def call_stmt(self):
        """GoStmt = "go" Expression . DeferStmt = "defer" Expression ."""
        pos = self.pos
        tok = self.tok
        self.next()
        x = self.pexpr(None, self.tok == "(")
        t = _unparen(x)
        if t is not x:
            self.error_at(x.pos(), f"expression in {tok} must not be parenthesized")
            x = t
        if tok == "go":
            return ast.GoStmt(pos, x)
        return ast.DeferStmt(pos, x)

    def operand(self):
        """Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" ."""
        tok = self.tok
        if tok == "NAME":
            x = Ident(self.pos, self.lit)
            self.next()
            return x
        if tok in LITERALS:
            x = BasicLit(self.pos, tok, self.lit)
            self.next()
            return x
        if tok == "(":
            lparen = self.pos
            self.next()
            self.xnest += 1
            x = self.expr()
            self.xnest -= 1
            rparen = self.pos
            self.want(")")
            return ast.ParenExpr(lparen, x, rparen)
        if tok == "func":
            pos = self.pos
            self.next()
            ftyp = self.func_type("function type", pos)
            if self.tok == "{":
                self.xnest += 1
                body = self.func_body()
                self.xnest -= 1
                return ast.FuncLit(ftyp, body)
            return ftyp
        if tok == "[" or tok == "chan" or tok == "map" or tok == "struct" or tok == "interface":
            return self.type_()
        x = BadExpr(self.pos, self.pos)
        self.syntax_error("expected expression")
        self.advance(")", "]", "}")
        return x

    def pexpr(self, x, keep_parens):
        """PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector | Index | Slice | TypeAssertion | Arguments ."""
        if x is None:
            x = self.operand()
        while True:
            tok = self.tok
            if tok == ".":
                self.next()
                if self.tok == "NAME":
                    x = ast.SelectorExpr(x, Ident(self.pos, self.lit))
                    self.next()
                elif self.tok == "(":
                    lparen = self.pos
                    self.next()
                    if self.got("type"):
                        t = None
                    else:
                        t = self.type_()
                    rparen = self.pos
                    self.want(")")
                    x = ast.TypeAssertExpr(x, lparen, t, rparen)
                else:
                    self.syntax_error("expected name or (")
                    self.advance(";", ")")
            elif tok == "[":
                lbrack = self.pos
                self.next()
                i = None
                if self.tok != ":":
                    comma = False
                    if self.tok == "]":
                        self.syntax_error("expected operand")
                        i = [BadExpr(self.pos, self.pos)]
                    else:
                        i, comma = self.type_list(False)
                    if comma or self.tok == "]":
                        rbrack = self.pos
                        self.want("]")
                        if len(i) == 1:
                            x = ast.IndexExpr(x, lbrack, i[0], rbrack)
                        else:
                            x = ast.IndexListExpr(x, lbrack, i, rbrack)
                        continue
                    i = i[0]
                if not self.got(":"):
                    self.syntax_error("expected comma, : or ]")
                    self.advance(",", ":", "]")
                self.xnest += 1
                high = mx = None
                slice3 = False
                if self.tok != ":" and self.tok != "]":
                    high = self.expr()
                if self.tok == ":":
                    slice3 = True
                    if high is None:
                        self.error("middle index required in 3-index slice")
                        high = BadExpr(self.pos, self.pos)
                    self.next()
                    if self.tok != "]":
                        mx = self.expr()
                    else:
                        self.error("final index required in 3-index slice")
                        mx = BadExpr(self.pos, self.pos)
                self.xnest -= 1
                rbrack = self.pos
                self.want("]")
                x = ast.SliceExpr(x, lbrack, i, high, mx, slice3, rbrack)
            elif tok == "(":
                lparen = self.pos
                self.next()
                args, ellipsis, rparen = self.arg_list()
                x = ast.CallExpr(x, lparen, args, ellipsis, rparen)
            elif tok == "{":
                t = _unparen(x)
                tt = type(t)
                ok = False
                if tt is Ident or tt is ast.SelectorExpr:
                    ok = self.xnest >= 0
                elif tt is ast.IndexExpr or tt is ast.IndexListExpr:
                    ok = self.xnest >= 0 and not _is_value(t)
                elif tt is ast.ArrayType or tt is ast.StructType or tt is ast.MapType:
                    ok = True
                if not ok:
                    return x
                if t is not x:
                    self.syntax_error("cannot parenthesize type in composite literal")
                n = self.complit_expr()
                n.type = x
                x = n
            else:
                return x

    def bare_complit_expr(self):
        if self.tok == "{":
            return self.complit_expr()
        return self.expr()

    def complit_expr(self):
        """LiteralValue = "{" [ ElementList [ "," ] ] "}" (gc's list written out for speed)."""
        lbrace = self.pos
        self.xnest += 1
        self.want("{")
        elts = []
        bare = self.bare_complit_expr
        while True:
            tok = self.tok
            if tok == "}" or tok == "EOF":
                break
            e = bare()
            if self.tok == ":":
                colon = self.pos
                self.next()
                e = ast.KeyValueExpr(e, colon, bare())
            elts.append(e)
            tok = self.tok
            if tok == ",":
                self.next()
            elif tok != "}":
                self.syntax_error("in composite literal; possibly missing comma or }")
                self.advance(")", "]", "}")
                if self.tok != "}":
                    self.xnest -= 1
                    return ast.CompositeLit(None, lbrace, elts, self.pos)
        rbrace = self.pos
        self.want("}")
        self.xnest -= 1
        return ast.CompositeLit(None, lbrace, elts, rbrace)

    def arg_list(self):
        """Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .

        This is gc's list("argument list", ",", ")") written out for speed.
        """
        self.xnest += 1
        args = []
        ell = NoPos
        binary_expr = self.binary_expr
        while True:
            tok = self.tok
            if tok == ")" or tok == "EOF":
                break
            args.append(binary_expr(None, 0))
            done = False
            if self.tok == "...":
                ell = self.pos
                self.next()
                done = True
            tok = self.tok
            if tok == ",":
                self.next()
            elif tok != ")":
                self.syntax_error("in argument list; possibly missing comma or )")
                self.advance(")", "]", "}")
                if self.tok != ")":
                    self.xnest -= 1
                    return args, ell, self.pos
            if done:
                break
        rparen = self.pos
        self.want(")")
        self.xnest -= 1
        return args, ell, rparen

    # ------------------------------------------------------------------
    # Types

    def type_(self):
        typ = self.type_or_nil()
        if typ is None:
            typ = BadExpr(self.pos, self.pos)
            self.syntax_error("expected type")
            self.advance(",", ":", ";", ")", "]", "}")
        return typ

    def type_or_nil(self):
        """Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" ."""
        tok = self.tok
        pos = self.pos
        if tok == "NAME":
            return self.qualified_name(None)
        if tok == "*":
            self.next()
            return ast.StarExpr(pos, self.type_())
        if tok == "<-":
            self.next()
            self.want("chan")
            return ast.ChanType(pos, pos, ast.RECV, self.chan_elem())
        if tok == "func":
            self.next()
            return self.func_type("function type", pos)
        if tok == "[":
            self.next()
            if self.tok == "]":
                self.next()
                return ast.ArrayType(pos, None, self.type_())
            return self.array_type(pos, None)
        if tok == "chan":
            self.next()
            arrow = NoPos
            dir_ = ast.SEND | ast.RECV
            if self.tok == "<-":
                arrow = self.pos
                self.next()
                dir_ = ast.SEND
            return ast.ChanType(pos, arrow, dir_, self.chan_elem())
        if tok == "map":
            self.next()
            self.want("[")
            key = self.type_()
            self.want("]")
            return ast.MapType(pos, key, self.type_())
        if tok == "struct":
            return self.struct_type()
        if tok == "interface":
            return self.interface_type()
        if tok == "(":
            self.next()
            t = self.type_()
            rparen = self.pos
            self.want(")")
            return ast.ParenExpr(pos, t, rparen)
        return None

    def type_instance(self, typ):
        lbrack = self.pos
        self.want("[")
        if self.tok == "]":
            self.syntax_error("expected type argument list")
            idx = [BadExpr(self.pos, self.pos)]
        else:
            idx, _ = self.type_list(True)
        rbrack = self.pos
        self.want("]")
        if len(idx) == 1:
            return ast.IndexExpr(typ, lbrack, idx[0], rbrack)
        return ast.IndexListExpr(typ, lbrack, idx, rbrack)

    def func_type(self, context, funcpos):
        """Signature = Parameters [ Result ] (with optional TypeParameters first)."""
        pos = self.pos
        tparams = None
        if self.tok == "[":
            lbrack = self.pos
            self.next()
            if context:
                self.syntax_error_at(pos, context + " must have no type parameters")
            if self.tok == "]":
                self.syntax_error("empty type parameter list")
                self.next()
            else:
                items, rbrack = self.param_list(None, None, "]", True, False)
                tparams = ast.FieldList(lbrack, _fields(items), rbrack)
        lparen = self.pos
        self.want("(")
        items, rparen = self.param_list(None, None, ")", False, True)
        params = ast.FieldList(lparen, _fields(items), rparen)
        results = self.func_result()
        return ast.FuncType(funcpos, tparams, params, results)

    def array_type(self, pos, len_):
        """ArrayType = "[" ArrayLength "]" ElementType ."""
        if len_ is None:
            if self.tok == "...":
                len_ = ast.Ellipsis(self.pos, None)
                self.next()
            else:
                self.xnest += 1
                len_ = self.expr()
                self.xnest -= 1
        if self.tok == ",":
            self.syntax_error("unexpected comma; expected ]")
            self.next()
        self.want("]")
        return ast.ArrayType(pos, len_, self.type_())

    def chan_elem(self):
        typ = self.type_or_nil()
        if typ is None:
            typ = BadExpr(self.pos, self.pos)
            self.syntax_error("missing channel element type")
        return typ

    def struct_type(self):
        """StructType = "struct" "{" { FieldDecl ";" } "}" ."""
        pos = self.pos
        self.want("struct")
        lbrace = self.pos
        self.want("{")
        fields = []

        def one():
            f = self.field_decl()
            if f is not None:
                f.comment = self.line_here()
                fields.append(f)
            return False

        rbrace = self.list("struct type", ";", "}", one)
        return ast.StructType(pos, ast.FieldList(lbrace, fields, rbrace))

    def interface_type(self):
        """InterfaceType = "interface" "{" { InterfaceElem ";" } "}" ."""
        pos = self.pos
        self.want("interface")
        lbrace = self.pos
        self.want("{")
        methods = []

        def one():
            doc = self.lead_here()
            f = None
            if self.tok == "NAME":
                f = self.method_decl()
            if f is None or not f.names:
                f = self.embedded_elem(f)
            f.doc = doc
            f.comment = self.line_here()
            methods.append(f)
            return False

        rbrace = self.list("interface type", ";", "}", one)
        return ast.InterfaceType(pos, ast.FieldList(lbrace, methods, rbrace))

    def func_result(self):
        """Result = Parameters | Type ."""
        if self.tok == "(":
            lparen = self.pos
            self.next()
            items, rparen = self.param_list(None, None, ")", False, False)
            return ast.FieldList(lparen, _fields(items), rparen)
        typ = self.type_or_nil()
        if typ is not None:
            return ast.FieldList(NoPos, [ast.Field(None, [], typ, None, None)], NoPos)
        return None

    def field_decl(self):
        """FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] ."""
        doc = self.lead_here()
        tok = self.tok
        if tok == "NAME":
            name = self.name()
            if self.tok == "." or self.tok in LITERALS or self.tok == ";" or self.tok == "}":
                typ = self.qualified_name(name)
                tag = self.oliteral()
                return ast.Field(doc, [], typ, tag, None)
            names = self.name_list(name)
            if len(names) == 1 and self.tok == "[":
                typ = self.array_or_targs()
                if type(typ) in (ast.IndexExpr, ast.IndexListExpr) and typ.x is None:
                    typ.x = name
                    tag = self.oliteral()
                    return ast.Field(doc, [], typ, tag, None)
            else:
                typ = self.type_()
            tag = self.oliteral()
            return ast.Field(doc, names, typ, tag, None)
        if tok == "*":
            pos = self.pos
            self.next()
            if self.tok == "(":
                self.syntax_error("cannot parenthesize embedded type")
                self.next()
                typ = self.qualified_name(None)
                self.got(")")
            else:
                typ = self.qualified_name(None)
            tag = self.oliteral()
            return ast.Field(doc, [], ast.StarExpr(pos, typ), tag, None)
        if tok == "(":
            self.syntax_error("cannot parenthesize embedded type")
            self.next()
            if self.tok == "*":
                pos = self.pos
                self.next()
                typ = ast.StarExpr(pos, self.qualified_name(None))
            else:
                typ = self.qualified_name(None)
            self.got(")")
            tag = self.oliteral()
            return ast.Field(doc, [], typ, tag, None)
        self.syntax_error("expected field name or embedded type")
        self.advance(";", "}")
        return None

    def array_or_targs(self):
        """An array/slice type, or type arguments (returned as an IndexExpr whose x is None)."""
        pos = self.pos
        self.want("[")
        if self.got("]"):
            return ast.ArrayType(pos, None, self.type_())
        n, comma = self.type_list(False)
        rbrack = self.pos
        self.want("]")
        if not comma:
            elem = self.type_or_nil()
            if elem is not None:
                return ast.ArrayType(pos, n[0], elem)
        if len(n) == 1:
            return ast.IndexExpr(None, pos, n[0], rbrack)
        return ast.IndexListExpr(None, pos, n, rbrack)

    def oliteral(self):
        if self.tok in LITERALS:
            b = BasicLit(self.pos, self.tok, self.lit)
            self.next()
            return b
        return None

    def method_decl(self):
        """MethodElem = MethodName Signature (or the start of an embedded type)."""
        name = self.name()
        context = "interface method"
        tok = self.tok
        if tok == "(":
            return ast.Field(None, [name], self.func_type(context, NoPos), None, None)
        if tok == "[":
            pos = self.pos
            self.next()
            if self.tok == "]":
                pos2 = self.pos
                self.next()
                if self.tok == "(":
                    self.error_at(pos2, "empty type parameter list")
                    return ast.Field(None, [name], self.func_type(context, NoPos), None, None)
                self.error_at(pos2, "empty type argument list")
                return ast.Field(None, [], name, None, None)
            items, rbrack = self.param_list(None, None, "]", False, False)
            if not items:
                if self.tok == "(":
                    return ast.Field(None, [name], self.func_type(context, NoPos), None, None)
                return ast.Field(None, [], name, None, None)
            if items[0][0] is not None:
                f = ast.Field(None, [name], self.func_type(context, NoPos), None, None)
                self.error_at(pos, "interface method must have no type parameters")
                return f
            types = [it[1] for it in items]
            if len(types) == 1:
                t = ast.IndexExpr(name, pos, types[0], rbrack)
            else:
                t = ast.IndexListExpr(name, pos, types, rbrack)
            return ast.Field(None, [], t, None, None)
        return ast.Field(None, [], self.qualified_name(name), None, None)

    def embedded_elem(self, f):
        """InterfaceElem's TypeElem = TypeTerm { "|" TypeTerm } ."""
        if f is None:
            f = ast.Field(None, [], self.embedded_term(), None, None)
        while self.tok == "|":
            oppos = self.pos
            self.next()
            f.type = ast.BinaryExpr(f.type, oppos, "|", self.embedded_term())
        return f

    def embedded_term(self):
        """TypeTerm = Type | UnderlyingType ."""
        if self.tok == "~":
            pos = self.pos
            self.next()
            return ast.UnaryExpr(pos, "~", self.type_())
        t = self.type_or_nil()
        if t is None:
            t = BadExpr(self.pos, self.pos)
            self.syntax_error("expected ~ term or type")
            self.advance(_OPERATOR_CLASS, ";", ")", "]", "}")
        return t

    def param_decl_or_nil(self, name, follow):
        """ParameterDecl = [ IdentifierList ] [ "..." ] Type . Returns [name, type] or None."""
        type_sets_ok = follow == "]"
        if name is None and type_sets_ok and self.tok == "~":
            f = self.embedded_elem(None)
            return [None, f.type]
        f = [None, None]
        if self.tok == "NAME" or name is not None:
            if name is None:
                name = self.name()
            if self.tok == "[":
                t = self.array_or_targs()
                if type(t) in (ast.IndexExpr, ast.IndexListExpr) and t.x is None:
                    t.x = name
                    f[1] = t
                else:
                    f[0] = name
                    f[1] = t
                if type_sets_ok and self.tok == "|":
                    f = self._union_item(f)
                return f
            if self.tok == ".":
                f[1] = self.qualified_name(name)
                if type_sets_ok and self.tok == "|":
                    f = self._union_item(f)
                return f
            if type_sets_ok and self.tok == "|":
                f[1] = name
                return self._union_item(f)
            f[0] = name
        if self.tok == "...":
            pos = self.pos
            self.next()
            elem = self.type_or_nil()
            if elem is None:
                f[1] = BadExpr(pos, pos)
                self.syntax_error("... is missing type")
            else:
                f[1] = ast.Ellipsis(pos, elem)
            return f
        if type_sets_ok and self.tok == "~":
            f[1] = self.embedded_elem(None).type
            return f
        f[1] = self.type_or_nil()
        if type_sets_ok and self.tok == "|" and f[1] is not None:
            f = self._union_item(f)
        if f[0] is not None or f[1] is not None:
            return f
        self.syntax_error("expected " + tokstring(follow))
        self.advance(",", follow)
        return None

    def _union_item(self, f):
        fld = ast.Field(None, [], f[1], None, None)
        self.embedded_elem(fld)
        return [f[0], fld.type]

    def param_list(self, name, typ, close, require_names, dddok):
        """Parameters = "(" [ ParameterList [ "," ] ] ")" (also type parameter lists).

        Returns (items, position of close); an item is [name or None, type, group]
        where consecutive items with the same group share one written type.
        """
        if name is not None and typ is not None and self.tok == close:
            cpos = self.pos
            self.next()
            return [[name, typ, 0]], cpos
        items = []
        counts = [0, 0]  # named, typed
        first = [name, typ]

        def one():
            if first[1] is not None:
                par = [first[0], first[1]]
            else:
                par = self.param_decl_or_nil(first[0], close)
            first[0] = first[1] = None
            if par is not None:
                if par[0] is not None and par[1] is not None:
                    counts[0] += 1
                if par[1] is not None:
                    counts[1] += 1
                par.append(len(items))
                items.append(par)
            return False

        end = self.list("parameter list", ",", close, one)
        if not items:
            return items, end
        named, typed = counts
        if named == 0 and not require_names:
            for par in items:
                if par[0] is not None:
                    par[1] = par[0]
                    par[0] = None
        elif named != len(items):
            errpos = NoPos
            t = None
            gid = 0
            for par in reversed(items):
                if par[1] is not None:
                    t = par[1]
                    gid = par[2]
                    if par[0] is None:
                        errpos = t.pos()
                        par[0] = Ident(errpos, "_")
                elif t is not None:
                    par[1] = t
                    par[2] = gid
                else:
                    errpos = par[0].pos()
                    par[1] = BadExpr(errpos, errpos)
            if errpos:
                if named == typed:
                    errpos = end
                    msg = "missing type constraint" if require_names else "missing parameter type"
                else:
                    if require_names:
                        msg = "missing type parameter name"
                        if len(items) == 1:
                            msg += " or invalid array length"
                    else:
                        msg = "missing parameter name"
                self.syntax_error_at(errpos, msg)
        first_err = True
        last = len(items) - 1
        for i, par in enumerate(items):
            t = par[1]
            if type(t) is ast.Ellipsis and (not dddok or i < last):
                if first_err:
                    first_err = False
                    self.error_at(t.ellipsis, "can only use ... with final parameter" if dddok else "invalid use of ...")
                if t.elt is not None:
                    par[1] = t.elt  # T stands for the invalid ...T, as in gc's parser
        return items, end

    # ------------------------------------------------------------------
    # Statements

    def simple_stmt(self, lhs, keyword):
        """SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl ."""
        if keyword == "for" and self.tok == "range":
            return self.range_clause(None, "", NoPos)
        if lhs is None:
            lhs = self.expr_list()
        tok = self.tok
        if len(lhs) == 1 and tok != "=" and tok != ":=":
            x = lhs[0]
            pos = self.pos
            if tok in ASSIGN_OPS:
                self.next()
                return ast.AssignStmt([x], pos, tok, [self.expr()])
            if tok == "++" or tok == "--":
                self.next()
                return ast.IncDecStmt(x, pos, tok)
            if tok == "<-":
                self.next()
                return ast.SendStmt(x, pos, self.expr())
            return ast.ExprStmt(x)
        if tok == "=" or tok == ":=":
            pos = self.pos
            self.next()
            if keyword == "for" and self.tok == "range":
                return self.range_clause(lhs, tok, pos)
            rhs = self.expr_list()
            return ast.AssignStmt(lhs, pos, tok, rhs)
        self.syntax_error("expected := or = or comma")
        self.advance(";", "}")
        return ast.ExprStmt(lhs[0])

    def range_clause(self, lhs, tok, tok_pos):
        rpos = self.pos
        self.next()
        return _Range(lhs, tok, tok_pos, rpos, self.expr())

    def labeled_stmt_or_nil(self, label):
        """LabeledStmt = Label ":" Statement ."""
        colon = self.pos
        self.want(":")
        if self.tok == "}":
            return ast.LabeledStmt(label, colon, ast.EmptyStmt(self.pos, True))
        s = self.stmt_or_nil()
        if s is not None:
            return ast.LabeledStmt(label, colon, s)
        self.syntax_error_at(colon, "missing statement after label")
        return None

    def block_stmt(self, context):
        """Block = "{" StatementList "}" ."""
        lbrace = self.pos
        if not self.got("{"):
            self.syntax_error("expected { after " + context)
            self.advance("NAME", "}")
            rbrace = self.pos
            if self.got("}"):
                return ast.BlockStmt(lbrace, [], rbrace)
        lst = self.stmt_list()
        rbrace = self.pos
        self.want("}")
        return ast.BlockStmt(lbrace, lst, rbrace)

    def decl_stmt(self, f):
        return ast.DeclStmt(self.gen_decl(f))

    def for_stmt(self):
        """ForStmt = "for" [ Condition | ForClause | RangeClause ] Block ."""
        pos = self.pos
        init, cond, post = self.header("for")
        body = self.block_stmt("for clause")
        if type(init) is _Range:
            r = init
            key = value = extra = None
            if r.lhs:
                key = r.lhs[0]
                if len(r.lhs) > 1:
                    value = r.lhs[1]
                if len(r.lhs) > 2:
                    extra = r.lhs[2]
            return ast.RangeStmt(pos, key, value, r.tok_pos, r.tok, r.range_pos, r.x, body, extra)
        return ast.ForStmt(pos, init, cond, post, body)

    def header(self, keyword):
        """The header of an if, for or switch statement: gc's header."""
        self.want(keyword)
        init = cond = post = None
        if self.tok == "{":
            if keyword == "if":
                self.syntax_error("missing condition in if statement")
                cond = BadExpr(self.pos, self.pos)
            return init, cond, post
        outer = self.xnest
        self.xnest = -1
        if self.tok != ";":
            if self.got("var"):
                self.syntax_error(f"var declaration not allowed in {keyword} initializer")
            init = self.simple_stmt(None, keyword)
            if type(init) is _Range:
                self.xnest = outer
                return init, None, None
        cond_stmt = None
        semi_pos = NoPos
        semi_lit = ""
        if self.tok != "{":
            if self.tok == ";":
                semi_pos = self.pos
                semi_lit = self.lit
                self.next()
            else:
                self.want("{")
                if self.tok != "{":
                    self.advance("{", "}")
            done = False
            if keyword == "for":
                if self.tok != ";":
                    if self.tok == "{":
                        self.syntax_error("expected for loop condition")
                        done = True
                    else:
                        cond_stmt = self.simple_stmt(None, "")
                if not done:
                    self.want(";")
                    if self.tok != "{":
                        post = self.simple_stmt(None, "")
                        if type(post) is ast.AssignStmt and post.tok == ":=":
                            self.syntax_error_at(post.tok_pos, "cannot declare in post statement of for loop")
            elif self.tok != "{":
                cond_stmt = self.simple_stmt(None, keyword)
        else:
            cond_stmt = init
            init = None
        s = cond_stmt
        if s is None:
            if keyword == "if" and semi_pos:
                if semi_lit != "semicolon":
                    self.syntax_error_at(semi_pos, f"unexpected {semi_lit}, expected {{ after if clause")
                else:
                    self.syntax_error_at(semi_pos, "missing condition in if statement")
                cond = BadExpr(semi_pos, semi_pos)
        elif type(s) is ast.ExprStmt:
            cond = s.x
        elif keyword == "switch" and _is_guard_assign(s):
            cond = s
        else:
            if type(s) is ast.AssignStmt and s.tok == "=":
                text = "assignment " + _emphasize(s.lhs) + " = " + _emphasize(s.rhs)
            else:
                text = stmt_string(s)
            self.syntax_error_at(_gc_stmt_pos(s), f"cannot use {text} as value")
        self.xnest = outer
        return init, cond, post

    def if_stmt(self):
        """IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] ."""
        pos = self.pos
        init, cond, _ = self.header("if")
        body = self.block_stmt("if clause")
        else_ = None
        if self.got("else"):
            if self.tok == "if":
                else_ = self.if_stmt()
            elif self.tok == "{":
                else_ = self.block_stmt("")
            else:
                self.syntax_error("else must be followed by if or statement block")
                self.advance("NAME", "}")
        if cond is None:
            cond = BadExpr(pos, pos)
        return ast.IfStmt(pos, init, cond, body, else_)

    def switch_stmt(self):
        """SwitchStmt = ExprSwitchStmt | TypeSwitchStmt ."""
        pos = self.pos
        init, tag, _ = self.header("switch")
        lbrace = self.pos
        if not self.got("{"):
            self.syntax_error("missing { after switch clause")
            self.advance("case", "default", "}")
        clauses = []
        while self.tok != "EOF" and self.tok != "}":
            clauses.append(self.case_clause())
        rbrace = self.pos
        self.want("}")
        body = ast.BlockStmt(lbrace, clauses, rbrace)
        if isinstance(tag, ast.Stmt):
            return ast.TypeSwitchStmt(pos, init, tag, body)
        if type(tag) is ast.TypeAssertExpr and tag.type is None:
            return ast.TypeSwitchStmt(pos, init, ast.ExprStmt(tag), body)
        return ast.SwitchStmt(pos, init, tag, body)

    def select_stmt(self):
        """SelectStmt = "select" "{" { CommClause } "}" ."""
        pos = self.pos
        self.want("select")
        lbrace = self.pos
        if not self.got("{"):
            self.syntax_error("missing { after select clause")
            self.advance("case", "default", "}")
        clauses = []
        while self.tok != "EOF" and self.tok != "}":
            clauses.append(self.comm_clause())
        rbrace = self.pos
        self.want("}")
        return ast.SelectStmt(pos, ast.BlockStmt(lbrace, clauses, rbrace))

    def case_clause(self):
        """ExprCaseClause = ExprSwitchCase ":" StatementList ."""
        pos = self.pos
        lst = []
        if self.tok == "case":
            self.next()
            lst = self.expr_list()
        elif self.tok == "default":
            self.next()
        else:
            self.syntax_error("expected case or default or }")
            self.advance(":", "case", "default", "}")
        colon = self.pos
        self.want(":")
        return ast.CaseClause(pos, lst, colon, self.stmt_list())

    def comm_clause(self):
        """CommClause = CommCase ":" StatementList ."""
        pos = self.pos
        comm = None
        if self.tok == "case":
            self.next()
            comm = self.simple_stmt(None, "")
        elif self.tok == "default":
            self.next()
        else:
            self.syntax_error("expected case or default or }")
            self.advance(":", "case", "default", "}")
        colon = self.pos
        self.want(":")
        return ast.CommClause(pos, comm, colon, self.stmt_list())

    def stmt_or_nil(self):
        """Statement (or None if the current token cannot start one)."""
        tok = self.tok
        if tok == "NAME":
            if self.pragmas:
                self.clear_pragma()
            lhs = self.expr_list()
            if len(lhs) == 1 and type(lhs[0]) is Ident and self.tok == ":":
                return self.labeled_stmt_or_nil(lhs[0])
            return self.simple_stmt(lhs, "")
        if tok == "var":
            return self.decl_stmt(self.var_spec)
        if tok == "const":
            return self.decl_stmt(self.const_spec)
        if tok == "type":
            return self.decl_stmt(self.type_spec)
        if self.pragmas:
            self.clear_pragma()
        if tok == "{":
            return self.block_stmt("")
        if tok in _UNARY_STMT_OPS or tok in _STMT_START:
            return self.simple_stmt(None, "")
        if tok == "for":
            return self.for_stmt()
        if tok == "switch":
            return self.switch_stmt()
        if tok == "select":
            return self.select_stmt()
        if tok == "if":
            return self.if_stmt()
        if tok == "fallthrough":
            pos = self.pos
            self.next()
            return ast.BranchStmt(pos, "fallthrough", None)
        if tok == "break" or tok == "continue":
            pos = self.pos
            self.next()
            label = None
            if self.tok == "NAME":
                label = self.name()
            return ast.BranchStmt(pos, tok, label)
        if tok == "go" or tok == "defer":
            return self.call_stmt()
        if tok == "goto":
            pos = self.pos
            self.next()
            return ast.BranchStmt(pos, "goto", self.name())
        if tok == "return":
            pos = self.pos
            self.next()
            results = []
            if self.tok != ";" and self.tok != "}":
                results = self.expr_list()
            return ast.ReturnStmt(pos, results)
        if tok == ";":
            return ast.EmptyStmt(self.pos, self.lit != "semicolon")
        return None

    def stmt_list(self):
        """StatementList = { Statement ";" } ."""
        lst = []
        while True:
            tok = self.tok
            if tok == "EOF" or tok == "}" or tok == "case" or tok == "default":
                return lst
            s = self.stmt_or_nil()
            if self.pragmas:
                self.clear_pragma()
            if s is None:
                return lst
            if type(s) is not ast.EmptyStmt or not s.implicit:
                lst.append(s)
            if self.tok == ";":
                self.next()
            elif self.tok != "}":
                self.syntax_error("at end of statement")
                self.advance(";", "}", "case", "default")
                self.got(";")

    # ------------------------------------------------------------------
    # Common productions

    def name(self):
        if self.tok == "NAME":
            n = Ident(self.pos, self.lit)
            self.next()
            return n
        n = Ident(self.pos, "_")
        self.syntax_error("expected name")
        self.advance()
        return n

    def name_list(self, first):
        lst = [first]
        while self.tok == ",":
            self.next()
            lst.append(self.name())
        return lst

    def qualified_name(self, name):
        """TypeName = identifier | PackageName "." identifier (with optional TypeArgs)."""
        if name is not None:
            x = name
        elif self.tok == "NAME":
            x = Ident(self.pos, self.lit)
            self.next()
        else:
            x = Ident(self.pos, "_")
            self.syntax_error("expected name")
            self.advance(".", ";", "}")
        if self.tok == ".":
            self.next()
            x = ast.SelectorExpr(x, self.name())
        if self.tok == "[":
            x = self.type_instance(x)
        return x

    def expr_list(self):
        """ExpressionList = Expression { "," Expression } ."""
        lst = [self.binary_expr(None, 0)]
        while self.tok == ",":
            self.next()
            lst.append(self.binary_expr(None, 0))
        return lst

    def type_list(self, strict):
        """A list of types (or of expressions, then types): returns (list, saw a comma)."""
        self.xnest += 1
        x = self.type_() if strict else self.expr()
        lst = [x]
        comma = False
        if self.got(","):
            comma = True
            t = self.type_or_nil()
            if t is not None:
                lst.append(t)
                while self.got(","):
                    t = self.type_or_nil()
                    if t is None:
                        break
                    lst.append(t)
        self.xnest -= 1
        return lst, comma


# ----------------------------------------------------------------------
# Helpers


def group_comments(comments, base, kinds, poss, starts):
    """Group comments as go/parser does: (groups, lead comment per token index, line comment per token index).

    go/parser's next() collects the comments before each token: a group on the line
    of the previous token is that token's line comment (if the next token is on
    another line, or is a semicolon or EOF); the last group ending on the line just
    before the token is the token's lead comment.
    """
    groups = []
    lead = {}
    line_ = {}
    if not comments:
        return groups, lead, line_
    bis = bisect.bisect_right

    def line(off):
        return bis(starts, off)

    ci = 0
    nc = len(comments)
    while ci < nc:
        off0 = comments[ci][0]
        k = bis(poss, base + off0)
        if k >= len(poss):
            k = len(poss) - 1
        # the comments of this gap
        cj = ci
        limit = poss[k] - base
        while cj < nc and comments[cj][0] < limit or (cj < nc and kinds[k] == "EOF" and cj >= ci):
            cj += 1
            if cj < nc and kinds[k] == "EOF":
                continue
        if cj == ci:
            cj = ci + 1
        gap = comments[ci:cj]
        ci = cj
        prevline = line(poss[k - 1] - base) if k > 0 else 0
        nextline = line(poss[k] - base)
        idx = 0
        lines = [(line(o), line(o) + t.count("\n")) for o, t in gap]
        if lines[0][0] == prevline and k > 0:
            endline = lines[0][0]
            lst = []
            while idx < len(gap) and lines[idx][0] <= endline:
                lst.append(_comment(base, gap[idx]))
                endline = lines[idx][1]
                idx += 1
            g = ast.CommentGroup(lst)
            groups.append(g)
            nl = lines[idx][0] if idx < len(gap) else nextline
            if idx < len(gap) or nl != endline or kinds[k] == ";" or kinds[k] == "EOF":
                line_[k] = g
        endline = -1
        g = None
        while idx < len(gap):
            endline = lines[idx][0]
            lst = []
            while idx < len(gap) and lines[idx][0] <= endline + 1:
                lst.append(_comment(base, gap[idx]))
                endline = lines[idx][1]
                idx += 1
            g = ast.CommentGroup(lst)
            groups.append(g)
        if g is not None and endline + 1 == nextline:
            lead[k] = g
    return groups, lead, line_


def _comment(base, c):
    off, text = c

    text = decode(text)
    if "\r" in text:
        text = text.replace("\r", "")
    return ast.Comment(base + off, text)


def _fields(items):
    """Group parameter items (see Parser.param_list) into go/ast Fields."""
    out = []
    prev = None
    for name, typ, gid in items:
        if name is None:
            out.append(ast.Field(None, [], typ, None, None))
            prev = None
            continue
        if prev is not None and prev[0] == gid and prev[1].type is typ:
            prev[1].names.append(name)
            continue
        f = ast.Field(None, [name], typ, None, None)
        out.append(f)
        prev = (gid, f)
    return out


def _unparen(x):
    while type(x) is ast.ParenExpr:
        x = x.x
    return x


def _is_value(x) -> bool:
    t = type(x)
    if t in (BasicLit, ast.CompositeLit, ast.FuncLit, ast.SliceExpr, ast.TypeAssertExpr, ast.CallExpr):
        return True
    if t is ast.UnaryExpr or t is ast.BinaryExpr:
        return True
    if t is ast.ParenExpr:
        return _is_value(x.x)
    if t is ast.IndexExpr:
        return _is_value(x.x) or _is_value(x.index)
    if t is ast.IndexListExpr:
        return _is_value(x.x)
    return False


def _is_type_elem(x) -> bool:
    t = type(x)
    if t in (ast.ArrayType, ast.StructType, ast.FuncType, ast.InterfaceType, ast.MapType, ast.ChanType):
        return True
    if t is ast.BinaryExpr:
        return _is_type_elem(x.x) or _is_type_elem(x.y)
    if t is ast.UnaryExpr:
        return x.op == "~" or _is_type_elem(x.x)
    if t is ast.StarExpr:
        return _is_type_elem(x.x)
    if t is ast.ParenExpr:
        return _is_type_elem(x.x)
    return False


def _extract_name(x, force):
    """Split `P C` parsed as an expression in `type T[P C]` into name and constraint."""
    t = type(x)
    if t is Ident:
        return x, None
    if t is ast.BinaryExpr:
        if x.op == "*":
            if type(x.x) is Ident and (force or _is_type_elem(x.y)):
                return x.x, ast.StarExpr(x.op_pos, x.y)
        elif x.op == "|":
            name, lhs = _extract_name(x.x, force or _is_type_elem(x.y))
            if name is not None and lhs is not None:
                return name, ast.BinaryExpr(lhs, x.op_pos, "|", x.y)
    elif t is ast.CallExpr:
        if type(x.fun) is Ident:
            if len(x.args) == 1 and not x.ellipsis and (force or _is_type_elem(x.args[0])):
                return x.fun, ast.ParenExpr(x.lparen, x.args[0], x.rparen)
    return None, x


def _is_guard_assign(s) -> bool:
    return (
        type(s) is ast.AssignStmt
        and s.tok == ":="
        and len(s.lhs) == 1
        and type(s.lhs[0]) is Ident
        and len(s.rhs) == 1
        and type(s.rhs[0]) is ast.TypeAssertExpr
        and s.rhs[0].type is None
    )


def _gc_stmt_pos(s):
    """gc's position of a simple statement: the operator for assignments and sends."""
    t = type(s)
    if t is ast.AssignStmt or t is ast.IncDecStmt:
        return s.tok_pos
    if t is ast.SendStmt:
        return s.arrow
    return s.pos()


def _emphasize(xs) -> str:
    s = ", ".join(expr_string(x) for x in xs)
    if len(xs) == 1 and type(xs[0]) is ast.BinaryExpr:
        return "(" + s + ")"
    return s


def expr_string(x) -> str:
    """A short rendering of an expression in gc's syntax.String style (bodies elided)."""
    from .exprstring import expr_string as es

    return es(x)


def stmt_string(s) -> str:
    from .exprstring import stmt_string as ss

    return ss(s)
