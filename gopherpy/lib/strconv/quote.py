"""This file implements strconv's quoting and unquoting of Go string and rune literals.

Strings are Go strings (bytes). Printability is unicode.IsPrint/IsGraphic of Go's own
Unicode tables (gopherpy/lib/unicode/tables.txt), not Python's unicodedata, whose
Unicode version differs. Invalid UTF-8 in a quoted string becomes \\xHH per byte, as
in Go. Unquoting returns (result, ok) where Go returns (result, error): the Go
declarations turn ok=False into ErrSyntax.
"""

from __future__ import annotations

from gopherpy.lib.nativeutil import LazyPattern
from gopherpy.lib.unicode.letter import is_graphic, is_print
from gopherpy.runtime.values import decoderune

RUNE_ERROR = 0xFFFD
_PLAIN = LazyPattern(rb"[ !#-\[\]-~]*\Z")   # printable ASCII except '"' and '\'
_ESC = {7: b"\\a", 8: b"\\b", 12: b"\\f", 10: b"\\n", 13: b"\\r", 9: b"\\t", 11: b"\\v"}


def _escaped_rune(out: bytearray, r: int, quote: int, ascii_only: bool, graphic_only: bool) -> None:
    """Append rune r as it appears inside a literal delimited by quote."""
    if r == quote or r == 0x5C:
        out.append(0x5C)
        out.append(r)
        return
    if ascii_only:
        if r < 0x80 and is_print(r):
            out.append(r)
            return
    elif is_print(r) or (graphic_only and is_graphic(r)):
        out += chr(r).encode() if r >= 0x80 else bytes((r,))
        return
    e = _ESC.get(r)
    if e is not None:
        out += e
    elif r < 0x20 or r == 0x7F:
        out += b"\\x%02x" % r
    elif r > 0x10FFFF or 0xD800 <= r <= 0xDFFF or r < 0:
        out += b"\\ufffd"
    elif r < 0x10000:
        out += b"\\u%04x" % r
    else:
        out += b"\\U%08x" % r


def quote_with(s: bytes, quote: int, ascii_only: bool, graphic_only: bool) -> bytes:
    out = bytearray((quote,))
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            _escaped_rune(out, c, quote, ascii_only, graphic_only)
            i += 1
            continue
        r, w = decoderune(s, i)
        if w == 1:
            out += b"\\x%02x" % c
            i += 1
            continue
        _escaped_rune(out, r, quote, ascii_only, graphic_only)
        i += w
    out.append(quote)
    return bytes(out)


def quote(s: bytes) -> bytes:
    """strconv.Quote."""
    if _PLAIN.match(s):
        return b'"' + s + b'"'
    return quote_with(s, 0x22, False, False)


def quote_to_ascii(s: bytes) -> bytes:
    """strconv.QuoteToASCII."""
    if _PLAIN.match(s):
        return b'"' + s + b'"'
    return quote_with(s, 0x22, True, False)


def quote_to_graphic(s: bytes) -> bytes:
    """strconv.QuoteToGraphic."""
    return quote_with(s, 0x22, False, True)


def quote_rune_with(r: int, ascii_only: bool, graphic_only: bool) -> bytes:
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        r = RUNE_ERROR
    out = bytearray(b"'")
    _escaped_rune(out, r, 0x27, ascii_only, graphic_only)
    out.append(0x27)
    return bytes(out)


def quote_rune(r: int) -> bytes:
    """strconv.QuoteRune."""
    return quote_rune_with(r, False, False)


def quote_rune_to_ascii(r: int) -> bytes:
    """strconv.QuoteRuneToASCII."""
    return quote_rune_with(r, True, False)


def quote_rune_to_graphic(r: int) -> bytes:
    """strconv.QuoteRuneToGraphic."""
    return quote_rune_with(r, False, True)


def can_backquote(s: bytes) -> bool:
    """strconv.CanBackquote: a single-line raw literal could hold s."""
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            if (c < 0x20 and c != 0x09) or c == 0x60 or c == 0x7F:
                return False
            i += 1
            continue
        r, w = decoderune(s, i)
        if w == 1 or r == 0xFEFF:
            return False
        i += w
    return True


def _hexval(c: int) -> int:
    if 0x30 <= c <= 0x39:
        return c - 0x30
    c |= 0x20
    if 0x61 <= c <= 0x66:
        return c - 0x61 + 10
    return -1


