"""This file implements the printf analyzer: calls of Printf- and Print-like functions whose
format strings and arguments disagree.

Print-like functions are fmt's and log's (the table below) and the functions of the
package that forward their `format string, args ...any` (or `args ...any`) parameters
to one of them (wrappers, found by propagation as go vet's facts do within a package).

For a Printf-like call with a constant format, each directive is parsed as fmt parses
it (flags, [n] argument indexes, * widths and precisions, the verb) and checked: the
verb is known, its flags apply, the argument exists and its type suits the verb (the
argument matcher below follows fmt's rules: a Formatter takes anything, %s takes
errors and Stringers, %x takes strings, byte slices and numbers ...), no argument is
left over. A Print-like call is checked for a first argument that looks like a format
("%d"), a redundant final newline in Println, func values and os.Std* writers.
Findings are at the directive's position inside the string literal.
The go1.24 rule "non-constant format string in call to X" applies to files whose
language version is at least go1.24 and calls where the format is the last argument.
"""

from __future__ import annotations

import re

from gopherpy.syntax import nodes as ast
from gopherpy.types2 import typs
from gopherpy.types2.lookup import lookup_field_or_method, missing_method
from gopherpy.types2.objects import Func, Var

from .analysis import full_name, preorder, unparen

KIND_NONE, KIND_PRINT, KIND_PRINTF, KIND_ERRORF = range(4)

_IS_PRINT = frozenset("""
fmt.Appendf fmt.Append fmt.Appendln fmt.Errorf fmt.Fprint fmt.Fprintf fmt.Fprintln
fmt.Print fmt.Printf fmt.Println fmt.Sprint fmt.Sprintf fmt.Sprintln runtime/trace.Logf
log.Print log.Printf log.Println log.Fatal log.Fatalf log.Fatalln log.Panic log.Panicf log.Panicln
(*log.Logger).Fatal (*log.Logger).Fatalf (*log.Logger).Fatalln (*log.Logger).Panic
(*log.Logger).Panicf (*log.Logger).Panicln (*log.Logger).Print (*log.Logger).Printf
(*log.Logger).Println (*testing.common).Error (*testing.common).Errorf (*testing.common).Fatal
(*testing.common).Fatalf (*testing.common).Log (*testing.common).Logf (*testing.common).Skip
(*testing.common).Skipf (testing.TB).Error (testing.TB).Errorf (testing.TB).Fatal
(testing.TB).Fatalf (testing.TB).Log (testing.TB).Logf (testing.TB).Skip (testing.TB).Skipf
""".split())

# argument classes a verb accepts
ARG_BOOL, ARG_BYTE, ARG_INT, ARG_RUNE, ARG_STRING, ARG_FLOAT, ARG_COMPLEX, ARG_POINTER, ARG_ERROR = (
    1 << i for i in range(9))
ANY_TYPE = -1

_NUM = " -+.0"
_SHARP_NUM = " -+.0#"
_ALL = " -+.0#"
# verb -> (flags it accepts, argument classes)
_VERBS = {
    "%": ("", 0),
    "b": (_SHARP_NUM, ARG_INT | ARG_FLOAT | ARG_COMPLEX | ARG_POINTER),
    "c": ("-", ARG_RUNE | ARG_INT),
    "d": (_NUM, ARG_INT | ARG_POINTER),
    "e": (_SHARP_NUM, ARG_FLOAT | ARG_COMPLEX),
    "E": (_SHARP_NUM, ARG_FLOAT | ARG_COMPLEX),
    "f": (_SHARP_NUM, ARG_FLOAT | ARG_COMPLEX),
    "F": (_SHARP_NUM, ARG_FLOAT | ARG_COMPLEX),
    "g": (_SHARP_NUM, ARG_FLOAT | ARG_COMPLEX),
    "G": (_SHARP_NUM, ARG_FLOAT | ARG_COMPLEX),
    "o": (_SHARP_NUM, ARG_INT | ARG_POINTER),
    "O": (_SHARP_NUM, ARG_INT | ARG_POINTER),
    "p": ("-#", ARG_POINTER),
    "q": (" -+.0#", ARG_RUNE | ARG_INT | ARG_STRING),
    "s": (" -+.0", ARG_STRING),
    "t": ("-", ARG_BOOL),
    "T": ("-", ANY_TYPE),
    "U": ("-#", ARG_RUNE | ARG_INT),
    "v": (_ALL, ANY_TYPE),
    "w": (_ALL, ARG_ERROR),
    "x": (_SHARP_NUM, ARG_RUNE | ARG_INT | ARG_STRING | ARG_POINTER | ARG_FLOAT | ARG_COMPLEX),
    "X": (_SHARP_NUM, ARG_RUNE | ARG_INT | ARG_STRING | ARG_POINTER | ARG_FLOAT | ARG_COMPLEX),
}


