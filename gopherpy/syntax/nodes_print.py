"""This file implements gofmt's layout of AST nodes: expressions, statements, declarations and files.

It is a mixin of printer.Printer (see printer.py for the print machinery). The rules
are go/printer's: line breaks are kept where the source had them (positions guide
every decision), expression lists align keyed elements in columns while their
sizes are similar, binary expressions drop the blanks around higher-precedence
operators when mixed precedences would otherwise read badly, small function
bodies stay on one line, and const/var/type groups and struct fields are aligned
in tabwriter columns.
"""

from __future__ import annotations

from . import nodes as ast

# whitespace codes and modes: keep in sync with printer.py (imported lazily there)
IGNORE = ""
BLANK = " "
VTAB = "\v"
NEWLINE = "\n"
FORMFEED = "\f"
INDENT = "\x0e"
UNINDENT = "\x0f"
NO_EXTRA_BLANK = 1
NO_EXTRA_LINEBREAK = 2
INFINITY = 1 << 30

COMMA_TERM = 1
NO_INDENT = 2

FUNC_PARAM = 0
FUNC_TPARAM = 1
TYPE_TPARAM = 2

LOWEST_PREC = 0
UNARY_PREC = 6
HIGHEST_PREC = 7

PREC = {
    "||": 1, "&&": 2,
    "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
    "+": 4, "-": 4, "|": 4, "^": 4,
    "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
}


def _prec(op: str) -> int:
    return PREC.get(op, LOWEST_PREC)


def _walk_right(e, p, has4, has5, max_problem, cache):
    r = e.y
    tr = type(r)
    if tr is ast.BinaryExpr:
        if not (_prec(r.op) <= p):
            h4, h5, mp = walk_binary(r, cache)
            has4 = has4 or h4
            has5 = has5 or h5
            max_problem = max(max_problem, mp)
    elif tr is ast.StarExpr:
        if e.op == "/":
            max_problem = 5
    elif tr is ast.UnaryExpr:
        s = e.op + r.op
        if s in ("/*", "&&", "&^"):
            max_problem = 5
        elif s in ("++", "--"):
            max_problem = max(max_problem, 4)
    return has4, has5, max_problem


def walk_binary(e, cache):
    """(has4, has5, maxProblem) of go/printer's cutoff rule; iterative along the left spine, memoized."""
    res = cache.get(e)
    if res is not None:
        return res
    spine = [e]
    cur = e
    while True:
        l = cur.x
        if type(l) is ast.BinaryExpr and not (_prec(l.op) < _prec(cur.op)):
            r = cache.get(l)
            if r is not None:
                break
            spine.append(l)
            cur = l
        else:
            break
    below = None
    last = spine[-1]
    if type(last.x) is ast.BinaryExpr and not (_prec(last.x.op) < _prec(last.op)):
        below = cache[last.x]
    for node in reversed(spine):
        p = _prec(node.op)
        has4 = p == 4
        has5 = p == 5
        max_problem = 0
        if below is not None:
            has4 = has4 or below[0]
            has5 = has5 or below[1]
            max_problem = max(max_problem, below[2])
        below = _walk_right(node, p, has4, has5, max_problem, cache)
        cache[node] = below
    return below


def cutoff(e, depth: int, cache) -> int:
    has4, has5, max_problem = walk_binary(e, cache)
    if max_problem > 0:
        return max_problem + 1
    if has4 and has5:
        return 5 if depth == 1 else 4
    return 6 if depth == 1 else 4


def diff_prec(expr, prec: int) -> int:
    if type(expr) is not ast.BinaryExpr or prec != _prec(expr.op):
        return 1
    return 0


def reduce_depth(depth: int) -> int:
    depth -= 1
    return depth if depth >= 1 else 1


def is_type_name(x) -> bool:
    t = type(x)
    if t is ast.Ident:
        return True
    if t is ast.SelectorExpr:
        return is_type_name(x.x)
    return False


def _children(node):
    for name in node.__slots__:
        v = getattr(node, name)
        if isinstance(v, ast.Node):
            yield v
        elif type(v) is list:
            for e in v:
                if isinstance(e, ast.Node):
                    yield e


def _has_unparenthesized_typed_complit(node) -> bool:
    """Reports whether node contains a composite literal with a type name not protected by parens."""
    stack = [node]
    while stack:
        n = stack.pop()
        t = type(n)
        if t is ast.ParenExpr:
            continue
        if t is ast.CompositeLit:
            if is_type_name(n.type):
                return True
            continue
        stack.extend(_children(n))
    return False


def strip_parens(x):
    if type(x) is ast.ParenExpr:
        if not _has_unparenthesized_typed_complit(x.x):
            return strip_parens(x.x)
    return x


def strip_parens_always(x):
    while type(x) is ast.ParenExpr:
        x = x.x
    return x


def is_type_elem(x) -> bool:
    t = type(x)
    if t in (ast.ArrayType, ast.StructType, ast.FuncType, ast.InterfaceType, ast.MapType, ast.ChanType):
        return True
    if t is ast.UnaryExpr:
        return x.op == "~"
    if t is ast.BinaryExpr:
        return is_type_elem(x.x) or is_type_elem(x.y)
    if t is ast.ParenExpr:
        return is_type_elem(x.x)
    return False


def combines_with_name(x) -> bool:
    t = type(x)
    if t is ast.StarExpr:
        return not is_type_elem(x.x)
    if t is ast.BinaryExpr:
        return combines_with_name(x.x) and not is_type_elem(x.y)
    if t is ast.ParenExpr:
        return not is_type_elem(x.x)
    return False


