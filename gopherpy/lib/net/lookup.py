"""This file implements the natives of package net's name resolution (lookup.go): the system's configuration files read with Go's rules, and the blocking resolver calls run on runtime helper threads.

Go on Linux resolves names itself (its pure-Go resolver) unless nsswitch.conf asks for
sources only the C library knows, when it calls getaddrinfo through cgo. gopherpy does
what Go decides, the way lookup.go describes:

- the files: /etc/hosts, /etc/services, /etc/protocols, /etc/nsswitch.conf and
  /etc/resolv.conf are parsed here with Go's rules (hosts.go, port_unix.go,
  lookup_unix.go, nss.go, dnsconfig_unix.go), looked at again as Go does;
- the DNS step: where Go sends its own UDP queries, gopherpy asks the C library
  (getaddrinfo, gethostbyaddr) and reports its answer as Go's resolver would (the
  server named in errors is the first nameserver of resolv.conf);
- every call that can block (a DNS query, reading a file) runs through
  proc.entersyscall_block: the goroutine parks in _Gsyscall while a helper thread
  waits, and the other goroutines keep running (Go's entersyscall/handoffp).

Tests replace `_getaddrinfo`, `_gethostbyaddr` and the `*_PATH` names.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
import time

from gopherpy.lib.nativeutil import strslice
from gopherpy.runtime import proc

from . import addrselect

HOSTS_PATH = "/etc/hosts"
SERVICES_PATH = "/etc/services"
PROTOCOLS_PATH = "/etc/protocols"
NSSWITCH_PATH = "/etc/nsswitch.conf"
RESOLV_PATH = "/etc/resolv.conf"

_getaddrinfo = socket.getaddrinfo
_gethostbyaddr = socket.gethostbyaddr

# Go's lookupOrder results (conf.go's hostLookupOrder values).
ORDER_CGO, ORDER_FILES_DNS, ORDER_DNS_FILES, ORDER_FILES, ORDER_DNS = range(5)

# getaddrinfo's error numbers as lookup.go tests them.
EAI_NONAME, EAI_AGAIN, EAI_NODATA, EAI_SYSTEM = socket.EAI_NONAME, socket.EAI_AGAIN, \
    getattr(socket, "EAI_NODATA", -5), getattr(socket, "EAI_SYSTEM", -11)


def _blocking(fn, *args):
    """Run fn on a helper thread while the calling goroutine is parked."""
    return proc.entersyscall_block(fn, *args)


class _FileCache:
    """A configuration file, parsed. As Go's resolver does, a file is looked at again
    (a stat on a helper thread, a new parse when its size or mtime changed) only
    when it was last looked at more than 5 seconds ago (hosts.go's cacheMaxAge,
    resolv.conf's and nsswitch.conf's recheck), or never (once: /etc/services and
    /etc/protocols are read once per process)."""

    MAX_AGE = 5.0

    def __init__(self, parse, once=False):
        self.parse = parse
        self.once = once
        self.key = None
        self.value = None
        self.checked = None     # monotonic time of the last look, None: never
        self.lock = threading.Lock()

    def get(self, path):
        now = time.monotonic()
        with self.lock:
            if self.checked is not None and self.key[0] == path and \
                    (self.once or now - self.checked < self.MAX_AGE):
                return self.value

        def load():
            try:
                st = os.stat(path)
                key = (path, st.st_mtime_ns, st.st_size)
            except OSError:
                key = (path, None, None)
            with self.lock:
                if key != self.key:
                    try:
                        with open(path, "rb") as f:
                            data = f.read()
                    except OSError:
                        data = None
                    self.value = self.parse(data)
                    self.key = key
                self.checked = time.monotonic()
                return self.value
        return _blocking(load)


def _lines(data):
    """The fields of each line of a configuration file, comments (#) removed."""
    if not data:
        return
    for line in data.split(b"\n"):
        i = line.find(b"#")
        if i >= 0:
            line = line[:i]
        f = line.split()
        if f:
            yield f


# ---------------------------------------------------------------------------
# Literal addresses (netip.ParseAddr's syntax)

def _parse_addr(s: bytes):
    """(16-byte address, zone, is IPv4) of a literal address, or None."""
    try:
        text = s.decode("ascii")
    except UnicodeDecodeError:
        return None
    zone = ""
    if "%" in text:
        text, zone = text.split("%", 1)
        if not zone or ":" not in text:
            return None
    if not text or text.strip() != text:
        return None
    try:
        a = ipaddress.ip_address(text)
    except ValueError:
        return None
    if a.version == 4:
        return b"\0" * 10 + b"\xff\xff" + a.packed, "", True
    return a.packed, zone, False


def parseAddr(s):
    """netip.ParseAddr: the address as 16 bytes, its zone, ok."""
    r = _parse_addr(s)
    if r is None:
        return b"", b"", False
    return r[0], r[1].encode(), True


def _literal_string(s: bytes) -> str:
    """parseLiteralIP: netip's string form of a literal address, or ""."""
    r = _parse_addr(s)
    if r is None:
        return ""
    ip16, zone, v4 = r
    if v4:
        text = str(ipaddress.IPv4Address(ip16[12:]))
    else:
        a = ipaddress.IPv6Address(ip16)
        m = a.ipv4_mapped
        # netip prints an IPv4-mapped IPv6 address as ::ffff:a.b.c.d
        text = "::ffff:" + str(m) if m is not None else str(a)
    return text + ("%" + zone if zone else "")


# ---------------------------------------------------------------------------
# /etc/hosts (hosts.go)

def _abs_domain(name: bytes) -> bytes:
    if b"." in name and not name.endswith(b"."):
        return name + b"."
    return name


def _parse_hosts(data):
    by_name = {}     # key -> [addrs, canonical]
    by_addr = {}     # addr -> [names]
    for f in _lines(data):
        if len(f) < 2:
            continue
        addr = _literal_string(f[0])
        if not addr:
            continue
        addr = addr.encode()
        canonical = b""
        for i, raw in enumerate(f[1:], 1):
            key = _abs_domain(raw.lower())
            if i == 1:
                canonical = key
            by_addr.setdefault(addr, []).append(_abs_domain(raw))
            ent = by_name.get(key)
            if ent is not None:
                ent[0].append(addr)
            else:
                by_name[key] = [[addr], canonical]
    return by_name, by_addr


_hosts = _FileCache(_parse_hosts)


def lookupStaticHost(host):
    """The addresses /etc/hosts gives host (in file order) and its canonical name."""
    by_name, _ = _hosts.get(HOSTS_PATH)
    ent = by_name.get(_abs_domain(host.lower()))
    if ent is None:
        return strslice([]), b""
    return strslice(list(ent[0])), ent[1]


def lookupStaticAddr(addr):
    """The names /etc/hosts gives the literal address addr."""
    _, by_addr = _hosts.get(HOSTS_PATH)
    key = _literal_string(addr).encode()
    return strslice(list(by_addr.get(key, []))) if key else strslice([])


# ---------------------------------------------------------------------------
# /etc/services and /etc/protocols (port_unix.go, lookup_unix.go)

_SERVICES = {
    b"udp": {b"domain": 53},
    b"tcp": {b"ftp": 21, b"ftps": 990, b"gopher": 70, b"http": 80, b"https": 443,
             b"imap2": 143, b"imap3": 220, b"imaps": 993, b"pop3": 110, b"pop3s": 995,
             b"smtp": 25, b"submissions": 465, b"ssh": 22, b"telnet": 23},
}
_MAX_PORT_BUF = len("mobility-header") + 10


def _parse_services(data):
    m = {k: dict(v) for k, v in _SERVICES.items()}
    for f in _lines(data):
        if len(f) < 2:
            continue
        port, _, netw = f[1].partition(b"/")
        if not _ or not port.isdigit() or int(port) <= 0 or not netw:
            continue
        tab = m.setdefault(netw, {})
        for i, name in enumerate(f):
            if i != 1:
                tab[name] = int(port)
    return m


_services = _FileCache(_parse_services, once=True)


def servicePort(netw, service):
    """The port of service on netw ("tcp" or "udp"): Go's table merged with
    /etc/services (read once, as Go's onceReadServices), matched in lower case;
    found is -1 when netw has no table."""
    m = _services.get(SERVICES_PATH)
    tab = m.get(netw)
    if tab is None:
        return 0, -1
    if len(service) > _MAX_PORT_BUF:
        return 0, 0
    p = tab.get(service.lower())
    return (p, 1) if p is not None else (0, 0)


_PROTOCOLS = {b"icmp": 1, b"igmp": 2, b"tcp": 6, b"udp": 17, b"ipv6-icmp": 58}
_MAX_PROTO = len("RSVP-E2E-IGNORE") + 10


def _parse_protocols(data):
    m = dict(_PROTOCOLS)
    for f in _lines(data):
        if len(f) < 2 or not f[1].isdigit():
            continue
        for name in [f[0]] + f[2:]:
            m.setdefault(name, int(f[1]))
    return m


_protocols = _FileCache(_parse_protocols, once=True)


def lookupProtocol(name):
    m = _protocols.get(PROTOCOLS_PATH)
    if len(name) > _MAX_PROTO:
        return 0, False
    p = m.get(name.lower())
    return (p, True) if p is not None else (0, False)


# ---------------------------------------------------------------------------
# /etc/nsswitch.conf and /etc/resolv.conf (conf.go, nss.go, dnsconfig_unix.go)

def _parse_nsswitch(data):
    """The sources of the hosts database: [(name, has non-standard criteria)], or
    None when the file is missing."""
    if data is None:
        return None
    for line in data.split(b"\n"):
        line = line.split(b"#", 1)[0]
        db, colon, rest = line.partition(b":")
        if not colon or db.strip() != b"hosts":
            continue
        srcs = []
        rest = rest.strip()
        while rest:
            if rest.startswith(b"["):
                end = rest.find(b"]")
                crit = rest[1:end] if end >= 0 else rest[1:]
                rest = rest[end + 1:].strip() if end >= 0 else b""
                if srcs:
                    srcs[-1][1] = srcs[-1][1] or not _standard_criteria(crit)
                continue
            name, _, rest = rest.partition(b" ")
            rest = rest.strip()
            srcs.append([name.decode("ascii", "replace"), False])
        return srcs
    return []


def _standard_criteria(crit):
    """nss.go's standardCriteria: every criterion is a plain status (success,
    notfound, unavail, tryagain) with its default action (return for success,
    continue otherwise), the last one may say return; no negation."""
    items = crit.lower().split()
    for i, c in enumerate(items):
        status, _, action = c.partition(b"=")
        if status.startswith(b"!"):
            return False
        if status == b"success":
            default = b"return"
        elif status in (b"notfound", b"unavail", b"tryagain"):
            default = b"continue"
        else:
            return False
        if not (action == default or (i == len(items) - 1 and action == b"return")):
            return False
    return True


_nsswitch = _FileCache(_parse_nsswitch)


class _DNSConfig:
    """resolv.conf as Go's dnsReadConfig reads it (dnsconfig_unix.go)."""

    __slots__ = ("servers", "search", "ndots", "timeout", "attempts", "rotate", "use_tcp",
                 "trust_ad", "unknown")

    def __init__(self):
        self.servers, self.search = [], []
        self.ndots, self.timeout, self.attempts = 1, 5, 2
        self.rotate = self.use_tcp = self.trust_ad = self.unknown = False


def _dtoi(s):
    """Go's dtoi: the leading decimal digits (0 without any)."""
    n = 0
    for c in s:
        if not 48 <= c <= 57:
            break
        n = n * 10 + c - 48
        if n >= 0xFFFFFF:
            return 0xFFFFFF
    return n


def _default_search():
    hn = socket.gethostname()
    i = hn.find(".")
    if 0 <= i < len(hn) - 1:
        d = hn[i + 1:]
        return [(d if d.endswith(".") else d + ".").encode()]
    return []


def _rooted(s):
    return s if s.endswith(b".") else s + b"."


def _parse_resolv(data):
    conf = _DNSConfig()
    for line in (data or b"").split(b"\n"):
        if line[:1] in (b";", b"#"):
            continue
        f = line.split()
        if not f:
            continue
        if f[0] == b"nameserver":
            if len(f) > 1 and len(conf.servers) < 3 and _parse_addr(f[1]) is not None:
                host = f[1]
                conf.servers.append(b"[" + host + b"]:53" if b":" in host else host + b":53")
        elif f[0] == b"domain":
            if len(f) > 1:
                conf.search = [_rooted(f[1])]
        elif f[0] == b"search":
            conf.search = [_rooted(n) for n in f[1:] if _rooted(n) != b"."]
        elif f[0] == b"options":
            for o in f[1:]:
                if o.startswith(b"ndots:"):
                    conf.ndots = min(max(_dtoi(o[6:]), 0), 15)
                elif o.startswith(b"timeout:"):
                    conf.timeout = max(_dtoi(o[8:]), 1)
                elif o.startswith(b"attempts:"):
                    conf.attempts = max(_dtoi(o[9:]), 1)
                elif o == b"rotate":
                    conf.rotate = True
                elif o in (b"single-request", b"single-request-reopen", b"edns0", b"no-reload"):
                    pass
                elif o in (b"use-vc", b"usevc", b"tcp"):
                    conf.use_tcp = True
                elif o == b"trust-ad":
                    conf.trust_ad = True
                else:
                    conf.unknown = True
        elif f[0] != b"lookup":
            conf.unknown = True
    if not conf.servers:
        conf.servers = [b"127.0.0.1:53", b"[::1]:53"]
    if not conf.search:
        conf.search = _default_search()
    return conf


_resolv = _FileCache(_parse_resolv)


def dnsServer():
    """The server named in the errors of getaddrinfo's answers, as Go's resolver
    names the one that answered: the first of resolv.conf (127.0.0.1 without one)."""
    host, _, port = _resolv.get(RESOLV_PATH).servers[0].rpartition(b":")
    return host.strip(b"[]"), int(port)


def dnsConfig():
    """resolv.conf for the DNS client (dnsclient.go): servers as host:port, search
    list, ndots, timeout in seconds, attempts, rotate, use TCP, trust AD."""
    c = _resolv.get(RESOLV_PATH)
    return (strslice(list(c.servers)), strslice(list(c.search)), c.ndots, c.timeout,
            c.attempts, c.rotate, c.use_tcp, c.trust_ad)


class _Conf:
    """conf.go's confVal: GODEBUG=netdns (go or cgo, and a debug level: netdns=2,
    netdns=go+1) and the environment variables that make Go prefer the C library,
    read at the first lookup."""

    ready = False
    net_go = net_cgo = prefer_cgo = False
    debug = 0


def _debug_print(msg):
    os.write(2, b"go package net: " + msg + b"\n")


def _init_conf():
    c = _Conf
    c.ready = True
    mode = ""
    for kv in os.environ.get("GODEBUG", "").split(","):
        k, _, v = kv.partition("=")
        if k.strip() != "netdns":
            continue
        mode, c.debug = "", 0
        for part in v.split("+", 1) if "+" in v else [v]:
            if part[:1].isdigit():
                c.debug = _dtoi(part.encode())
            elif part:
                mode = part
    c.net_go, c.net_cgo = mode == "go", mode == "cgo"
    c.prefer_cgo = "LOCALDOMAIN" in os.environ or bool(os.environ.get("RES_OPTIONS")) or \
        bool(os.environ.get("HOSTALIASES"))
    if c.debug > 0:
        if c.debug > 1:
            _debug_print(b"confVal.netCgo = %s  netGo = %s" % (str(c.net_cgo).lower().encode(),
                                                                str(c.net_go).lower().encode()))
        if mode not in ("go", "cgo", ""):
            _debug_print(b"GODEBUG=netdns contains an invalid dns mode, ignoring it")
        if mode == "go":
            _debug_print(b"GODEBUG setting forcing use of the Go resolver")
        elif mode == "cgo":
            _debug_print(b"GODEBUG setting forcing use of the cgo resolver")
        else:
            _debug_print(b"dynamic selection of DNS resolver")


_ORDER_NAMES = {ORDER_CGO: b"cgo", ORDER_FILES_DNS: b"files,dns", ORDER_DNS_FILES: b"dns,files",
                ORDER_FILES: b"files", ORDER_DNS: b"dns"}


def lookupOrder(host, prefer_go, addr):
    """conf.go's hostLookupOrder (addrLookupOrder for a reverse lookup of addr) on
    Linux: which of /etc/hosts and DNS Go consults, in which order, or ORDER_CGO
    when it hands the name to the C library (cgo is assumed available, as in a go
    built with a C compiler). GODEBUG=netdns=2 prints each decision as Go does."""
    if not _Conf.ready:
        _blocking(_init_conf)
    order = _lookup_order(host, not (prefer_go or _Conf.net_go))
    if _Conf.debug > 1:
        if addr:
            _debug_print(b"addrLookupOrder(" + addr + b") = " + _ORDER_NAMES[order])
        else:
            _debug_print(b"hostLookupOrder(" + host + b") = " + _ORDER_NAMES[order])
    return order


def _lookup_order(host, can_use_cgo):
    if can_use_cgo and (_Conf.net_cgo or _Conf.prefer_cgo):
        return ORDER_CGO
    if can_use_cgo and (b"\\" in host or b"%" in host):
        return ORDER_CGO
    fallback = ORDER_CGO if can_use_cgo else ORDER_FILES_DNS
    if can_use_cgo and _resolv.get(RESOLV_PATH).unknown:
        return ORDER_CGO
    host = host[:-1] if host.endswith(b".") else host
    srcs = _nsswitch.get(NSSWITCH_PATH)
    if srcs is None or not srcs:
        return ORDER_FILES_DNS
    files = dns = False
    first = ""
    has_dns = any(s == "dns" for s, _ in srcs)
    for name, nonstd in srcs:
        if name in ("files", "dns"):
            if can_use_cgo and nonstd:
                return ORDER_CGO
            files = files or name == "files"
            dns = dns or name == "dns"
            first = first or name
            continue
        if can_use_cgo:
            if host and name == "myhostname":
                h = host.lower()
                if h in (b"localhost", b"_gateway", b"_outbound") or h.endswith(b".localhost") \
                        or h == socket.gethostname().lower().encode():
                    return ORDER_CGO
                continue
            if host and name.startswith("mdns"):
                if host.lower().endswith(b".local") or os.path.exists("/etc/mdns.allow"):
                    return ORDER_CGO
                continue
            return ORDER_CGO
        if not has_dns:
            dns = True
            first = first or "dns"
    if files and dns:
        return ORDER_FILES_DNS if first == "files" else ORDER_DNS_FILES
    if files:
        return ORDER_FILES
    if dns:
        return ORDER_DNS
    return fallback


# ---------------------------------------------------------------------------
# The blocking calls

def _eai(e):
    """(error number, message) of a resolver exception, messages as gai_strerror."""
    if isinstance(e, socket.gaierror):
        return e.errno, (e.strerror or str(e)).encode()
    if isinstance(e, socket.herror):
        # h_errno: 1 HOST_NOT_FOUND, 2 TRY_AGAIN, 3 NO_RECOVERY, 4 NO_DATA
        code = {1: EAI_NONAME, 2: EAI_AGAIN, 4: EAI_NODATA}.get(e.errno, socket.EAI_FAIL)
        return code, (e.strerror or str(e)).encode()
    s = os.strerror(e.errno) if getattr(e, "errno", None) else str(e)
    return EAI_SYSTEM, (s[:1].lower() + s[1:]).encode()


def _addr_text(sa, fam):
    host = sa[0]
    if fam == socket.AF_INET6 and "%" not in host and len(sa) > 3 and sa[3]:
        try:
            host += "%" + socket.if_indextoname(sa[3])
        except OSError:
            host += "%" + str(sa[3])
    return host


def dnsLookupIP(network, host, cgo):
    """The addresses of host by getaddrinfo on a helper thread: ([]string, canonical
    name, EAI error, message). network "ip4"/"ip6" asks one family. The pure-Go order
    (cgo false) deduplicates and sorts the answer by RFC 6724 as Go's resolver does;
    the cgo order keeps the C library's order."""
    fam = {b"4": socket.AF_INET, b"6": socket.AF_INET6}.get(network[-1:], socket.AF_UNSPEC)
    name = host.decode("utf-8", "surrogateescape")

    def call():
        try:
            infos = _getaddrinfo(name, None, fam, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)
        except (OSError, UnicodeError) as e:
            return None, e
        return infos, None

    infos, err = _blocking(call)
    if err is not None:
        code, msg = _eai(err)
        return strslice([]), b"", code, msg
    addrs, canon = [], ""
    for fam_, _, _, cn, sa in infos:
        if cn and not canon:
            canon = cn
        a = _addr_text(sa, fam_)
        if cgo or a not in addrs:
            addrs.append(a)
    if not cgo:
        addrs = _blocking(addrselect.sort_rfc6724, addrs)
    cname = canon.encode() if canon else b""
    if cname and not cname.endswith(b"."):
        cname += b"."
    return strslice([a.encode() for a in addrs]), cname, 0, b""


def sortByRFC6724(addrs):
    """Go's sortByRFC6724 of the addresses given as strings (probing the source
    address of each by connecting a UDP socket, as Go does, on a helper thread)."""
    items = [a.decode() for a in _strs(addrs)]
    if len(items) < 2:
        return addrs
    return strslice([a.encode() for a in _blocking(addrselect.sort_rfc6724, items)])


def _strs(sl):
    if sl.a is None:
        return []
    return sl.a[sl.off:sl.off + sl.len]


def dnsLookupPTR(addr):
    """The names of the literal address addr by gethostbyaddr on a helper thread:
    ([]string, EAI error, message), the host name first."""
    def call():
        try:
            return _gethostbyaddr(addr.decode()), None
        except (OSError, UnicodeError) as e:
            return None, e

    res, err = _blocking(call)
    if err is not None:
        code, msg = _eai(err)
        return strslice([]), code, msg
    hostname, aliases, _ = res
    out = []
    for n in [hostname] + list(aliases):
        n = n.encode()
        if n and n not in out:
            out.append(n)
    return strslice(out), 0, b""


def randIntn(n):
    """A random int in [0, n) from the runtime's source (seeded by gopherpyseed)."""
    return proc.runtime_randn(n) if n > 0 else 0


def eaiCodes():
    """The error numbers lookup.go distinguishes: NONAME, NODATA, AGAIN, SYSTEM."""
    return EAI_NONAME, EAI_NODATA, EAI_AGAIN, EAI_SYSTEM
