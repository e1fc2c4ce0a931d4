"""This file implements the Go scanner: source bytes to a token array with gc's lexical errors.

Design (for speed): the source bytes are decoded as latin-1, so that a str index
is a byte offset and columns come out as Go's byte columns for free. One compiled
regular expression has an alternative for every token, each matching exactly the
extent gc's scanner gives that token, so `finditer` walks the whole file and the
loop in `_scan` only dispatches on the matched group. Well-formed strings, runes
and simple numbers are recognised by the pattern itself; the malformed ones (an
unknown escape, an unterminated string, a bad digit) go to slow checks that
report gc's messages.

The result is a Tokens object of parallel lists (kind, literal text, position),
with automatic semicolons already inserted (their literal is "semicolon",
"newline" or "EOF", gc's wording in "unexpected newline"), every comment with
its position, and the errors each tagged with the index of the token being
scanned when gc would have reported it (the parser emits them in that order).

Invariants: len(kinds) == len(lits) == len(poss); the last kind is "EOF";
poss is non-decreasing; comments are in source order.
"""

from __future__ import annotations

import bisect
import re

from .tokens import KEYWORDS, NLSEMI

_ESC = r"""\\(?:[abfnrtv\\{q}]|[0-3][0-7][0-7]|x[0-9a-fA-F]{{2}}|u[0-9a-fA-F]{{4}}|U[0-9a-fA-F]{{8}})"""

_NUM_RX = (r"0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]*)?i?"
           r"|0[oObB][0-9_]*(?:\.[0-9_]*)?(?:[eEpP][+-]?[0-9_]*)?i?"
           r"|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eEpP][+-]?[0-9_]*)?i?"
           r"|\.[0-9][0-9_]*(?:[eEpP][+-]?[0-9_]*)?i?")

# One pattern for every token, so that finditer walks the whole file: each alternative
# matches exactly the extent gc's scanner gives the token, well-formed or not.
_TOKEN_PATTERN = (
    r"[ \t\r]*(?:"
    r"([A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*)"  # 1 identifier (non-ASCII checked after)
    r"|(\n)"  # 2 newline
    r"|(//[^\n]*)"  # 3 line comment
    r"|(/\*(?s:.*?)(?:\*/|\Z))"  # 4 block comment (or an unterminated one, to the end)
    r"|(" + _NUM_RX + r")"  # 5 number (checked after unless simple)
    r'|("(?:[^"\\\n]|' + _ESC.format(q='"') + r')*")'  # 6 well-formed interpreted string
    r"|(`[^`]*`)"  # 7 raw string
    r"|('(?:[^'\\\n\x80-\xff]|[\xc0-\xff][\x80-\xbf]*|" + _ESC.format(q="'") + r")')"  # 8 rune
    r"|(\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|<<|>>|&\^|[-+*/%&|^]=|[-+*/%&|^<>=!~(){}\[\],;:.])"  # 9
    r'|("(?:[^"\\\n]|\\[^\n]?)*"?)'  # 10 malformed interpreted string
    r"|('(?:[^'\\\n]|\\[^\n]?)*'?)"  # 11 malformed rune
    r"|(`[^`]*)"  # 12 unterminated raw string
    r"|(.|$)"  # 13 invalid character (or end of input)
    r")"
)
_finditer = re.compile(_TOKEN_PATTERN, re.S).finditer

# Number literals that need no checking: plain decimal ints/floats, hex ints, octal ints.
_SIMPLE_NUMBER = re.compile(
    r"(?:[1-9][0-9]*|0[0-7]*|0[xX][0-9a-fA-F]+|[0-9]+\.[0-9]*(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+)i?\Z"
).match

_OP_NLSEMI = {")": True, "]": True, "}": True, "++": True, "--": True}


def _char_repr_U(c: int) -> str:
    """Go's %#U formatting: U+0023 '#'."""
    s = f"U+{c:04X}"
    ch = chr(c)
    if ch.isprintable():
        return f"{s} '{ch}'"
    return s