def is_composite_lit_like(x) -> bool:
    x = strip_parens_always(x)
    t = type(x)
    if t is ast.CompositeLit:
        return True
    if t is ast.UnaryExpr:
        return x.op == "&" and type(strip_parens_always(x.x)) is ast.CompositeLit
    return False


def normalized_number(lit):
    """lit with lower-case base prefixes and exponents (gofmt's number normalization)."""
    if lit.kind not in ("INT", "FLOAT", "IMAG"):
        return lit
    x = lit.value
    if len(x) < 2:
        return lit
    pre = x[:2]
    if pre == "0X":
        x = "0x" + x[2:]
        i = x.rfind("P")
        if i >= 0:
            x = x[:i] + "p" + x[i + 1:]
    elif pre == "0x":
        i = x.rfind("P")
        if i < 0:
            return lit
        x = x[:i] + "p" + x[i + 1:]
    elif pre == "0O":
        x = "0o" + x[2:]
    elif pre == "0o" or pre == "0b":
        return lit
    elif pre == "0B":
        x = "0b" + x[2:]
    else:
        i = x.rfind("E")
        if i >= 0:
            x = x[:i] + "e" + x[i + 1:]
        elif x[-1] == "i" and "." not in x and "e" not in x:
            x = x.lstrip("0_")
            if x == "i":
                x = "0i"
    if x == lit.value:
        return lit
    return ast.BasicLit(lit.value_pos, lit.kind, x)


_ILLEGAL_IMPORT = set('!"#$%&\'()*,:;<=>?[\\]^{|}`\ufffd')


def sanitize_import_path(lit):
    if lit.kind != "STRING":
        return lit
    v = lit.value
    if len(v) < 2:
        return lit
    if v[0] == "`" and v[-1] == "`":
        s = v[1:-1]
    elif v[0] == '"' and v[-1] == '"' and "\\" not in v:
        s = v[1:-1]
    else:
        return lit
    if not s:
        return lit
    for ch in s:
        if not ch.isprintable() or ch.isspace() or ch in _ILLEGAL_IMPORT:
            return lit
    q = '"' + s + '"'
    if q == v:
        return lit
    return ast.BasicLit(lit.value_pos, "STRING", q)


def keep_type_column(specs) -> list[bool]:
    m = [False] * len(specs)
    i0 = -1
    keep_type = False
    for i, s in enumerate(specs):
        if s.values:
            if i0 < 0:
                i0 = i
                keep_type = False
        else:
            if i0 >= 0:
                if keep_type:
                    for k in range(i0, i):
                        m[k] = True
                i0 = -1
        if s.type is not None:
            keep_type = True
    if i0 >= 0 and keep_type:
        for k in range(i0, len(specs)):
            m[k] = True
    return m


def _ident_list_size(lst, max_size: int) -> int:
    size = 0
    for i, x in enumerate(lst):
        if i > 0:
            size += 2
        size += len(x.name)
        if size >= max_size:
            break
    return size


def _get_doc(n):
    if isinstance(n, (ast.Field, ast.ImportSpec, ast.ValueSpec, ast.TypeSpec, ast.GenDecl, ast.FuncDecl, ast.File)):
        return n.doc
    return None


def _decl_token(d) -> str:
    if type(d) is ast.GenDecl:
        return d.tok
    if type(d) is ast.FuncDecl:
        return "func"
    return ""


