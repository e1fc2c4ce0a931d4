"""This file implements package time's natives: the clock, civil calendar arithmetic, zones, Format/Parse with Go's layouts, and the runtime timers behind Timer, Ticker, Sleep, After and AfterFunc.

A Time (time.go) holds `sec` (seconds since January 1, year 1, 00:00 UTC), `nsec`,
`loc` (*Location: kind 0 UTC, 1 fixed offset, 2 Local, 3 IANA name) and `mono` (the
runtime clock's monotonic reading + 1, 0 for none). The calendar is proleptic
Gregorian computed here (any year, not datetime's 1..9999); zone offsets of Local
and named zones come from the system's tz database through zoneinfo.

Timers are the goroutine runtime's (gopherpy/runtime/timer.py): Go 1.23 semantics
(unbuffered-looking channels, no stale values after Stop/Reset). Their channels carry
a Time made from the runtime clock at firing.
"""

from __future__ import annotations

import os

from gopherpy.lib.nativeutil import sbytes
from gopherpy.runtime import proc
from gopherpy.runtime import timer as rtimer

UNIX_TO_INTERNAL = (1969 * 365 + 1969 // 4 - 1969 // 100 + 1969 // 400) * 86400
_NS: dict = {}    # the package namespace (init_package; the live dict)
_START_MONO = [None]


def init_package(ns):
    global _NS
    _NS = ns


def _time(sec, nsec, loc, mono):
    return _NS["Time"](sec, nsec, loc, mono)


# ---------------------------------------------------------------------------
# clock

def _mono_now():
    return proc.sched.clock.now()


def _mono_base():
    if _START_MONO[0] is None:
        _START_MONO[0] = _mono_now() - 1   # Go's readings count from process start (> 0)
    return _START_MONO[0]


def now():
    clock = proc.sched.clock
    w = clock.walltime()
    m = clock.now() - _mono_base()
    return w // 1_000_000_000, w % 1_000_000_000, m


def _time_from_mono(t_ns):
    """The Time a timer firing at runtime-clock time t_ns carries (wall derived from mono)."""
    clock = proc.sched.clock
    w = clock.walltime() - (clock.now() - t_ns)
    return _time(w // 1_000_000_000 + UNIX_TO_INTERNAL, w % 1_000_000_000, _NS["Local"], t_ns - _mono_base() + 1)


def monoString(m):
    sign = "+"
    if m < 0:
        sign, m = "-", -m
    m1, m2 = divmod(m, 1_000_000_000)
    m0, m1 = divmod(m1, 1_000_000_000)
    if m0:
        s = f"{m0}{m1:09d}"
    else:
        s = str(m1)
    return f" m={sign}{s}.{m2:09d}".encode()


# ---------------------------------------------------------------------------
# zones

_zcache: dict = {}


def _zoneinfo(name):
    zi = _zcache.get(name)
    if zi is None:
        import zoneinfo
        try:
            if name is None:
                tz = os.environ.get("TZ")
                if tz is None:
                    try:
                        with open("/etc/localtime", "rb") as f:
                            zi = zoneinfo.ZoneInfo.from_file(f)
                    except OSError:
                        zi = False
                elif tz in ("", "UTC", ":UTC"):
                    zi = False
                else:
                    zi = zoneinfo.ZoneInfo(tz.lstrip(":"))
            else:
                zi = zoneinfo.ZoneInfo(name)
        except Exception:
            zi = False
        _zcache[name] = zi
    return zi


_EPOCH = None


def _in_zone(unix, zi):
    """The aware datetime of the instant unix in zone zi (datetime is imported on first
    use: a program that never looks at a named zone's offsets does not pay its ~2 ms)."""
    global _EPOCH, _timedelta
    if _EPOCH is None:
        from datetime import datetime, timedelta, timezone
        _timedelta = timedelta
        _EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
    return (_EPOCH + _timedelta(seconds=unix)).astimezone(zi)


def _lookup(loc, unix):
    """(abbreviation, offset seconds east) of loc at the instant `unix`."""
    if loc is None:
        return b"UTC", 0
    k = loc.kind
    if k == 0:
        return b"UTC", 0
    if k == 1:
        return loc.name, loc.offset
    zi = _zoneinfo(_zone_key(loc))
    if not zi:
        return b"UTC", 0
    u = min(max(unix, _UNIX_MIN), _UNIX_MAX)
    d = _in_zone(u, zi)
    off = int(d.utcoffset().total_seconds())
    return (d.tzname() or "").encode(), off


# The instants datetime can place in a zone (years 1 and 9999, less two days).
_UNIX_MIN = -62135596800 + 86400 * 2
_UNIX_MAX = 253402300799 - 86400 * 2


def _zone_key(loc):
    """The zoneinfo cache key of a Local (None) or named location."""
    if loc.kind == 2:
        return None
    return (loc.zkey or loc.name).decode("utf-8", "surrogateescape")


def _zone_state(zi, unix):
    """(abbreviation, offset, dst offset) of zone zi at the instant unix."""
    d = _in_zone(unix, zi)
    return d.tzname(), d.utcoffset(), d.dst()


def _named_zone(loc):
    """The zoneinfo of t's location, or None for UTC and fixed zones."""
    if loc is None or loc.kind in (0, 1):
        return None
    return _zoneinfo(_zone_key(loc)) or None


def isDST(t):
    zi = _named_zone(t.loc)
    if zi is None:
        return False
    unix = min(max(t.sec - UNIX_TO_INTERNAL, _UNIX_MIN), _UNIX_MAX)
    dst = _zone_state(zi, unix)[2]
    return bool(dst)


# Zone changes: the transitions of the tz file (read again by zoneinfo's pure-Python
# implementation, which keeps them), and after the last one the file's TZ rule,
# whose changes are searched for with steps of at most a week (no zone lasts less)
# and located to the second by bisection.
_MAX_STEP = 7 * 86400
_transitions: dict = {}


def _zone_transitions(loc):
    """(sorted UTC transition instants, whether a rule goes on after the last), or
    None when zoneinfo cannot tell."""
    key = _zone_key(loc)
    r = _transitions.get(key, 0)
    if r != 0:
        return r
    r = None
    try:
        from zoneinfo import _zoneinfo as pyzi
        src = _tzdata_bytes.get(key)
        if src is not None:
            import io
            z = pyzi.ZoneInfo.from_file(io.BytesIO(src))
        elif key is None:
            tz = os.environ.get("TZ")
            if tz is None:
                with open("/etc/localtime", "rb") as f:
                    z = pyzi.ZoneInfo.from_file(f)
            else:
                z = pyzi.ZoneInfo.no_cache(tz.lstrip(":"))
        else:
            z = pyzi.ZoneInfo.no_cache(key)
        r = (list(z._trans_utc), type(z._tz_after).__name__ == "_TZStr")
    except Exception:
        r = None
    _transitions[key] = r
    return r


def _zone_edge(zi, unix, direction, limit):
    """The first instant of the zone in effect at unix (direction -1) or the first
    instant of the next zone (direction +1), searching up to limit; None if the zone
    does not change before it."""
    here = _zone_state(zi, unix)
    inside, step = unix, 3600
    while True:
        probe = inside + direction * step
        if (probe - limit) * direction > 0:
            probe = limit
        if _zone_state(zi, probe) != here:
            break
        if probe == limit:
            return None
        inside = probe
        step = min(step * 2, _MAX_STEP)
    outside = probe  # the zone differs here; bisect between inside and outside
    while abs(outside - inside) > 1:
        mid = (inside + outside) // 2
        if _zone_state(zi, mid) == here:
            inside = mid
        else:
            outside = mid
    return inside if direction < 0 else outside


def zoneBounds(t):
    zi = _named_zone(t.loc)
    if zi is None:
        return 0, 0, False, False
    unix = min(max(t.sec - UNIX_TO_INTERNAL, _UNIX_MIN), _UNIX_MAX)
    tr = _zone_transitions(t.loc)
    if tr is None:  # no transition table: search the whole range
        start = _zone_edge(zi, unix, -1, _UNIX_MIN)
        end = _zone_edge(zi, unix, +1, _UNIX_MAX)
    else:
        import bisect
        trans, rule = tr
        i = bisect.bisect_right(trans, unix) - 1
        start = trans[i] if i >= 0 else None
        end = trans[i + 1] if i + 1 < len(trans) else None
        if end is None and rule:
            # past the last transition the rule changes the zone at least once a year
            lo = trans[-1] if trans else _UNIX_MIN
            s2 = _zone_edge(zi, unix, -1, max(lo, unix - 400 * 86400))
            if s2 is not None:
                start = s2
            end = _zone_edge(zi, unix, +1, min(_UNIX_MAX, unix + 400 * 86400))
    return (0 if start is None else start + UNIX_TO_INTERNAL,
            0 if end is None else end + UNIX_TO_INTERNAL,
            start is not None, end is not None)


_tzdata_bytes: dict = {}
_tzdata_count = [0]


def loadTZData(name, data):
    import io
    import zoneinfo
    try:
        zi = zoneinfo.ZoneInfo.from_file(io.BytesIO(sbytes(data)))
    except Exception:
        return b""
    _tzdata_count[0] += 1
    key = f"\x00tzdata{_tzdata_count[0]}:{name.decode('utf-8', 'surrogateescape')}"
    _zcache[key] = zi
    _tzdata_bytes[key] = sbytes(data)
    return key.encode()


def checkZone(name):
    n = name.decode()
    if not n or n.startswith("/") or ".." in n.split("/") or not _zoneinfo(n):
        return b"unknown time zone " + name
    return b""


# ---------------------------------------------------------------------------
# calendar (days since 0001-01-01, proleptic Gregorian)

def _days_from_civil(y, m, d):
    """Days from 1970-01-01 to y-m-d (Howard Hinnant's algorithm; any year)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _wrap64(v):
    return ((v + (1 << 63)) & ((1 << 64) - 1)) - (1 << 63)


def dateToAbs(year, month, day, hour, min, sec, nsec, loc):
    m = month - 1
    year += m // 12
    m %= 12
    month = m + 1
    sec += nsec // 1_000_000_000
    nsec %= 1_000_000_000
    sec += min * 60 + hour * 3600
    days = _days_from_civil(year, month, 1) + day - 1
    unix = days * 86400 + sec
    _, off = _lookup(loc, unix)
    u2 = unix - off
    _, off2 = _lookup(loc, u2)
    if off2 != off:
        # near a transition: prefer the offset valid at the resulting instant
        u3 = unix - off2
        _, off3 = _lookup(loc, u3)
        u2 = u3 if off3 == off2 else u2
    return _wrap64(u2 + UNIX_TO_INTERNAL), nsec


def _fields(t):
    unix = t.sec - UNIX_TO_INTERNAL
    zone, off = _lookup(t.loc, unix)
    local = unix + off
    days, secs = divmod(local, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 4) % 7
    return y, m, d, secs // 3600, secs // 60 % 60, secs % 60, wday, yday, zone, off


def fields(t):
    return _fields(t)


def divNative(sec, nsec, d):
    """(q mod 2, remainder) of the time since year 1 (sec, nsec) divided by d ns."""
    total = sec * 1_000_000_000 + nsec
    q, r = divmod(total, d)
    return q & 1, r


# ---------------------------------------------------------------------------
# layouts

(stdNone, stdLongMonth, stdMonth, stdNumMonth, stdZeroMonth, stdLongWeekDay, stdWeekDay,
 stdDay, stdUnderDay, stdZeroDay, stdUnderYearDay, stdZeroYearDay, stdHour, stdHour12,
 stdZeroHour12, stdMinute, stdZeroMinute, stdSecond, stdZeroSecond, stdLongYear, stdYear,
 stdPM, stdpm, stdTZ, stdISO8601TZ, stdISO8601SecondsTZ, stdISO8601ShortTZ,
 stdISO8601ColonTZ, stdISO8601ColonSecondsTZ, stdNumTZ, stdNumSecondsTz, stdNumShortTZ,
 stdNumColonTZ, stdNumColonSecondsTZ, stdFracSecond0, stdFracSecond9) = range(36)

_STD_NAMES = {stdLongMonth: "January", stdMonth: "Jan", stdNumMonth: "1", stdZeroMonth: "01",
              stdLongWeekDay: "Monday", stdWeekDay: "Mon", stdDay: "2", stdUnderDay: "_2",
              stdZeroDay: "02", stdUnderYearDay: "__2", stdZeroYearDay: "002", stdHour: "15",
              stdHour12: "3", stdZeroHour12: "03", stdMinute: "4", stdZeroMinute: "04",
              stdSecond: "5", stdZeroSecond: "05", stdLongYear: "2006", stdYear: "06",
              stdPM: "PM", stdpm: "pm", stdTZ: "MST", stdISO8601TZ: "Z0700",
              stdISO8601SecondsTZ: "Z070000", stdISO8601ShortTZ: "Z07",
              stdISO8601ColonTZ: "Z07:00", stdISO8601ColonSecondsTZ: "Z07:00:00",
              stdNumTZ: "-0700", stdNumSecondsTz: "-070000", stdNumShortTZ: "-07",
              stdNumColonTZ: "-07:00", stdNumColonSecondsTZ: "-07:00:00"}

_TZ_FORMS = [("070000", 0), ("07:00:00", 1), ("0700", 2), ("07:00", 3), ("07", 4)]
_ISO = [stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ, stdISO8601TZ, stdISO8601ColonTZ, stdISO8601ShortTZ]
_NUM = [stdNumSecondsTz, stdNumColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumShortTZ]
_STD0X = [stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear]

_chunk_cache: dict = {}


def _lower_start(s, i):
    return i < len(s) and "a" <= s[i] <= "z"


def _chunks(layout):
    """The layout split into [(literal, std, ndigits, sepchar)], std None for a trailing literal."""
    r = _chunk_cache.get(layout)
    if r is not None:
        return r
    out = []
    s = layout
    lit_start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        std = None
        j = i
        if c == "J" and s.startswith("Jan", i):
            if s.startswith("January", i):
                std, j = stdLongMonth, i + 7
            elif not _lower_start(s, i + 3):
                std, j = stdMonth, i + 3
        elif c == "M" and s.startswith("Mon", i):
            if s.startswith("Monday", i):
                std, j = stdLongWeekDay, i + 6
            elif not _lower_start(s, i + 3):
                std, j = stdWeekDay, i + 3
        elif c == "M" and s.startswith("MST", i):
            std, j = stdTZ, i + 3
        elif c == "0" and i + 1 < n and "1" <= s[i + 1] <= "6":
            std, j = _STD0X[ord(s[i + 1]) - ord("1")], i + 2
        elif c == "0" and s.startswith("002", i):
            std, j = stdZeroYearDay, i + 3
        elif c == "1":
            if s.startswith("15", i):
                std, j = stdHour, i + 2
            else:
                std, j = stdNumMonth, i + 1
        elif c == "2":
            if s.startswith("2006", i):
                std, j = stdLongYear, i + 4
            else:
                std, j = stdDay, i + 1
        elif c == "_" and i + 1 < n and s[i + 1] == "2":
            if s.startswith("_2006", i):
                # "_" literal then the year
                out.append((s[lit_start:i + 1], stdLongYear, 0, ""))
                i = lit_start = i + 5
                continue
            std, j = stdUnderDay, i + 2
        elif c == "_" and s.startswith("__2", i):
            std, j = stdUnderYearDay, i + 3
        elif c == "3":
            std, j = stdHour12, i + 1
        elif c == "4":
            std, j = stdMinute, i + 1
        elif c == "5":
            std, j = stdSecond, i + 1
        elif c == "P" and s.startswith("PM", i):
            std, j = stdPM, i + 2
        elif c == "p" and s.startswith("pm", i):
            std, j = stdpm, i + 2
        elif c in "-Z":
            for form, k in _TZ_FORMS:
                if s.startswith(form, i + 1):
                    std = (_ISO if c == "Z" else _NUM)[k]
                    j = i + 1 + len(form)
                    break
        elif c in ".," and i + 1 < n and s[i + 1] in "09":
            ch = s[i + 1]
            k = i + 1
            while k < n and s[k] == ch:
                k += 1
            if not (k < n and s[k].isdigit() and s[k].isascii()):
                std = stdFracSecond0 if ch == "0" else stdFracSecond9
                out.append((s[lit_start:i], std, k - (i + 1), c))
                i = lit_start = k
                continue
        if std is not None:
            out.append((s[lit_start:i], std, 0, ""))
            i = lit_start = j
        else:
            i += 1
    out.append((s[lit_start:], None, 0, ""))
    _chunk_cache[layout] = out
    return out


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def _pad(x, w):
    if x < 0:
        return "-" + str(-x).rjust(w, "0")
    return str(x).rjust(w, "0")


def _frac(nsec, digits, trim, sep):
    s = f"{nsec:09d}"[:digits]
    if trim:
        s = s.rstrip("0")
        if not s:
            return ""
    return sep + s


def _format(t, layout):
    y, mo, d, h, mi, se, wd, yd, zone, off = _fields(t)
    out = []
    for lit, std, nd, sep in _chunks(layout):
        out.append(lit)
        if std is None:
            continue
        if std == stdYear:
            out.append(_pad(abs(y) % 100, 2))
        elif std == stdLongYear:
            out.append(_pad(y, 4))
        elif std == stdMonth:
            out.append(_MONTHS[mo - 1][:3])
        elif std == stdLongMonth:
            out.append(_MONTHS[mo - 1])
        elif std == stdNumMonth:
            out.append(str(mo))
        elif std == stdZeroMonth:
            out.append(_pad(mo, 2))
        elif std == stdWeekDay:
            out.append(_DAYS[wd][:3])
        elif std == stdLongWeekDay:
            out.append(_DAYS[wd])
        elif std == stdDay:
            out.append(str(d))
        elif std == stdUnderDay:
            out.append(" " + str(d) if d < 10 else str(d))
        elif std == stdZeroDay:
            out.append(_pad(d, 2))
        elif std == stdUnderYearDay:
            out.append(str(yd).rjust(3, " "))
        elif std == stdZeroYearDay:
            out.append(_pad(yd, 3))
        elif std == stdHour:
            out.append(_pad(h, 2))
        elif std == stdHour12:
            out.append(str(h % 12 or 12))
        elif std == stdZeroHour12:
            out.append(_pad(h % 12 or 12, 2))
        elif std == stdMinute:
            out.append(str(mi))
        elif std == stdZeroMinute:
            out.append(_pad(mi, 2))
        elif std == stdSecond:
            out.append(str(se))
        elif std == stdZeroSecond:
            out.append(_pad(se, 2))
        elif std == stdPM:
            out.append("PM" if h >= 12 else "AM")
        elif std == stdpm:
            out.append("pm" if h >= 12 else "am")
        elif std in (stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ,
                     stdISO8601ColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumSecondsTz,
                     stdNumShortTZ, stdNumColonSecondsTZ):
            iso = std in _ISO
            if off == 0 and iso:
                out.append("Z")
                continue
            zone_m = int(off / 60)
            absoff = off
            if zone_m < 0:
                out.append("-")
                zone_m, absoff = -zone_m, -absoff
            else:
                out.append("+")
            out.append(_pad(zone_m // 60, 2))
            colon = std in (stdISO8601ColonTZ, stdNumColonTZ, stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ)
            if colon:
                out.append(":")
            if std not in (stdNumShortTZ, stdISO8601ShortTZ):
                out.append(_pad(zone_m % 60, 2))
            if std in (stdISO8601SecondsTZ, stdNumSecondsTz, stdNumColonSecondsTZ, stdISO8601ColonSecondsTZ):
                if colon:
                    out.append(":")
                out.append(_pad(absoff % 60, 2))
        elif std == stdTZ:
            if zone:
                out.append(zone.decode("utf-8", "replace"))
            else:
                zone_m = int(off / 60)
                if zone_m < 0:
                    out.append("-")
                    zone_m = -zone_m
                else:
                    out.append("+")
                out.append(_pad(zone_m // 60, 2) + _pad(zone_m % 60, 2))
        elif std in (stdFracSecond0, stdFracSecond9):
            out.append(_frac(t.nsec, nd, std == stdFracSecond9, sep))
    return "".join(out)


def format(t, layout):
    return _format(t, layout.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


def goString(t):
    y, mo, d, h, mi, se, *_ = _fields(t)
    s = f"time.Date({y}, time.{_MONTHS[mo - 1]}, {d}, {h}, {mi}, {se}, {t.nsec}, "
    loc = t.loc
    if loc is None or loc.kind == 0:
        s += "time.UTC)"
    elif loc.kind == 2:
        s += "time.Local)"
    else:
        s += "time.Location(" + _quote(loc.name.decode("utf-8", "replace")) + "))"
    return s.encode()


def _quote(s):
    out = ['"']
    for ch in s:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif " " <= ch < "\x7f":
            out.append(ch)
        else:
            for b in ch.encode("utf-8", "surrogateescape"):
                out.append("\\x%02x" % b)
    out.append('"')
    return "".join(out)


def quote(s):
    return _quote(s.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


# ---------------------------------------------------------------------------
# Parse

class _ParseFail(Exception):
    def __init__(self, elem="", velem="", msg=""):
        self.elem, self.velem, self.msg = elem, velem, msg


def _skip(value, prefix):
    """Remove the literal prefix from value; runs of spaces match runs of spaces (Go's skip)."""
    while prefix:
        if prefix[0] == " ":
            if value and value[0] != " ":
                raise _ParseFail()
            prefix = prefix.lstrip(" ")
            value = value.lstrip(" ")
            continue
        if not value or value[0] != prefix[0]:
            raise _ParseFail()
        prefix = prefix[1:]
        value = value[1:]
    return value


def _getnum(v, fixed):
    """A one- or two-digit number at the start of v (fixed: exactly two)."""
    if not v or not v[0].isdigit() or not v[0].isascii():
        raise ValueError
    if len(v) < 2 or not (v[1].isdigit() and v[1].isascii()):
        if fixed:
            raise ValueError
        return int(v[0]), v[1:]
    return int(v[:2]), v[2:]


def _getnum3(v, fixed):
    n = 0
    i = 0
    while i < 3 and i < len(v) and v[i].isdigit() and v[i].isascii():
        n = n * 10 + int(v[i])
        i += 1
    if i == 0 or (fixed and i != 3):
        raise ValueError
    return n, v[i:]


def _lookup_name(tab, v):
    for i, name in enumerate(tab):
        if len(v) >= len(name) and v[:len(name)].lower() == name.lower():
            return i, v[len(name):]
    raise ValueError


def _atoi(s):
    neg = False
    if s and s[0] in "+-":
        neg = s[0] == "-"
        s = s[1:]
    if not s or not s.isdigit() or not s.isascii():
        raise ValueError
    n = int(s)
    return -n if neg else n


def _parse_nanos(v, nbytes):
    if v[0] not in ".,":
        raise ValueError
    if nbytes > 10:
        nbytes = 10
    digits = v[1:nbytes]
    if not digits.isdigit() or not digits.isascii():
        raise ValueError
    ns = int(digits.ljust(9, "0")[:9])
    return ns


def _parse_tz_abbrev(v):
    """Length of a time zone abbreviation at the start of v (0: not one), as Go's parseTimeZone."""
    if len(v) < 3:
        return 0
    if len(v) >= 4 and (v[:4] == "ChST" or v[:4] == "MeST"):
        return 4
    if v[:3] == "GMT":
        return _parse_gmt(v)
    if v[0] in "+-":
        return _parse_sign_off(v)
    n = 0
    while n < len(v) and "A" <= v[n] <= "Z":
        n += 1
    if n in (4,):
        if v[3] == "T" or v[:4] == "WITA":
            return 4
        return 0
    if n == 5:
        return 5 if v[4] == "T" else 0
    if n == 3:
        return 3
    if n > 5:
        return 0
    return 0


def _parse_gmt(v):
    v2 = v[3:]
    if not v2 or v2[0] not in "+-":
        return 3
    k = _parse_sign_off(v2)
    return 3 if k == 0 else 3 + k


def _parse_sign_off(v):
    sign = v[0]
    i = 1
    while i < len(v) and v[i].isdigit() and v[i].isascii():
        i += 1
    if i == 1:
        return 0
    x = int(v[1:i])
    if x > 24:
        return 0
    return i


def _parse(layout, value, loc):
    alayout, avalue = layout, value
    year = 0
    month = -1
    day = -1
    yday = -1
    hour = 0
    mn = 0
    sec = 0
    nsec = 0
    z = None          # "UTC" forced
    zoff = None
    zname = ""
    pm_set = False
    am_set = False
    range_err = ""
    for lit, std, nd, sep in _chunks(layout):
        try:
            value = _skip(value, lit)
        except _ParseFail:
            raise _ParseFail(alayout if False else lit, value)
        if std is None:
            if value:
                raise _ParseFail(msg=": extra text: " + _quote(value))
            break
        hold = value
        elem = _STD_NAMES.get(std, "")
        try:
            if std == stdYear:
                if len(value) < 2:
                    raise ValueError
                p, value = value[:2], value[2:]
                year = _atoi(p)
                year += 1900 if year >= 69 else 2000
            elif std == stdLongYear:
                if len(value) < 4 or not value[:4].isdigit() or not value[:4].isascii():
                    raise ValueError
                p, value = value[:4], value[4:]
                year = int(p)
            elif std in (stdMonth, stdLongMonth):
                tab = [m[:3] for m in _MONTHS] if std == stdMonth else _MONTHS
                month, value = _lookup_name(tab, value)
                month += 1
            elif std in (stdNumMonth, stdZeroMonth):
                month, value = _getnum(value, std == stdZeroMonth)
                if month <= 0 or month > 12:
                    range_err = "month"
            elif std in (stdWeekDay, stdLongWeekDay):
                tab = [d[:3] for d in _DAYS] if std == stdWeekDay else _DAYS
                _, value = _lookup_name(tab, value)
            elif std in (stdDay, stdUnderDay, stdZeroDay):
                if std == stdUnderDay and value and value[0] == " ":
                    value = value[1:]
                day, value = _getnum(value, std == stdZeroDay)
            elif std in (stdUnderYearDay, stdZeroYearDay):
                for _ in range(2):
                    if std == stdUnderYearDay and value and value[0] == " ":
                        value = value[1:]
                yday, value = _getnum3(value, std == stdZeroYearDay)
            elif std == stdHour:
                hour, value = _getnum(value, False)
                if hour < 0 or 24 <= hour:
                    range_err = "hour"
            elif std in (stdHour12, stdZeroHour12):
                hour, value = _getnum(value, std == stdZeroHour12)
                if hour < 0 or 12 < hour:
                    range_err = "hour"
            elif std in (stdMinute, stdZeroMinute):
                mn, value = _getnum(value, std == stdZeroMinute)
                if mn < 0 or 60 <= mn:
                    range_err = "minute"
            elif std in (stdSecond, stdZeroSecond):
                sec, value = _getnum(value, std == stdZeroSecond)
                if sec < 0 or 60 <= sec:
                    range_err = "second"
                    raise _RangeStop
                # a fractional second in the value where the layout has none
                if len(value) >= 2 and value[0] in ".," and value[1].isdigit() and value[1].isascii():
                    nxt = _chunks_after(layout, lit, std)
                    if nxt is None or nxt[1] not in (stdFracSecond0, stdFracSecond9) or nxt[0]:
                        n = 2
                        while n < len(value) and value[n].isdigit() and value[n].isascii():
                            n += 1
                        nsec = _parse_nanos(value, n)
                        value = value[n:]
            elif std in (stdPM, stdpm):
                if len(value) < 2:
                    raise ValueError
                p, value = value[:2], value[2:]
                if std == stdPM:
                    if p == "PM":
                        pm_set = True
                    elif p == "AM":
                        am_set = True
                    else:
                        raise ValueError
                else:
                    if p == "pm":
                        pm_set = True
                    elif p == "am":
                        am_set = True
                    else:
                        raise ValueError
            elif std in _ISO or std in _NUM:
                if std in _ISO and value[:1] == "Z":
                    value = value[1:]
                    z = "UTC"
                    continue
                colon = std in (stdISO8601ColonTZ, stdNumColonTZ, stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ)
                secs = std in (stdISO8601SecondsTZ, stdNumSecondsTz, stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ)
                short = std in (stdISO8601ShortTZ, stdNumShortTZ)
                if short:
                    if len(value) < 3:
                        raise ValueError
                    sign, hh, mm, ss, value = value[0], value[1:3], "00", "00", value[3:]
                elif colon and secs:
                    if len(value) < 9 or value[3] != ":" or value[6] != ":":
                        raise ValueError
                    sign, hh, mm, ss, value = value[0], value[1:3], value[4:6], value[7:9], value[9:]
                elif colon:
                    if len(value) < 6 or value[3] != ":":
                        raise ValueError
                    sign, hh, mm, ss, value = value[0], value[1:3], value[4:6], "00", value[6:]
                elif secs:
                    if len(value) < 7:
                        raise ValueError
                    sign, hh, mm, ss, value = value[0], value[1:3], value[3:5], value[5:7], value[7:]
                else:
                    if len(value) < 5:
                        raise ValueError
                    sign, hh, mm, ss, value = value[0], value[1:3], value[3:5], "00", value[5:]
                h2, _ = _getnum(hh, True)
                m2, _ = _getnum(mm, True)
                s2, _ = _getnum(ss, True)
                # Go's test is > (offsets of 24 hours, 60 minutes or 60 seconds occur)
                if h2 > 24:
                    range_err = "time zone offset hour"
                if m2 > 60:
                    range_err = "time zone offset minute"
                if s2 > 60:
                    range_err = "time zone offset second"
                zoff = (h2 * 60 + m2) * 60 + s2
                if sign == "+":
                    pass
                elif sign == "-":
                    zoff = -zoff
                else:
                    raise ValueError
            elif std == stdTZ:
                if len(value) >= 3 and value[:3] == "UTC":
                    z = "UTC"
                    value = value[3:]
                    continue
                n = _parse_tz_abbrev(value)
                if n == 0:
                    raise ValueError
                zname, value = value[:n], value[n:]
            elif std == stdFracSecond0:
                ndigit = 1 + nd
                if len(value) < ndigit:
                    raise ValueError
                nsec = _parse_nanos(value, ndigit)
                value = value[ndigit:]
            elif std == stdFracSecond9:
                if len(value) < 2 or value[0] not in ".," or not (value[1].isdigit() and value[1].isascii()):
                    continue
                i = 0
                while i + 1 < len(value) and value[i + 1].isdigit() and value[i + 1].isascii():
                    i += 1
                nsec = _parse_nanos(value, 1 + i)
                value = value[1 + i:]
        except _RangeStop:
            break
        except (ValueError, IndexError):
            raise _ParseFail(elem, hold)
        if range_err:
            break
    if range_err:
        raise _ParseFail(msg=": " + range_err + " out of range")
    if pm_set and hour < 12:
        hour += 12
    elif am_set and hour == 12:
        hour = 0
    if yday >= 0:
        if month < 0:
            m = 0
        leap = _is_leap(year)
        if yday < 1 or yday > (366 if leap else 365):
            raise _ParseFail(msg=": day-of-year out of range")
        if month < 0:
            dd = yday
            mm = 1
            ml = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            while dd > ml[mm - 1]:
                dd -= ml[mm - 1]
                mm += 1
            if day >= 0 and day != dd:
                raise _ParseFail(msg=": day-of-year does not match day")
            month, day = mm, dd
        else:
            cum = _days_from_civil(year, month, 1) - _days_from_civil(year, 1, 1)
            if month < 0 or day < 0 or yday != cum + day:
                raise _ParseFail(msg=": day-of-year does not match month")
    else:
        if month < 0:
            month = 1
        if day < 0:
            day = 1
    ml = [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if day < 1 or day > ml[month - 1]:
        raise _ParseFail(msg=": day out of range")
    days = _days_from_civil(year, month, day)
    unix = days * 86400 + hour * 3600 + mn * 60 + sec
    if z == "UTC":
        return unix + UNIX_TO_INTERNAL, nsec, 1, "", 0
    if zoff is not None:
        return unix - zoff + UNIX_TO_INTERNAL, nsec, 2, "", zoff
    if zname:
        # a zone abbreviation: loc's offset if loc uses that name at that time
        name, off = _lookup(loc, unix)
        u = unix - off
        name2, off2 = _lookup(loc, u)
        if name2.decode() == zname:
            return u + UNIX_TO_INTERNAL, nsec, 2, zname, off2
        off = 0
        if len(zname) > 3 and zname[:3] == "GMT":
            off = _atoi(zname[3:]) * 3600
        return unix - off + UNIX_TO_INTERNAL, nsec, 3, zname, off
    s, ns = dateToAbs(year, month, day, hour, mn, sec, nsec, loc)
    return s, ns, 0, "", 0


class _RangeStop(Exception):
    pass


def _chunks_after(layout, lit, std):
    ch = _chunks(layout)
    for i, c in enumerate(ch):
        if c[0] == lit and c[1] == std and i + 1 < len(ch):
            return ch[i + 1]
    return None


def parse(layout, value, loc):
    lay = layout.decode("utf-8", "surrogateescape")
    val = value.decode("utf-8", "surrogateescape")
    try:
        sec, nsec, zkind, zname, zoff = _parse(lay, val, loc)
    except _ParseFail as e:
        enc = lambda s: s.encode("utf-8", "surrogateescape")  # noqa: E731
        if e.msg:
            return 0, 0, 0, b"", 0, b"", b"", enc(e.msg)
        return 0, 0, 0, b"", 0, enc(e.elem), enc(e.velem), b""
    if zkind == 3:
        # unknown abbreviation: a fabricated location with that name and the offset
        return sec, nsec, 2, zname.encode(), zoff, b"", b"", b""
    return sec, nsec, zkind, zname.encode(), zoff, b"", b"", b""


# ---------------------------------------------------------------------------
# ParseDuration

_UNITS = {"ns": 1, "us": 1000, "µs": 1000, "μs": 1000, "ms": 1_000_000, "s": 1_000_000_000,
          "m": 60_000_000_000, "h": 3_600_000_000_000}


def parseDuration(s):
    orig = s.decode("utf-8", "surrogateescape")
    q = _quote(orig)
    s = orig
    d = 0
    neg = False
    if s and s[0] in "+-":
        neg = s[0] == "-"
        s = s[1:]
    if s == "0":
        return 0, b""
    if not s:
        return 0, ("time: invalid duration " + q).encode()
    while s:
        if not (s[0] == "." or (s[0].isdigit() and s[0].isascii())):
            return 0, ("time: invalid duration " + q).encode()
        i = 0
        while i < len(s) and s[i].isdigit() and s[i].isascii():
            i += 1
        pl = i
        v = int(s[:i]) if i else 0
        s = s[i:]
        f, scale = 0, 1
        post = False
        if s and s[0] == ".":
            s = s[1:]
            i = 0
            while i < len(s) and s[i].isdigit() and s[i].isascii():
                i += 1
            post = i > 0
            if i:
                f = int(s[:i])
                scale = 10 ** i
            s = s[i:]
        if not pl and not post:
            return 0, ("time: invalid duration " + q).encode()
        i = 0
        while i < len(s) and not (s[i] == "." or (s[i].isdigit() and s[i].isascii())):
            i += 1
        if i == 0:
            return 0, ("time: missing unit in duration " + q).encode()
        u = s[:i]
        s = s[i:]
        unit = _UNITS.get(u)
        if unit is None:
            return 0, ("time: unknown unit " + _quote(u) + " in duration " + q).encode()
        if v > (1 << 63) // unit:
            return 0, ("time: invalid duration " + q).encode()
        v *= unit
        if f:
            v += int(f * (unit / scale)) if unit < scale else f * unit // scale
        d += v
        if d > 1 << 63:
            return 0, ("time: invalid duration " + q).encode()
    if neg:
        return -d, b""
    if d > (1 << 63) - 1:
        return 0, ("time: invalid duration " + q).encode()
    return d, b""


# ---------------------------------------------------------------------------
# sleeping and timers

def Sleep(d):
    rtimer.sleep(d)


def _timer_obj(rt, with_chan):
    return _NS["Timer"](rt.C if with_chan else None, rt)


def NewTimer(d):
    rt = rtimer.NewTimer(d, _time_from_mono)
    return _timer_obj(rt, True)


def After(d):
    return rtimer.NewTimer(d, _time_from_mono).C


def AfterFunc(d, f):
    return _timer_obj(rtimer.AfterFunc(d, f), False)


def Timer_Stop(t):
    if t.r is None:
        from gopherpy.lib.nativeutil import panic_str
        panic_str("time: Stop called on uninitialized Timer")
    return t.r.Stop()


def Timer_Reset(t, d):
    if t.r is None:
        from gopherpy.lib.nativeutil import panic_str
        panic_str("time: Reset called on uninitialized Timer")
    return t.r.Reset(d)


def NewTicker(d):
    if d <= 0:
        from gopherpy.lib.nativeutil import panic_str
        panic_str("non-positive interval for NewTicker")
    rt = rtimer.NewTicker(d, _time_from_mono)
    return _NS["Ticker"](rt.C, rt)


def Tick(d):
    if d <= 0:
        return None
    return rtimer.NewTicker(d, _time_from_mono).C


def Ticker_Stop(t):
    if t.r is not None:
        t.r.Stop()


def Ticker_Reset(t, d):
    if d <= 0:
        from gopherpy.lib.nativeutil import panic_str
        panic_str("non-positive interval for Ticker.Reset")
    if t.r is None:
        from gopherpy.lib.nativeutil import panic_str
        panic_str("time: Reset called on uninitialized Ticker")
    t.r.ResetTicker(d)
