"""This file implements go/parser: the parser gofmt uses, with its error recovery and its messages.

gopherpy has two parsers over the same tokens and the same tree (nodes.py):
parser.py follows gc's parser (cmd/compile/internal/syntax), so that `gopherpy
build` reports syntax errors as `go build` does; this one follows go/parser,
so that `gopherpy fmt` accepts exactly the files gofmt accepts and reports
gofmt's errors ("expected ';', found ':='", "missing ',' in argument list").
The two accept slightly different languages (go/parser makes no label checks and
takes a method with two receivers; it refuses a range clause with three
variables) and recover differently, which is why neither can stand in for the
other.

Each parse function is named after go/parser's (parse_simple_stmt is
parseSimpleStmt) and carries the production it parses. Control flow, follow
sets, the nesting limit and every message are go/parser's; the nodes are
nodes.py's. Error reporting is scanner.ErrorList's as go/parser fills it:
outside AllErrors mode an error on the line of the previous one is dropped, and
the 11th kept error ends parsing. Errors of the scanner go into the list
unfiltered, when the parser fetches the token they belong to.

Tokens come from the fast scanner (scanner.py) when it found no lexical error
(then go/scanner's tokens are the same), else from goscanner.py, the slow
faithful port of go/scanner. Lead and line comments per token index come from
parser.group_comments, which implements go/parser's comment grouping.
"""

from __future__ import annotations

import bisect

from . import nodes as ast
from .nodes import NoPos
from .parser import group_comments
from .scanner import scan
from .source import Position

Ident = ast.Ident
BasicLit = ast.BasicLit
BadExpr = ast.BadExpr

MAX_NEST_LEV = 100_000

_STMT_START = frozenset(("break", "const", "continue", "defer", "fallthrough", "for", "go", "goto", "if", "return",
                         "select", "switch", "type", "var"))
_DECL_START = frozenset(("import", "const", "type", "var"))
_EXPR_END = frozenset((",", ":", ";", ")", "]", "}"))
_LITERALS = frozenset(("NAME", "INT", "FLOAT", "IMAG", "CHAR", "STRING"))
_BASIC_LITS = frozenset(("INT", "FLOAT", "IMAG", "CHAR", "STRING"))
_ASSIGN_TOKS = frozenset((":=", "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="))
_SIMPLE_STMT_START = frozenset(("NAME", "INT", "FLOAT", "IMAG", "CHAR", "STRING", "func", "(", "[", "struct", "map",
                                "chan", "interface", "+", "-", "*", "&", "^", "<-", "!"))
_PREC = {
    "||": 1, "&&": 2,
    "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
    "+": 4, "-": 4, "|": 4, "^": 4,
    "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
}
_UNARY = frozenset(("+", "-", "!", "^", "&", "~"))
_PARAM_TYPE_START = frozenset(("NAME", "*", "<-", "func", "chan", "map", "struct", "interface", "("))
_PARAM_TYPE_START2 = frozenset(("*", "<-", "func", "[", "chan", "map", "struct", "interface", "("))

BASIC, LABEL_OK, RANGE_OK = 0, 1, 2


class Bailout(Exception):
    """Ends parsing: too many errors, or nesting too deep."""


def _tokstr(kind: str) -> str:
    """go/token's Token.String for one of our kinds."""
    if kind == "NAME":
        return "IDENT"
    return kind


class _Field:
    __slots__ = ("name", "typ")

    def __init__(self, name, typ):
        self.name = name
        self.typ = typ


