"""This file implements package net's natives: non-blocking sockets whose goroutines park on the runtime's netpoller (gopherpy/runtime/netpoll.py) while they wait.

Results come back as (value..., kind, msg, errno) with kind 0 ok, 1 end of file,
2 deadline exceeded, 3 use of closed connection, 4 an OS error (msg is its text in
Go's words: "connection refused"), 5 a host that is not a literal address (net.go
resolves names first: lookup.go); net.go builds Go's *OpError values from them. Deadlines are the runtime clock's
monotonic ns (0: none).
"""

from __future__ import annotations

import errno as _errno
import ipaddress
import os
import socket

from gopherpy.runtime import netpoll, proc

from .lookup import (  # noqa: F401 - natives of lookup.go
    dnsConfig, dnsLookupIP, dnsLookupPTR, dnsServer, eaiCodes, lookupOrder, lookupProtocol,
    lookupStaticAddr, lookupStaticHost, parseAddr, randIntn, servicePort, sortByRFC6724)

OK, EOF, TIMEOUT, CLOSED, OSERR, RESOLVE = range(6)


def _msg(e: OSError) -> bytes:
    s = os.strerror(e.errno) if e.errno else str(e)
    return s[:1].lower().encode() + s[1:].encode()


def _bytes(sl):
    """The bytes of a []byte without a copy (a copy when the slice is of a [N]byte
    array, whose backing store is a list)."""
    a = sl.a
    if a is None:
        return b""
    if isinstance(a, list):
        return bytes(a[sl.off:sl.off + sl.len])
    return memoryview(a)[sl.off:sl.off + sl.len]


def deadlineFromNow(d):
    if d <= 0:
        return 1   # already passed
    return proc.sched.clock.now() + d


def _expired(deadline):
    return deadline and deadline <= proc.sched.clock.now()


class _Sock:
    """The native fd: a non-blocking socket, whether Close was called, and its read and
    write deadlines (the runtime clock's monotonic ns, 0: none; kept here, as in Go's
    pollDesc, so that a deadline set while a goroutine is blocked applies to it)."""

    __slots__ = ("s", "closed", "fileno", "rdl", "wdl")

    def __init__(self, s):
        s.setblocking(False)
        self.s = s
        self.closed = False
        self.fileno = s.fileno()
        self.rdl = self.wdl = 0


def sockSetDeadline(fd, mode, deadline):
    """Set the read (mode 1), write (2) or both (3) deadlines, re-arming the deadline
    of a goroutine parked on them (Go's poll_runtime_pollSetDeadline)."""
    if mode & 1:
        fd.rdl = deadline
        netpoll.set_deadline(fd.fileno, netpoll.MODE_READ, deadline or None)
    if mode & 2:
        fd.wdl = deadline
        netpoll.set_deadline(fd.fileno, netpoll.MODE_WRITE, deadline or None)


def sockRead(fd, b):
    if b.len == 0:
        return 0, OK, b"", 0
    into_list = isinstance(b.a, list)
    view = bytearray(b.len) if into_list else _bytes(b)
    while True:
        if fd.closed:
            return 0, CLOSED, b"", 0
        if _expired(fd.rdl):
            return 0, TIMEOUT, b"", 0
        try:
            n = fd.s.recv_into(view)
        except (BlockingIOError, InterruptedError):
            netpoll.wait_read(fd.fileno, fd.rdl or None)
            continue
        except OSError as e:
            if fd.closed:
                return 0, CLOSED, b"", 0
            return 0, OSERR, _msg(e), e.errno or 0
        if n == 0:
            return 0, EOF, b"", 0
        if into_list:
            b.a[b.off:b.off + n] = view[:n]
        return n, OK, b"", 0


def sockWrite(fd, b):
    data = _bytes(b)
    total = 0
    while total < len(data) or (total == 0 and len(data) == 0):
        if len(data) == 0:
            return 0, OK, b"", 0
        if fd.closed:
            return total, CLOSED, b"", 0
        if _expired(fd.wdl):
            return total, TIMEOUT, b"", 0
        try:
            total += fd.s.send(data[total:])
        except (BlockingIOError, InterruptedError):
            netpoll.wait_write(fd.fileno, fd.wdl or None)
        except OSError as e:
            if fd.closed:
                return total, CLOSED, b"", 0
            return total, OSERR, _msg(e), e.errno or 0
    return total, OK, b"", 0


def sockClose(fd):
    if fd.closed:
        return
    fd.closed = True
    netpoll.evict(fd.fileno)     # wake goroutines parked on it: they see "closed"
    try:
        fd.s.close()
    except OSError:
        pass


def sockShutdown(fd, how):
    try:
        fd.s.shutdown(socket.SHUT_WR if how == 1 else socket.SHUT_RD)
    except OSError:
        pass


def sockAccept(fd):
    while True:
        if fd.closed:
            return None, CLOSED, b"", 0
        if _expired(fd.rdl):
            return None, TIMEOUT, b"", 0
        try:
            s, _ = fd.s.accept()
        except (BlockingIOError, InterruptedError):
            netpoll.wait_read(fd.fileno, fd.rdl or None)
            continue
        except OSError as e:
            if fd.closed:
                return None, CLOSED, b"", 0
            return None, OSERR, _msg(e), e.errno or 0
        return _Sock(s), OK, b"", 0


def _addr(a):
    if isinstance(a, tuple):
        return a[0].encode(), a[1]
    # a Unix socket: unnamed ('') and abstract (a leading NUL) names read "@..." as
    # Go's syscall rewrites them for display
    if isinstance(a, str):
        a = a.encode()
    if a[:1] in (b"", b"\0"):
        a = b"@" + a[1:]
    return a, 0