class NodesMixin:
    """Node layout methods of Printer."""

    # -- common -----------------------------------------------------------------

    def linebreak(self, line: int, min_: int, ws: str, new_section: bool) -> int:
        n = max(min(line - self.pos_line, 2), min_)
        nbreaks = 0
        if n > 0:
            self.print(ws)
            if new_section:
                self.print(FORMFEED)
                n -= 1
                nbreaks = 2
            nbreaks += n
            while n > 0:
                self.print(NEWLINE)
                n -= 1
        return nbreaks

    def ident_list(self, lst, indent: bool) -> None:
        self.expr_list(0, lst, 1, 0 if indent else NO_INDENT, 0, False)

    def expr_list(self, prev0, lst, depth: int, mode: int, next0, is_incomplete: bool) -> None:
        if not lst:
            if is_incomplete:
                prev = self.pos_for(prev0)
                nxt = self.pos_for(next0)
                from .printer import Lit
                if prev[1] > 0 and prev[1] == nxt[1]:
                    self.print(Lit("/* contains filtered or unexported fields */"))
                else:
                    self.print(NEWLINE)
                    self.print(INDENT, Lit("// contains filtered or unexported fields"), UNINDENT, NEWLINE)
            return
        prev = self.pos_for(prev0)
        nxt = self.pos_for(next0)
        line = self.line_for(lst[0].pos())
        end_line = self.line_for(lst[-1].end())
        if prev[1] > 0 and prev[1] == line and line == end_line:
            for i, x in enumerate(lst):
                if i > 0:
                    self.set_pos(x.pos())
                    self.print(",", BLANK)
                self.expr0(x, depth)
            if is_incomplete:
                from .printer import Lit
                self.print(",", BLANK, Lit("/* contains filtered or unexported fields */"))
            return
        ws = IGNORE if mode & NO_INDENT else INDENT
        prev_break = -1
        if prev[1] > 0 and prev[1] < line and self.linebreak(line, 0, ws, True) > 0:
            ws = IGNORE
            prev_break = 0
        size = 0
        log2sum = 0.0
        count = 0
        prev_line = prev[1]
        from .printer import exp2ish, log2ish
        valid = prev[1] > 0 and nxt[1] > 0
        for i, x in enumerate(lst):
            line = self.line_for(x.pos())
            use_ff = True
            prev_size = size
            inf = 1000000
            size = self.node_size(x, inf)
            is_pair = type(x) is ast.KeyValueExpr
            if size <= inf and valid:
                if is_pair:
                    size = self.node_size(x.key, inf)
            else:
                size = 0
            if prev_size > 0 and size > 0:
                if count == 0 or (prev_size <= 40 and size <= 40):
                    use_ff = False
                else:
                    geomean = exp2ish(log2sum / count)
                    ratio = size / geomean
                    use_ff = 2.5 * ratio <= 1 or 2.5 <= ratio
            needs_linebreak = 0 < prev_line < line
            if i > 0:
                if not needs_linebreak:
                    self.set_pos(x.pos())
                self.print(",")
                needs_blank = True
                if needs_linebreak:
                    nbreaks = self.linebreak(line, 0, ws, use_ff or prev_break + 1 < i)
                    if nbreaks > 0:
                        ws = IGNORE
                        prev_break = i
                        needs_blank = False
                    if nbreaks > 1:
                        log2sum = 0.0
                        count = 0
                if needs_blank:
                    self.print(BLANK)
            if len(lst) > 1 and is_pair and size > 0 and needs_linebreak:
                self.expr(x.key)
                self.set_pos(x.colon)
                self.print(":", VTAB)
                self.expr(x.value)
            else:
                self.expr0(x, depth)
            if size > 0:
                log2sum += log2ish(size)
                count += 1
            prev_line = line
        if mode & COMMA_TERM and nxt[1] > 0 and self.pos_line < nxt[1]:
            self.print(",")
            if is_incomplete:
                from .printer import Lit
                self.print(NEWLINE)
                self.print(Lit("// contains filtered or unexported fields"))
            if ws == IGNORE and not mode & NO_INDENT:
                self.print(UNINDENT)
            self.print(FORMFEED)
            return
        if is_incomplete:
            from .printer import Lit
            self.print(",", NEWLINE)
            self.print(Lit("// contains filtered or unexported fields"), NEWLINE)
        if ws == IGNORE and not mode & NO_INDENT:
            self.print(UNINDENT)

    def parameters(self, fields, mode: int) -> None:
        open_tok, close_tok = ("(", ")") if mode == FUNC_PARAM else ("[", "]")
        self.set_pos(fields.opening)
        self.print(open_tok)
        if fields.list:
            prev_line = self.line_for(fields.opening)
            ws = INDENT
            for i, par in enumerate(fields.list):
                par_line_beg = self.line_for(par.pos())
                par_line_end = self.line_for(par.end())
                needs_linebreak = 0 < prev_line < par_line_beg
                if i > 0:
                    if not needs_linebreak:
                        self.set_pos(par.pos())
                    self.print(",")
                if needs_linebreak and self.linebreak(par_line_beg, 0, ws, True) > 0:
                    ws = IGNORE
                elif i > 0:
                    self.print(BLANK)
                if par.names:
                    self.ident_list(par.names, ws == INDENT)
                    self.print(BLANK)
                self.expr(strip_parens_always(par.type))
                prev_line = par_line_end
            closing = self.line_for(fields.closing)
            if 0 < prev_line < closing:
                self.print(",")
                self.linebreak(closing, 0, IGNORE, True)
            elif (mode == TYPE_TPARAM and fields.num_fields() == 1
                  and combines_with_name(strip_parens_always(fields.list[0].type))):
                self.print(",")
            if ws == IGNORE:
                self.print(UNINDENT)
        self.set_pos(fields.closing)
        self.print(close_tok)

    def signature(self, sig) -> None:
        if sig.type_params is not None:
            self.parameters(sig.type_params, FUNC_TPARAM)
        if sig.params is not None:
            self.parameters(sig.params, FUNC_PARAM)
        else:
            self.print("(", ")")
        res = sig.results
        n = res.num_fields() if res is not None else 0
        if n > 0:
            self.print(BLANK)
            if n == 1 and not res.list[0].names:
                self.expr(strip_parens_always(res.list[0].type))
                return
            self.parameters(res, FUNC_PARAM)

    def is_one_line_field_list(self, lst) -> bool:
        if len(lst) != 1:
            return False
        f = lst[0]
        if f.tag is not None or f.comment is not None:
            return False
        max_size = 30
        names_size = _ident_list_size(f.names, max_size)
        if names_size > 0:
            names_size = 1
        type_size = self.node_size(f.type, max_size)
        return names_size + type_size <= max_size

    def set_line_comment(self, text: str) -> None:
        self.set_comment(ast.CommentGroup([ast.Comment(0, text)]))

    def field_list(self, fields, is_struct: bool, is_incomplete: bool) -> None:
        lbrace = fields.opening
        lst = fields.list
        rbrace = fields.closing
        has_comments = is_incomplete or self.comment_before(self.pos_for(rbrace)[0])
        src_is_one_line = lbrace > 0 and rbrace > 0 and self.line_for(lbrace) == self.line_for(rbrace)
        if not has_comments and src_is_one_line:
            if not lst:
                self.set_pos(lbrace)
                self.print("{")
                self.set_pos(rbrace)
                self.print("}")
                return
            elif self.is_one_line_field_list(lst):
                self.set_pos(lbrace)
                self.print("{", BLANK)
                f = lst[0]
                if is_struct:
                    for i, x in enumerate(f.names):
                        if i > 0:
                            self.print(",", BLANK)
                        self.expr(x)
                    if f.names:
                        self.print(BLANK)
                    self.expr(f.type)
                else:
                    if f.names:
                        self.expr(f.names[0])
                        self.signature(f.type)
                    else:
                        self.expr(f.type)
                self.print(BLANK)
                self.set_pos(rbrace)
                self.print("}")
                return
        self.print(BLANK)
        self.set_pos(lbrace)
        self.print("{", INDENT)
        if has_comments or lst:
            self.print(FORMFEED)
        if is_struct:
            sep = BLANK if len(lst) == 1 else VTAB
            line = [0]
            for i, f in enumerate(lst):
                if i > 0:
                    self.linebreak(self.line_for(f.pos()), 1, IGNORE, self.lines_from(line[0]) > 0)
                extra_tabs = 0
                self.set_comment(f.doc)
                self.record_line(line)
                if f.names:
                    self.ident_list(f.names, False)
                    self.print(sep)
                    self.expr(f.type)
                    extra_tabs = 1
                else:
                    self.expr(f.type)
                    extra_tabs = 2
                if f.tag is not None:
                    if f.names and sep == VTAB:
                        self.print(sep)
                    self.print(sep)
                    self.expr(f.tag)
                    extra_tabs = 0
                if f.comment is not None:
                    while extra_tabs > 0:
                        self.print(sep)
                        extra_tabs -= 1
                    self.set_comment(f.comment)
            if is_incomplete:
                if lst:
                    self.print(FORMFEED)
                self.flush(self.pos_for(rbrace), "}")
                self.set_line_comment("// contains filtered or unexported fields")
        else:
            line = [0]
            for i, f in enumerate(lst):
                name = f.names[0] if f.names else None
                if i > 0:
                    self.linebreak(self.line_for(f.pos()), 1, IGNORE, self.lines_from(line[0]) > 0)
                self.set_comment(f.doc)
                self.record_line(line)
                if name is not None:
                    self.expr(name)
                    self.signature(f.type)
                else:
                    self.expr(f.type)
                self.set_comment(f.comment)
            if is_incomplete:
                if lst:
                    self.print(FORMFEED)
                self.flush(self.pos_for(rbrace), "}")
                self.set_line_comment("// contains filtered or unexported methods")
        self.print(UNINDENT, FORMFEED)
        self.set_pos(rbrace)
        self.print("}")

    # -- expressions --------------------------------------------------------------

    def binary_expr(self, x, prec1: int, cut: int, depth: int) -> None:
        prec = _prec(x.op)
        if prec < prec1:
            self.print("(")
            self.expr0(x, reduce_depth(depth))
            self.print(")")
            return
        print_blank = prec < cut
        ws = INDENT
        self.expr1(x.x, prec, depth + diff_prec(x.x, prec))
        if print_blank:
            self.print(BLANK)
        xline = self.pos_line
        yline = self.line_for(x.y.pos())
        self.set_pos(x.op_pos)
        self.print(x.op)
        if xline != yline and xline > 0 and yline > 0:
            if self.linebreak(yline, 1, ws, True) > 0:
                ws = IGNORE
                print_blank = False
        if print_blank:
            self.print(BLANK)
        self.expr1(x.y, prec + 1, depth + 1)
        if ws == IGNORE:
            self.print(UNINDENT)

    def expr1(self, expr, prec1: int, depth: int) -> None:
        self.set_pos(expr.pos())
        m = _EXPR_DISPATCH.get(type(expr))
        if m is None:
            raise TypeError(f"printer: unexpected expression {type(expr).__name__}")
        m(self, expr, prec1, depth)

    def _x_bad(self, x, prec1, depth):
        from .printer import Lit
        self.print(Lit("BadExpr"))

    def _x_ident(self, x, prec1, depth):
        self.print(x)

    def _x_binary(self, x, prec1, depth):
        if depth < 1:
            depth = 1
        self.binary_expr(x, prec1, cutoff(x, depth, self.walk_cache), depth)

    def _x_keyvalue(self, x, prec1, depth):
        self.expr(x.key)
        self.set_pos(x.colon)
        self.print(":", BLANK)
        self.expr(x.value)

    def _x_star(self, x, prec1, depth):
        if UNARY_PREC < prec1:
            self.print("(", "*")
            self.expr(x.x)
            self.print(")")
        else:
            self.print("*")
            self.expr(x.x)

    def _x_unary(self, x, prec1, depth):
        if UNARY_PREC < prec1:
            self.print("(")
            self.expr(x)
            self.print(")")
        else:
            self.print(x.op)
            if x.op == "range":
                self.print(BLANK)
            self.expr1(x.x, UNARY_PREC, depth)

    def _x_basiclit(self, x, prec1, depth):
        if self.normalize_numbers:
            x = normalized_number(x)
        self.print(x)

    def _x_funclit(self, x, prec1, depth):
        self.set_pos(x.type.pos())
        self.print("func")
        start_col = self.out_col - 4
        self.signature(x.type)
        self.func_body(self.distance_from(x.type.pos(), start_col), BLANK, x.body)

    def _x_paren(self, x, prec1, depth):
        if type(x.x) is ast.ParenExpr:
            self.expr0(x.x, depth)
        else:
            self.print("(")
            self.expr0(x.x, reduce_depth(depth))
            self.set_pos(x.rparen)
            self.print(")")

    def _x_selector(self, x, prec1, depth):
        self.selector_expr(x, depth, False)

    def _x_typeassert(self, x, prec1, depth):
        self.expr1(x.x, HIGHEST_PREC, depth)
        self.print(".")
        self.set_pos(x.lparen)
        self.print("(")
        if x.type is not None:
            self.expr(x.type)
        else:
            self.print("type")
        self.set_pos(x.rparen)
        self.print(")")

    def _x_index(self, x, prec1, depth):
        self.expr1(x.x, HIGHEST_PREC, 1)
        self.set_pos(x.lbrack)
        self.print("[")
        self.expr0(x.index, depth + 1)
        self.set_pos(x.rbrack)
        self.print("]")

    def _x_indexlist(self, x, prec1, depth):
        self.expr1(x.x, HIGHEST_PREC, 1)
        self.set_pos(x.lbrack)
        self.print("[")
        self.expr_list(x.lbrack, x.indices, depth + 1, COMMA_TERM, x.rbrack, False)
        self.set_pos(x.rbrack)
        self.print("]")

    def _x_slice(self, x, prec1, depth):
        self.expr1(x.x, HIGHEST_PREC, 1)
        self.set_pos(x.lbrack)
        self.print("[")
        indices = [x.low, x.high]
        if x.max is not None:
            indices.append(x.max)
        needs_blanks = False
        if depth <= 1:
            index_count = 0
            has_binaries = False
            for e in indices:
                if e is not None:
                    index_count += 1
                    if type(e) is ast.BinaryExpr:
                        has_binaries = True
            if index_count > 1 and has_binaries:
                needs_blanks = True
        for i, e in enumerate(indices):
            if i > 0:
                if indices[i - 1] is not None and needs_blanks:
                    self.print(BLANK)
                self.print(":")
                if e is not None and needs_blanks:
                    self.print(BLANK)
            if e is not None:
                self.expr0(e, depth + 1)
        self.set_pos(x.rbrack)
        self.print("]")

    def _x_call(self, x, prec1, depth):
        if len(x.args) > 1:
            depth += 1
        fun = x.fun
        tf = type(fun)
        paren = tf is ast.FuncType or (tf is ast.ChanType and fun.dir == ast.RECV)
        if paren:
            self.print("(")
        was_indented = self.possible_selector_expr(fun, HIGHEST_PREC, depth)
        if paren:
            self.print(")")
        self.set_pos(x.lparen)
        self.print("(")
        if x.ellipsis:
            self.expr_list(x.lparen, x.args, depth, 0, x.ellipsis, False)
            self.set_pos(x.ellipsis)
            self.print("...")
            if x.rparen and self.line_for(x.ellipsis) < self.line_for(x.rparen):
                self.print(",", FORMFEED)
        else:
            self.expr_list(x.lparen, x.args, depth, COMMA_TERM, x.rparen, False)
        self.set_pos(x.rparen)
        self.print(")")
        if was_indented:
            self.print(UNINDENT)

    def _x_composite(self, x, prec1, depth):
        if x.type is not None:
            self.expr1(x.type, HIGHEST_PREC, depth)
        self.level += 1
        self.set_pos(x.lbrace)
        self.print("{")
        self.expr_list(x.lbrace, x.elts, 1, COMMA_TERM, x.rbrace, x.incomplete)
        mode = NO_EXTRA_LINEBREAK
        if x.elts:
            mode |= NO_EXTRA_BLANK
        self.print(INDENT, UNINDENT)
        self.toggle(mode)
        self.set_pos(x.rbrace)
        self.print("}")
        self.toggle(mode)
        self.level -= 1

    def _x_ellipsis(self, x, prec1, depth):
        self.print("...")
        if x.elt is not None:
            self.expr(x.elt)

    def _x_array(self, x, prec1, depth):
        self.print("[")
        if x.len is not None:
            self.expr(x.len)
        self.print("]")
        self.expr(x.elt)

    def _x_struct(self, x, prec1, depth):
        self.print("struct")
        self.field_list(x.fields, True, x.incomplete)

    def _x_functype(self, x, prec1, depth):
        self.print("func")
        self.signature(x)

    def _x_interface(self, x, prec1, depth):
        self.print("interface")
        self.field_list(x.methods, False, x.incomplete)

    def _x_map(self, x, prec1, depth):
        self.print("map", "[")
        self.expr(x.key)
        self.print("]")
        self.expr(x.value)

    def _x_chan(self, x, prec1, depth):
        d = x.dir
        if d == ast.SEND | ast.RECV:
            self.print("chan")
        elif d == ast.RECV:
            self.print("<-", "chan")
        else:
            self.print("chan")
            self.set_pos(x.arrow)
            self.print("<-")
        self.print(BLANK)
        self.expr(x.value)

    def possible_selector_expr(self, expr, prec1: int, depth: int) -> bool:
        if type(expr) is ast.SelectorExpr:
            return self.selector_expr(expr, depth, True)
        self.expr1(expr, prec1, depth)
        return False

    def selector_expr(self, x, depth: int, is_method: bool) -> bool:
        self.expr1(x.x, HIGHEST_PREC, depth)
        self.print(".")
        line = self.line_for(x.sel.pos())
        if self.pos_line > 0 and self.pos_line < line:
            self.print(INDENT, NEWLINE)
            self.set_pos(x.sel.pos())
            self.print(x.sel)
            if not is_method:
                self.print(UNINDENT)
            return True
        self.set_pos(x.sel.pos())
        self.print(x.sel)
        return False

    def expr0(self, x, depth: int) -> None:
        self.expr1(x, LOWEST_PREC, depth)

    def expr(self, x) -> None:
        self.expr1(x, LOWEST_PREC, 1)

    # -- statements ---------------------------------------------------------------

    def stmt_list(self, lst, nindent: int, next_is_rbrace: bool) -> None:
        if nindent > 0:
            self.print(INDENT)
        line = [0]
        i = 0
        n = len(lst)
        for k, s in enumerate(lst):
            if type(s) is ast.EmptyStmt:
                continue
            if self.output:
                self.linebreak(self.line_for(s.pos()), 1, IGNORE,
                               i == 0 or nindent == 0 or self.lines_from(line[0]) > 0)
            self.record_line(line)
            self.stmt(s, next_is_rbrace and k == n - 1)
            t = s
            while type(t) is ast.LabeledStmt:
                line[0] += 1
                t = t.stmt
            i += 1
        if nindent > 0:
            self.print(UNINDENT)

    def block(self, b, nindent: int) -> None:
        self.set_pos(b.lbrace)
        self.print("{")
        self.stmt_list(b.list, nindent, True)
        self.linebreak(self.line_for(b.rbrace), 1, IGNORE, True)
        self.set_pos(b.rbrace)
        self.print("}")

    def control_clause(self, is_for: bool, init, expr, post) -> None:
        self.print(BLANK)
        needs_blank = False
        if init is None and post is None:
            if expr is not None:
                self.expr(strip_parens(expr))
                needs_blank = True
        else:
            if init is not None:
                self.stmt(init, False)
            self.print(";", BLANK)
            if expr is not None:
                self.expr(strip_parens(expr))
                needs_blank = True
            if is_for:
                self.print(";", BLANK)
                needs_blank = False
                if post is not None:
                    self.stmt(post, False)
                    needs_blank = True
        if needs_blank:
            self.print(BLANK)

    def indent_list(self, lst) -> bool:
        if len(lst) >= 2:
            b = self.line_for(lst[0].pos())
            e = self.line_for(lst[-1].end())
            if 0 < b < e:
                n = 0
                line = b
                for x in lst:
                    xb = self.line_for(x.pos())
                    xe = self.line_for(x.end())
                    if line < xb:
                        return True
                    if xb < xe and not is_composite_lit_like(x):
                        n += 1
                    line = xe
                return n > 1
        return False

    def stmt(self, stmt, next_is_rbrace: bool) -> None:
        self.set_pos(stmt.pos())
        m = _STMT_DISPATCH.get(type(stmt))
        if m is None:
            raise TypeError(f"printer: unexpected statement {type(stmt).__name__}")
        m(self, stmt, next_is_rbrace)

    def _s_bad(self, s, nr):
        from .printer import Lit
        self.print(Lit("BadStmt"))

    def _s_decl(self, s, nr):
        self.decl(s.decl)

    def _s_empty(self, s, nr):
        pass

    def _s_labeled(self, s, nr):
        self.print(UNINDENT)
        self.expr(s.label)
        self.set_pos(s.colon)
        self.print(":", INDENT)
        if type(s.stmt) is ast.EmptyStmt:
            if not nr:
                self.print(NEWLINE)
                self.set_pos(s.stmt.pos())
                self.print(";")
                return
        else:
            self.linebreak(self.line_for(s.stmt.pos()), 1, IGNORE, True)
        self.stmt(s.stmt, nr)

    def _s_expr(self, s, nr):
        self.expr0(s.x, 1)

    def _s_send(self, s, nr):
        self.expr0(s.chan, 1)
        self.print(BLANK)
        self.set_pos(s.arrow)
        self.print("<-", BLANK)
        self.expr0(s.value, 1)

    def _s_incdec(self, s, nr):
        self.expr0(s.x, 2)
        self.set_pos(s.tok_pos)
        self.print(s.tok)

    def _s_assign(self, s, nr):
        depth = 1
        if len(s.lhs) > 1 and len(s.rhs) > 1:
            depth += 1
        self.expr_list(s.pos(), s.lhs, depth, 0, s.tok_pos, False)
        self.print(BLANK)
        self.set_pos(s.tok_pos)
        self.print(s.tok, BLANK)
        self.expr_list(s.tok_pos, s.rhs, depth, 0, 0, False)

    def _s_go(self, s, nr):
        self.print("go", BLANK)
        self.expr(s.call)

    def _s_defer(self, s, nr):
        self.print("defer", BLANK)
        self.expr(s.call)

    def _s_return(self, s, nr):
        self.print("return")
        if s.results:
            self.print(BLANK)
            if self.indent_list(s.results):
                self.print(INDENT)
                self.expr_list(0, s.results, 1, NO_INDENT, 0, False)
                self.print(UNINDENT)
            else:
                self.expr_list(0, s.results, 1, 0, 0, False)

    def _s_branch(self, s, nr):
        self.print(s.tok)
        if s.label is not None:
            self.print(BLANK)
            self.expr(s.label)

    def _s_block(self, s, nr):
        self.block(s, 1)

    def _s_if(self, s, nr):
        self.print("if")
        self.control_clause(False, s.init, s.cond, None)
        self.block(s.body, 1)
        if s.else_ is not None:
            self.print(BLANK, "else", BLANK)
            if type(s.else_) in (ast.BlockStmt, ast.IfStmt):
                self.stmt(s.else_, nr)
            else:
                self.print("{", INDENT, FORMFEED)
                self.stmt(s.else_, True)
                self.print(UNINDENT, FORMFEED, "}")

    def _s_case(self, s, nr):
        if s.list:
            self.print("case", BLANK)
            self.expr_list(s.pos(), s.list, 1, 0, s.colon, False)
        else:
            self.print("default")
        self.set_pos(s.colon)
        self.print(":")
        self.stmt_list(s.body, 1, nr)

    def _s_switch(self, s, nr):
        self.print("switch")
        self.control_clause(False, s.init, s.tag, None)
        self.block(s.body, 0)

    def _s_typeswitch(self, s, nr):
        self.print("switch")
        if s.init is not None:
            self.print(BLANK)
            self.stmt(s.init, False)
            self.print(";")
        self.print(BLANK)
        self.stmt(s.assign, False)
        self.print(BLANK)
        self.block(s.body, 0)

    def _s_comm(self, s, nr):
        if s.comm is not None:
            self.print("case", BLANK)
            self.stmt(s.comm, False)
        else:
            self.print("default")
        self.set_pos(s.colon)
        self.print(":")
        self.stmt_list(s.body, 1, nr)

    def _s_select(self, s, nr):
        self.print("select", BLANK)
        body = s.body
        if not body.list and not self.comment_before(self.pos_for(body.rbrace)[0]):
            self.set_pos(body.lbrace)
            self.print("{")
            self.set_pos(body.rbrace)
            self.print("}")
        else:
            self.block(body, 0)

    def _s_for(self, s, nr):
        self.print("for")
        self.control_clause(True, s.init, s.cond, s.post)
        self.block(s.body, 1)

    def _s_range(self, s, nr):
        self.print("for", BLANK)
        if s.key is not None:
            self.expr(s.key)
            if s.value is not None:
                self.set_pos(s.value.pos())
                self.print(",", BLANK)
                self.expr(s.value)
            self.print(BLANK)
            self.set_pos(s.tok_pos)
            self.print(s.tok, BLANK)
        self.print("range", BLANK)
        self.expr(strip_parens(s.x))
        self.print(BLANK)
        self.block(s.body, 1)

    # -- declarations ---------------------------------------------------------------

    def value_spec(self, s, keep_type: bool) -> None:
        self.set_comment(s.doc)
        self.ident_list(s.names, False)
        extra_tabs = 3
        if s.type is not None or keep_type:
            self.print(VTAB)
            extra_tabs -= 1
        if s.type is not None:
            self.expr(s.type)
        if s.values:
            self.print(VTAB, "=", BLANK)
            self.expr_list(0, s.values, 1, 0, 0, False)
            extra_tabs -= 1
        if s.comment is not None:
            while extra_tabs > 0:
                self.print(VTAB)
                extra_tabs -= 1
            self.set_comment(s.comment)

    def spec(self, spec, n: int, do_indent: bool) -> None:
        t = type(spec)
        if t is ast.ImportSpec:
            self.set_comment(spec.doc)
            if spec.name is not None:
                self.expr(spec.name)
                self.print(BLANK)
            self.expr(sanitize_import_path(spec.path))
            self.set_comment(spec.comment)
            self.set_pos(spec.end_pos)
        elif t is ast.ValueSpec:
            self.set_comment(spec.doc)
            self.ident_list(spec.names, do_indent)
            if spec.type is not None:
                self.print(BLANK)
                self.expr(spec.type)
            if spec.values:
                self.print(BLANK, "=", BLANK)
                self.expr_list(0, spec.values, 1, 0, 0, False)
            self.set_comment(spec.comment)
        elif t is ast.TypeSpec:
            self.set_comment(spec.doc)
            self.expr(spec.name)
            if spec.type_params is not None:
                self.parameters(spec.type_params, TYPE_TPARAM)
            if n == 1:
                self.print(BLANK)
            else:
                self.print(VTAB)
            if spec.assign:
                self.print("=", BLANK)
            self.expr(spec.type)
            self.set_comment(spec.comment)
        else:
            raise TypeError(f"printer: unexpected spec {t.__name__}")

    def gen_decl(self, d) -> None:
        self.set_comment(d.doc)
        self.set_pos(d.pos())
        self.print(d.tok, BLANK)
        if d.lparen or len(d.specs) != 1:
            self.set_pos(d.lparen)
            self.print("(")
            n = len(d.specs)
            if n > 0:
                self.print(INDENT, FORMFEED)
                line = [0]
                if n > 1 and (d.tok == "const" or d.tok == "var"):
                    keep = keep_type_column(d.specs)
                    for i, s in enumerate(d.specs):
                        if i > 0:
                            self.linebreak(self.line_for(s.pos()), 1, IGNORE, self.lines_from(line[0]) > 0)
                        self.record_line(line)
                        self.value_spec(s, keep[i])
                else:
                    for i, s in enumerate(d.specs):
                        if i > 0:
                            self.linebreak(self.line_for(s.pos()), 1, IGNORE, self.lines_from(line[0]) > 0)
                        self.record_line(line)
                        self.spec(s, n, False)
                self.print(UNINDENT, FORMFEED)
            self.set_pos(d.rparen)
            self.print(")")
        elif d.specs:
            self.spec(d.specs[0], 1, True)

    def num_lines(self, n) -> int:
        a = n.pos()
        if a > 0:
            b = n.end()
            if b > 0:
                return self.line_for(b) - self.line_for(a) + 1
        return INFINITY

    def body_size(self, b, max_size: int) -> int:
        pos1 = b.pos()
        pos2 = b.rbrace
        if pos1 > 0 and pos2 > 0 and self.line_for(pos1) != self.line_for(pos2):
            return max_size + 1
        if len(b.list) > 5:
            return max_size + 1
        size = self.comment_size_before(self.pos_for(pos2)[0])
        for i, s in enumerate(b.list):
            if size > max_size:
                break
            if i > 0:
                size += 2
            size += self.node_size(s, max_size)
        return size

    def func_body(self, header_size: int, sep: str, b) -> None:
        if b is None:
            return
        saved_level = self.level
        self.level = 0
        max_size = 100
        if header_size + self.body_size(b, max_size) <= max_size:
            self.print(sep)
            self.set_pos(b.lbrace)
            self.print("{")
            if b.list:
                self.print(BLANK)
                n = len(b.list)
                for i, s in enumerate(b.list):
                    if i > 0:
                        self.print(";", BLANK)
                    self.stmt(s, i == n - 1)
                self.print(BLANK)
            self.toggle(NO_EXTRA_LINEBREAK)
            self.set_pos(b.rbrace)
            self.print("}")
            self.toggle(NO_EXTRA_LINEBREAK)
            self.level = saved_level
            return
        if sep != IGNORE:
            self.print(BLANK)
        self.block(b, 1)
        self.level = saved_level

    def distance_from(self, start_pos, start_col: int) -> int:
        if start_pos > 0 and self.pos_line > 0 and self.line_for(start_pos) == self.pos_line:
            return self.out_col - start_col
        return INFINITY

    def func_decl(self, d) -> None:
        self.set_comment(d.doc)
        self.set_pos(d.pos())
        self.print("func", BLANK)
        start_col = self.out_col - 5
        if d.recv is not None:
            self.parameters(d.recv, FUNC_PARAM)
            self.print(BLANK)
        self.expr(d.name)
        self.signature(d.type)
        self.func_body(self.distance_from(d.pos(), start_col), VTAB, d.body)

    def decl(self, d) -> None:
        t = type(d)
        if t is ast.GenDecl:
            self.gen_decl(d)
        elif t is ast.FuncDecl:
            self.func_decl(d)
        else:
            from .printer import Lit
            self.set_pos(d.pos())
            self.print(Lit("BadDecl"))

    def decl_list(self, lst) -> None:
        tok = ""
        for d in lst:
            prev = tok
            tok = _decl_token(d)
            if self.output:
                min_ = 2 if (prev != tok or _get_doc(d) is not None) else 1
                self.linebreak(self.line_for(d.pos()), min_, IGNORE,
                               tok == "func" and self.num_lines(d) > 1)
            self.decl(d)

    def file(self, src) -> None:
        self.set_comment(src.doc)
        self.set_pos(src.pos())
        self.print("package", BLANK)
        self.expr(src.name)
        self.decl_list(src.decls)
        self.print(NEWLINE)