class GoParser:
    """go/parser's parser state over one file's token arrays."""

    def __init__(self, toks, sfile, fset, all_errors=False):
        self.kinds = toks.kinds
        self.lits = toks.lits
        self.poss = toks.poss
        self.ntok = len(self.kinds)
        self.sfile = sfile
        self.fset = fset
        self.all_errors = all_errors
        self.errors: list[tuple[Position, str]] = []
        self.serrs = toks.errors
        self.serr_i = 0
        self.serr_at = self.serrs[0][0] if self.serrs else -1
        self.sync_pos = NoPos
        self.sync_cnt = 0
        self.expr_lev = 0
        self.in_rhs = False
        self.nest = 0
        self.imports: list = []
        groups, lead, line = group_comments(toks.comments, sfile.base, self.kinds, self.poss, sfile.line_starts)
        self.comment_groups = groups
        self.lead = lead
        self.line = line
        self.i = 0
        self.tok = self.kinds[0]
        self.lit = self.lits[0]
        self.pos = self.poss[0]
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
            if len(e) == 3:  # (token index, offset, message); 4-tuples are directives
                self.errors.append((self.position(base + e[1]), e[2]))
        self.serr_i = j
        self.serr_at = serrs[j][0] if j < len(serrs) else -1

    def position(self, pos):
        """go/token's position of pos: as FileSet.position, except that the end of a file
        ending in a newline is on the last line (go/token adds no line that starts at EOF)."""
        sfile = self.sfile
        if pos == sfile.base + sfile.size and sfile.size and sfile.line_starts[-1] == sfile.size:
            p = sfile.position(pos - 1)
            return Position(p.filename, p.line, p.column + 1 if p.column else 0, p.offset + 1)
        return self.fset.position(pos)

    def error(self, pos, msg):
        epos = self.position(pos)
        if not self.all_errors:
            n = len(self.errors)
            if n > 0 and self.errors[-1][0].line == epos.line:
                return
            if n > 10:
                raise Bailout
        self.errors.append((epos, msg))

    def error_expected(self, pos, msg):
        msg = "expected " + msg
        if pos == self.pos:
            tok = self.tok
            if tok == ";" and self.lit != "semicolon":
                msg += ", found newline"
            elif tok in _LITERALS:
                msg += ", found " + self.lit
            else:
                msg += ", found '" + _tokstr(tok) + "'"
        self.error(pos, msg)

    def expect(self, tok):
        pos = self.pos
        if self.tok != tok:
            self.error_expected(pos, "'" + _tokstr(tok) + "'")
        self.next()
        return pos

    def expect2(self, tok):
        pos = NoPos
        if self.tok == tok:
            pos = self.pos
        else:
            self.error_expected(self.pos, "'" + _tokstr(tok) + "'")
        self.next()
        return pos

    def expect_closing(self, tok, context):
        if self.tok != tok and self.tok == ";" and self.lit != "semicolon":
            self.error(self.pos, "missing ',' before newline in " + context)
            self.next()
        return self.expect(tok)

    def expect_semi(self):
        """Consume a semicolon and return the applicable line comment."""
        tok = self.tok
        if tok == ")" or tok == "}":
            return None
        if tok == ",":
            self.error_expected(self.pos, "';'")
            tok = ";"
        if tok == ";":
            if self.lit == "semicolon":
                self.next()
                return self.line.get(self.i)
            comment = self.line.get(self.i)
            self.next()
            return comment
        self.error_expected(self.pos, "';'")
        self.advance(_STMT_START)
        return None

    def at_comma(self, context, follow):
        if self.tok == ",":
            return True
        if self.tok != follow:
            msg = "missing ','"
            if self.tok == ";" and self.lit != "semicolon":
                msg += " before newline"
            self.error(self.pos, msg + " in " + context)
            return True
        return False

    def advance(self, to):
        while self.tok != "EOF":
            if self.tok in to:
                if self.pos == self.sync_pos and self.sync_cnt < 10:
                    self.sync_cnt += 1
                    return
                if self.pos > self.sync_pos:
                    self.sync_pos = self.pos
                    self.sync_cnt = 0
                    return
            self.next()

    def inc_nest(self):
        self.nest += 1
        if self.nest > MAX_NEST_LEV:
            self.error(self.pos, "exceeded max nesting depth")
            raise Bailout

    def lead_comment(self):
        return self.lead.get(self.i)

    # ------------------------------------------------------------------
    # Identifiers and lists

    def parse_ident(self):
        pos = self.pos
        if self.tok == "NAME":
            name = self.lit
            self.next()
            return Ident(pos, name)
        self.expect("NAME")
        return Ident(pos, "_")

    def parse_ident_list(self):
        lst = [self.parse_ident()]
        while self.tok == ",":
            self.next()
            lst.append(self.parse_ident())
        return lst

    def parse_expr_list(self):
        lst = [self.parse_binary_expr(None, 1)]
        while self.tok == ",":
            self.next()
            lst.append(self.parse_binary_expr(None, 1))
        return lst

    def parse_list(self, in_rhs):
        old = self.in_rhs
        self.in_rhs = in_rhs
        lst = self.parse_expr_list()
        self.in_rhs = old
        return lst

    # ------------------------------------------------------------------
    # Types

    def parse_type(self):
        """Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" ."""
        typ = self.try_ident_or_type()
        if typ is None:
            pos = self.pos
            self.error_expected(pos, "type")
            self.advance(_EXPR_END)
            return BadExpr(pos, self.pos)
        return typ

    def parse_qualified_ident(self, ident):
        typ = self.parse_type_name(ident)
        if self.tok == "[":
            typ = self.parse_type_instance(typ)
        return typ

    def parse_type_name(self, ident):
        """TypeName = identifier | QualifiedIdent ."""
        if ident is None:
            ident = self.parse_ident()
        if self.tok == ".":
            self.next()
            return ast.SelectorExpr(ident, self.parse_ident())
        return ident

    def parse_array_type(self, lbrack, len_):
        """ArrayType = "[" ArrayLength "]" ElementType ("[" already consumed)."""
        if len_ is None:
            self.expr_lev += 1
            if self.tok == "...":
                len_ = ast.Ellipsis(self.pos, None)
                self.next()
            elif self.tok != "]":
                len_ = self.parse_rhs()
            self.expr_lev -= 1
        if self.tok == ",":
            self.error(self.pos, "unexpected comma; expecting ]")
            self.next()
        self.expect("]")
        elt = self.parse_type()
        return ast.ArrayType(lbrack, len_, elt)

    def parse_array_field_or_type_instance(self, x):
        """A field `x [P]E` or `x []E`, or an embedded instance x[P1, P2]: returns (name or None, type)."""
        lbrack = self.expect("[")
        trailing_comma = NoPos
        args = []
        if self.tok != "]":
            self.expr_lev += 1
            args.append(self.parse_rhs())
            while self.tok == ",":
                comma = self.pos
                self.next()
                if self.tok == "]":
                    trailing_comma = comma
                    break
                args.append(self.parse_rhs())
            self.expr_lev -= 1
        rbrack = self.expect("]")
        if not args:
            elt = self.parse_type()
            return x, ast.ArrayType(lbrack, None, elt)
        if len(args) == 1:
            elt = self.try_ident_or_type()
            if elt is not None:
                if trailing_comma:
                    self.error(trailing_comma, "unexpected comma; expecting ]")
                return x, ast.ArrayType(lbrack, args[0], elt)
        return None, _pack_index_expr(x, lbrack, args, rbrack)

    def parse_field_decl(self):
        """FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] ."""
        doc = self.lead.get(self.i)
        names = []
        tok = self.tok
        if tok == "NAME":
            name = self.parse_ident()
            t = self.tok
            if t == "." or t == "STRING" or t == ";" or t == "}":
                typ = name
                if t == ".":
                    typ = self.parse_qualified_ident(name)
            else:
                names = [name]
                while self.tok == ",":
                    self.next()
                    names.append(self.parse_ident())
                if len(names) == 1 and self.tok == "[":
                    name, typ = self.parse_array_field_or_type_instance(name)
                    if name is None:
                        names = []
                else:
                    typ = self.parse_type()
        elif tok == "*":
            star = self.pos
            self.next()
            if self.tok == "(":
                self.error(self.pos, "cannot parenthesize embedded type")
                self.next()
                typ = self.parse_qualified_ident(None)
                if self.tok == ")":
                    self.next()
            else:
                typ = self.parse_qualified_ident(None)
            typ = ast.StarExpr(star, typ)
        elif tok == "(":
            self.error(self.pos, "cannot parenthesize embedded type")
            self.next()
            if self.tok == "*":
                star = self.pos
                self.next()
                typ = ast.StarExpr(star, self.parse_qualified_ident(None))
            else:
                typ = self.parse_qualified_ident(None)
            if self.tok == ")":
                self.next()
        else:
            pos = self.pos
            self.error_expected(pos, "field name or embedded type")
            self.advance(_EXPR_END)
            typ = BadExpr(pos, self.pos)
        tag = None
        if self.tok == "STRING":
            tag = BasicLit(self.pos, "STRING", self.lit)
            self.next()
        comment = self.expect_semi()
        return ast.Field(doc, names, typ, tag, comment)

    def parse_struct_type(self):
        """StructType = "struct" "{" { FieldDecl ";" } "}" ."""
        pos = self.expect("struct")
        lbrace = self.expect("{")
        lst = []
        while self.tok == "NAME" or self.tok == "*" or self.tok == "(":
            lst.append(self.parse_field_decl())
        rbrace = self.expect("}")
        return ast.StructType(pos, ast.FieldList(lbrace, lst, rbrace))

    def parse_pointer_type(self):
        """PointerType = "*" BaseType ."""
        star = self.expect("*")
        return ast.StarExpr(star, self.parse_type())

    def parse_dots_type(self):
        pos = self.expect("...")
        return ast.Ellipsis(pos, self.parse_type())

    def parse_param_decl(self, name, type_sets_ok):
        """ParameterDecl = [ IdentifierList ] [ "..." ] Type ."""
        f = _Field(None, None)
        tok = self.tok
        if name is not None:
            tok = "NAME"
        elif type_sets_ok and tok == "~":
            return _Field(None, self.embedded_elem(None))
        if tok == "NAME":
            f.name = name if name is not None else self.parse_ident()
            t = self.tok
            if t in _PARAM_TYPE_START:
                f.typ = self.parse_type()
            elif t == "[":
                f.name, f.typ = self.parse_array_field_or_type_instance(f.name)
            elif t == "...":
                f.typ = self.parse_dots_type()
                return f
            elif t == ".":
                f.typ = self.parse_qualified_ident(f.name)
                f.name = None
            elif t == "~":
                if type_sets_ok:
                    f.typ = self.embedded_elem(None)
                    return f
            elif t == "|":
                if type_sets_ok:
                    f.typ = self.embedded_elem(f.name)
                    f.name = None
                    return f
        elif tok in _PARAM_TYPE_START2:
            f.typ = self.parse_type()
        elif tok == "...":
            f.typ = self.parse_dots_type()
            return f
        else:
            self.error_expected(self.pos, "')'")
            self.advance(_EXPR_END)
        if type_sets_ok and self.tok == "|" and f.typ is not None:
            f.typ = self.embedded_elem(f.typ)
        return f

    def parse_parameter_list(self, name0, typ0, closing, dddok):
        """ParameterList = ParameterDecl { "," ParameterDecl } (also type parameter lists)."""
        tparams = closing == "]"
        pos0 = self.pos
        if name0 is not None:
            pos0 = name0.pos()
        elif typ0 is not None:
            pos0 = typ0.pos()
        lst = []
        named = typed = 0
        while name0 is not None or self.tok != closing and self.tok != "EOF":
            if typ0 is not None:
                if tparams:
                    typ0 = self.embedded_elem(typ0)
                par = _Field(name0, typ0)
            else:
                par = self.parse_param_decl(name0, tparams)
            name0 = None
            typ0 = None
            if par.name is not None or par.typ is not None:
                lst.append(par)
                if par.name is not None and par.typ is not None:
                    named += 1
                if par.typ is not None:
                    typed += 1
            if not self.at_comma("parameter list", closing):
                break
            self.next()
        if not lst:
            return []
        if named == 0:
            for par in lst:
                if par.name is not None:
                    par.typ = par.name
                    par.name = None
            if tparams:
                if named == typed:
                    errpos = self.pos
                    msg = "missing type constraint"
                else:
                    errpos = pos0
                    msg = "missing type parameter name"
                    if len(lst) == 1:
                        msg += " or invalid array length"
                self.error(errpos, msg)
        elif named != len(lst):
            errpos = NoPos
            typ = None
            for par in reversed(lst):
                if par.typ is not None:
                    typ = par.typ
                    if par.name is None:
                        errpos = typ.pos()
                        par.name = Ident(errpos, "_")
                elif typ is not None:
                    par.typ = typ
                else:
                    errpos = par.name.pos()
                    par.typ = BadExpr(errpos, self.pos)
            if errpos:
                if named == typed:
                    errpos = self.pos
                    msg = "missing type constraint" if tparams else "missing parameter type"
                else:
                    if tparams:
                        msg = "missing type parameter name"
                        if len(lst) == 1:
                            msg += " or invalid array length"
                    else:
                        msg = "missing parameter name"
                self.error(errpos, msg)
        first = True
        last = len(lst) - 1
        for i, f in enumerate(lst):
            t = f.typ
            if type(t) is ast.Ellipsis and (not dddok or i < last):
                if first:
                    first = False
                    self.error(t.ellipsis, "can only use ... with final parameter" if dddok else "invalid use of ...")
                f.typ = BadExpr(t.pos(), t.end())
        params = []
        if named == 0:
            for par in lst:
                params.append(ast.Field(None, [], par.typ, None, None))
            return params
        names = []
        typ = None
        for par in lst:
            if par.typ is not typ:
                if names:
                    params.append(ast.Field(None, names, typ, None, None))
                    names = []
                typ = par.typ
            names.append(par.name)
        if names:
            params.append(ast.Field(None, names, typ, None, None))
        return params

    def parse_type_parameters(self):
        """TypeParameters = "[" TypeParamList [ "," ] "]" ."""
        lbrack = self.expect("[")
        lst = []
        if self.tok != "]":
            lst = self.parse_parameter_list(None, None, "]", False)
        rbrack = self.expect("]")
        if not lst:
            self.error(rbrack, "empty type parameter list")
            return None
        return ast.FieldList(lbrack, lst, rbrack)

    def parse_parameters(self, result):
        """Parameters = "(" [ ParameterList [ "," ] ] ")" ; a Result may also be a single Type."""
        if not result or self.tok == "(":
            lparen = self.expect("(")
            lst = []
            if self.tok != ")":
                lst = self.parse_parameter_list(None, None, ")", not result)
            rparen = self.expect(")")
            return ast.FieldList(lparen, lst, rparen)
        typ = self.try_ident_or_type()
        if typ is not None:
            return ast.FieldList(NoPos, [ast.Field(None, [], typ, None, None)], NoPos)
        return None

    def parse_func_type(self):
        """FunctionType = "func" Signature ."""
        pos = self.expect("func")
        if self.tok == "[":
            tparams = self.parse_type_parameters()
            if tparams is not None:
                self.error(tparams.opening, "function type must have no type parameters")
        params = self.parse_parameters(False)
        results = self.parse_parameters(True)
        return ast.FuncType(pos, None, params, results)

    def parse_method_spec(self):
        """MethodElem = MethodName Signature (or an embedded, possibly instantiated, type)."""
        doc = self.lead.get(self.i)
        idents = []
        x = self.parse_type_name(None)
        if type(x) is Ident:
            ident = x
            if self.tok == "[":
                lbrack = self.pos
                self.next()
                self.expr_lev += 1
                x = self.parse_expr()
                self.expr_lev -= 1
                if type(x) is Ident and self.tok != "," and self.tok != "]":
                    self.parse_parameter_list(x, None, "]", False)
                    self.expect("]")
                    self.error(lbrack, "interface method must have no type parameters")
                    params = self.parse_parameters(False)
                    results = self.parse_parameters(True)
                    idents = [ident]
                    typ = ast.FuncType(NoPos, None, params, results)
                else:
                    lst = [x]
                    if self.at_comma("type argument list", "]"):
                        self.expr_lev += 1
                        self.next()
                        while self.tok != "]" and self.tok != "EOF":
                            lst.append(self.parse_type())
                            if not self.at_comma("type argument list", "]"):
                                break
                            self.next()
                        self.expr_lev -= 1
                    rbrack = self.expect_closing("]", "type argument list")
                    typ = _pack_index_expr(ident, lbrack, lst, rbrack)
            elif self.tok == "(":
                params = self.parse_parameters(False)
                results = self.parse_parameters(True)
                idents = [ident]
                typ = ast.FuncType(NoPos, None, params, results)
            else:
                typ = x
        else:
            typ = x
            if self.tok == "[":
                typ = self.parse_type_instance(typ)
        return ast.Field(doc, idents, typ, None, None)

    def embedded_elem(self, x):
        """TypeElem = TypeTerm { "|" TypeTerm } ."""
        if x is None:
            x = self.embedded_term()
        while self.tok == "|":
            pos = self.pos
            self.next()
            x = ast.BinaryExpr(x, pos, "|", self.embedded_term())
        return x

    def embedded_term(self):
        """TypeTerm = Type | UnderlyingType ."""
        if self.tok == "~":
            pos = self.pos
            self.next()
            return ast.UnaryExpr(pos, "~", self.parse_type())
        t = self.try_ident_or_type()
        if t is None:
            pos = self.pos
            self.error_expected(pos, "~ term or type")
            self.advance(_EXPR_END)
            return BadExpr(pos, self.pos)
        return t

    def parse_interface_type(self):
        """InterfaceType = "interface" "{" { InterfaceElem ";" } "}" ."""
        pos = self.expect("interface")
        lbrace = self.expect("{")
        lst = []
        while True:
            tok = self.tok
            if tok == "NAME":
                f = self.parse_method_spec()
                if not f.names:
                    f.type = self.embedded_elem(f.type)
                f.comment = self.expect_semi()
                lst.append(f)
            elif tok == "~":
                typ = self.embedded_elem(None)
                comment = self.expect_semi()
                lst.append(ast.Field(None, [], typ, None, comment))
            else:
                t = self.try_ident_or_type()
                if t is None:
                    break
                typ = self.embedded_elem(t)
                comment = self.expect_semi()
                lst.append(ast.Field(None, [], typ, None, comment))
        rbrace = self.expect("}")
        return ast.InterfaceType(pos, ast.FieldList(lbrace, lst, rbrace))

    def parse_map_type(self):
        """MapType = "map" "[" KeyType "]" ElementType ."""
        pos = self.expect("map")
        self.expect("[")
        key = self.parse_type()
        self.expect("]")
        return ast.MapType(pos, key, self.parse_type())

    def parse_chan_type(self):
        """ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType ."""
        pos = self.pos
        dir_ = ast.SEND | ast.RECV
        arrow = NoPos
        if self.tok == "chan":
            self.next()
            if self.tok == "<-":
                arrow = self.pos
                self.next()
                dir_ = ast.SEND
        else:
            arrow = self.expect("<-")
            self.expect("chan")
            dir_ = ast.RECV
        return ast.ChanType(pos, arrow, dir_, self.parse_type())

    def parse_type_instance(self, typ):
        """TypeArgs = "[" TypeList [ "," ] "]" ."""
        opening = self.expect("[")
        self.expr_lev += 1
        lst = []
        while self.tok != "]" and self.tok != "EOF":
            lst.append(self.parse_type())
            if not self.at_comma("type argument list", "]"):
                break
            self.next()
        self.expr_lev -= 1
        closing = self.expect_closing("]", "type argument list")
        if not lst:
            self.error_expected(closing, "type argument list")
            return ast.IndexExpr(typ, opening, BadExpr(opening + 1, closing), closing)
        return _pack_index_expr(typ, opening, lst, closing)

    def try_ident_or_type(self):
        self.inc_nest()
        try:
            tok = self.tok
            if tok == "NAME":
                typ = self.parse_type_name(None)
                if self.tok == "[":
                    typ = self.parse_type_instance(typ)
                return typ
            if tok == "[":
                lbrack = self.expect("[")
                return self.parse_array_type(lbrack, None)
            if tok == "struct":
                return self.parse_struct_type()
            if tok == "*":
                return self.parse_pointer_type()
            if tok == "func":
                return self.parse_func_type()
            if tok == "interface":
                return self.parse_interface_type()
            if tok == "map":
                return self.parse_map_type()
            if tok == "chan" or tok == "<-":
                return self.parse_chan_type()
            if tok == "(":
                lparen = self.pos
                self.next()
                typ = self.parse_type()
                rparen = self.expect(")")
                return ast.ParenExpr(lparen, typ, rparen)
            return None
        finally:
            self.nest -= 1

    # ------------------------------------------------------------------
    # Blocks

    def parse_stmt_list(self):
        """StatementList = { Statement ";" } ."""
        lst = []
        while True:
            tok = self.tok
            if tok == "case" or tok == "default" or tok == "}" or tok == "EOF":
                return lst
            lst.append(self.parse_stmt())

    def parse_block_stmt(self):
        """Block = "{" StatementList "}" ."""
        lbrace = self.expect("{")
        lst = self.parse_stmt_list()
        rbrace = self.expect2("}")
        return ast.BlockStmt(lbrace, lst, rbrace)

    parse_body = parse_block_stmt

    # ------------------------------------------------------------------
    # Expressions

    def parse_func_type_or_lit(self):
        """FunctionLit = "func" Signature FunctionBody ."""
        typ = self.parse_func_type()
        if self.tok != "{":
            return typ
        self.expr_lev += 1
        body = self.parse_body()
        self.expr_lev -= 1
        return ast.FuncLit(typ, body)

    def parse_operand(self):
        """Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" (or a type)."""
        tok = self.tok
        if tok == "NAME":
            x = Ident(self.pos, self.lit)
            self.next()
            return x
        if tok in _BASIC_LITS:
            x = BasicLit(self.pos, tok, self.lit)
            self.next()
            return x
        if tok == "(":
            lparen = self.pos
            self.next()
            self.expr_lev += 1
            x = self.parse_rhs()
            self.expr_lev -= 1
            rparen = self.expect(")")
            return ast.ParenExpr(lparen, x, rparen)
        if tok == "func":
            return self.parse_func_type_or_lit()
        typ = self.try_ident_or_type()
        if typ is not None:
            return typ
        pos = self.pos
        self.error_expected(pos, "operand")
        self.advance(_STMT_START)
        return BadExpr(pos, self.pos)

    def parse_type_assertion(self, x):
        """TypeAssertion = "." "(" Type ")" ("." already consumed)."""
        lparen = self.expect("(")
        typ = None
        if self.tok == "type":
            self.next()
        else:
            typ = self.parse_type()
        rparen = self.expect(")")
        return ast.TypeAssertExpr(x, lparen, typ, rparen)

    def parse_index_or_slice_or_instance(self, x):
        """Index = "[" Expression "]" . Slice = "[" [ Expression ] ":" [ Expression ] [ ":" Expression ] "]" ."""
        lbrack = self.expect("[")
        if self.tok == "]":
            self.error_expected(self.pos, "operand")
            rbrack = self.pos
            self.next()
            return ast.IndexExpr(x, lbrack, BadExpr(rbrack, rbrack), rbrack)
        self.expr_lev += 1
        args = []
        index = [None, None, None]
        colons = [NoPos, NoPos]
        if self.tok != ":":
            index[0] = self.parse_rhs()
        ncolons = 0
        if self.tok == ":":
            while self.tok == ":" and ncolons < 2:
                colons[ncolons] = self.pos
                ncolons += 1
                self.next()
                if self.tok != ":" and self.tok != "]" and self.tok != "EOF":
                    index[ncolons] = self.parse_rhs()
        elif self.tok == ",":
            args.append(index[0])
            while self.tok == ",":
                self.next()
                if self.tok != "]" and self.tok != "EOF":
                    args.append(self.parse_type())
        self.expr_lev -= 1
        rbrack = self.expect("]")
        if ncolons > 0:
            slice3 = False
            if ncolons == 2:
                slice3 = True
                if index[1] is None:
                    self.error(colons[0], "middle index required in 3-index slice")
                    index[1] = BadExpr(colons[0] + 1, colons[1])
                if index[2] is None:
                    self.error(colons[1], "final index required in 3-index slice")
                    index[2] = BadExpr(colons[1] + 1, rbrack)
            return ast.SliceExpr(x, lbrack, index[0], index[1], index[2], slice3, rbrack)
        if not args:
            return ast.IndexExpr(x, lbrack, index[0], rbrack)
        return _pack_index_expr(x, lbrack, args, rbrack)

    def parse_call_or_conversion(self, fun):
        """Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" ."""
        lparen = self.expect("(")
        self.expr_lev += 1
        lst = []
        ellipsis = NoPos
        while self.tok != ")" and self.tok != "EOF" and not ellipsis:
            lst.append(self.parse_rhs())
            if self.tok == "...":
                ellipsis = self.pos
                self.next()
            if self.tok != ",":  # at_comma, inlined
                if self.tok != ")":
                    self.at_comma("argument list", ")")
                else:
                    break
            self.next()
        self.expr_lev -= 1
        rparen = self.expect_closing(")", "argument list")
        return ast.CallExpr(fun, lparen, lst, ellipsis, rparen)

    def parse_value(self):
        """Element = Expression | LiteralValue ."""
        if self.tok == "{":
            return self.parse_literal_value(None)
        return self.parse_binary_expr(None, 1)

    def parse_element(self):
        """KeyedElement = [ Key ":" ] Element ."""
        x = self.parse_value()
        if self.tok == ":":
            colon = self.pos
            self.next()
            x = ast.KeyValueExpr(x, colon, self.parse_value())
        return x

    def parse_element_list(self):
        """ElementList = KeyedElement { "," KeyedElement } ."""
        lst = []
        while self.tok != "}" and self.tok != "EOF":
            lst.append(self.parse_element())
            if self.tok != ",":
                if self.tok != "}":
                    self.at_comma("composite literal", "}")
                else:
                    break
            self.next()
        return lst

    def parse_literal_value(self, typ):
        """LiteralValue = "{" [ ElementList [ "," ] ] "}" ."""
        self.inc_nest()
        lbrace = self.expect("{")
        elts = []
        self.expr_lev += 1
        if self.tok != "}":
            elts = self.parse_element_list()
        self.expr_lev -= 1
        rbrace = self.expect_closing("}", "composite literal")
        self.nest -= 1
        return ast.CompositeLit(typ, lbrace, elts, rbrace)

    def parse_primary_expr(self, x):
        """PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | Index | Slice | TypeAssertion | Arguments ."""
        if x is None:
            x = self.parse_operand()
        n = 0
        try:
            while True:
                n += 1
                self.nest += 1
                if self.nest > MAX_NEST_LEV:
                    self.error(self.pos, "exceeded max nesting depth")
                    raise Bailout
                tok = self.tok
                if tok == ".":
                    self.next()
                    if self.tok == "NAME":
                        x = ast.SelectorExpr(x, Ident(self.pos, self.lit))
                        self.next()
                    elif self.tok == "(":
                        x = self.parse_type_assertion(x)
                    else:
                        pos = self.pos
                        self.error_expected(pos, "selector or type assertion")
                        if self.tok != "}":
                            self.next()
                        x = ast.SelectorExpr(x, Ident(pos, "_"))
                elif tok == "[":
                    x = self.parse_index_or_slice_or_instance(x)
                elif tok == "(":
                    x = self.parse_call_or_conversion(x)
                elif tok == "{":
                    t = _unparen(x)
                    tt = type(t)
                    if tt is BadExpr or tt is Ident or tt is ast.SelectorExpr:
                        if self.expr_lev < 0:
                            return x
                    elif tt is ast.IndexExpr or tt is ast.IndexListExpr:
                        if self.expr_lev < 0:
                            return x
                    elif tt is ast.ArrayType or tt is ast.StructType or tt is ast.MapType:
                        pass
                    else:
                        return x
                    if t is not x:
                        self.error(t.pos(), "cannot parenthesize type in composite literal")
                    x = self.parse_literal_value(x)
                else:
                    return x
        finally:
            self.nest -= n

    def parse_unary_expr(self):
        """UnaryExpr = PrimaryExpr | unary_op UnaryExpr ."""
        self.nest += 1
        if self.nest > MAX_NEST_LEV:
            self.error(self.pos, "exceeded max nesting depth")
            raise Bailout
        tok = self.tok
        if tok in _UNARY:
            pos = self.pos
            self.next()
            x = ast.UnaryExpr(pos, tok, self.parse_unary_expr())
        elif tok == "<-":
            arrow = self.pos
            self.next()
            x = self.parse_unary_expr()
            if type(x) is ast.ChanType:
                # <-chan T: re-associate the arrow with the channel type
                dir_ = ast.SEND
                typ = x
                ok = True
                while ok and dir_ == ast.SEND:
                    if typ.dir == ast.RECV:
                        self.error_expected(typ.arrow, "'chan'")
                    arrow, typ.begin, typ.arrow = typ.arrow, arrow, arrow
                    dir_, typ.dir = typ.dir, ast.RECV
                    typ = typ.value
                    ok = type(typ) is ast.ChanType
                if dir_ == ast.SEND:
                    self.error_expected(arrow, "channel type")
            else:
                x = ast.UnaryExpr(arrow, "<-", x)
        elif tok == "*":
            pos = self.pos
            self.next()
            x = ast.StarExpr(pos, self.parse_unary_expr())
        else:
            x = self.parse_primary_expr(None)
        self.nest -= 1
        return x

    def parse_binary_expr(self, x, prec1):
        """Expression = UnaryExpr | Expression binary_op Expression ."""
        if x is None:
            x = self.parse_unary_expr()
        n = 0
        prec = _PREC
        try:
            while True:
                n += 1
                self.nest += 1
                if self.nest > MAX_NEST_LEV:
                    self.error(self.pos, "exceeded max nesting depth")
                    raise Bailout
                op = self.tok
                if self.in_rhs and op == "=":
                    op = "=="
                oprec = prec.get(op, 0)
                if oprec < prec1:
                    return x
                pos = self.expect(op)
                y = self.parse_binary_expr(None, oprec + 1)
                x = ast.BinaryExpr(x, pos, op, y)
        finally:
            self.nest -= n

    def parse_expr(self):
        return self.parse_binary_expr(None, 1)

    def parse_rhs(self):
        old = self.in_rhs
        self.in_rhs = True
        x = self.parse_binary_expr(None, 1)
        self.in_rhs = old
        return x

    # ------------------------------------------------------------------
    # Statements

    def parse_simple_stmt(self, mode):
        """SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .

        Returns (statement, whether it is the assignment of a range clause).
        """
        x = self.parse_list(False)
        tok = self.tok
        if tok in _ASSIGN_TOKS:
            pos = self.pos
            self.next()
            is_range = False
            if mode == RANGE_OK and self.tok == "range" and (tok == ":=" or tok == "="):
                rpos = self.pos
                self.next()
                y = [ast.UnaryExpr(rpos, "range", self.parse_rhs())]
                is_range = True
            else:
                y = self.parse_list(True)
            return ast.AssignStmt(x, pos, tok, y), is_range
        if len(x) > 1:
            self.error_expected(x[0].pos(), "1 expression")
        if tok == ":":
            colon = self.pos
            self.next()
            if mode == LABEL_OK and type(x[0]) is Ident:
                return ast.LabeledStmt(x[0], colon, self.parse_stmt()), False
            self.error(colon, "illegal label declaration")
            return ast.BadStmt(x[0].pos(), colon + 1), False
        if tok == "<-":
            arrow = self.pos
            self.next()
            return ast.SendStmt(x[0], arrow, self.parse_rhs()), False
        if tok == "++" or tok == "--":
            s = ast.IncDecStmt(x[0], self.pos, tok)
            self.next()
            return s, False
        return ast.ExprStmt(x[0]), False

    def parse_call_expr(self, call_type):
        x = self.parse_rhs()
        t = _unparen(x)
        if t is not x:
            self.error(x.pos(), f"expression in {call_type} must not be parenthesized")
            x = t
        if type(x) is ast.CallExpr:
            return x
        if type(x) is not BadExpr:
            self.error(x.end(), f"expression in {call_type} must be function call")
        return None

    def parse_go_stmt(self):
        """GoStmt = "go" Expression ."""
        pos = self.expect("go")
        call = self.parse_call_expr("go")
        self.expect_semi()
        if call is None:
            return ast.BadStmt(pos, pos + 2)
        return ast.GoStmt(pos, call)

    def parse_defer_stmt(self):
        """DeferStmt = "defer" Expression ."""
        pos = self.expect("defer")
        call = self.parse_call_expr("defer")
        self.expect_semi()
        if call is None:
            return ast.BadStmt(pos, pos + 5)
        return ast.DeferStmt(pos, call)

    def parse_return_stmt(self):
        """ReturnStmt = "return" [ ExpressionList ] ."""
        pos = self.pos
        self.expect("return")
        x = []
        if self.tok != ";" and self.tok != "}":
            x = self.parse_list(True)
        self.expect_semi()
        return ast.ReturnStmt(pos, x)

    def parse_branch_stmt(self, tok):
        """BreakStmt, ContinueStmt, GotoStmt, FallthroughStmt."""
        pos = self.expect(tok)
        label = None
        if tok == "goto" or (tok == "continue" or tok == "break") and self.tok == "NAME":
            label = self.parse_ident()
        self.expect_semi()
        return ast.BranchStmt(pos, tok, label)

    def make_expr(self, s, want):
        if s is None:
            return None
        if type(s) is ast.ExprStmt:
            return s.x
        found = "assignment" if type(s) is ast.AssignStmt else "simple statement"
        self.error(s.pos(), f"expected {want}, found {found} (missing parentheses around composite literal?)")
        return BadExpr(s.pos(), s.end())

    def parse_if_header(self):
        if self.tok == "{":
            self.error(self.pos, "missing condition in if statement")
            return None, BadExpr(self.pos, self.pos)
        prev_lev = self.expr_lev
        self.expr_lev = -1
        init = None
        if self.tok != ";":
            if self.tok == "var":
                self.next()
                self.error(self.pos, "var declaration not allowed in if initializer")
            init, _ = self.parse_simple_stmt(BASIC)
        cond_stmt = None
        semi_pos = NoPos
        semi_lit = ""
        if self.tok != "{":
            if self.tok == ";":
                semi_pos = self.pos
                semi_lit = self.lit
                self.next()
            else:
                self.expect(";")
            if self.tok != "{":
                cond_stmt, _ = self.parse_simple_stmt(BASIC)
        else:
            cond_stmt = init
            init = None
        cond = None
        if cond_stmt is not None:
            cond = self.make_expr(cond_stmt, "boolean expression")
        elif semi_pos:
            if semi_lit != "semicolon":
                self.error(semi_pos, "unexpected newline, expecting { after if clause")
            else:
                self.error(semi_pos, "missing condition in if statement")
        if cond is None:
            cond = BadExpr(self.pos, self.pos)
        self.expr_lev = prev_lev
        return init, cond

    def parse_if_stmt(self):
        """IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] ."""
        self.inc_nest()
        pos = self.expect("if")
        init, cond = self.parse_if_header()
        body = self.parse_block_stmt()
        else_ = None
        if self.tok == "else":
            self.next()
            if self.tok == "if":
                else_ = self.parse_if_stmt()
            elif self.tok == "{":
                else_ = self.parse_block_stmt()
                self.expect_semi()
            else:
                self.error_expected(self.pos, "if statement or block")
                else_ = ast.BadStmt(self.pos, self.pos)
        else:
            self.expect_semi()
        self.nest -= 1
        return ast.IfStmt(pos, init, cond, body, else_)

    def parse_case_clause(self):
        """ExprCaseClause = ExprSwitchCase ":" StatementList ."""
        pos = self.pos
        lst = []
        if self.tok == "case":
            self.next()
            lst = self.parse_list(True)
        else:
            self.expect("default")
        colon = self.expect(":")
        body = self.parse_stmt_list()
        return ast.CaseClause(pos, lst, colon, body)

    def is_type_switch_guard(self, s):
        t = type(s)
        if t is ast.ExprStmt:
            return _is_type_switch_assert(s.x)
        if t is ast.AssignStmt:
            if len(s.lhs) == 1 and len(s.rhs) == 1 and _is_type_switch_assert(s.rhs[0]):
                if s.tok == "=":
                    self.error(s.tok_pos, "expected ':=', found '='")
                    return True
                if s.tok == ":=":
                    return True
        return False

    def parse_switch_stmt(self):
        """SwitchStmt = ExprSwitchStmt | TypeSwitchStmt ."""
        pos = self.expect("switch")
        s1 = s2 = None
        if self.tok != "{":
            prev_lev = self.expr_lev
            self.expr_lev = -1
            if self.tok != ";":
                s2, _ = self.parse_simple_stmt(BASIC)
            if self.tok == ";":
                self.next()
                s1 = s2
                s2 = None
                if self.tok != "{":
                    s2, _ = self.parse_simple_stmt(BASIC)
            self.expr_lev = prev_lev
        type_switch = self.is_type_switch_guard(s2)
        lbrace = self.expect("{")
        lst = []
        while self.tok == "case" or self.tok == "default":
            lst.append(self.parse_case_clause())
        rbrace = self.expect("}")
        self.expect_semi()
        body = ast.BlockStmt(lbrace, lst, rbrace)
        if type_switch:
            return ast.TypeSwitchStmt(pos, s1, s2, body)
        return ast.SwitchStmt(pos, s1, self.make_expr(s2, "switch expression"), body)

    def parse_comm_clause(self):
        """CommClause = CommCase ":" StatementList ."""
        pos = self.pos
        comm = None
        if self.tok == "case":
            self.next()
            lhs = self.parse_list(False)
            if self.tok == "<-":
                if len(lhs) > 1:
                    self.error_expected(lhs[0].pos(), "1 expression")
                arrow = self.pos
                self.next()
                rhs = self.parse_rhs()
                comm = ast.SendStmt(lhs[0], arrow, rhs)
            else:
                tok = self.tok
                if tok == "=" or tok == ":=":
                    if len(lhs) > 2:
                        self.error_expected(lhs[0].pos(), "1 or 2 expressions")
                        lhs = lhs[:2]
                    tpos = self.pos
                    self.next()
                    rhs = self.parse_rhs()
                    comm = ast.AssignStmt(lhs, tpos, tok, [rhs])
                else:
                    if len(lhs) > 1:
                        self.error_expected(lhs[0].pos(), "1 expression")
                    comm = ast.ExprStmt(lhs[0])
        else:
            self.expect("default")
        colon = self.expect(":")
        body = self.parse_stmt_list()
        return ast.CommClause(pos, comm, colon, body)

    def parse_select_stmt(self):
        """SelectStmt = "select" "{" { CommClause } "}" ."""
        pos = self.expect("select")
        lbrace = self.expect("{")
        lst = []
        while self.tok == "case" or self.tok == "default":
            lst.append(self.parse_comm_clause())
        rbrace = self.expect("}")
        self.expect_semi()
        return ast.SelectStmt(pos, ast.BlockStmt(lbrace, lst, rbrace))

    def parse_for_stmt(self):
        """ForStmt = "for" [ Condition | ForClause | RangeClause ] Block ."""
        pos = self.expect("for")
        s1 = s2 = s3 = None
        is_range = False
        if self.tok != "{":
            prev_lev = self.expr_lev
            self.expr_lev = -1
            if self.tok != ";":
                if self.tok == "range":
                    rpos = self.pos
                    self.next()
                    y = [ast.UnaryExpr(rpos, "range", self.parse_rhs())]
                    s2 = ast.AssignStmt([], NoPos, "", y)
                    is_range = True
                else:
                    s2, is_range = self.parse_simple_stmt(RANGE_OK)
            if not is_range and self.tok == ";":
                self.next()
                s1 = s2
                s2 = None
                if self.tok != ";":
                    s2, _ = self.parse_simple_stmt(BASIC)
                self.expect_semi()
                if self.tok != "{":
                    s3, _ = self.parse_simple_stmt(BASIC)
            self.expr_lev = prev_lev
        body = self.parse_block_stmt()
        self.expect_semi()
        if is_range:
            lhs = s2.lhs
            key = value = None
            if len(lhs) == 1:
                key = lhs[0]
            elif len(lhs) == 2:
                key, value = lhs
            elif len(lhs) > 2:
                self.error_expected(lhs[-1].pos(), "at most 2 expressions")
                return ast.BadStmt(pos, body.end())
            r = s2.rhs[0]
            return ast.RangeStmt(pos, key, value, s2.tok_pos, s2.tok, r.op_pos, r.x, body)
        return ast.ForStmt(pos, s1, self.make_expr(s2, "boolean or range expression"), s3, body)

    def parse_stmt(self):
        """Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | ... ."""
        self.nest += 1
        if self.nest > MAX_NEST_LEV:
            self.error(self.pos, "exceeded max nesting depth")
            raise Bailout
        tok = self.tok
        if tok in _SIMPLE_STMT_START:
            s, _ = self.parse_simple_stmt(LABEL_OK)
            if type(s) is not ast.LabeledStmt:
                self.expect_semi()
        elif tok == "const" or tok == "type" or tok == "var":
            s = ast.DeclStmt(self.parse_decl(_STMT_START))
        elif tok == "go":
            s = self.parse_go_stmt()
        elif tok == "defer":
            s = self.parse_defer_stmt()
        elif tok == "return":
            s = self.parse_return_stmt()
        elif tok == "break" or tok == "continue" or tok == "goto" or tok == "fallthrough":
            s = self.parse_branch_stmt(tok)
        elif tok == "{":
            s = self.parse_block_stmt()
            self.expect_semi()
        elif tok == "if":
            s = self.parse_if_stmt()
        elif tok == "switch":
            s = self.parse_switch_stmt()
        elif tok == "select":
            s = self.parse_select_stmt()
        elif tok == "for":
            s = self.parse_for_stmt()
        elif tok == ";":
            s = ast.EmptyStmt(self.pos, self.lit != "semicolon")
            self.next()
        elif tok == "}":
            s = ast.EmptyStmt(self.pos, True)
        else:
            pos = self.pos
            self.error_expected(pos, "statement")
            self.advance(_STMT_START)
            s = ast.BadStmt(pos, self.pos)
        self.nest -= 1
        return s

    # ------------------------------------------------------------------
    # Declarations

    def parse_import_spec(self, doc, keyword):
        """ImportSpec = [ "." | PackageName ] ImportPath ."""
        ident = None
        if self.tok == "NAME":
            ident = self.parse_ident()
        elif self.tok == ".":
            ident = Ident(self.pos, ".")
            self.next()
        pos = self.pos
        path = ""
        if self.tok == "STRING":
            path = self.lit
            self.next()
        elif self.tok in _LITERALS:
            self.error(pos, "import path must be a string")
            self.next()
        else:
            self.error(pos, "missing import path")
            self.advance(_EXPR_END)
        comment = self.expect_semi()
        spec = ast.ImportSpec(doc, ident, BasicLit(pos, "STRING", path), comment)
        self.imports.append(spec)
        return spec

    def parse_value_spec(self, doc, keyword):
        """ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) ."""
        idents = self.parse_ident_list()
        typ = None
        values = []
        if keyword == "const":
            if self.tok != "EOF" and self.tok != ";" and self.tok != ")":
                typ = self.try_ident_or_type()
                if self.tok == "=":
                    self.next()
                    values = self.parse_list(True)
        else:
            if self.tok != "=":
                typ = self.parse_type()
            if self.tok == "=":
                self.next()
                values = self.parse_list(True)
        comment = self.expect_semi()
        return ast.ValueSpec(doc, idents, typ, values, comment)

    def parse_generic_type(self, spec, open_pos, name0, typ0):
        lst = self.parse_parameter_list(name0, typ0, "]", False)
        close_pos = self.expect("]")
        spec.type_params = ast.FieldList(open_pos, lst, close_pos)
        if self.tok == "=":
            spec.assign = self.pos
            self.next()
        spec.type = self.parse_type()

    def parse_type_spec(self, doc, keyword):
        """TypeSpec = AliasDecl | TypeDef ."""
        name = self.parse_ident()
        spec = ast.TypeSpec(doc, name, None, NoPos, None, None)
        if self.tok == "[":
            lbrack = self.pos
            self.next()
            if self.tok == "NAME":
                x = self.parse_ident()
                if self.tok != "[":
                    self.expr_lev += 1
                    lhs = self.parse_primary_expr(x)
                    x = self.parse_binary_expr(lhs, 1)
                    self.expr_lev -= 1
                pname, ptype = _extract_name(x, self.tok == ",")
                if pname is not None and (ptype is not None or self.tok != "]"):
                    self.parse_generic_type(spec, lbrack, pname, ptype)
                else:
                    spec.type = self.parse_array_type(lbrack, x)
            else:
                spec.type = self.parse_array_type(lbrack, None)
        else:
            if self.tok == "=":
                spec.assign = self.pos
                self.next()
            spec.type = self.parse_type()
        spec.comment = self.expect_semi()
        return spec

    def parse_gen_decl(self, keyword, f):
        """GenDecl = keyword ( Spec | "(" { Spec ";" } ")" ) ."""
        doc = self.lead.get(self.i)
        pos = self.expect(keyword)
        lparen = rparen = NoPos
        lst = []
        if self.tok == "(":
            lparen = self.pos
            self.next()
            while self.tok != ")" and self.tok != "EOF":
                lst.append(f(self.lead.get(self.i), keyword))
            rparen = self.expect(")")
            self.expect_semi()
        else:
            lst.append(f(None, keyword))
        return ast.GenDecl(doc, pos, keyword, lparen, lst, rparen)

    def parse_func_decl(self):
        """FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] . (and MethodDecl)"""
        doc = self.lead.get(self.i)
        pos = self.expect("func")
        recv = None
        if self.tok == "(":
            recv = self.parse_parameters(False)
        ident = self.parse_ident()
        tparams = None
        if self.tok == "[":
            tparams = self.parse_type_parameters()
        params = self.parse_parameters(False)
        results = self.parse_parameters(True)
        body = None
        if self.tok == "{":
            body = self.parse_body()
            self.expect_semi()
        elif self.tok == ";":
            self.next()
            if self.tok == "{":
                self.error(self.pos, "unexpected semicolon or newline before {")
                body = self.parse_body()
                self.expect_semi()
        else:
            self.expect_semi()
        return ast.FuncDecl(doc, recv, ident, ast.FuncType(pos, tparams, params, results), body)

    def parse_decl(self, sync):
        """Declaration = ConstDecl | TypeDecl | VarDecl . TopLevelDecl = Declaration | FunctionDecl | MethodDecl ."""
        tok = self.tok
        if tok == "import":
            f = self.parse_import_spec
        elif tok == "const" or tok == "var":
            f = self.parse_value_spec
        elif tok == "type":
            f = self.parse_type_spec
        elif tok == "func":
            return self.parse_func_decl()
        else:
            pos = self.pos
            self.error_expected(pos, "declaration")
            self.advance(sync)
            return ast.BadDecl(pos, self.pos)
        return self.parse_gen_decl(tok, f)

    def parse_file(self):
        """SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .

        Returns (doc, package pos, name, decls) or None when the file does not start like Go source.
        """
        if self.errors:
            return None
        doc = self.lead.get(self.i)
        pos = self.expect("package")
        ident = self.parse_ident()
        self.expect_semi()
        if self.errors:
            return None
        decls = []
        while self.tok == "import":
            decls.append(self.parse_gen_decl("import", self.parse_import_spec))
        prev = "import"
        while self.tok != "EOF":
            if self.tok == "import" and prev != "import":
                self.error(self.pos, "imports must appear before other declarations")
            prev = self.tok
            decls.append(self.parse_decl(_DECL_START))
        return doc, pos, ident, decls