def _count(n: int, what: str) -> str:
    return f"1 {what}" if n == 1 else f"{n} {what}s"


# ---------------------------------------------------------------------------
# Format strings (fmt's grammar of a directive)

class _Size:
    __slots__ = ("fixed", "dynamic", "index")

    def __init__(self):
        self.fixed = -1
        self.dynamic = -1  # index of the argument giving the size (a *), else -1
        self.index = -1  # the explicit [n] of a *, else -1


class Operation:
    """One %-directive: its text, offsets in the format, flags, width, precision and verb."""
    __slots__ = ("text", "start", "flags", "width", "prec", "verb", "verb_index", "arg_index")

    def __init__(self):
        self.text = ""
        self.start = 0
        self.flags = ""
        self.width = _Size()
        self.prec = _Size()
        self.verb = ""
        self.verb_index = -1  # the explicit [n] of the verb, else -1
        self.arg_index = -1  # index in the call's arguments of the verb's operand


class FormatError(Exception):
    pass


def _decode_rune(s: bytes, i: int) -> tuple[str, int]:
    """The UTF-8 character at s[i:] and its width (U+FFFD, 1 for a bad encoding)."""
    b = s[i]
    n = 1 if b < 0x80 else 2 if b >> 5 == 6 else 3 if b >> 4 == 14 else 4 if b >> 3 == 30 else 1
    try:
        return s[i:i + n].decode("utf-8"), n
    except UnicodeDecodeError:
        return "\ufffd", 1


def _text(b: bytes) -> str:
    return b.decode("utf-8", "replace")


class _OpParser:
    def __init__(self, s: bytes, first_arg: int, arg_num: int):
        self.s = s
        self.n = 1  # past the %
        self.first_arg = first_arg
        self.arg_num = arg_num
        self.index = 0
        self.index_pending = False
        self.op = Operation()

    def scan_num(self):
        s, start = self.s, self.n
        while self.n < len(s):
            c = s[self.n]
            if c < 0x30 or c > 0x39:
                if start < self.n:
                    return int(s[start:self.n]), True
                return 0, False
            self.n += 1
        return 0, False

    def parse_index(self):
        s = self.s
        if self.n == len(s) or s[self.n] != 0x5B:  # [
            return
        self.n += 1
        start = self.n
        num, found = self.scan_num()
        if found:
            self.index = num
        ok = True
        if self.n == len(s) or self.n == start or s[self.n] != 0x5D:
            ok = False
            k = s.find(b"]", start)
            if k < 0:
                raise FormatError(f"format {_text(s)} is missing closing ]")
            self.n = k
        txt = s[start:self.n]
        try:
            arg = int(txt) if txt.isdigit() else None
            if arg is not None and arg >= 1 << 31:
                arg = None
        except ValueError:
            arg = None
        if arg is None or not ok or arg <= 0:
            raise FormatError(f"format has invalid argument index [{_text(txt)}]")
        self.n += 1
        self.arg_num = arg + self.first_arg - 1
        self.index_pending = True

    def parse_size(self, size: _Size):
        s = self.s
        if self.n < len(s) and s[self.n] == 0x2A:  # *
            self.n += 1
            if self.index_pending:
                self.index_pending = False
                size.index = self.index
            size.dynamic = self.arg_num
            self.arg_num += 1
        else:
            num, found = self.scan_num()
            if found:
                size.fixed = num

    def parse(self) -> Operation:
        s, op = self.s, self.op
        start = self.n
        while self.n < len(s) and s[self.n] in b"#0+- ":
            self.n += 1
        op.flags = s[start:self.n].decode("latin-1")
        self.parse_index()
        self.parse_size(op.width)
        if self.n < len(s) and s[self.n] == 0x2E:  # .
            self.n += 1
            self.parse_index()
            self.parse_size(op.prec)
        if not self.index_pending:
            self.parse_index()
        if self.n == len(s):
            raise FormatError(f"format {_text(s)} is missing verb at end of string")
        verb, w = _decode_rune(s, self.n)
        op.verb = verb
        op.verb_index = self.index if self.index_pending else -1
        op.arg_index = self.arg_num
        self.n += w
        op.text = _text(s[:self.n])
        return op


