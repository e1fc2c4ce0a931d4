"""This file implements destination address selection (RFC 6724) as Go's resolver applies it to the addresses of a name (Go's addrselect.go).

sort_rfc6724(addrs) orders textual addresses ("::1", "127.0.0.1", "fe80::1%eth0")
by rules 1, 2, 5, 6, 8 and 9 of RFC 6724 section 6 with the default policy table,
stably (equal addresses keep their order). The source address of each destination is
what the kernel would pick: a UDP socket connected to it (no packet is sent); an
address with no route has none and sorts last (rule 1). It runs on a runtime helper
thread (lookup.py), the connects being system calls.
"""

from __future__ import annotations

import functools
import ipaddress
import socket

# (prefix, precedence, label): RFC 6724's default policy table, in Go's order
_POLICY = [
    (ipaddress.IPv6Network("::1/128"), 50, 0),
    (ipaddress.IPv6Network("::ffff:0:0/96"), 35, 4),
    (ipaddress.IPv6Network("::/96"), 1, 3),
    (ipaddress.IPv6Network("2001::/32"), 5, 5),
    (ipaddress.IPv6Network("2002::/16"), 30, 2),
    (ipaddress.IPv6Network("3ffe::/16"), 1, 12),
    (ipaddress.IPv6Network("fec0::/10"), 1, 11),
    (ipaddress.IPv6Network("fc00::/7"), 3, 13),
    (ipaddress.IPv6Network("::/0"), 40, 1),
]

_LINK_LOCAL, _SITE_LOCAL, _GLOBAL = 0x2, 0x5, 0xE


def _as16(a):
    """The address as an IPv6Address (IPv4 mapped into ::ffff:0:0/96)."""
    if a.version == 4:
        return ipaddress.IPv6Address(b"\0" * 10 + b"\xff\xff" + a.packed)
    return a


def _is4(a):
    return a.version == 4 or _as16(a).ipv4_mapped is not None


def _scope(a):
    v4 = a.version == 4 or a.ipv4_mapped is not None
    a4 = a if a.version == 4 else a.ipv4_mapped
    if v4:
        if a4.is_loopback or a4 in ipaddress.IPv4Network("169.254.0.0/16"):
            return _LINK_LOCAL
        return _GLOBAL
    if a.is_loopback or a in ipaddress.IPv6Network("fe80::/10"):
        return _LINK_LOCAL
    b = a.packed
    if a.is_multicast:
        return b[1] & 0xF
    if b[0] == 0xFE and b[1] & 0xC0 == 0xC0:
        return _SITE_LOCAL
    return _GLOBAL


def _attr(a):
    """(scope, precedence, label) of an address, None for none."""
    if a is None:
        return None
    a16 = _as16(a)
    for net, prec, label in _POLICY:
        if a16 in net:
            return _scope(a), prec, label
    return _scope(a), 0, 0


def _parse(text):
    host = text.split("%", 1)[0]
    return ipaddress.ip_address(host)


def _source(text):
    """The local address a UDP socket connected to text gets, or None."""
    a = _parse(text)
    fam = socket.AF_INET if _is4(a) else socket.AF_INET6
    host = str(a.ipv4_mapped) if a.version == 6 and a.ipv4_mapped is not None else text
    try:
        s = socket.socket(fam, socket.SOCK_DGRAM)
    except OSError:
        return None
    try:
        s.connect((host, 53))
        src = s.getsockname()[0].split("%", 1)[0]
        return ipaddress.ip_address(src)
    except OSError:
        return None
    finally:
        s.close()


def _common_prefix_len(src, dst):
    """Bits in common of the first 64 of two addresses of one family (0 otherwise)."""
    a = src.ipv4_mapped.packed if src.version == 6 and src.ipv4_mapped else src.packed
    b = dst.ipv4_mapped.packed if dst.version == 6 and dst.ipv4_mapped else dst.packed
    if len(a) != len(b):
        return 0
    a, b = a[:8], b[:8]
    n = 0
    for x, y in zip(a, b):
        if x == y:
            n += 8
            continue
        return n + 8 - (x ^ y).bit_length()
    return n


def _compare(x, y):
    da, sa, ada, asa = x
    db, sb, adb, asb = y
    if sa is None and sb is None:
        return 0
    if sb is None:
        return -1            # rule 1: avoid unusable destinations
    if sa is None:
        return 1
    # rule 2: prefer matching scope
    if ada[0] == asa[0] and adb[0] != asb[0]:
        return -1
    if ada[0] != asa[0] and adb[0] == asb[0]:
        return 1
    # rule 5: prefer matching label
    if asa[2] == ada[2] and asb[2] != adb[2]:
        return -1
    if asa[2] != ada[2] and asb[2] == adb[2]:
        return 1
    # rule 6: prefer higher precedence
    if ada[1] != adb[1]:
        return -1 if ada[1] > adb[1] else 1
    # rule 8: prefer smaller scope
    if ada[0] != adb[0]:
        return -1 if ada[0] < adb[0] else 1
    # rule 9: longest matching prefix (IPv6 only)
    if not _is4(da) and not _is4(db):
        ca, cb = _common_prefix_len(sa, da), _common_prefix_len(sb, db)
        if ca != cb:
            return -1 if ca > cb else 1
    return 0


def sort_rfc6724(addrs):
    """addrs (textual addresses) in RFC 6724 order, as a new list."""
    if len(addrs) < 2:
        return list(addrs)
    infos = []
    for text in addrs:
        d = _parse(text)
        s = _source(text)
        infos.append((d, s, _attr(d), _attr(s), text))
    infos.sort(key=functools.cmp_to_key(lambda x, y: _compare(x[:4], y[:4])))
    return [i[4] for i in infos]