def go_quote_rune(c: int) -> str:
    """Go's %q formatting of a rune (strconv.QuoteRune)."""
    specials = {7: r"'\a'", 8: r"'\b'", 12: r"'\f'", 10: r"'\n'", 13: r"'\r'", 9: r"'\t'", 11: r"'\v'",
                0x27: r"'\''", 0x5C: r"'\\'"}
    if c in specials:
        return specials[c]
    if c < 0:
        return "'\\ufffd'" if c == -2 else "'\\x00'"
    ch = chr(c)
    if ch.isprintable():
        return f"'{ch}'"
    if c < 0x80 and c < 0x20 or c == 0x7F:
        return f"'\\x{c:02x}'"
    if c > 0xFFFF:
        return f"'\\U{c:08x}'"
    return f"'\\u{c:04x}'"


def _is_unicode_digit(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch) == "Nd"


def _is_unicode_letter(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo")


class Tokens:
    """The scanned token stream of one file (see module docstring for invariants)."""

    __slots__ = ("kinds", "lits", "poss", "comments", "errors", "go_build", "directives", "bad")

    def __init__(self):
        self.kinds: list[str] = []
        self.lits: list = []
        self.poss: list[int] = []
        self.comments: list[tuple[int, str]] = []  # (offset, text as in source, latin-1)
        self.errors: list[tuple[int, int, str]] = []  # (token index, offset, message)
        self.go_build = ""  # text of the first //go:build line before the package clause
        self.directives: list[tuple[int, str]] = []  # (offset, text) of //line and /*line comments
        self.bad: set[int] = set()  # indices of literal tokens that had errors (gc's BasicLit.Bad)


def decode(s: str) -> str:
    """Convert latin-1 scanner text back to the Unicode text it encodes (UTF-8 source)."""
    if s.isascii():
        return s
    return s.encode("latin-1").decode("utf-8", "replace")


def _utf8_problems(data: bytes) -> list[tuple[int, str]]:
    """Offsets of NUL bytes, invalid UTF-8 and misplaced BOMs, with gc's messages."""
    out = []
    if b"\x00" in data:
        i = data.find(b"\x00")
        while i >= 0:
            out.append((i, "invalid NUL character"))
            i = data.find(b"\x00", i + 1)
    i = data.find(b"\xef\xbb\xbf", 1)
    while i >= 0:
        out.append((i, "invalid BOM in the middle of the file"))
        i = data.find(b"\xef\xbb\xbf", i + 3)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        # gc decodes one rune at a time and an invalid sequence yields one error per byte
        for m in _UTF8_RUNS(data):
            if m.lastindex:
                out.append((m.start(), "invalid UTF-8 encoding"))
    out.sort()
    return out


# Runs of well-formed UTF-8 (as utf8.DecodeRune accepts it), or one byte that is not.
_UTF8_RUNS = re.compile(
    rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})+|(.)",
    re.S,
).finditer