_EXPR_DISPATCH = {
    ast.BadExpr: NodesMixin._x_bad,
    ast.Ident: NodesMixin._x_ident,
    ast.BinaryExpr: NodesMixin._x_binary,
    ast.KeyValueExpr: NodesMixin._x_keyvalue,
    ast.StarExpr: NodesMixin._x_star,
    ast.UnaryExpr: NodesMixin._x_unary,
    ast.BasicLit: NodesMixin._x_basiclit,
    ast.FuncLit: NodesMixin._x_funclit,
    ast.ParenExpr: NodesMixin._x_paren,
    ast.SelectorExpr: NodesMixin._x_selector,
    ast.TypeAssertExpr: NodesMixin._x_typeassert,
    ast.IndexExpr: NodesMixin._x_index,
    ast.IndexListExpr: NodesMixin._x_indexlist,
    ast.SliceExpr: NodesMixin._x_slice,
    ast.CallExpr: NodesMixin._x_call,
    ast.CompositeLit: NodesMixin._x_composite,
    ast.Ellipsis: NodesMixin._x_ellipsis,
    ast.ArrayType: NodesMixin._x_array,
    ast.StructType: NodesMixin._x_struct,
    ast.FuncType: NodesMixin._x_functype,
    ast.InterfaceType: NodesMixin._x_interface,
    ast.MapType: NodesMixin._x_map,
    ast.ChanType: NodesMixin._x_chan,
}

