"""This file writes JSON strings and numbers as go1.27's encoder does (jsonwire's AppendQuote and AppendFloat).

Strings: '"' and '\\' are backslash-escaped, \\b \\f \\n \\r \\t get their short escapes,
other control characters \\u00XX (lower-case hex), '<' '>' '&' \\u003c \\u003e \\u0026 when
HTML escaping is on, U+2028 and U+2029 always (v1 escapes for JavaScript), and every byte
of invalid UTF-8 becomes U+FFFD. Floats: the shortest representation that reads back,
in 'f' form except below 1e-6 or from 1e21 on, where it is 'e' form with a one-digit
negative exponent written without its leading zero (1e-7, not 1e-07).
"""

from __future__ import annotations


from gopherpy.lib.encoding.json.scanner import coerce_utf8
from gopherpy.lib.nativeutil import LazyPattern
from gopherpy.lib.strconv import ftoa

_ESC = {c: b"\\u%04x" % c for c in range(0x20)}
_ESC.update({0x22: b'\\"', 0x5C: b"\\\\", 0x08: b"\\b", 0x0C: b"\\f", 0x0A: b"\\n", 0x0D: b"\\r",
             0x09: b"\\t", 0x3C: b"\\u003c", 0x3E: b"\\u003e", 0x26: b"\\u0026"})
_ESC_SEQ = {bytes((c,)): e for c, e in _ESC.items()}
_ESC_SEQ[b"\xe2\x80\xa8"] = b"\\u2028"
_ESC_SEQ[b"\xe2\x80\xa9"] = b"\\u2029"

_NEED_HTML = LazyPattern(rb'[\x00-\x1f"\\<>&\x80-\xff]')
_NEED = LazyPattern(rb'[\x00-\x1f"\\\x80-\xff]')
_HIGH = LazyPattern(rb"[\x80-\xff]")
_SUB_HTML = LazyPattern(rb'[\x00-\x1f"\\<>&]|\xe2\x80[\xa8\xa9]')
_SUB = LazyPattern(rb'[\x00-\x1f"\\]|\xe2\x80[\xa8\xa9]')
_SUB_PLAIN = LazyPattern(rb'[\x00-\x1f"\\]')


def _esc(m) -> bytes:
    return _ESC_SEQ[m.group(0)]


def quote(s: bytes, html: bool = True) -> bytes:
    """s as a JSON string (v1 escaping; '<', '>', '&' escaped when html)."""
    need = _NEED_HTML if html else _NEED
    if need.search(s) is None:
        return b'"' + s + b'"'
    if _HIGH.search(s) is not None:
        try:
            s.decode("utf-8")
        except UnicodeDecodeError:
            s = coerce_utf8(s)
    return b'"' + (_SUB_HTML if html else _SUB).sub(_esc, s) + b'"'


def quote_name(s: bytes) -> bytes:
    """s quoted with no optional escaping (a struct field's precomputed name)."""
    if _NEED.search(s) is None:
        return b'"' + s + b'"'
    if _HIGH.search(s) is not None:
        try:
            s.decode("utf-8")
        except UnicodeDecodeError:
            s = coerce_utf8(s)
    return b'"' + _SUB_PLAIN.sub(_esc, s) + b'"'


_NEED_ESCAPE = LazyPattern(rb'[\x00-\x1f"\\<>&]|\xe2\x80[\xa8\xa9]')


def need_escape(s: bytes) -> bool:
    """jsonwire.NeedEscape: whether quoting s may escape something."""
    if _NEED_ESCAPE.search(s) is not None:
        return True
    if _HIGH.search(s) is not None:
        try:
            s.decode("utf-8")
        except UnicodeDecodeError:
            return True
    return False


_F32_1E_6 = ftoa.f32(1e-6)
_F32_1E21 = ftoa.f32(1e21)


def format_float(x: float, bits: int) -> bytes:
    """jsonwire.AppendFloat for a finite x."""
    ax = -x if x < 0 else x
    if bits == 64:
        if 1e-6 <= ax < 1e16:
            r = repr(x)
            if "e" not in r:
                return (r[:-2] if r.endswith(".0") else r).encode()
        e = ax != 0 and (ax < 1e-6 or ax >= 1e21)
    else:
        e = ax != 0 and (ax < _F32_1E_6 or ax >= _F32_1E21)
    s = ftoa.format_float_str(x, "e" if e else "f", -1, bits)
    if e and len(s) >= 4 and s[-4] == "e" and s[-3] == "-" and s[-2] == "0":
        s = s[:-2] + s[-1]
    return s.encode()