# ----------------------------------------------------------------------
# Helpers


def _pack_index_expr(x, lbrack, exprs, rbrack):
    if len(exprs) == 1:
        return ast.IndexExpr(x, lbrack, exprs[0], rbrack)
    return ast.IndexListExpr(x, lbrack, exprs, rbrack)


def _unparen(x):
    while type(x) is ast.ParenExpr:
        x = x.x
    return x


def _is_type_switch_assert(x) -> bool:
    return type(x) is ast.TypeAssertExpr and x.type is None


def _is_type_elem(x) -> bool:
    """go/parser's isTypeElem: x is a type element and cannot be an ordinary expression."""
    t = type(x)
    if t in (ast.ArrayType, ast.StructType, ast.FuncType, ast.InterfaceType, ast.MapType, ast.ChanType):
        return True
    if t is ast.BinaryExpr:
        return _is_type_elem(x.x) or _is_type_elem(x.y)
    if t is ast.UnaryExpr:
        return x.op == "~"
    if t is ast.ParenExpr:
        return _is_type_elem(x.x)
    return False


def _extract_name(x, force):
    """Split `P C` parsed as an expression in `type T[P C]` into name and constraint (go/parser's extractName)."""
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


# ----------------------------------------------------------------------
# Entry point


def _has_lexical_errors(toks) -> bool:
    return any(len(e) == 3 for e in toks.errors)