_SIMPLE = {0x61: 7, 0x62: 8, 0x66: 12, 0x6E: 10, 0x72: 13, 0x74: 9, 0x76: 11, 0x5C: 0x5C}


def unquote_char(s: bytes, quote: int):
    """strconv.UnquoteChar: (value, multibyte, tail, ok)."""
    if not s:
        return 0, False, b"", False
    c = s[0]
    if c == quote and (quote == 0x27 or quote == 0x22):
        return 0, False, b"", False
    if c >= 0x80:
        r, w = decoderune(s, 0)
        return r, True, s[w:], True
    if c != 0x5C:
        return c, False, s[1:], True
    if len(s) <= 1:
        return 0, False, b"", False
    c = s[1]
    s = s[2:]
    v = _SIMPLE.get(c)
    if v is not None:
        return v, False, s, True
    if c == 0x78 or c == 0x75 or c == 0x55:
        n = 2 if c == 0x78 else 4 if c == 0x75 else 8
        if len(s) < n:
            return 0, False, b"", False
        v = 0
        for j in range(n):
            x = _hexval(s[j])
            if x < 0:
                return 0, False, b"", False
            v = (v << 4) | x
        s = s[n:]
        if c == 0x78:
            return v, False, s, True
        if v > 0x10FFFF or 0xD800 <= v <= 0xDFFF:
            return 0, False, b"", False
        return v, True, s, True
    if 0x30 <= c <= 0x37:
        v = c - 0x30
        if len(s) < 2:
            return 0, False, b"", False
        for j in range(2):
            x = s[j] - 0x30
            if x < 0 or x > 7:
                return 0, False, b"", False
            v = (v << 3) | x
        if v > 255:
            return 0, False, b"", False
        return v, False, s[2:], True
    if c == 0x27 or c == 0x22:
        if c != quote:
            return 0, False, b"", False
        return c, False, s, True
    return 0, False, b"", False


def _append_rune(out: bytearray, v: int, multibyte: bool) -> None:
    if v < 0x80 or not multibyte:
        out.append(v & 0xFF)
    else:
        out += chr(v).encode("utf-8", "surrogatepass") if v != RUNE_ERROR else b"\xef\xbf\xbd"


def _unquote_prefix(s: bytes, unescape: bool):
    """(literal length, value or None, ok) for the quoted literal at the start of s."""
    if len(s) < 2:
        return 0, None, False
    q = s[0]
    if q == 0x60:
        end = s.find(b"`", 1)
        if end < 0:
            return 0, None, False
        body = s[1:end]
        if unescape:
            body = body.replace(b"\r", b"")
        return end + 1, body, True
    if q != 0x22 and q != 0x27:
        return 0, None, False
    end = s.find(b'"' if q == 0x22 else b"'", 1)
    if end < 0:
        return 0, None, False
    body = s[1:end]
    if 0x5C not in body and 0x0A not in body:
        # without escapes the literal ends at the first closing quote
        if q == 0x22:
            valid = _valid_utf8(body)
        else:
            valid = not body or (decoderune(body, 0)[1] == len(body) and _valid_utf8(body))
        if valid:
            return end + 1, body, True
    out = bytearray() if unescape else None
    i = 1
    n = len(s)
    count = 0
    while i < n:
        c = s[i]
        if c == q:
            if q == 0x27 and count != 1:
                return 0, None, False
            return i + 1, (bytes(out) if unescape else None), True
        if c == 0x0A:
            return 0, None, False
        v, mb, tail, ok = unquote_char(s[i:], q)
        if not ok:
            return 0, None, False
        if unescape:
            _append_rune(out, v, mb)
        i = n - len(tail)
        count += 1
        if q == 0x27 and count > 1:
            return 0, None, False
    return 0, None, False


def _valid_utf8(b: bytes) -> bool:
    if b.isascii():
        return True
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def unquote(s: bytes):
    """strconv.Unquote: (value, ok)."""
    n, v, ok = _unquote_prefix(s, True)
    if not ok or n != len(s):
        return b"", False
    return v, True


def quoted_prefix(s: bytes):
    """strconv.QuotedPrefix: (prefix, ok)."""
    n, _, ok = _unquote_prefix(s, False)
    if not ok:
        return b"", False
    return s[:n], True
