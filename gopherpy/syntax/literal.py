"""This file computes the values of literal tokens (BasicLit.value holds the source text).

literal_value returns: int for INT, float for FLOAT (exactness is the type
checker's business: it should use exact_value for constants), complex for IMAG,
int (the code point) for CHAR, and bytes for STRING (Go strings are bytes).
"""

from __future__ import annotations

import re

_ESC = re.compile(rb"\\(?:([abfnrtv\\'\"])|([0-7]{3})|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
_SIMPLE = {b"a": b"\a", b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"v": b"\v",
           b"\\": b"\\", b"'": b"'", b'"': b'"'}


def _unescape(m: re.Match) -> bytes:
    if m.group(1):
        return _SIMPLE[m.group(1)]
    if m.group(2):
        return bytes([int(m.group(2), 8)])
    if m.group(3):
        return bytes([int(m.group(3), 16)])
    return chr(int(m.group(4) or m.group(5), 16)).encode("utf-8", "surrogatepass")


def string_value(text: str) -> bytes:
    """The bytes of a Go string literal (interpreted or raw) given its source text."""
    b = text.encode("utf-8")
    if b[:1] == b"`":
        return b[1:-1].replace(b"\r", b"")
    body = b[1:-1]
    if b"\\" not in body:
        return body
    return _ESC.sub(_unescape, body)


def rune_value(text: str) -> int:
    """The code point of a Go rune literal given its source text."""
    body = text[1:-1]
    if body[:1] != "\\":
        return ord(body)
    c = body[1]
    if c in "abfnrtv\\'\"":
        return _SIMPLE[c.encode()][0]
    if c in "01234567":
        return int(body[1:4], 8)
    return int(body[2:], 16)


def int_value(text: str) -> int:
    t = text.replace("_", "")
    if len(t) > 1 and t[0] == "0" and t[1] not in "xXbBoO":
        return int(t, 8)
    return int(t, 0)


def float_value(text: str) -> float:
    t = text.replace("_", "")
    if t[:2] in ("0x", "0X"):
        return float.fromhex(t)
    return float(t)


def literal_value(lit):
    """The value of a BasicLit: int, float, complex, int (rune) or bytes (string)."""
    k = lit.kind
    v = lit.value
    if k == "INT":
        return int_value(v)
    if k == "FLOAT":
        return float_value(v)
    if k == "IMAG":
        body = v[:-1]
        if body.replace("_", "").isdigit() and not (len(body) > 1 and body[0] == "0"):
            return complex(0, int(body.replace("_", "")))
        try:
            return complex(0, int_value(body)) if not any(c in body for c in ".eEpP") or body[:2] in ("0x", "0X") and "." not in body and "p" not in body.lower() else complex(0, float_value(body))
        except ValueError:
            return complex(0, float_value(body))
    if k == "CHAR":
        return rune_value(v)
    return string_value(v)