def _scan(data: bytes, base: int) -> Tokens:
    t = Tokens()
    src = data.decode("latin-1")
    kinds = t.kinds
    lits = t.lits
    poss = t.poss
    comments = t.comments
    errors = t.errors
    append_k = kinds.append
    append_l = lits.append
    append_p = poss.append
    keywords = KEYWORDS
    op_nlsemi = _OP_NLSEMI
    simple_number = _SIMPLE_NUMBER
    n = len(src)
    skip: set[int] = set()
    pos = 3 if src.startswith("\xef\xbb\xbf") else 0
    nlsemi = False
    top = True  # before the package clause (for //go:build)
    for m in _finditer(src, pos):
        g = m.lastindex
        start, end = m.span(g)
        if g == 1:  # identifier or keyword
            s = src[start:end]
            if s.isascii():
                kw = keywords.get(s)
                if kw is None:
                    append_k("NAME")
                    append_l(s)
                    nlsemi = True
                else:
                    append_k(kw)
                    append_l(None)
                    nlsemi = kw in NLSEMI
                    if kw == "package":
                        top = False
            else:
                _check_ident(src, start, end, errors, len(kinds))
                append_k("NAME")
                append_l(decode(s))
                nlsemi = True
            append_p(base + start)
        elif g == 9:  # operator
            s = src[start:end]
            append_k(s)
            append_p(base + start)
            if s == ";":
                append_l("semicolon")
                nlsemi = False
            else:
                append_l(None)
                nlsemi = s in op_nlsemi
        elif g == 2:  # newline
            if nlsemi:
                append_k(";")
                append_l("newline")
                append_p(base + start)
                nlsemi = False
        elif g == 3:  # line comment
            text = src[start:end]
            comments.append((start, text))
            if text.startswith("//line ") and (start == 0 or src[start - 1] == "\n"):
                t.directives.append((start, text))
            elif text.startswith("//go:"):
                if top and text.startswith("//go:build") and not t.go_build:
                    t.go_build = text
                # a directive is "blank" if only blanks precede it on its line (gc's scanner.blank)
                ls = src.rfind("\n", 0, start) + 1
                blank = src[ls:start].strip(" \t\r") == ""
                errors.append((len(kinds), start, text, blank))
        elif g == 5:  # number
            s = src[start:end]
            if simple_number(s):
                if s[-1] == "i":
                    kind = "IMAG"
                elif "." in s or (("e" in s or "E" in s) and s[1:2] not in ("x", "X")):
                    kind = "FLOAT"
                else:
                    kind = "INT"
            else:
                kind = _check_number(s, start, errors, len(kinds))
            append_k(kind)
            append_l(s)
            append_p(base + start)
            nlsemi = True
        elif g == 6 or g == 8:  # well-formed string or rune
            s = src[start:end]
            if "\\u" in s or "\\U" in s:
                _check_unicode_escapes(s, start, errors, len(kinds))
            if g == 8 and not _one_char(s):
                errors.append((len(kinds), start, "more than one character in rune literal"))
            append_k("STRING" if g == 6 else "CHAR")
            append_l(s if s.isascii() else decode(s))
            append_p(base + start)
            nlsemi = True
        elif g == 4:  # block comment
            text = src[start:end]
            comments.append((start, text))
            if len(text) < 4 or not text.endswith("*/"):
                errors.append((len(kinds), start, "comment not terminated"))
            if text.startswith("/*line "):
                t.directives.append((start, text))
            if nlsemi and "\n" in text:
                append_k(";")
                append_l("newline")
                append_p(base + start)
                nlsemi = False
        elif g == 7:  # raw string
            s = src[start:end]
            if "\r" in s:
                s = s.replace("\r", "")
            append_k("STRING")
            append_l(s if s.isascii() else decode(s))
            append_p(base + start)
            nlsemi = True
        elif g == 10:  # malformed interpreted string
            _slow_string(src, start, errors, len(kinds), skip)
            append_k("STRING")
            append_l(decode(src[start:end]))
            append_p(base + start)
            nlsemi = True
        elif g == 11:  # malformed rune
            _slow_rune(src, start, errors, len(kinds), skip)
            append_k("CHAR")
            append_l(decode(src[start:end]))
            append_p(base + start)
            nlsemi = True
        elif g == 12:  # unterminated raw string
            errors.append((len(kinds), start, "string not terminated"))
            append_k("STRING")
            append_l(decode(src[start:end].replace("\r", "")))
            append_p(base + start)
            nlsemi = True
        elif start < n:  # g == 13: a character no token starts with
            errors.append((len(kinds), start, "invalid character " + _char_repr_U(ord(src[start]))))
    if nlsemi:
        append_k(";")
        append_l("EOF")
        append_p(base + n)
    append_k("EOF")
    append_l(None)
    append_p(base + n)
    if errors:
        lit_kinds = ("INT", "FLOAT", "IMAG", "CHAR", "STRING")
        t.bad = {e[0] for e in errors if len(e) == 3 and e[0] < len(kinds) and kinds[e[0]] in lit_kinds
                 and not e[2].startswith(("invalid character U+", "identifier cannot"))}
    return t


def scan(data: bytes, base: int) -> Tokens:
    """Scan Go source bytes; positions in the result are base + byte offset."""
    if b"\x00" in data or not data.isascii():
        problems = _utf8_problems(data)
        if problems:
            return _scan_problems(data, base, problems)
    return _scan(data, base)


