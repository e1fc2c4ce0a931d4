"""This file implements the wire level of JSON decoding: consuming whitespace, literals, strings and numbers, and the syntax errors, with go1.27's texts and offsets.

Go 1.27 builds encoding/json on encoding/json/v2 (GOEXPERIMENT jsonv2 is on by default),
so the behaviour reproduced here is that of its jsontext package under the v1 options:
invalid UTF-8 is accepted inside strings, escapes are checked but surrogate halves are
not, and a syntax error reports "the number of bytes read that lead to the error" (the
offset just past the offending text).

Consume functions take the buffer `b` and a position and return (position, err): err is
None, EOF (the input ends inside the token: more data may complete it, io.ErrUnexpectedEOF
in Go) or an InvalidText (what was found where). A regular expression accepts the common
valid token; anything it rejects is walked byte by byte to find Go's error.
"""

from __future__ import annotations

import re

from gopherpy.lib.nativeutil import LazyPattern
from gopherpy.lib.strconv.quote import quote as go_quote, quote_rune
from gopherpy.lib.unicode.letter import is_print, is_space
from gopherpy.runtime.values import decoderune

WS = LazyPattern(rb"[ \t\r\n]*")
# a complete string token (escapes checked, any byte >= 0x20 accepted: invalid UTF-8 is allowed)
STRING = LazyPattern(rb'"[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\x00-\x1f]*)*"')
# a string without escapes, '<', '>', '&' or bytes >= 0x80 (jsonwire's "simple" string: verbatim)
SIMPLE_STRING = LazyPattern(rb'"[ !#-%\'-;=?-\[\]-\x7f]*"')
NUMBER = LazyPattern(rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")

MAX_DEPTH = 10000

# normalised token kinds (jsontext.Kind): '0' for every number, 0 for anything invalid
KIND = bytearray(256)
for _c in b'nft"{}[]':
    KIND[_c] = _c
for _c in b"-0123456789":
    KIND[_c] = 0x30


class _Err:
    """An error without position (Go's sentinel errors of jsontext and jsonwire)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def message(self) -> str:
        return self.text

    def __repr__(self):
        return f"<{self.text}>"


EOF = _Err("unexpected EOF")                       # io.ErrUnexpectedEOF
MAX_DEPTH_ERR = _Err("exceeded max depth")
MISMATCH_DELIM = _Err("mismatching structural token for object or array")
NON_STRING_NAME = _Err("object member name must be a string")
MISSING_VALUE = _Err("missing value after object name")


class Unquoted:
    """An error of jsontext.AppendUnquote: a syntactic error without position."""

    __slots__ = ("err",)

    def __init__(self, err):
        self.err = err


class InvalidText:
    """jsonwire.InvalidTextError: invalid `what` (a character, escape sequence) `where`."""

    __slots__ = ("label", "what", "where")

    def __init__(self, label: str, what: bytes, where: str):
        self.label = label
        self.what = what
        self.where = where

    def message(self) -> str:
        w = self.what
        if _runecount(w) == 1:
            shown = quote_rune_bytes(w).decode("utf-8", "surrogateescape")
        elif _need_escape(w):
            shown = go_quote(w).decode("utf-8", "surrogateescape")
        else:
            shown = "`" + w.decode("utf-8", "surrogateescape") + "`"
        s = "invalid " + self.label + " " + shown + " " + self.where
        return s[:-1] if s.endswith(" ") else s

    def __repr__(self):
        return f"<{self.message()}>"


def _runecount(b: bytes) -> int:
    n = 0
    i = 0
    while i < len(b):
        if b[i] < 0x80:
            i += 1
        else:
            i += decoderune(b, i)[1]
        n += 1
    return n


def _need_escape(b: bytes) -> bool:
    i = 0
    while i < len(b):
        r, w = decoderune(b, i) if b[i] >= 0x80 else (b[i], 1)
        if r == 0x60 or r == 0xFFFD or is_space(r) or not is_print(r):
            return True
        i += w
    return False


def quote_rune_bytes(b: bytes) -> bytes:
    """jsonwire.QuoteRune: the first rune of b quoted; an invalid byte as '\\xHH'."""
    if not b:
        return quote_rune(0xFFFD)
    if b[0] < 0x80:
        return quote_rune(b[0])
    r, w = decoderune(b, 0)
    if r == 0xFFFD and w == 1:
        return b"'\\x" + format(b[0], "x").encode() + b"'"
    return quote_rune(r)


def invalid_char(b, pos: int, where: str) -> InvalidText:
    """jsonwire.NewInvalidCharacterError for the rune at b[pos]."""
    c = b[pos]
    if c < 0x80:
        return InvalidText("character", bytes((c,)), where)
    _, w = decoderune(bytes(b[pos:pos + 4]), 0)
    return InvalidText("character", bytes(b[pos:pos + w]), where)


def invalid_escape(what: bytes) -> InvalidText:
    return InvalidText("surrogate pair" if len(what) > 6 else "escape sequence", bytes(what), "in string")


# -- v1's rendering of syntax errors ------------------------------------------------

_REPLACE = (("object name", "object key"), ("at start of value", "looking for beginning of value"),
            ("at start of string", "looking for beginning of object key string"),
            ("after object value", "after object key:value pair"),
            ("in number", "in numeric literal"))
_REPLACE_RE = LazyPattern("|".join(re.escape(a) for a, _ in _REPLACE))
_REPLACE_MAP = dict(_REPLACE)


def v1_message(err) -> str:
    """The message of the v1 SyntaxError made from a jsontext syntactic error."""
    if err is EOF:
        return "unexpected end of JSON input"
    msg = err.message()
    i = msg.find(" (expecting")
    if i >= 0 and " in literal" not in msg:
        msg = msg[:i]
    return _REPLACE_RE.sub(lambda m: _REPLACE_MAP[m.group(0)], msg)


def legacy_offset(offset: int, err) -> int:
    """v1 offsets point past the invalid text (or one past the structural error)."""
    if err is EOF:
        return offset
    if isinstance(err, InvalidText):
        return offset + len(err.what)
    return offset + 1


# -- consuming tokens ---------------------------------------------------------------

def consume_literal(b, pos: int, lit: bytes):
    """(end, err) of the literal lit (null, true, false) at b[pos]."""
    n = len(b)
    for i in range(len(lit)):
        if pos + i >= n:
            return n, EOF
        if b[pos + i] != lit[i]:
            return pos + i, invalid_char(b, pos + i, "in literal " + lit.decode() + " (expecting "
                                         + quote_rune(lit[i]).decode() + ")")
    return pos + len(lit), None


def _is_hex(c: int) -> bool:
    return 0x30 <= c <= 0x39 or 0x61 <= c <= 0x66 or 0x41 <= c <= 0x46


def _escaped_utf16_prefix(b) -> bool:
    """Whether b may be the truncated start of a \\uXXXX escape."""
    for i, c in enumerate(b):
        if i == 0 and c != 0x5C or i == 1 and c != 0x75:
            return False
        if 2 <= i < 6 and not _is_hex(c):
            return False
    return True


def consume_string(b, pos: int, resume: int = 0):
    """(end, err) of the string at b[pos] (jsonwire.ConsumeStringResumable with UTF-8 not
    validated); on EOF, end is where to resume (relative offsets are absolute here)."""
    if not resume:
        m = STRING.match(b, pos)
        if m is not None:
            return m.end(), None
        if pos >= len(b):
            return pos, EOF
        if b[pos] != 0x22:
            return pos, invalid_char(b, pos, "at start of string (expecting '\"')")
        n = pos + 1
    else:
        n = resume
    size = len(b)
    while n < size:
        c = b[n]
        if c >= 0x20 and c < 0x80 and c != 0x5C and c != 0x22:
            n += 1
            continue
        if c == 0x22:
            return n + 1, None
        if c == 0x5C:
            if n + 2 > size:
                return n, EOF
            e = b[n + 1]
            if e in b'/"\\bfnrt':
                n += 2
                continue
            if e == 0x75:
                if n + 6 > size:
                    if _escaped_utf16_prefix(b[n:]):
                        return n, EOF
                    return n, invalid_escape(b[n:])
                if not all(_is_hex(x) for x in b[n + 2:n + 6]):
                    return n, invalid_escape(b[n:n + 6])
                n += 6
                continue
            return n, invalid_escape(b[n:n + 2])
        if c < 0x20:
            return n, invalid_char(b, n, "in string (expecting non-control character)")
        r, w = decoderune(bytes(b[n:n + 4]), 0)
        if w == 1 and r == 0xFFFD and not _full_rune(b, n):
            return n, EOF
        n += w
    return n, EOF


def _full_rune(b, n: int) -> bool:
    """utf8.FullRune(b[n:]) for a byte >= 0x80 that does not start a valid rune here."""
    rest = bytes(b[n:n + 4])
    c = rest[0]
    need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
    if c < 0xC2 or c > 0xF4 or len(rest) >= need:
        return True
    # a prefix of a possibly valid sequence is not yet full
    for i in range(1, len(rest)):
        x = rest[i]
        lo, hi = 0x80, 0xBF
        if i == 1:
            if c == 0xE0:
                lo = 0xA0
            elif c == 0xED:
                hi = 0x9F
            elif c == 0xF0:
                lo = 0x90
            elif c == 0xF4:
                hi = 0x8F
        if not lo <= x <= hi:
            return True
    return False


def consume_number(b, pos: int, at_eof: bool):
    """(end, err) of the number at b[pos]. A number ending at the end of b is complete only
    when at_eof; otherwise (end, EOF) asks for more data (Go re-reads from the start)."""
    m = NUMBER.match(b, pos)
    size = len(b)
    if m is not None:
        end = m.end()
        if end < size:
            c = b[end]
            if c != 0x2E and c != 0x65 and c != 0x45:
                return end, None
        elif at_eof:
            return end, None
        else:
            return pos, EOF
    # walk Go's number states to find the error (or the truncation)
    n = pos
    if n < size and b[n] == 0x2D:
        n += 1
    if n >= size:
        return pos, EOF
    c = b[n]
    if c == 0x30:
        n += 1
    elif 0x31 <= c <= 0x39:
        n += 1
        while n < size and 0x30 <= b[n] <= 0x39:
            n += 1
    else:
        return n, invalid_char(b, n, "in number (expecting digit)")
    if n < size and b[n] == 0x2E:
        n += 1
        if n >= size:
            return pos, EOF
        if not 0x30 <= b[n] <= 0x39:
            return n, invalid_char(b, n, "in number (expecting digit)")
        while n < size and 0x30 <= b[n] <= 0x39:
            n += 1
    if n < size and b[n] in (0x65, 0x45):
        n += 1
        if n < size and b[n] in (0x2B, 0x2D):
            n += 1
        if n >= size:
            return pos, EOF
        if not 0x30 <= b[n] <= 0x39:
            return n, invalid_char(b, n, "in number (expecting digit)")
        while n < size and 0x30 <= b[n] <= 0x39:
            n += 1
    if n >= size and not at_eof:
        return pos, EOF
    return n, None


# -- unquoting -----------------------------------------------------------------------

_SIMPLE_ESC = {0x22: b'"', 0x5C: b"\\", 0x2F: b"/", 0x62: b"\b", 0x66: b"\f", 0x6E: b"\n",
               0x72: b"\r", 0x74: b"\t"}
_ESCAPE_RE = LazyPattern(rb'\\(?:u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?|(.))', re.S)


def _unescape(m) -> bytes:
    h = m.group(1)
    if h is None:
        return _SIMPLE_ESC[m.group(3)[0]]
    v = int(h, 16)
    lo = m.group(2)
    if 0xD800 <= v <= 0xDFFF:
        if lo is not None and v < 0xDC00:
            return chr(0x10000 + ((v - 0xD800) << 10) + (int(lo, 16) - 0xDC00)).encode()
        out = "\ufffd".encode()
        if lo is not None:
            out += "\ufffd".encode()   # a low half alone is invalid too
        return out
    out = chr(v).encode()
    if lo is not None:
        out += "\ufffd".encode()
    return out


_NONASCII = LazyPattern(rb"[\x80-\xff]")


def unquote(tok: bytes) -> bytes:
    """The Go string a valid string token denotes (invalid UTF-8 and unpaired surrogate
    escapes become U+FFFD, as jsonwire.AppendUnquote)."""
    s = tok[1:-1]
    if b"\\" in s:
        s = _ESCAPE_RE.sub(_unescape, s)
    if _NONASCII.search(s) is not None:
        try:
            s.decode("utf-8")
        except UnicodeDecodeError:
            s = coerce_utf8(s)
    return s


def coerce_utf8(s: bytes) -> bytes:
    """s with every byte of an invalid UTF-8 sequence replaced by U+FFFD (Go's rule: one
    replacement per byte that does not start a valid encoding)."""
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            out.append(c)
            i += 1
            continue
        r, w = decoderune(s, i)
        if r == 0xFFFD and w == 1:
            out += b"\xef\xbf\xbd"
        else:
            out += s[i:i + w]
        i += w
    return bytes(out)


def unquote_strict(s: bytes):
    """jsontext.AppendUnquote: (unquoted, err) where err (None, EOF or an InvalidText) is
    the last problem found: invalid UTF-8 and unpaired surrogate escapes are replaced but
    reported; a control character or bad escape ends the walk; text after the closing
    quote is reported last."""
    if not s:
        return b"", EOF
    if s[0] != 0x22:
        return b"", invalid_char(s, 0, "at start of string (expecting '\"')")
    out = bytearray()
    err = None
    n = 1
    size = len(s)
    while n < size:
        c = s[n]
        if c == 0x22:
            n += 1
            if n < size:
                err = invalid_char(s, n, "after string value")
            return bytes(out), err
        if 0x20 <= c < 0x80 and c != 0x5C:
            out.append(c)
            n += 1
            continue
        if c == 0x5C:
            if n + 2 > size:
                return bytes(out), EOF
            e = s[n + 1]
            if e in _SIMPLE_ESC:
                out += _SIMPLE_ESC[e]
                n += 2
                continue
            if e != 0x75:
                return bytes(out), invalid_escape(s[n:n + 2])
            if n + 6 > size:
                if _escaped_utf16_prefix(s[n:]):
                    return bytes(out), EOF
                return bytes(out), invalid_escape(s[n:])
            h = s[n + 2:n + 6]
            if not all(_is_hex(x) for x in h):
                return bytes(out), invalid_escape(s[n:n + 6])
            v = int(h, 16)
            n += 6
            if 0xD800 <= v <= 0xDFFF:
                r = 0xFFFD
                if n + 6 > size:
                    if _escaped_utf16_prefix(s[n:]) and _low_prefix(s[n:]):
                        out += "\ufffd".encode()
                        return bytes(out), EOF
                    err = invalid_escape(s[n - 6:])
                else:
                    h2 = s[n + 2:n + 6]
                    if s[n] != 0x5C or s[n + 1] != 0x75 or not all(_is_hex(x) for x in h2):
                        err = invalid_escape(s[n - 6:n + 6])
                    else:
                        v2 = int(h2, 16)
                        if 0xD800 <= v < 0xDC00 and 0xDC00 <= v2 <= 0xDFFF:
                            r = 0x10000 + ((v - 0xD800) << 10) + (v2 - 0xDC00)
                            n += 6
                        else:
                            err = invalid_escape(s[n - 6:n + 6])
                out += chr(r).encode()
            else:
                out += chr(v).encode()
            continue
        if c < 0x20:
            return bytes(out), invalid_char(s, n, "in string (expecting non-control character)")
        r, w = decoderune(s[n:n + 4], 0)
        if r == 0xFFFD and w == 1:
            if not _full_rune(s, n):
                return bytes(out), EOF
            out += "\ufffd".encode()
            err = INVALID_UTF8
            n += 1
            continue
        out += s[n:n + w]
        n += w
    return bytes(out), EOF


INVALID_UTF8 = _Err("invalid UTF-8")


def _low_prefix(b) -> bool:
    """Whether b may be the truncated start of a low surrogate escape \\uDC00-\\uDFFF."""
    if len(b) > 2 and b[2] not in b"dD":
        return False
    if len(b) > 3 and b[3] not in b"cdefCDEF":
        return False
    return True