_STMT_DISPATCH = {
    ast.BadStmt: NodesMixin._s_bad,
    ast.DeclStmt: NodesMixin._s_decl,
    ast.EmptyStmt: NodesMixin._s_empty,
    ast.LabeledStmt: NodesMixin._s_labeled,
    ast.ExprStmt: NodesMixin._s_expr,
    ast.SendStmt: NodesMixin._s_send,
    ast.IncDecStmt: NodesMixin._s_incdec,
    ast.AssignStmt: NodesMixin._s_assign,
    ast.GoStmt: NodesMixin._s_go,
    ast.DeferStmt: NodesMixin._s_defer,
    ast.ReturnStmt: NodesMixin._s_return,
    ast.BranchStmt: NodesMixin._s_branch,
    ast.BlockStmt: NodesMixin._s_block,
    ast.IfStmt: NodesMixin._s_if,
    ast.CaseClause: NodesMixin._s_case,
    ast.SwitchStmt: NodesMixin._s_switch,
    ast.TypeSwitchStmt: NodesMixin._s_typeswitch,
    ast.CommClause: NodesMixin._s_comm,
    ast.SelectStmt: NodesMixin._s_select,
    ast.ForStmt: NodesMixin._s_for,
    ast.RangeStmt: NodesMixin._s_range,
}