def _scan_problems(data: bytes, base: int, problems) -> Tokens:
    """Scan a file with NUL bytes, invalid UTF-8 or misplaced BOMs as gc does.

    gc reports each such byte and then reads on as if it were absent (a token
    continues across it). So: remove them, scan the rest, and map every offset
    back; literal texts are re-read from the original bytes.
    """
    removed = []
    for off, msg in problems:
        if msg == "invalid BOM in the middle of the file":
            removed += [off, off + 1, off + 2]
        else:
            removed.append(off)
    removed = sorted(set(removed))
    rs = set(removed)
    clean = bytes(b for i, b in enumerate(data) if i not in rs)
    t = _scan(clean, 0)
    rc = [r - i for i, r in enumerate(removed)]
    bis = bisect.bisect_right

    def orig(c):
        return c + bis(rc, c)

    cstarts = t.poss
    kinds = t.kinds
    lits = t.lits
    lens = []
    for k, kind in enumerate(kinds):
        lit = lits[k]
        if kind == ";":
            lens.append(0 if lit == "EOF" else 1)
        elif kind == "EOF":
            lens.append(0)
        elif isinstance(lit, str):
            lens.append(len(lit.encode("utf-8")))
        else:
            lens.append(len(kind))
    for k, lit in enumerate(lits):
        kind = kinds[k]
        if (isinstance(lit, str) or kind in KEYWORDS) and kind != ";" and lens[k]:
            cs = cstarts[k]
            # gc's token text runs up to the next good character, so it keeps bad bytes
            # inside the token and right after it
            os_, oe = orig(cs), orig(cs + lens[k])
            if oe - os_ != lens[k]:
                # a keyword with a bad byte in its text is a name
                lits[k] = data[os_:oe].decode("utf-8", "replace")
                if kind in KEYWORDS:
                    kinds[k] = "NAME"
    perrs = []
    for off, msg in problems:
        c = off - bisect.bisect_left(removed, off)
        k = bisect.bisect_left(cstarts, c)
        # gc reports a bad byte while scanning the token it is in, or the token it
        # directly follows (the scanner reads one character past each token)
        if k > 0 and cstarts[k - 1] < c <= cstarts[k - 1] + lens[k - 1]:
            k -= 1
        perrs.append((min(k, len(cstarts) - 1), off, msg))
    errs = perrs
    for e in t.errors:
        if len(e) == 4:
            errs.append((e[0], orig(e[1]), e[2], e[3]))
        else:
            errs.append((e[0], orig(e[1]), e[2]))
    # within a token, gc reports in reading order; these are reported when the token ends
    late = ("string not terminated", "rune literal not terminated", "comment not terminated",
            "more than one character in rune literal")
    errs.sort(key=lambda e: (e[0], len(data) if e[2] in late else e[1]))
    t.errors = errs
    t.poss = [base + orig(c) for c in cstarts]
    t.comments = [(orig(o), _reread(data, orig, o, txt)) for o, txt in t.comments]
    t.directives = [(orig(o), txt) for o, txt in t.directives]
    return t


def _reread(data, orig, o, txt):
    """A comment's text from the original bytes (latin-1 view, like the scanner's)."""
    n = len(txt)
    if n == 0:
        return txt
    return data[orig(o):orig(o + n - 1) + 1].decode("latin-1")


def _decode_at(src: str, i: int) -> tuple[str, int]:
    """Decode the UTF-8 character at byte i of latin-1 text; invalid bytes give U+FFFD width 1."""
    b0 = ord(src[i])
    if b0 < 0x80:
        return src[i], 1
    w = 2 if b0 >= 0xC0 else 1
    if b0 >= 0xE0:
        w = 3
    if b0 >= 0xF0:
        w = 4
    try:
        ch = src[i:i + w].encode("latin-1").decode("utf-8")
        if len(ch) == 1:
            return ch, w
    except UnicodeDecodeError:
        pass
    return "\ufffd", 1


