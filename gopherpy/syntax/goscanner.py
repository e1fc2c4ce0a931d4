"""This file implements go/scanner's lexical analysis and error messages, for gofmt's view of malformed files.

gofmt reads files with go/parser, whose scanner words its errors differently from
gc's ("illegal character U+0023 '#'", "string literal not terminated") and reports
them as it reads: the parser pulls one token at a time and a scanner error is
recorded when the token (or the comment before it) that contains it is fetched,
interleaved with the parser's own errors. This module scans a whole file up
front, character by character as go/scanner does (including its one-character
look-ahead, which decides at which token an error about a bad byte surfaces),
into the same Tokens arrays the fast scanner (scanner.py) produces, each error
tagged with the index of the token being fetched when go/scanner reports it.

It is only used for files on which the fast scanner found a lexical error: for a
well-formed file both scanners produce the same tokens, and the fast one is
about 20 times quicker.

Token conventions are scanner.py's: kinds "NAME", "INT", ..., operators and
keywords as written, ";" (literal "semicolon" when written, "newline" when
inserted), "EOF"; plus "ILLEGAL" (literal: the character) for a character no
token starts with.
"""

from __future__ import annotations

import os
import unicodedata

from .scanner import Tokens, go_quote_rune, _char_repr_U
from .tokens import KEYWORDS

_EOF = -1
_BOM = 0xFEFF
_RUNE_ERROR = 0xFFFD

_LETTER_CATS = frozenset(("Lu", "Ll", "Lt", "Lm", "Lo"))


def _is_letter(ch: int) -> bool:
    if ch < 0x80:
        return 97 <= (ch | 0x20) <= 122 or ch == 95
    return unicodedata.category(chr(ch)) in _LETTER_CATS


def _is_digit(ch: int) -> bool:
    if ch < 0x80:
        return 48 <= ch <= 57
    return unicodedata.category(chr(ch)) == "Nd"


def _is_decimal(ch: int) -> bool:
    return 48 <= ch <= 57


def _is_hex(ch: int) -> bool:
    return 48 <= ch <= 57 or 97 <= (ch | 0x20) <= 102


def _lower(ch: int) -> int:
    return ch | 0x20


def _digit_val(ch: int) -> int:
    if 48 <= ch <= 57:
        return ch - 48
    if 97 <= (ch | 0x20) <= 102:
        return (ch | 0x20) - 97 + 10
    return 16


def _decode_rune(src: bytes, i: int) -> tuple[int, int]:
    """utf8.DecodeRune: (rune, width); (RuneError, 1) for an invalid encoding."""
    b = src[i]
    if b < 0x80:
        return b, 1
    for w in (2, 3, 4):
        chunk = src[i:i + w]
        if len(chunk) < w:
            break
        try:
            s = chunk.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(s) == 1:
            return ord(s), w
    return _RUNE_ERROR, 1


def _litname(prefix: str) -> str:
    if prefix == "x":
        return "hexadecimal literal"
    if prefix in ("o", "0"):
        return "octal literal"
    if prefix == "b":
        return "binary literal"
    return "decimal literal"


def _invalid_sep(x: str) -> int:
    """The index of the first misplaced '_' in a number literal, or -1 (go/scanner's invalidSep)."""
    x1 = " "
    d = "."
    i = 0
    if len(x) >= 2 and x[0] == "0":
        x1 = x[1].lower()
        if x1 in ("x", "o", "b"):
            d = "0"
            i = 2
    while i < len(x):
        p = d
        d = x[i]
        if d == "_":
            if p != "0":
                return i
        elif d.isdigit() and d.isascii() or x1 == "x" and d in "abcdefABCDEF":
            d = "0"
        else:
            if p == "_":
                return i - 1
            d = "."
        i += 1
    if d == "_":
        return len(x) - 1
    return -1


def _strip_cr(b: bytes, comment: bool) -> bytes:
    out = bytearray()
    n = len(b)
    for j in range(n):
        ch = b[j]
        if ch != 13 or comment and len(out) > 2 and out[-1] == 42 and j + 1 < n and b[j + 1] == 47:
            out.append(ch)
    return bytes(out)


_OPS3 = ("<<=", ">>=", "&^=", "...")
_OPS2 = frozenset(("&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "<<", ">>", "&^",
                   "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^="))
_OPS1 = frozenset("+-*/%&|^<>=!~(){}[],;:.")
_NLSEMI_OPS = frozenset((")", "]", "}", "++", "--"))