def parse_go_file(filename: str, src: bytes, fset, all_errors: bool = False):
    """Parse one file as go/parser.ParseFile(ParseComments|SkipObjectResolution) does.

    Returns (File or None, errors): errors is a list of (Position, message) sorted as
    scanner.ErrorList.Sort sorts them; str of an entry is formatted by format_error.
    """
    from . import _line_directives, _go_version
    from .goscanner import scan_go

    sfile = fset.add_file(filename, len(src))
    sfile.set_lines_from(src)
    base = sfile.base
    toks = scan(src, base)
    if _has_lexical_errors(toks):
        toks, infos = scan_go(src, base, filename, sfile.line_starts)
        for info in infos:
            sfile.add_line_info(*info)
    else:
        if toks.directives:
            _line_directives(toks, sfile, filename)
            toks.errors = [e for e in toks.errors if len(e) == 3]
        _move_comment_semis(toks, base)
    try:
        p = GoParser(toks, sfile, fset, all_errors)
        try:
            r = p.parse_file()
        except Bailout:
            r = None
    except RecursionError:
        p, r = _parse_on_big_stack(toks, sfile, fset, all_errors)
    errors = sorted(p.errors, key=lambda e: (e[0].filename, e[0].line, e[0].column, e[1]))
    if r is None:
        return None, errors
    doc, pkgpos, name, decls = r
    go_build = toks.go_build
    build_expr = go_build[len("//go:build"):].strip() if go_build else ""
    f = ast.File(filename, doc, pkgpos, name, decls, base, base + sfile.size, p.imports, p.comment_groups,
                 _go_version(build_expr), build_expr)
    return f, errors