def parse_format(fmt: bytes, idx: int) -> list[Operation]:
    """The directives of format fmt, the idx'th argument of its call (fmtstr.Parse)."""
    first_arg = idx + 1
    arg_num = first_arg
    ops = []
    i = 0
    while i < len(fmt):
        if fmt[i] != 0x25:
            i += 1
            continue
        p = _OpParser(fmt[i:], first_arg, arg_num)
        op = p.parse()
        op.start = i
        ops.append(op)
        i += p.n
        if op.verb != "%":
            arg_num = p.arg_num + 1
    return ops


def _offset_in_literal(lit, offset: int) -> int | None:
    """The byte offset in lit's source text of byte `offset` of its value (astutil.RangeInStringLiteral)."""
    src = lit.value
    if not src:
        return None
    if src[0] == "`":
        return 1 + offset if offset <= len(src) - 2 else None
    i = 1
    n = 0
    while i < len(src) - 1:
        if n >= offset:
            return i if n == offset else None
        c = src[i]
        if c != "\\":
            i += 1
            n += 1
            continue
        e = src[i + 1] if i + 1 < len(src) else ""
        if e in "abfnrtv\\'\"":
            i += 2
            n += 1
        elif e == "x":
            i += 4
            n += 1
        elif e in "01234567":
            i += 4
            n += 1
        elif e in "uU":
            k = 4 if e == "u" else 8
            try:
                cp = int(src[i + 2:i + 2 + k], 16)
                n += len(chr(cp).encode("utf-8", "surrogatepass"))
            except (ValueError, OverflowError):
                return None
            i += 2 + k
        else:
            return None
    return i if n == offset else None


# ---------------------------------------------------------------------------
# Argument types

def _error_iface():
    from gopherpy.types2 import universe
    return universe.UNIVERSE.elems["error"].type


def _implements_error(t) -> bool:
    try:
        return missing_method(t, _error_iface(), True)[0] is None
    except Exception:
        return False


def _lookup_method(t, name, pkg=None):
    try:
        obj, _, _ = lookup_field_or_method(t, False, pkg, name)
    except Exception:
        return None
    return obj if isinstance(obj, Func) else None


def _is_basic(t, kind) -> bool:
    return isinstance(t, typs.Basic) and t.kind == kind


def is_formatter(t) -> bool:
    if t is None:
        return False
    if isinstance(typs.under(t), typs.Interface) and not isinstance(typs.unalias(t), typs.TypeParam):
        return True
    fn = _lookup_method(t, "Format")
    if fn is None:
        return False
    sig = fn.type
    params, results = sig.params.vars, sig.results.vars
    if len(params) != 2 or results:
        return False
    t0 = typs.unalias(params[0].type)
    ok0 = (isinstance(t0, typs.Named) and t0.obj.name == "State" and t0.obj.pkg is not None
           and t0.obj.pkg.path == "fmt")
    return ok0 and _is_basic(typs.unalias(params[1].type), typs.Int32)