def _check_ident(src, start, end, errors, k):
    """Report gc's errors for the non-ASCII characters of an identifier src[start:end]."""
    off = start
    first = True
    for ch in src[start:end].encode("latin-1").decode("utf-8", "replace"):
        c = ord(ch)
        if c >= 0x80:
            if _is_unicode_letter(ch):
                pass
            elif _is_unicode_digit(ch):
                if first:
                    errors.append((k, off, "identifier cannot begin with digit " + _char_repr_U(c)))
            else:
                errors.append((k, off, "invalid character " + _char_repr_U(c) + " in identifier"))
            off += len(ch.encode("utf-8"))
        else:
            off += 1
        first = False


def _one_char(s: str) -> bool:
    """Whether a well-formed rune literal holds exactly one character."""
    body = s[1:-1]
    if body[0] == "\\":
        return True
    return len(body.encode("latin-1").decode("utf-8", "replace")) == 1


def _check_unicode_escapes(s, start, errors, k):
    for m in re.finditer(r"\\\\|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})", s):
        h = m.group(1) or m.group(2)
        if h is None:
            continue
        x = int(h, 16)
        if x > 0x10FFFF or 0xD800 <= x < 0xE000:
            # gc reports at the character that completed the escape
            errors.append((k, start + m.end(), "escape is invalid Unicode code point " + _char_repr_U_esc(x)))
            return


def _char_repr_U_esc(x: int) -> str:
    if x > 0x10FFFF or 0xD800 <= x < 0xE000:
        return f"U+{x:04X}"
    return _char_repr_U(x)


_BASE_NAME = {2: "binary", 8: "octal", 10: "decimal", 16: "hexadecimal"}


def _check_number(lit: str, start: int, errors, k) -> str:
    """Classify a number literal and report gc's first error in it; returns the kind."""
    ok = True
    kind = "INT"
    base = 10
    prefix = ""
    digsep = 0
    invalid = -1
    i = 0
    n = len(lit)

    def err(off, msg):
        errors.append((k, start + off, msg))

    def digits(i, base):
        nonlocal invalid
        ds = 0
        if base <= 10:
            mx = chr(ord("0") + base)
            while i < n and (lit[i].isdigit() or lit[i] == "_"):
                if lit[i] == "_":
                    ds |= 2
                else:
                    ds |= 1
                    if lit[i] >= mx and invalid < 0:
                        invalid = i
                i += 1
        else:
            while i < n and (lit[i] in "0123456789abcdefABCDEF_"):
                ds |= 2 if lit[i] == "_" else 1
                i += 1
        return i, ds

    seen_point = lit[0] == "."
    if not seen_point:
        if lit[0] == "0":
            i = 1
            c = lit[1].lower() if n > 1 else ""
            if c == "x":
                i, base, prefix = 2, 16, "x"
            elif c == "o":
                i, base, prefix = 2, 8, "o"
            elif c == "b":
                i, base, prefix = 2, 2, "b"
            else:
                base, prefix = 8, "0"
                digsep = 1
        i, ds = digits(i, base)
        digsep |= ds
        if i < n and lit[i] == ".":
            if prefix in ("o", "b"):
                err(i, f"invalid radix point in {_BASE_NAME[base]} literal")
                ok = False
            i += 1
            seen_point = True
    else:
        i = 1
    if seen_point:
        kind = "FLOAT"
        i, ds = digits(i, base)
        digsep |= ds
    if digsep & 1 == 0 and ok:
        err(i, f"{_BASE_NAME[base]} literal has no digits")
        ok = False
    if i < n and lit[i].lower() in "ep":
        e = lit[i].lower()
        if ok:
            if e == "e" and prefix not in ("", "0"):
                err(i, f"{go_quote_rune(ord(lit[i]))} exponent requires decimal mantissa")
                ok = False
            elif e == "p" and prefix != "x":
                err(i, f"{go_quote_rune(ord(lit[i]))} exponent requires hexadecimal mantissa")
                ok = False
        i += 1
        kind = "FLOAT"
        if i < n and lit[i] in "+-":
            i += 1
        j = i
        ds = 0
        while j < n and (lit[j].isdigit() or lit[j] == "_"):
            ds |= 2 if lit[j] == "_" else 1
            j += 1
        i = j
        digsep = ds | (digsep & 2)
        if ds & 1 == 0 and ok:
            err(i, "exponent has no digits")
            ok = False
    elif prefix == "x" and kind == "FLOAT" and ok:
        err(i, "hexadecimal mantissa requires a 'p' exponent")
        ok = False
    if i < n and lit[i] == "i":
        kind = "IMAG"
        i += 1
    if kind == "INT" and invalid >= 0 and ok:
        err(invalid, f"invalid digit {go_quote_rune(ord(lit[invalid]))} in {_BASE_NAME[base]} literal")
        ok = False
    if digsep & 2 and ok:
        j = _invalid_sep(lit)
        if j >= 0:
            err(j, "'_' must separate successive digits")
    return kind