class _Scanner:
    """go/scanner.Scanner over one file's bytes (the fields are go/scanner's)."""

    def __init__(self, src: bytes, base: int, filename: str, line_starts):
        self.src = src
        self.base = base
        self.filename = filename
        self.dir = os.path.dirname(filename)
        self.ch = 32
        self.offset = 0
        self.rd = 0
        self.line_offset = 0
        self.insert_semi = False
        self.nl_pos = -1
        self.errors: list[tuple[int, str]] = []  # (offset, msg) in report order
        self.line_infos: list[tuple[int, str, int, int]] = []
        self.line_starts = line_starts
        self.next()
        if self.ch == _BOM:
            self.next()

    def error(self, off: int, msg: str):
        self.errors.append((off, msg))

    def next(self):
        src = self.src
        if self.rd < len(src):
            self.offset = self.rd
            if self.ch == 10:
                self.line_offset = self.offset
            r = src[self.rd]
            w = 1
            if r == 0:
                self.error(self.offset, "illegal character NUL")
            elif r >= 0x80:
                r, w = _decode_rune(src, self.rd)
                if r == _RUNE_ERROR and w == 1:
                    rest = src[self.rd:]
                    if self.offset == 0 and len(rest) >= 2 and (rest[:2] == b"\xff\xfe" or rest[:2] == b"\xfe\xff"):
                        self.error(self.offset, "illegal UTF-8 encoding (got UTF-16)")
                        self.rd += len(rest)
                    else:
                        self.error(self.offset, "illegal UTF-8 encoding")
                elif r == _BOM and self.offset > 0:
                    self.error(self.offset, "illegal byte order mark")
            self.rd += w
            self.ch = r
        else:
            self.offset = len(src)
            if self.ch == 10:
                self.line_offset = self.offset
            self.ch = _EOF

    def peek(self) -> int:
        if self.rd < len(self.src):
            return self.src[self.rd]
        return 0

    # -- comments

    def scan_comment(self):
        """Returns (raw text, offset of the first newline of a /*-comment or 0)."""
        offs = self.offset - 1
        nxt = -1
        num_cr = 0
        nl_offset = 0
        if self.ch == 47:  # '/'
            self.next()
            while self.ch != 10 and self.ch >= 0:
                if self.ch == 13:
                    num_cr += 1
                self.next()
            nxt = self.offset
            if self.ch == 10:
                nxt += 1
        else:
            self.next()
            terminated = False
            while self.ch >= 0:
                ch = self.ch
                if ch == 13:
                    num_cr += 1
                elif ch == 10 and nl_offset == 0:
                    nl_offset = self.offset
                self.next()
                if ch == 42 and self.ch == 47:
                    self.next()
                    nxt = self.offset
                    terminated = True
                    break
            if not terminated:
                self.error(offs, "comment not terminated")
        lit = self.src[offs:self.offset]
        if num_cr > 0 and len(lit) >= 2 and lit[1] == 47 and lit[-1] == 13:
            lit = lit[:-1]
            num_cr -= 1
        if nxt >= 0 and (lit[1] == 42 or offs == self.line_offset) and lit[2:].startswith(b"line "):
            self.update_line_info(nxt, offs, lit)
        if num_cr > 0:
            lit = _strip_cr(lit, lit[1] == 42)
        return lit, nl_offset

    def update_line_info(self, nxt: int, offs: int, text: bytes):
        if text[1] == 42:
            text = text[:-2]
        text = text[7:].decode("utf-8", "surrogateescape")
        offs += 7

        def trailing(t):
            i = t.rfind(":")
            if i < 0:
                return 0, 0, False
            d = t[i + 1:]
            if d.isdigit() and d.isascii():
                return i + 1, int(d), True
            return i + 1, 0, False

        i, n, ok = trailing(text)
        if i == 0:
            return
        if not ok:
            self.error(offs + i, "invalid line number: " + text[i:])
            return
        max_line_col = 1 << 30
        i2, n2, ok2 = trailing(text[:i - 1])
        if ok2:
            i, i2 = i2, i
            line, col = n2, n
            if col == 0 or col > max_line_col:
                self.error(offs + i2, "invalid column number: " + text[i2:])
                return
            text = text[:i2 - 1]
        else:
            line, col = n, 0
        if line == 0 or line > max_line_col:
            self.error(offs + i, "invalid line number: " + text[i:])
            return
        filename = text[:i - 1]
        if filename == "" and ok2:
            filename = self.position_name(offs)
        elif filename != "":
            filename = os.path.normpath(filename)
            if not os.path.isabs(filename):
                filename = os.path.join(self.dir, filename)
        self.line_infos.append((nxt, filename, line, col))

    def position_name(self, off: int) -> str:
        name = self.filename
        for loff, lname, _, _ in self.line_infos:
            if loff <= off:
                name = lname
        return name

    # -- literals

    def scan_identifier(self) -> int:
        offs = self.offset
        while _is_letter(self.ch) or _is_digit(self.ch):
            self.next()
        return offs

    def digits(self, base: int, invalid: list):
        digsep = 0
        if base <= 10:
            mx = 48 + base
            while _is_decimal(self.ch) or self.ch == 95:
                ds = 1
                if self.ch == 95:
                    ds = 2
                elif self.ch >= mx and invalid[0] < 0:
                    invalid[0] = self.offset
                digsep |= ds
                self.next()
        else:
            while _is_hex(self.ch) or self.ch == 95:
                digsep |= 2 if self.ch == 95 else 1
                self.next()
        return digsep

    def scan_number(self) -> str:
        offs = self.offset
        tok = "ILLEGAL"
        base = 10
        prefix = ""
        digsep = 0
        invalid = [-1]
        if self.ch != 46:
            tok = "INT"
            if self.ch == 48:
                self.next()
                lc = _lower(self.ch)
                if lc == 120:
                    self.next()
                    base, prefix = 16, "x"
                elif lc == 111:
                    self.next()
                    base, prefix = 8, "o"
                elif lc == 98:
                    self.next()
                    base, prefix = 2, "b"
                else:
                    base, prefix = 8, "0"
                    digsep = 1
            digsep |= self.digits(base, invalid)
        if self.ch == 46:
            tok = "FLOAT"
            if prefix in ("o", "b"):
                self.error(self.offset, "invalid radix point in " + _litname(prefix))
            self.next()
            digsep |= self.digits(base, invalid)
        if digsep & 1 == 0:
            self.error(self.offset, _litname(prefix) + " has no digits")
        e = _lower(self.ch)
        if e == 101 or e == 112:
            if e == 101 and prefix not in ("", "0"):
                self.error(self.offset, f"{go_quote_rune(self.ch)} exponent requires decimal mantissa")
            elif e == 112 and prefix != "x":
                self.error(self.offset, f"{go_quote_rune(self.ch)} exponent requires hexadecimal mantissa")
            self.next()
            tok = "FLOAT"
            if self.ch in (43, 45):
                self.next()
            ds = self.digits(10, [0])
            digsep |= ds
            if ds & 1 == 0:
                self.error(self.offset, "exponent has no digits")
        elif prefix == "x" and tok == "FLOAT":
            self.error(self.offset, "hexadecimal mantissa requires a 'p' exponent")
        if self.ch == 105:
            tok = "IMAG"
            self.next()
        lit = self.src[offs:self.offset].decode("latin-1")
        if tok == "INT" and invalid[0] >= 0:
            self.error(invalid[0], f"invalid digit {go_quote_rune(ord(lit[invalid[0] - offs]))} in {_litname(prefix)}")
        if digsep & 2:
            i = _invalid_sep(lit)
            if i >= 0:
                self.error(offs + i, "'_' must separate successive digits")
        self.num_kind = tok
        return lit

    def scan_escape(self, quote: int) -> bool:
        offs = self.offset
        ch = self.ch
        if ch in (97, 98, 102, 110, 114, 116, 118, 92, quote):
            self.next()
            return True
        if 48 <= ch <= 55:
            n, base, mx = 3, 8, 255
        elif ch == 120:
            self.next()
            n, base, mx = 2, 16, 255
        elif ch == 117:
            self.next()
            n, base, mx = 4, 16, 0x10FFFF
        elif ch == 85:
            self.next()
            n, base, mx = 8, 16, 0x10FFFF
        else:
            self.error(offs, "escape sequence not terminated" if ch < 0 else "unknown escape sequence")
            return False
        x = 0
        while n > 0:
            d = _digit_val(self.ch) if self.ch >= 0 else 16
            if d >= base:
                if self.ch < 0:
                    msg = "escape sequence not terminated"
                else:
                    msg = f"illegal character {_char_repr_U(self.ch)} in escape sequence"
                self.error(self.offset, msg)
                return False
            x = x * base + d
            self.next()
            n -= 1
        if x > mx or 0xD800 <= x < 0xE000:
            self.error(offs, "escape sequence is invalid Unicode code point")
            return False
        return True

    def scan_rune(self) -> int:
        offs = self.offset - 1
        valid = True
        n = 0
        while True:
            ch = self.ch
            if ch == 10 or ch < 0:
                if valid:
                    self.error(offs, "rune literal not terminated")
                    valid = False
                break
            self.next()
            if ch == 39:
                break
            n += 1
            if ch == 92:
                if not self.scan_escape(39):
                    valid = False
        if valid and n != 1:
            self.error(offs, "illegal rune literal")
        return offs

    def scan_string(self) -> int:
        offs = self.offset - 1
        while True:
            ch = self.ch
            if ch == 10 or ch < 0:
                self.error(offs, "string literal not terminated")
                break
            self.next()
            if ch == 34:
                break
            if ch == 92:
                self.scan_escape(34)
        return offs

    def scan_raw_string(self) -> int:
        offs = self.offset - 1
        while True:
            ch = self.ch
            if ch < 0:
                self.error(offs, "raw string literal not terminated")
                break
            self.next()
            if ch == 96:
                break
        return offs

    def skip_whitespace(self):
        while self.ch in (32, 9, 13) or self.ch == 10 and not self.insert_semi:
            self.next()

    # -- tokens

    def scan(self):
        """One token: (offset, kind, literal); kind "COMMENT" with literal the raw comment bytes."""
        if self.nl_pos >= 0:
            off = self.nl_pos
            self.nl_pos = -1
            return off, ";", "newline"
        self.skip_whitespace()
        off = self.offset
        insert_semi = False
        ch = self.ch
        src = self.src
        if _is_letter(ch):
            self.scan_identifier()
            lit = src[off:self.offset].decode("utf-8", "replace")
            kind = "NAME"
            if len(lit) > 1:
                kw = KEYWORDS.get(lit)
                if kw is not None:
                    kind = kw
                    lit = None
                    insert_semi = kw in ("break", "continue", "fallthrough", "return")
                else:
                    insert_semi = True
            else:
                insert_semi = True
            self.insert_semi = insert_semi
            return off, kind, lit
        if _is_decimal(ch) or ch == 46 and _is_decimal(self.peek()):
            lit = self.scan_number()
            self.insert_semi = True
            return off, self.num_kind, lit
        self.next()
        if ch == _EOF:
            if self.insert_semi:
                self.insert_semi = False
                return off, ";", "newline"
            return off, "EOF", None
        if ch == 10:
            self.insert_semi = False
            return off, ";", "newline"
        if ch == 34:
            self.scan_string()
            self.insert_semi = True
            return off, "STRING", src[off:self.offset].decode("utf-8", "replace")
        if ch == 39:
            self.scan_rune()
            self.insert_semi = True
            return off, "CHAR", src[off:self.offset].decode("utf-8", "replace")
        if ch == 96:
            self.scan_raw_string()
            self.insert_semi = True
            return off, "STRING", _strip_cr(src[off:self.offset], False).decode("utf-8", "replace")
        if ch == 47 and self.ch in (47, 42):
            lit, nl_offset = self.scan_comment()
            if self.insert_semi and nl_offset != 0:
                self.nl_pos = nl_offset
                self.insert_semi = False
            return off, "COMMENT", lit
        if ch < 0x80 and chr(ch) in _OPS1:
            c = chr(ch)
            s3 = src[off:off + 3].decode("latin-1")
            if s3 in _OPS3 and (s3 != "..." or True):
                self.next()
                self.next()
                kind = s3
            else:
                s2 = s3[:2]
                if s2 in _OPS2:
                    self.next()
                    kind = s2
                else:
                    kind = c
            if kind == ";":
                self.insert_semi = False
                return off, ";", "semicolon"
            self.insert_semi = kind in _NLSEMI_OPS
            return off, kind, None
        if ch != _BOM:
            if ch in (0x201C, 0x201D):
                self.error(off, f"curly quotation mark {go_quote_rune(ch)} (use neutral {go_quote_rune(34)})")
            else:
                self.error(off, "illegal character " + _char_repr_U(ch))
        # insert_semi is preserved
        return off, "ILLEGAL", chr(ch) if ch >= 0 else ""


def scan_go(data: bytes, base: int, filename: str, line_starts) -> tuple[Tokens, list]:
    """Scan data as go/scanner does; returns (Tokens, line infos from //line directives).

    Tokens.errors holds (token index, offset, message): the error is reported when
    the parser fetches the token with that index (comments before it included).
    """
    t = Tokens()
    s = _Scanner(data, base, filename, line_starts)
    kinds, lits, poss, comments, errors = t.kinds, t.lits, t.poss, t.comments, t.errors
    top = True
    while True:
        nerr = len(s.errors)
        off, kind, lit = s.scan()
        for e in s.errors[nerr:]:
            errors.append((len(kinds), e[0], e[1]))
        if kind == "COMMENT":
            text = lit.decode("latin-1")
            comments.append((off, text))
            if top and text.startswith("//go:build") and not t.go_build:
                t.go_build = text
            continue
        top = False
        kinds.append(kind)
        lits.append(lit)
        poss.append(base + off)
        if kind == "EOF":
            break
    return t, s.line_infos