def _is_stringer_sig(sig) -> bool:
    return (not sig.params.vars and len(sig.results.vars) == 1
            and _is_basic(sig.results.vars[0].type, typs.String) and sig.results.vars[0].type.name == "string")


def _convertible_to_string(t) -> bool:
    u = typs.unalias(t)
    if _is_basic(u, typs.UntypedNil):
        return False
    if _implements_error(t):
        return True
    fn = _lookup_method(t, "String")
    return fn is not None and _is_stringer_sig(fn.type)


def _exported(name: str) -> bool:
    return bool(name) and name[0].isupper()


class _Matcher:
    def __init__(self, want: int):
        self.t = want
        self.seen = set()
        self.reason = ""

    def match(self, t, top: bool) -> bool:
        want = self.t
        if want == ARG_ERROR:
            return _implements_error(t)
        if is_formatter(t):
            return True
        if want & ARG_STRING and _convertible_to_string(t):
            return True
        ut = typs.unalias(t)
        if isinstance(ut, typs.TypeParam):
            if id(ut) in self.seen:
                return True
            self.seen.add(id(ut))
            from gopherpy.types2.typeset import type_set_of
            try:
                terms = type_set_of(ut).terms
            except Exception:
                return True
            if not terms:
                return False
            report = len(self.seen) == 1
            for term in terms:
                if not self.match(term.type, top):
                    if report:
                        self.reason = f"contains {'~' if term.tilde else ''}{term.type}"
                    return False
            return True
        u = typs.under(t)
        if id(u) in self.seen:
            return True
        self.seen.add(id(u))
        if isinstance(u, typs.Signature):
            return want == ARG_POINTER
        if isinstance(u, typs.Map):
            if want == ARG_POINTER:
                return True
            return self.match(u.key, False) and self.match(u.elem, False)
        if isinstance(u, typs.Chan):
            return bool(want & ARG_POINTER)
        if isinstance(u, (typs.Array, typs.Slice)):
            if _is_basic(typs.under(u.elem), typs.Uint8) and want & ARG_STRING:
                return True
            if isinstance(u, typs.Slice) and want == ARG_POINTER:
                return True
            return self.match(u.elem, False)
        if isinstance(u, typs.Pointer):
            if _is_basic(u.elem, typs.Invalid):
                return True
            if want == ARG_POINTER:
                return True
            if isinstance(typs.unalias(u.elem), typs.TypeParam):
                return True
            eu = typs.under(u.elem)
            if not isinstance(eu, (typs.Struct, typs.Array, typs.Slice, typs.Map)):
                return bool(want & ARG_POINTER)
            if not top:
                return False
            return self.match(eu, False)
        if isinstance(u, typs.Struct):
            for fld in u.fields:
                if not self.match(fld.type, False):
                    return False
                if want & ARG_STRING and not _exported(fld.name) and _convertible_to_string(fld.type):
                    return False
            return True
        if isinstance(u, typs.Interface):
            return True
        if isinstance(u, typs.Basic):
            k = u.kind
            if k in (typs.UntypedBool, typs.Bool):
                return bool(want & ARG_BOOL)
            if k == typs.Uint8:
                return bool(want & (ARG_INT | ARG_BYTE))
            if k in (typs.Int32, typs.UntypedRune):
                return bool(want & (ARG_INT | ARG_RUNE))
            if k in (typs.UntypedInt, typs.Int, typs.Int8, typs.Int16, typs.Int64, typs.Uint, typs.Uint16,
                     typs.Uint32, typs.Uint64, typs.Uintptr):
                return bool(want & ARG_INT)
            if k in (typs.UntypedFloat, typs.Float32, typs.Float64):
                return bool(want & ARG_FLOAT)
            if k in (typs.UntypedComplex, typs.Complex64, typs.Complex128):
                return bool(want & ARG_COMPLEX)
            if k in (typs.UntypedString, typs.String):
                return bool(want & ARG_STRING)
            if k == typs.UnsafePointer:
                return bool(want & (ARG_POINTER | ARG_INT))
            if k == typs.UntypedNil:
                return False
            return True
        return False