def sockAddrs(fd):
    try:
        lh, lp = _addr(fd.s.getsockname())
    except OSError:
        lh, lp = b"", 0
    try:
        rh, rp = _addr(fd.s.getpeername())
    except OSError:
        rh, rp = b"", 0
    return lh, lp, rh, rp


def removeFile(name):
    try:
        os.unlink(name.decode())
    except OSError:
        pass


def _family(network, host):
    if network == b"tcp4":
        return socket.AF_INET
    if network == b"tcp6":
        return socket.AF_INET6
    try:
        return socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        return None


def _resolve(network, host):
    """The address to bind or connect to for host, a literal address ("" for the
    wildcard) that net.go resolved with the package's resolver (lookup.go)."""
    h = host.decode()
    if h == "":
        return [("0.0.0.0" if network != b"tcp6" else "::", socket.AF_INET if network != b"tcp6" else socket.AF_INET6)]
    fam = _family(network, h)
    if fam is None:
        raise OSError(_errno.EINVAL, "not a literal address")
    return [(h, fam)]


def listenTCP(network, host, port):
    try:
        addrs = _resolve(network, host)
    except OSError as e:
        return None, b"lookup " + host + b": " + _msg(e), 0
    ip, fam = addrs[0]
    s = socket.socket(fam, socket.SOCK_STREAM)
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if fam == socket.AF_INET6 and host == b"":
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        s.bind((ip, port))
        s.listen(4096)
    except OSError as e:
        s.close()
        return None, _msg(e), e.errno or 0
    return _Sock(s), b"", 0


def listenUnix(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.bind(path.decode())
        s.listen(4096)
    except OSError as e:
        s.close()
        return None, _msg(e), e.errno or 0
    return _Sock(s), b"", 0


def _connect(s, addr, deadline):
    """Non-blocking connect, parked on writability; (kind, msg, errno)."""
    fd = _Sock(s)
    err = s.connect_ex(addr)
    if err in (_errno.EINPROGRESS, _errno.EAGAIN, _errno.EALREADY):
        if not netpoll.wait_write(fd.fileno, deadline or None):
            s.close()
            return None, TIMEOUT, b"", 0
        err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err:
        s.close()
        s2 = os.strerror(err)
        return None, OSERR, (s2[:1].lower() + s2[1:]).encode(), err
    return fd, OK, b"", 0


def dialTCP(network, host, port, deadline):
    try:
        addrs = _resolve(network, host)
    except OSError as e:
        return None, RESOLVE, b"lookup " + host + b": " + _msg(e), 0, b""
    if host == b"":
        addrs = [("127.0.0.1", socket.AF_INET)]
        if network == b"tcp6":
            addrs = [("::1", socket.AF_INET6)]
    last = None
    for ip, fam in addrs:
        s = socket.socket(fam, socket.SOCK_STREAM)
        fd, kind, msg, err = _connect(s, (ip, port), deadline)
        if kind == OK:
            try:
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)   # Go's default
            except OSError:
                pass
            return fd, OK, b"", 0, ip.encode()
        last = (None, kind, msg, err, ip.encode())
        if kind == TIMEOUT:
            break
    return last


def dialUDP(network, host, port):
    """A connected UDP socket (connect only picks the route: it never blocks)."""
    net = {b"udp": b"tcp", b"udp4": b"tcp4", b"udp6": b"tcp6"}[network]
    try:
        addrs = _resolve(net, host)
    except OSError as e:
        return None, RESOLVE, b"lookup " + host + b": " + _msg(e), 0, b""
    if host == b"":
        addrs = [("127.0.0.1", socket.AF_INET)]
        if network == b"udp6":
            addrs = [("::1", socket.AF_INET6)]
    last = None
    for ip, fam in addrs:
        s = socket.socket(fam, socket.SOCK_DGRAM)
        try:
            s.connect((ip, port))
        except OSError as e:
            s.close()
            last = (None, OSERR, _msg(e), e.errno or 0, ip.encode())
            continue
        return _Sock(s), OK, b"", 0, ip.encode()
    return last


def dialUnix(path, deadline):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    fd, kind, msg, err = _connect(s, path.decode(), deadline)
    return fd, kind, msg, err


def ip6String(b):
    return str(ipaddress.IPv6Address(bytes(b))).encode()


def parseIP(s):
    try:
        a = ipaddress.ip_address(s.decode())
    except ValueError:
        return b""
    if a.version == 4:
        return b"\0" * 10 + b"\xff\xff" + a.packed
    return a.packed


def splitHostPort(hostport):
    hp = hostport
    if not hp:
        return b"", b"", b"missing port in address"
    if hp[:1] == b"[":
        end = hp.find(b"]")
        if end < 0:
            return b"", b"", b"missing ']' in address"
        rest = hp[end + 1:]
        if not rest:
            return b"", b"", b"missing port in address"
        if rest[:1] != b":":
            return b"", b"", b"missing port in address" if b":" not in rest else b"too many colons in address"
        if b"[" in hp[1:] or b"]" in rest:
            return b"", b"", b"unexpected ']' in address"
        return hp[1:end], rest[1:], b""
    i = hp.rfind(b":")
    if i < 0:
        return b"", b"", b"missing port in address"
    host = hp[:i]
    if b":" in host:
        return b"", b"", b"too many colons in address"
    if b"[" in host:
        return b"", b"", b"unexpected '[' in address"
    if b"]" in host:
        return b"", b"", b"unexpected ']' in address"
    return host, hp[i + 1:], b""
