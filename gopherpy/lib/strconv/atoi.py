"""This file parses integers exactly as Go's strconv.ParseInt, ParseUint and Atoi do.

Each parser returns (value, code) where code is OK, ERR_SYNTAX, ERR_RANGE,
ERR_BASE or ERR_BITSIZE; the Go declarations (strconv.go) wrap a non-OK code in a
*NumError. On a range error the value is the bound the result was clamped to, on the
other errors it is 0, as in Go. `error_text` gives the message NumError.Error prints.
"""

from __future__ import annotations

OK = 0
ERR_SYNTAX = 1
ERR_RANGE = 2
ERR_BASE = 3
ERR_BITSIZE = 4

_DIGITS = {}
for _i, _c in enumerate(b"0123456789abcdefghijklmnopqrstuvwxyz"):
    _DIGITS[_c] = _i
    if _c >= 0x61:
        _DIGITS[_c - 32] = _i


def underscore_ok(s: bytes) -> bool:
    """Whether the underscores in a number literal s stand only between digits, or between a base prefix and a digit."""
    i = 0
    n = len(s)
    if n and s[0] in b"+-":
        i = 1
    hexa = False
    prev = 0x5E  # '^': start
    if n - i >= 2 and s[i] == 0x30 and s[i + 1] | 0x20 in b"box":
        hexa = s[i + 1] | 0x20 == 0x78
        prev = 0x30
        i += 2
    while i < n:
        c = s[i]
        if 0x30 <= c <= 0x39 or (hexa and 0x61 <= (c | 0x20) <= 0x66):
            prev = 0x30
        elif c == 0x5F:
            if prev != 0x30:
                return False
            prev = 0x5F
        else:
            if prev == 0x5F:
                return False
            prev = 0x21
        i += 1
    return prev != 0x5F


def parse_uint(s: bytes, base: int, bitsize: int):
    """strconv.ParseUint: (value, code)."""
    if not s:
        return 0, ERR_SYNTAX
    if base != 0 and (base < 2 or base > 36):
        return 0, ERR_BASE
    if bitsize == 0:
        bitsize = 64
    elif bitsize < 0 or bitsize > 64:
        return 0, ERR_BITSIZE
    maxval = (1 << bitsize) - 1
    if base == 10 and s.isdigit():
        v = int(s)
        if v > maxval:
            return maxval, ERR_RANGE
        return v, OK
    base0 = base == 0
    body = s
    if base0:
        base = 10
        if s[0] == 0x30:
            if len(s) >= 3 and s[1] | 0x20 in b"box":
                base = {0x62: 2, 0x6F: 8, 0x78: 16}[s[1] | 0x20]
                body = s[2:]
            else:
                base = 8
                body = s[1:]
    underscores = False
    v = 0
    dig = _DIGITS
    for c in body:
        if c == 0x5F and base0:
            underscores = True
            continue
        d = dig.get(c, 99)
        if d >= base:
            return 0, ERR_SYNTAX
        v = v * base + d
        if v > maxval:
            return maxval, ERR_RANGE
    if underscores and not underscore_ok(s):
        return 0, ERR_SYNTAX
    return v, OK


def parse_int(s: bytes, base: int, bitsize: int):
    """strconv.ParseInt: (value, code)."""
    if not s:
        return 0, ERR_SYNTAX
    if bitsize == 0:
        bitsize = 64
    neg = False
    body = s
    if s[0] == 0x2B:
        body = s[1:]
    elif s[0] == 0x2D:
        neg = True
        body = s[1:]
    u, code = parse_uint(body, base, bitsize)
    if code != OK and code != ERR_RANGE:
        return 0, code
    cutoff = 1 << (bitsize - 1)
    if not neg and u >= cutoff:
        return cutoff - 1, ERR_RANGE
    if neg and u > cutoff:
        return -cutoff, ERR_RANGE
    if code == ERR_RANGE:
        # only possible when u is the clamped maximum, handled above
        return (-cutoff if neg else cutoff - 1), ERR_RANGE
    return (-u if neg else u), OK


def atoi(s: bytes):
    """strconv.Atoi: (value, code) for a 64-bit int."""
    if 0 < len(s) < 19 and s.isdigit():
        return int(s), OK
    return parse_int(s, 10, 64)


_MSG = {ERR_SYNTAX: b"invalid syntax", ERR_RANGE: b"value out of range"}


def error_text(fn: bytes, s: bytes, code: int, base: int = 0, bitsize: int = 0) -> bytes:
    """The text of *NumError{Func: fn, Num: s, Err: <code>}.Error()."""
    if code == ERR_BASE:
        err = b"invalid base %d" % base
    elif code == ERR_BITSIZE:
        err = b"invalid bit size %d" % bitsize
    else:
        err = _MSG[code]
    from gopherpy.lib.strconv.quote import quote
    return b"strconv." + fn + b": parsing " + quote(s) + b": " + err