def match_arg_type(p, want: int, arg):
    """(reason, ok): whether arg's type suits a verb accepting the classes in want."""
    if want == ANY_TYPE:
        return "", True
    t = p.type_of(arg)
    if t is None:
        return "", True
    m = _Matcher(want)
    ok = m.match(t, True)
    return m.reason, ok


# ---------------------------------------------------------------------------
# Print wrappers of the package

def _format_args_params(sig):
    """(format param or None, args param) of a print-like signature, or (None, None)."""
    if not isinstance(sig, typs.Signature) or not sig.variadic:
        return None, None
    params = sig.params.vars
    fmt_param = None
    if len(params) >= 2 and _is_basic(params[-2].type, typs.String) and params[-2].type.name == "string":
        fmt_param = params[-2]
    args = params[-1]
    st = typs.unalias(args.type)
    elem = typs.unalias(st.elem) if isinstance(st, typs.Slice) else None
    if not isinstance(elem, typs.Interface) or not elem.empty():
        return None, None
    return fmt_param, args


class _Wrapper:
    def __init__(self, obj, body, fmt_param, args):
        self.obj = obj
        self.body = body
        self.format = fmt_param
        self.args = args
        self.callers = []  # (wrapper, forwarding call)


def _match(p, e, param) -> bool:
    return isinstance(e, ast.Ident) and param is not None and p.info.object_of(e) is param


class _State:
    def __init__(self, p):
        self.p = p
        self.funcs = {}  # object -> kind (the wrappers found, and the cache of calls' kinds)

    def call_kind(self, obj) -> int:
        kind = self.funcs.get(obj)
        if kind is not None:
            return kind
        kind = KIND_NONE
        if isinstance(obj, Func):
            name = full_name(obj)
            if name in _IS_PRINT:
                if name == "fmt.Errorf":
                    kind = KIND_ERRORF
                elif obj.name.endswith("f"):
                    kind = KIND_PRINTF
                else:
                    kind = KIND_PRINT
        self.funcs[obj] = kind
        return kind

    def find_print_like(self):
        p = self.p
        wrappers = []
        by_obj = {}

        def add(obj, sig, body):
            fmt_param, args = _format_args_params(sig)
            if args is not None:
                w = _Wrapper(obj, body, fmt_param, args)
                by_obj[obj] = w
                wrappers.append(w)

        for f in p.files:
            for n in preorder(f):
                if isinstance(n, ast.FuncDecl) and n.body is not None:
                    fn = p.info.defs.get(n.name)
                    if isinstance(fn, Func):
                        add(fn, fn.type, n.body)
                elif isinstance(n, ast.ValueSpec):
                    for name, v in zip(n.names, n.values):
                        if isinstance(v, ast.FuncLit):
                            obj = p.info.object_of(name)
                            if isinstance(obj, Var):
                                add(obj, p.type_of(v), v.body)
                elif isinstance(n, ast.AssignStmt) and len(n.lhs) == len(n.rhs):
                    for lhs, v in zip(n.lhs, n.rhs):
                        if isinstance(v, ast.FuncLit):
                            obj = None
                            if isinstance(lhs, ast.Ident):
                                obj = p.info.object_of(lhs)
                            elif isinstance(lhs, ast.SelectorExpr):
                                sel = p.info.selections.get(lhs)
                                obj = sel.obj if sel is not None else p.info.uses.get(lhs.sel)
                            if isinstance(obj, Var):
                                add(obj, p.type_of(v), v.body)

        for w in wrappers:
            for n in preorder(w.body):
                if isinstance(n, ast.AssignStmt):
                    if any(_match(p, lhs, w.format) or _match(p, lhs, w.args) for lhs in n.lhs):
                        break
                elif isinstance(n, ast.UnaryExpr):
                    if n.op == "&" and (_match(p, n.x, w.format) or _match(p, n.x, w.args)):
                        break
                elif isinstance(n, ast.CallExpr):
                    if n.args and _match(p, n.args[-1], w.args):
                        callee = p.callee(n)
                        if callee is not None:
                            w2 = by_obj.get(callee)
                            if w2 is not None:
                                w2.callers.append((w, n))
                            kind = self.call_kind(callee)
                            if kind != KIND_NONE:
                                self.propagate(w, n, kind)

    def propagate(self, w, call, kind):
        if call is not None and not self.check_forward(w, call, kind):
            return
        if self.funcs.get(w.obj) != kind:
            self.funcs[w.obj] = kind
            for cw, ccall in w.callers:
                self.propagate(cw, ccall, kind)

    def check_forward(self, w, call, kind) -> bool:
        p = self.p
        if kind in (KIND_PRINTF, KIND_ERRORF):
            if len(call.args) < 2 or not _match(p, call.args[-2], w.format):
                return False
        if not call.ellipsis:
            sig = p.type_of(call.fun)
            if not isinstance(sig, typs.Signature):
                return False
            if len(call.args) > len(sig.params.vars):
                return False
            desc = "printf" if kind in (KIND_PRINTF, KIND_ERRORF) else "print"
            p.report(call.pos(), f"missing ... in args forwarded to {desc}-like function")
            return False
        return True


