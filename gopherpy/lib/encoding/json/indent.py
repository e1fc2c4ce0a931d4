"""This file implements re-formatting a JSON value: Compact, Indent, and the validation and compaction of what a MarshalJSON method returns.

It follows jsontext's Encoder.WriteValue as go1.27's v1 functions configure it: the value
is checked against the grammar (v1 syntax errors, offsets counted from `base`, the output
position where the value goes), insignificant whitespace is dropped, numbers and strings
are copied verbatim (raw strings are preserved) except that '<', '>', '&' (html) and
U+2028/U+2029 (js) inside strings are escaped, and with an indent every element starts a
new line of prefix + depth copies of indent, with one space after each colon.
"""

from __future__ import annotations


from gopherpy.lib.encoding.json import scanner as S
from gopherpy.lib.encoding.json.scanner import EOF, KIND, WS
from gopherpy.lib.nativeutil import LazyPattern

_ws = WS.match
_LITS = {0x6E: b"null", 0x66: b"false", 0x74: b"true"}
_RAW_HTML_JS = LazyPattern(rb"[<>&]|\xe2\x80[\xa8\xa9]")
_RAW_HTML = LazyPattern(rb"[<>&]")
_RAW_JS = LazyPattern(rb"\xe2\x80[\xa8\xa9]")
_RAW_ESC = {b"<": b"\\u003c", b">": b"\\u003e", b"&": b"\\u0026", b"\xe2\x80\xa8": b"\\u2028",
            b"\xe2\x80\xa9": b"\\u2029"}


def _raw_esc(m):
    return _RAW_ESC[m.group(0)]


class FormatError(Exception):
    def __init__(self, pos, err):
        super().__init__()
        self.pos = pos
        self.err = err


def reformat(src: bytes, html: bool, js: bool, indent, prefix: bytes, ind: bytes, base: int,
             depth: int = 1):
    """(formatted value, None) or (b"", (offset, err)) for the single JSON value in src
    (surrounding whitespace allowed). indent: None for compact output."""
    try:
        return _reformat(src, html, js, indent is not None, prefix, ind, depth), None
    except FormatError as e:
        return b"", (S.legacy_offset(base + e.pos, e.err), e.err)


def _string(src, pos, out, esc):
    m = S.SIMPLE_STRING.match(src, pos)
    if m is not None:
        end = m.end()
        out += src[pos:end]
        return end
    end, err = S.consume_string(src, pos)
    if err is not None:
        raise FormatError(end, err)
    if esc is None:
        out += src[pos:end]
    else:
        out += esc.sub(_raw_esc, src[pos:end])
    return end


def _reformat(src, html, js, multi, prefix, ind, depth):
    esc = _RAW_HTML_JS if html and js else _RAW_HTML if html else _RAW_JS if js else None
    out = bytearray()
    n = len(src)
    pos = _ws(src, 0).end()
    if pos >= n:
        raise FormatError(pos, EOF)
    stack = []

    def nl(d):
        if d:
            out.extend(b"\n" + prefix + ind * (d - 1))

    colon = b": " if multi else b":"
    while True:
        # a value starts at pos (whitespace already skipped)
        if pos >= n:
            raise FormatError(pos, EOF)
        c = src[pos]
        k = KIND[c]
        if k == 0x22:
            pos = _string(src, pos, out, esc)
        elif k == 0x30:
            end, err = S.consume_number(src, pos, True)
            if err is not None:
                raise FormatError(end, err)
            out += src[pos:end]
            pos = end
        elif k == 0x7B or k == 0x5B:
            if depth == S.MAX_DEPTH + 1:
                raise FormatError(pos, S.MAX_DEPTH_ERR)
            close = 0x7D if k == 0x7B else 0x5D
            out.append(c)
            pos = _ws(src, pos + 1).end()
            if pos >= n:
                raise FormatError(pos, EOF)
            if src[pos] == close:
                out.append(close)
                pos += 1
            else:
                depth += 1
                stack.append(k == 0x7B)
                if multi:
                    nl(depth)
                if k == 0x7B:
                    pos = _name(src, pos, out, esc, colon)
                continue
        elif k in _LITS:
            lit = _LITS[k]
            if src.startswith(lit, pos):
                pos += len(lit)
            else:
                end, err = S.consume_literal(src, pos, lit)
                raise FormatError(end, err)
            out += lit
        else:
            raise FormatError(pos, S.invalid_char(src, pos, "at start of value"))
        # after a value
        while True:
            if not stack:
                pos = _ws(src, pos).end()
                if pos < n:
                    raise FormatError(pos, S.invalid_char(src, pos, "after top-level value"))
                return bytes(out)
            pos = _ws(src, pos).end()
            if pos >= n:
                raise FormatError(pos, EOF)
            c = src[pos]
            if stack[-1]:
                if c == 0x2C:
                    out.append(0x2C)
                    if multi:
                        nl(depth)
                    pos = _name(src, pos + 1, out, esc, colon)
                    break
                if c == 0x7D:
                    if multi:
                        nl(depth - 1)
                    out.append(0x7D)
                    pos += 1
                    stack.pop()
                    depth -= 1
                    continue
                raise FormatError(pos, S.invalid_char(src, pos, "after object value (expecting ',' or '}')"))
            if c == 0x2C:
                out.append(0x2C)
                if multi:
                    nl(depth)
                pos = _ws(src, pos + 1).end()
                break
            if c == 0x5D:
                if multi:
                    nl(depth - 1)
                out.append(0x5D)
                pos += 1
                stack.pop()
                depth -= 1
                continue
            raise FormatError(pos, S.invalid_char(src, pos, "after array value (expecting ',' or ']')"))


def _name(src, pos, out, esc, colon):
    n = len(src)
    pos = _ws(src, pos).end()
    if pos >= n:
        raise FormatError(pos, EOF)
    pos = _string(src, pos, out, esc)
    pos = _ws(src, pos).end()
    if pos >= n:
        raise FormatError(pos, EOF)
    if src[pos] != 0x3A:
        raise FormatError(pos, S.invalid_char(src, pos, "after object name (expecting ':')"))
    out += colon
    return _ws(src, pos + 1).end()


def compact(src: bytes):
    """json.Compact's formatting: (output, None) or (b"", (offset, err))."""
    return reformat(src, False, False, None, b"", b"", 0)


_TRAIL = LazyPattern(rb"[ \t\r\n]*\Z")


def indent(src: bytes, prefix: bytes, ind: bytes):
    """json.Indent's formatting; trailing whitespace of src is kept, as v1 did."""
    out, err = reformat(src, False, False, True, prefix, ind, 0)
    if err is not None:
        return out, err
    m = _TRAIL.search(src)
    return out + src[m.start():], None