def _parse_on_big_stack(toks, sfile, fset, all_errors):
    """Parse again on a thread with a large stack, for input nested deeper than Python's recursion limit.

    go/parser stops at a nesting depth of 100,000 ("exceeded max nesting depth"),
    which takes a few Python frames per level.
    """
    import sys
    import threading

    result = []

    def run():
        p = GoParser(toks, sfile, fset, all_errors)
        try:
            result.append((p, p.parse_file()))
        except Bailout:
            result.append((p, None))
        except RecursionError:
            p.errors.append((p.position(p.pos), "exceeded max nesting depth"))
            result.append((p, None))

    old_limit = sys.getrecursionlimit()
    old_stack = threading.stack_size()
    try:
        threading.stack_size(512 * 1024 * 1024)
        sys.setrecursionlimit(max(old_limit, 2_000_000))
        th = threading.Thread(target=run)
        th.start()
        th.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    return result[0]


def _move_comment_semis(toks, base):
    """Put the semicolon a multi-line /*-comment stands for at the comment's first newline, after the comment.

    The fast scanner follows gc, which places it at the start of the comment;
    go/scanner returns the comment first and the semicolon at its first newline,
    and lead/line comment grouping depends on that order.
    """
    kinds, lits, poss = toks.kinds, toks.lits, toks.poss
    for off, text in toks.comments:
        if text[1] == "*" and "\n" in text:
            k = bisect.bisect_left(poss, base + off)
            if k < len(kinds) and kinds[k] == ";" and poss[k] == base + off and lits[k] == "newline":
                poss[k] = base + off + text.index("\n")


def format_error(e) -> str:
    """scanner.Error's text: `file:line:col: msg` (`file:line: msg` when the column is unknown)."""
    p, msg = e
    if p.filename or p.line > 0:
        return f"{p}: {msg}"
    return msg