# ---------------------------------------------------------------------------
# Checking calls

def run(p):
    st = _State(p)
    st.find_print_like()
    for f in p.files:
        version = p.pkg.versions.get(f.filename)
        for n in preorder(f):
            if not isinstance(n, ast.CallExpr):
                continue
            callee = p.callee(n)
            if callee is None:
                continue
            kind = st.call_kind(callee)
            if kind == KIND_NONE:
                continue
            name = full_name(callee) if isinstance(callee, Func) else callee.name
            if kind in (KIND_PRINTF, KIND_ERRORF):
                check_printf(p, version, kind, n, name)
            else:
                check_print(p, n, name)


def _format_index(p, call) -> int:
    sig = p.type_of(call.fun)
    if not isinstance(sig, typs.Signature) or not sig.variadic:
        return -1
    idx = len(sig.params.vars) - 2
    return idx if idx >= 0 else -1


def _string_const(p, e):
    v = p.const_value(e)
    return v if isinstance(v, (bytes, bytearray)) else None


def check_printf(p, version, kind, call, name):
    idx = _format_index(p, call)
    if idx < 0 or idx >= len(call.args):
        return
    format_arg = call.args[idx]
    fmt = _string_const(p, format_arg)
    if fmt is None:
        if idx == len(call.args) - 1 and version is not None and version >= 24:
            p.report(format_arg.pos(), f"non-constant format string in call to {name}")
        return
    first_arg = idx + 1
    if b"%" not in fmt:
        if len(call.args) > first_arg:
            p.report(call.args[first_arg].pos(), f"{name} call has arguments but no formatting directives")
        return
    try:
        ops = parse_format(bytes(fmt), idx)
    except FormatError as e:
        p.report(format_arg.pos(), f"{name} {e}")
        return
    max_arg = [first_arg - 1]
    any_index = False
    for op in ops:
        if op.prec.index != -1 or op.width.index != -1 or op.verb_index != -1:
            any_index = True
        pos = format_arg.pos()
        if isinstance(format_arg, ast.BasicLit):
            off = _offset_in_literal(format_arg, op.start)
            if off is not None:
                pos = format_arg.pos() + off
        if op.verb == "w" and kind != KIND_ERRORF:
            p.report(pos, f"{name} does not support error-wrapping directive %w")
            return
        if not _ok_printf_arg(p, version, call, pos, max_arg, first_arg, name, op):
            return
    if call.ellipsis and max_arg[0] >= len(call.args) - 2:
        return
    if any_index:
        return
    if max_arg[0] + 1 < len(call.args):
        expect = max_arg[0] + 1 - first_arg
        nargs = len(call.args) - first_arg
        p.report(call.pos(), f"{name} call needs {_count(expect, 'arg')} but has {_count(nargs, 'arg')}")