def _invalid_sep(x: str) -> int:
    x1 = " "
    d = "."
    i = 0
    if len(x) >= 2 and x[0] == "0":
        x1 = x[1].lower()
        if x1 in "xob":
            d = "0"
            i = 2
    while i < len(x):
        p = d
        d = x[i]
        if d == "_":
            if p != "0":
                return i
        elif d.isdigit() or x1 == "x" and d in "abcdefABCDEF":
            d = "0"
        else:
            if p == "_":
                return i - 1
            d = "."
        i += 1
    if d == "_":
        return len(x) - 1
    return -1


def _escape(src, i, quote, errors, k, skip) -> tuple[int, bool]:
    """Check the escape whose backslash was at i-1 (i is the char after it); returns (next i, ok)."""
    n = len(src)
    c = src[i] if i < n else ""
    if c == "":
        return i, True
    if c == quote or c in "abfnrtv\\":
        return i + 1, True
    if c in "01234567":
        cnt, base, mx = 3, 8, 255
    elif c == "x":
        i += 1
        cnt, base, mx = 2, 16, 255
    elif c == "u":
        i += 1
        cnt, base, mx = 4, 16, 0x10FFFF
    elif c == "U":
        i += 1
        cnt, base, mx = 8, 16, 0x10FFFF
    else:
        errors.append((k, i, "unknown escape"))
        return i, False
    x = 0
    for _ in range(cnt):
        if i >= n:
            return i, True
        ch = src[i]
        if ch in "0123456789":
            d = ord(ch) - 48
        elif ch.lower() in "abcdef":
            d = ord(ch.lower()) - 87
        else:
            d = base
        if d >= base:
            chv, _ = _decode_at(src, i)
            rv = ord(chv) if not (chv == "\ufffd" and i in skip) else 0xFFFD
            errors.append((k, i, f"invalid character {go_quote_rune(rv)} in {_BASE_NAME[base]} escape"))
            return i, False
        x = x * base + d
        i += 1
    if x > mx and base == 8:
        errors.append((k, i, f"octal escape value {x} > 255"))
        return i, False
    if x > mx or 0xD800 <= x < 0xE000:
        errors.append((k, i, "escape is invalid Unicode code point " + _char_repr_U_esc(x)))
        return i, False
    return i, True


def _slow_string(src, start, errors, k, skip) -> int:
    i = start + 1
    n = len(src)
    while True:
        if i >= n:
            errors.append((k, start, "string not terminated"))
            return n
        c = src[i]
        if c == '"':
            return i + 1
        if c == "\\":
            i, _ = _escape(src, i + 1, '"', errors, k, skip)
            continue
        if c == "\n":
            errors.append((k, i, "newline in string"))
            return i
        i += 1


def _slow_rune(src, start, errors, k, skip) -> int:
    i = start + 1
    n = len(src)
    ok = True
    cnt = 0
    while True:
        if i >= n:
            if ok:
                errors.append((k, start, "rune literal not terminated"))
            return n
        c = src[i]
        if c == "'":
            if ok:
                if cnt == 0:
                    errors.append((k, i, "empty rune literal or unescaped '"))
                elif cnt != 1:
                    errors.append((k, start, "more than one character in rune literal"))
            return i + 1
        if c == "\\":
            i, good = _escape(src, i + 1, "'", errors, k, skip)
            ok = ok and good
            cnt += 1
            continue
        if c == "\n":
            if ok:
                errors.append((k, i, "newline in rune literal"))
            return i
        if i in skip:
            i += 1
            continue
        _, w = _decode_at(src, i)
        i += w
        cnt += 1
