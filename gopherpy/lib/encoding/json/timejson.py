"""This file implements how go1.27's json treats time.Time: an RFC 3339 string with nanoseconds (json/v2's arshal_time.go under the v1 options; time.Duration needs nothing, v1 writes its nanoseconds as an int64).

Marshal fails, as Time.MarshalJSON, for a year outside [0,9999] or a zone offset of 24
hours or more; Unmarshal parses with time.Parse(RFC3339) (go1.27 leaves the strict
checks of parseStrictRFC3339 off) and returns its *time.ParseError unwrapped, as v1 did.
"""

from __future__ import annotations

from gopherpy.runtime import rtype as rt

RFC3339 = b"2006-01-02T15:04:05Z07:00"
RFC3339NANO = b"2006-01-02T15:04:05.999999999Z07:00"


def is_time(t) -> bool:
    return t.pkg_path == "time" and t.name == "Time" and t.named


def _time_pkg():
    from gopherpy.compile.loader import load_package
    return load_package("time")


def format_time(t, x):
    """(text, None) or (b"", error message) for time.Time value x."""
    iv = rt.box(t, x._copy())
    s = bytes(iv.Format(RFC3339NANO))
    if len(s) < 5 or s[4] != 0x2D:
        return b"", "year outside of range [0,9999]"
    if s[-1] != 0x5A:
        c = s[-6]
        if 0x30 <= c <= 0x39 or int(s[-5:-3]) >= 24:
            return b"", "timezone hour outside of range [0,23]"
    return s, None


def parse_time(s: bytes):
    """(Time, error) as Time.UnmarshalText: time.Parse(RFC3339) (go1.27 disables the
    strict checks of parseStrictRFC3339)."""
    return _time_pkg().Parse(RFC3339, s)