def _arg_can_be_checked(p, call, pos, arg_index, first_arg, op, name) -> bool:
    if arg_index <= 0:
        return False
    if arg_index < len(call.args) - 1:
        return True
    if call.ellipsis:
        return False
    if arg_index < len(call.args):
        return True
    arg = arg_index - first_arg + 1
    p.report(pos, f"{name} format {op.text} reads arg #{arg}, but call has {_count(len(call.args) - first_arg, 'arg')}")
    return False


def _is_func_value(p, e) -> bool:
    t = p.type_of(e)
    tv = p.tv(e)
    if tv is not None and not tv.is_value():
        return False
    return isinstance(t, typs.Signature)


def _ok_printf_arg(p, version, call, pos, max_arg, first_arg, name, op) -> bool:
    verb = op.verb
    found = verb in _VERBS
    vflags, vtyp = _VERBS.get(verb, ("", 0))
    if verb == "q" and version is not None and version >= 26:
        vtyp = ARG_RUNE | ARG_BYTE | ARG_STRING
    formatter = False
    if vtyp != ARG_ERROR and op.arg_index < len(call.args):
        t = p.type_of(call.args[op.arg_index])
        if t is not None:
            formatter = is_formatter(t)
    if not formatter:
        if not found:
            p.report(pos, f"{name} format {op.text} has unknown verb {verb}")
            return False
        for flag in op.flags:
            if flag == "0":
                continue
            if flag not in vflags:
                p.report(pos, f"{name} format {op.text} has unrecognized flag {flag}")
                return False
    arg_indexes = []
    if op.width.dynamic != -1:
        arg_indexes.append(op.width.dynamic)
    if op.prec.dynamic != -1:
        arg_indexes.append(op.prec.dynamic)
    for ai in arg_indexes:
        if not _arg_can_be_checked(p, call, pos, ai, first_arg, op, name):
            return False  # go vet returns the zero value (false) here
        arg = call.args[ai]
        reason, ok = match_arg_type(p, ARG_INT, arg)
        if not ok:
            details = f" ({reason})" if reason else ""
            p.report(pos, f"{name} format {op.text} uses non-int {p.format(arg)}{details} as argument of *")
            return False
    if op.arg_index != -1 and verb != "%":
        arg_indexes.append(op.arg_index)
    for ai in arg_indexes:
        max_arg[0] = max(max_arg[0], ai)
    if verb == "%" or formatter:
        return True
    if not _arg_can_be_checked(p, call, pos, op.arg_index, first_arg, op, name):
        return False
    arg = call.args[op.arg_index]
    if verb == "w":
        t = p.type_of(arg)
        u = typs.under(t) if t is not None else None
        if isinstance(u, typs.Pointer) and _implements_error(u.elem) and version is not None and version >= 27:
            qual = _qualifier(p)
            p.report(pos, f"%w wants operand of error type {typs.type_string(u.elem, qual)}, "
                          f"not pointer type {typs.type_string(t, qual)} (defeats errors.Is)")
            return False
    if _is_func_value(p, arg) and verb not in "pT":
        p.report(pos, f"{name} format {op.text} arg {p.format(arg)} is a func value, not called")
        return False
    reason, ok = match_arg_type(p, vtyp, arg)
    if not ok:
        t = p.type_of(arg)
        ts = str(t) if t is not None else ""
        details = f" ({reason})" if reason else ""
        p.report(pos, f"{name} format {op.text} has arg {p.format(arg)} of wrong type {ts}{details}")
        return False
    if vtyp & ARG_STRING and verb != "T" and ("#" not in op.flags or verb in "qxX"):
        m = _recursive_stringer(p, arg)
        if m:
            p.report(pos, f"{name} format {op.text} with arg {p.format(arg)} causes recursive {m} method call")
            return False
    return True


def _qualifier(p):
    def qf(pkg):
        if pkg is p.types:
            return ""
        return pkg.name
    return qf


def _recursive_stringer(p, e) -> str:
    """The full name of the String or Error method e's use would call recursively, or ""."""
    t = p.type_of(e)
    if t is None or is_formatter(t):
        return ""
    s = _lookup_method(t, "String", p.types)
    er = _lookup_method(t, "Error", p.types)
    if s is None and er is None:
        return ""

    def in_scope(f):
        sc = getattr(f.type, "scope", None)
        if sc is None:
            return False
        start, end = getattr(sc, "pos", 0), getattr(sc, "end", 0)
        return start <= e.pos() < end

    if s is not None and s.pkg is p.types and in_scope(s):
        m = s
    elif er is not None and er.pkg is p.types and in_scope(er):
        m = er
    else:
        return ""
    sig = m.type
    if not _is_stringer_sig(sig):
        return ""
    if isinstance(e, ast.UnaryExpr) and e.op == "&":
        e = e.x
    if isinstance(e, ast.Ident) and sig.recv is not None:
        recv = sig.recv
        if p.info.uses.get(e) is recv or p.info.uses.get(e) is getattr(recv, "origin", None):
            return full_name(m)
    return ""


def _is_hex(c: str) -> bool:
    return c in "0123456789abcdefABCDEF"


_PRINT_FORMAT_RE = re.compile(r"%[+\-#]*([0-9]+|(\[[0-9]+\])?\*)?\.?([0-9]+|(\[[0-9]+\])?\*)?(\[[0-9]+\])?[bcdefgopqstvxEFGTUX]")


def _find_print_directives(s: str):
    """The substrings of s that look like a Printf directive (%d, %-8.3f, %[2]*x ...)."""
    return [m.group(0) for m in _PRINT_FORMAT_RE.finditer(s)]


def check_print(p, call, name):
    first_arg = 0
    t = p.type_of(call.fun)
    if t is None:
        return
    sig = typs.under(t)
    if isinstance(sig, typs.Signature):
        if not sig.variadic:
            return
        params = sig.params.vars
        first_arg = len(params) - 1
        st = typs.unalias(params[first_arg].type)
        elem = typs.unalias(st.elem) if isinstance(st, typs.Slice) else None
        if not isinstance(elem, typs.Interface) or not elem.empty():
            return
    args = call.args
    if len(args) <= first_arg:
        return
    args = args[first_arg:]
    if first_arg == 0:
        a0 = call.args[0]
        if isinstance(a0, ast.SelectorExpr) and isinstance(a0.x, ast.Ident):
            if a0.x.name == "os" and a0.sel.name.startswith("Std"):
                p.report(call.pos(), f"{name} does not take io.Writer but has first arg {p.format(a0)}")
    s = _string_const(p, args[0])
    if s is not None:
        text = bytes(s).decode("latin-1")
        if text.endswith("%"):
            text = text[:-1]
        if "%" in text:
            for m in _find_print_directives(text):
                if len(m) >= 3 and _is_hex(m[1]) and _is_hex(m[2]):
                    continue
                p.report(call.pos(), f"{name} call has possible Printf formatting directive {_text(m.encode('latin-1'))}")
                break
    if name.endswith("ln"):
        s = _string_const(p, args[-1])
        if s is not None and bytes(s).endswith(b"\n"):
            p.report(call.pos(), f"{name} arg list ends with redundant newline")
    for a in args:
        if _is_func_value(p, a):
            p.report(call.pos(), f"{name} arg {p.format(a)} is a func value, not called")
        m = _recursive_stringer(p, a)
        if m:
            p.report(call.pos(), f"{name} arg {p.format(a)} causes recursive call to {m} method")
