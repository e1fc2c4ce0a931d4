"""Tests of package net's name resolution that need a resolver under the test's control: a lookup blocked in the C library while other goroutines run, a context ending during a blocked lookup, and the configuration files read with Go's rules.

The Go programs run in a child `gopherpy run` whose resolver calls (lookup.py's
`_getaddrinfo`, `_gethostbyaddr`) are replaced by fakes and whose configuration files
point into the test's directory. A fake lookup of "blocked*.test" waits until a
later lookup of "release*.test" releases it: the program can only finish if the
goroutines after the blocked one ran while it was blocked, so nothing here sleeps and
hopes (a fake gives up after 60 s so that a broken runtime fails instead of hanging).

The DNS client's UDP path (truncation, stray replies) is compared with real Go: a
DNS server in this process answers a program that real Go and gopherpy both run.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import pytest

from gopherpy.lib.net import addrselect, lookup

DRIVER = textwrap.dedent('''
    import socket, sys, threading
    from gopherpy.lib.net import lookup

    d = sys.argv[1]
    lookup.HOSTS_PATH = d + "/hosts"
    lookup.NSSWITCH_PATH = d + "/nsswitch.conf"
    lookup.RESOLV_PATH = d + "/resolv.conf"
    lookup.SERVICES_PATH = d + "/services"
    released = {}
    lock = threading.Lock()

    def gate(name):
        with lock:
            return released.setdefault(name, threading.Event())

    def fake_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        if host.startswith("release"):
            gate(host.replace("release", "blocked")).set()
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.2", 0))]
        if host.startswith("again"):
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        if host.startswith("both"):
            return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("2001:db8::1", 0, 0, 0)),
                    (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.7", 0)),
                    (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("2001:db8::1", 0, 0, 0))]
        if host.startswith("cname"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "real.example", ("192.0.2.3", 0))]
        if host.startswith("blocked"):
            if not gate(host).wait(60):
                raise socket.gaierror(socket.EAI_FAIL, "fake: never released")
            sys.stderr.write("helper: %s answered\\n" % host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, host + ".canonical", ("192.0.2.1", 0))]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    def fake_gethostbyaddr(addr):
        if addr == "192.0.2.1":
            return ("ptr.example", ["alias.example"], [addr])
        raise socket.herror(1, "Unknown host")

    lookup._getaddrinfo = fake_getaddrinfo
    lookup._gethostbyaddr = fake_gethostbyaddr
    sys.argv = ["gopherpy", "run", sys.argv[2]]
    from gopherpy.cmd.main import main
    main()
''')

HOSTS = textwrap.dedent('''\
    # comment line
    127.0.0.1   localhost
    10.0.0.1    Alpha.Example alpha  # trailing comment
    10.0.0.2    alpha.example
    fe80::1%lo  zoned
    not-an-ip   ignored
    10.0.0.3
''')


def run_go(tmp_path, src, nsswitch="hosts: files dns\n", godebug=None):
    (tmp_path / "hosts").write_text(HOSTS)
    (tmp_path / "nsswitch.conf").write_text(nsswitch)
    (tmp_path / "resolv.conf").write_text("nameserver 192.0.2.53\nsearch example\n")
    (tmp_path / "services").write_text("myservice 4242/tcp alias-svc\nhttp 8080/tcp\n")
    (tmp_path / "driver.py").write_text(DRIVER)
    (tmp_path / "main.go").write_text(textwrap.dedent(src))
    env = dict(os.environ, GOPHERPYCACHE=str(tmp_path / "cache"))
    env.pop("GODEBUG", None)
    if godebug:
        env["GODEBUG"] = godebug
    r = subprocess.run([sys.executable, str(tmp_path / "driver.py"), str(tmp_path), str(tmp_path / "main.go")],
                       capture_output=True, env=env, timeout=240, cwd=str(tmp_path))
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def test_other_goroutines_run_while_a_lookup_blocks(tmp_path):
    code, out, err = run_go(tmp_path, '''
        package main

        import (
            "context"
            "fmt"
            "net"
            "time"
        )

        func main() {
            res := make(chan string)
            go func() {
                addrs, err := net.LookupHost("blocked.test")
                res <- fmt.Sprint("blocked.test: ", addrs, " ", err)
            }()
            // While that goroutine waits in the C library, this one goes on: it
            // runs a timer and a lookup of its own, which releases the first.
            time.Sleep(time.Millisecond)
            fmt.Println("main runs during the lookup")
            fmt.Println(net.LookupHost("release.test"))
            fmt.Println(<-res)

            // A context that ends during a blocked lookup ends the wait at once;
            // the helper thread's answer, which comes later, is dropped.
            ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
            defer cancel()
            _, err := net.DefaultResolver.LookupIPAddr(ctx, "blocked2.test")
            fmt.Println(err)
            ctx2, cancel2 := context.WithCancel(context.Background())
            go func() { time.Sleep(time.Millisecond); cancel2() }()
            _, err = net.DefaultResolver.LookupHost(ctx2, "blocked3.test")
            fmt.Println(err)
            fmt.Println(net.LookupHost("release2.test"))
            fmt.Println(net.LookupHost("release3.test"))
        }
    ''')
    assert code == 0, err
    assert out.splitlines() == [
        "main runs during the lookup",
        "[192.0.2.2] <nil>",
        "blocked.test: [192.0.2.1] <nil>",
        "lookup blocked2.test: i/o timeout",
        "lookup blocked3.test on 192.0.2.53:53: dial udp 192.0.2.53:53: operation was canceled",
        "[192.0.2.2] <nil>",
        "[192.0.2.2] <nil>",
    ]
    # the first lookup's helper answered after main had run (its gate was opened by
    # the release lookup)
    assert "helper: blocked.test answered" in err


def test_hosts_file_and_dns_order(tmp_path):
    code, out, err = run_go(tmp_path, '''
        package main

        import (
            "fmt"
            "net"
        )

        func main() {
            fmt.Println(net.LookupHost("ALPHA.example"))
            fmt.Println(net.LookupHost("alpha"))
            fmt.Println(net.LookupCNAME("alpha.example."))
            fmt.Println(net.LookupHost("zoned"))
            fmt.Println(net.LookupIP("zoned"))
            fmt.Println(net.LookupAddr("10.0.0.1"))
            fmt.Println(net.LookupHost("ignored"))
            fmt.Println(net.LookupCNAME("cname.test"))
            fmt.Println(net.LookupIP("cname.test"))
            fmt.Println(net.LookupAddr("192.0.2.1"))
            fmt.Println(net.LookupAddr("192.0.2.9"))
            fmt.Println(net.LookupAddr("2001:db8::1"))
            fmt.Println(net.LookupPort("tcp", "MyService"))
            fmt.Println(net.LookupPort("tcp", "alias-svc"))
            fmt.Println(net.LookupPort("tcp", "http"))
            fmt.Println(net.LookupPort("udp", "myservice"))
        }
    ''')
    assert code == 0, err
    assert out.splitlines() == [
        "[10.0.0.1 10.0.0.2] <nil>",
        "[10.0.0.1] <nil>",
        "alpha.example. <nil>",
        "[fe80::1%lo] <nil>",
        "[fe80::1] <nil>",
        "[Alpha.Example. alpha] <nil>",
        "[] lookup ignored on 192.0.2.53:53: no such host",
        "real.example. <nil>",
        "[192.0.2.3] <nil>",
        "[ptr.example. alias.example.] <nil>",
        "[] lookup 9.2.0.192.in-addr.arpa. on 192.0.2.53:53: no such host",
        "[] lookup 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa. on 192.0.2.53:53: no such host",
        "4242 <nil>",
        "4242 <nil>",
        "8080 <nil>",
        "0 lookup udp/myservice: unknown port",
    ]


ERRORS_PROG = '''
    package main

    import (
        "errors"
        "fmt"
        "net"
    )

    func main() {
        for _, h := range []string{"again.test", "ignored", "alpha.example", "nothing.test"} {
            addrs, err := net.LookupHost(h)
            var de *net.DNSError
            errors.As(err, &de)
            fmt.Println(addrs, err, de != nil && de.Temporary(), de != nil && de.IsNotFound)
        }
        fmt.Println(net.LookupHost("both.test"))
    }
'''


def test_errors_in_pure_order(tmp_path):
    code, out, err = run_go(tmp_path, ERRORS_PROG)
    assert code == 0, err
    assert out.splitlines() == [
        "[] lookup again.test on 192.0.2.53:53: server misbehaving true false",
        "[] lookup ignored on 192.0.2.53:53: no such host false true",
        "[10.0.0.1 10.0.0.2] <nil> false false",                     # from the hosts file
        "[] lookup nothing.test on 192.0.2.53:53: no such host false true",
        # deduplicated and sorted by RFC 6724 (native IPv6 first when it is routable,
        # which the sort finds out on this machine: both orders are Go's)
        out.splitlines()[4],
    ]
    assert out.splitlines()[4] in ("[2001:db8::1 192.0.2.7] <nil>", "[192.0.2.7 2001:db8::1] <nil>")


def test_errors_in_cgo_order(tmp_path):
    # a source only the C library knows: Go hands every name to getaddrinfo (not
    # reading the hosts file itself), keeps its order and names no server
    code, out, err = run_go(tmp_path, ERRORS_PROG, nsswitch="hosts: files nis dns\n")
    assert code == 0, err
    assert out.splitlines() == [
        "[] lookup again.test: Temporary failure in name resolution true false",
        "[] lookup ignored: no such host false true",
        "[] lookup alpha.example: no such host false true",
        "[] lookup nothing.test: no such host false true",
        "[2001:db8::1 192.0.2.7 2001:db8::1] <nil>",
    ]


def test_godebug_netdns(tmp_path):
    prog = '''
        package main

        import (
            "fmt"
            "net"
        )

        func main() {
            fmt.Println(net.LookupHost("alpha"))
            fmt.Println(net.LookupAddr("10.0.0.2"))
            fmt.Println(net.LookupHost("127.0.0.1"))
        }
    '''
    # the debug lines are go1.27's (checked against it with GODEBUG=netdns=2 and
    # netdns=go+2 on a machine whose nsswitch.conf says "hosts: files dns")
    code, out, err = run_go(tmp_path, prog, nsswitch="hosts: files mymachines dns\n", godebug="netdns=2")
    assert code == 0, err
    assert err.splitlines() == [
        "go package net: confVal.netCgo = false  netGo = false",
        "go package net: dynamic selection of DNS resolver",
        "go package net: hostLookupOrder(alpha) = cgo",
        "go package net: addrLookupOrder(10.0.0.2) = cgo",
    ]
    code, out, err = run_go(tmp_path, prog, nsswitch="hosts: files mymachines dns\n", godebug="netdns=go+2")
    assert code == 0, err
    assert err.splitlines() == [
        "go package net: confVal.netCgo = false  netGo = true",
        "go package net: GODEBUG setting forcing use of the Go resolver",
        "go package net: hostLookupOrder(alpha) = files,dns",
        "go package net: addrLookupOrder(10.0.0.2) = files,dns",
    ]
    assert out.splitlines() == ["[10.0.0.1] <nil>", "[alpha.example.] <nil>", "[127.0.0.1] <nil>"]
    code, out, err = run_go(tmp_path, prog, godebug="netdns=cgo")
    assert code == 0 and err == "", err
    # the C library (the fake) knows neither name
    assert out.splitlines()[:2] == ["[] lookup alpha: no such host", "[] lookup 10.0.0.2: no such host"]


def test_lookup_order_from_nsswitch(tmp_path, monkeypatch):
    cases = {
        "hosts: files dns\n": lookup.ORDER_FILES_DNS,
        "hosts: dns files\n": lookup.ORDER_DNS_FILES,
        "hosts: files\n": lookup.ORDER_FILES,
        "hosts:  dns # comment\n": lookup.ORDER_DNS,
        "passwd: files\n": lookup.ORDER_FILES_DNS,            # no hosts line
        "hosts: files [NOTFOUND=return] dns\n": lookup.ORDER_FILES_DNS,
        "hosts: files [!UNAVAIL=return] dns\n": lookup.ORDER_CGO,
        "hosts: files [NOTFOUND=return UNAVAIL=continue] dns\n": lookup.ORDER_CGO,
        "hosts: files [SUCCESS=return] dns\n": lookup.ORDER_FILES_DNS,
        "hosts: files mymachines dns\n": lookup.ORDER_CGO,
        "hosts: files mdns4_minimal [NOTFOUND=return] dns\n": lookup.ORDER_FILES_DNS,
    }
    monkeypatch.setattr(lookup, "RESOLV_PATH", str(tmp_path / "resolv.conf"))
    (tmp_path / "resolv.conf").write_text("nameserver 192.0.2.53\n")
    for i, (text, want) in enumerate(cases.items()):
        p = tmp_path / f"nss{i}"
        p.write_text(text)
        monkeypatch.setattr(lookup, "NSSWITCH_PATH", str(p))
        assert lookup.lookupOrder(b"example.com", False, b"") == want, text
    # a Resolver preferring Go never hands names to the C library
    p = tmp_path / "nss-mymachines"
    p.write_text("hosts: files mymachines dns\n")
    monkeypatch.setattr(lookup, "NSSWITCH_PATH", str(p))
    assert lookup.lookupOrder(b"example.com", True, b"") == lookup.ORDER_FILES_DNS
    # mdns sources hand .local names to the C library
    p = tmp_path / "nss-mdns"
    p.write_text("hosts: files mdns4_minimal [NOTFOUND=return] dns\n")
    monkeypatch.setattr(lookup, "NSSWITCH_PATH", str(p))
    assert lookup.lookupOrder(b"printer.local", False, b"") == lookup.ORDER_CGO
    # options Go does not know hand every name to the C library
    (tmp_path / "resolv2.conf").write_text("nameserver 192.0.2.53\noptions inet6\n")
    monkeypatch.setattr(lookup, "RESOLV_PATH", str(tmp_path / "resolv2.conf"))
    p = tmp_path / "nss-plain"
    p.write_text("hosts: files dns\n")
    monkeypatch.setattr(lookup, "NSSWITCH_PATH", str(p))
    assert lookup.lookupOrder(b"example.com", False, b"") == lookup.ORDER_CGO
    assert lookup.lookupOrder(b"example.com", True, b"") == lookup.ORDER_FILES_DNS


def test_rfc6724_rules():
    src = {"2001:db8::1": "2001:db8::99", "2002:c000:201::1": "2001:db8::99", "198.51.100.1": "198.51.100.9",
           "::1": "::1", "127.0.0.1": "127.0.0.1", "fe80::1": "fe80::99", "2001:db8:1::1": "2001:db8::99"}

    def srt(addrs, usable=src):
        old = addrselect._source
        addrselect._source = lambda t: addrselect.ipaddress.ip_address(usable[t]) if usable.get(t) else None
        try:
            return addrselect.sort_rfc6724(addrs)
        finally:
            addrselect._source = old
    # rule 6: ::1 (precedence 50) before IPv4 (35)
    assert srt(["127.0.0.1", "::1"]) == ["::1", "127.0.0.1"]
    # rule 1: an address without a route goes last
    assert srt(["::1", "127.0.0.1"], {"127.0.0.1": "127.0.0.1"}) == ["127.0.0.1", "::1"]
    # rule 6 again: native IPv6 (40) before IPv4 (35) before 6to4 (30)
    assert srt(["2002:c000:201::1", "198.51.100.1", "2001:db8::1"]) == \
        ["2001:db8::1", "198.51.100.1", "2002:c000:201::1"]
    # rule 8: the smaller scope first; rule 9: the longer prefix shared with the source
    assert srt(["2001:db8:1::1", "2001:db8::1"]) == ["2001:db8::1", "2001:db8:1::1"]
    # equal ones keep their order (a stable sort)
    assert srt(["2001:db8::1", "2001:db8::1"]) == ["2001:db8::1", "2001:db8::1"]
    assert addrselect._common_prefix_len(addrselect.ipaddress.ip_address("2001:db8::1"),
                                         addrselect.ipaddress.ip_address("2001:db9::1")) == 31


@pytest.mark.parametrize("name,ok", [
    (b"127.0.0.1", True), (b"::1", True), (b"fe80::1%eth0", True), (b"1.2.3.4%eth0", False),
    (b"fe80::1%", False), (b"01.2.3.4", False), (b" 1.2.3.4", False), (b"example.com", False),
])
def test_parse_addr(name, ok):
    assert lookup.parseAddr(name)[2] is ok


def test_files_are_looked_at_again_after_5_seconds(tmp_path, monkeypatch):
    p = tmp_path / "hosts"
    p.write_text("10.0.0.1 a\n")
    cache = lookup._FileCache(lookup._parse_hosts)
    assert cache.get(str(p))[0][b"a"][0] == [b"10.0.0.1"]
    p.write_text("10.0.0.2 a b\n")
    assert cache.get(str(p))[0][b"a"][0] == [b"10.0.0.1"]      # within 5 s: as read
    cache.checked -= 5.0
    assert cache.get(str(p))[0][b"a"][0] == [b"10.0.0.2"]
    once = lookup._FileCache(lookup._parse_services, once=True)
    p.write_text("x 1/tcp\n")
    assert once.get(str(p))[b"tcp"][b"x"] == 1
    p.write_text("x 2/tcp\n")
    once.checked -= 60.0
    assert once.get(str(p))[b"tcp"][b"x"] == 1


def test_eai_errors():
    assert lookup._eai(socket.gaierror(socket.EAI_NONAME, "x"))[0] == lookup.EAI_NONAME
    assert lookup._eai(socket.herror(2, "Host name lookup failure"))[0] == lookup.EAI_AGAIN
    assert lookup._eai(OSError(13, "x")) == (lookup.EAI_SYSTEM, b"permission denied")


# ---------------------------------------------------------------------------
# The DNS client over UDP: a server in this process, a Go program whose Resolver
# dials it, run by real Go (when `go` is on PATH) and by gopherpy, outputs compared.

DNS_PROG = '''
package main

import (
    "context"
    "fmt"
    "net"
    "os"
)

func main() {
    server := os.Args[1]
    nets := []string{}
    r := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
        nets = append(nets, network)
        return net.Dial(network, server)
    }}
    for _, n := range []string{"mx.test.", "big.test.", "noisy.test.", "nx.test."} {
        mxs, err := r.LookupMX(context.Background(), n)
        fmt.Print(n, " [")
        for _, mx := range mxs {
            fmt.Print(" ", mx.Pref, " ", mx.Host)
        }
        fmt.Println(" ]", err != nil, nets)
        nets = nets[:0]
    }
    txts, err := r.LookupTXT(context.Background(), "big.test.")
    fmt.Println(len(txts), len(txts[0]), err, nets)
}
'''


def _dns_name(n):
    out = b""
    for label in n.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def _dns_reply(query, tcp):
    """The test zone: mx.test (two MX), big.test (too big for UDP: truncated there),
    noisy.test (a stray reply with a wrong ID first), anything else NXDOMAIN."""
    import struct
    qid = query[:2]
    off = 12
    labels = []
    while query[off]:
        labels.append(query[off + 1:off + 1 + query[off]].decode().lower())
        off += 1 + query[off]
    qname = ".".join(labels) + "."
    qtype = struct.unpack(">H", query[off + 1:off + 3])[0]
    question = query[12:off + 5]
    answers = []
    if qname in ("mx.test.", "noisy.test.") and qtype == 15:
        answers = [(15, struct.pack(">H", 20) + _dns_name("two.test.")),
                   (15, struct.pack(">H", 10) + _dns_name("one.test."))]
    if qname == "big.test.":
        if qtype == 15:
            answers = [(15, struct.pack(">H", i) + _dns_name("mx%03d.big.test." % i)) for i in range(100)]
        if qtype == 16:
            answers = [(16, (bytes([200]) + b"x" * 200) * 8)]
    rcode = 0 if qname in ("mx.test.", "big.test.", "noisy.test.") else 3
    body = b"".join(b"\xc0\x0c" + struct.pack(">HHIH", t, 1, 60, len(d)) + d for t, d in answers)
    flags = 0x8580 | rcode
    msg = qid + struct.pack(">HHHHH", flags, 1, len(answers), 0, 0) + question + body
    if not tcp and len(msg) > 512:
        msg = qid + struct.pack(">HHHHH", flags | 0x0200, 1, 0, 0, 0) + question
    return msg


class _DNSServer:
    def __init__(self):
        import threading
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.port = self.udp.getsockname()[1]
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.tcp.bind(("127.0.0.1", self.port))
        self.tcp.listen(16)
        self.stop = False
        self.threads = [threading.Thread(target=self.serve_udp, daemon=True),
                        threading.Thread(target=self.serve_tcp, daemon=True)]
        for t in self.threads:
            t.start()

    def serve_udp(self):
        while not self.stop:
            try:
                q, peer = self.udp.recvfrom(4096)
            except OSError:
                return
            reply = _dns_reply(q, False)
            if b"noisy" in q:
                self.udp.sendto(bytes([q[0] ^ 0xFF, q[1]]) + reply[2:], peer)   # wrong ID: ignored
            self.udp.sendto(reply, peer)

    def serve_tcp(self):
        import struct
        while not self.stop:
            try:
                c, _ = self.tcp.accept()
            except OSError:
                return
            with c:
                f = c.makefile("rb")
                n = f.read(2)
                if len(n) < 2:
                    continue
                q = f.read(struct.unpack(">H", n)[0])
                reply = _dns_reply(q, True)
                c.sendall(struct.pack(">H", len(reply)) + reply)

    def close(self):
        self.stop = True
        self.udp.close()
        self.tcp.close()


@pytest.mark.skipif(not __import__("shutil").which("go"), reason="needs the real go toolchain to compare with")
def test_dns_client_over_udp_matches_go(tmp_path):
    srv = _DNSServer()
    try:
        prog = tmp_path / "dnsudp.go"
        prog.write_text(DNS_PROG)
        addr = "127.0.0.1:%d" % srv.port
        env = dict(os.environ, GOPHERPYCACHE=str(tmp_path / "cache"))
        want = subprocess.run(["go", "run", str(prog), addr], capture_output=True, timeout=240, cwd=str(tmp_path))
        got = subprocess.run([sys.executable, "-m", "gopherpy", "run", str(prog), addr], capture_output=True,
                             timeout=240, env=env, cwd=str(tmp_path))
    finally:
        srv.close()
    assert want.returncode == 0, want.stderr.decode()
    assert got.stdout.decode() == want.stdout.decode(), got.stderr.decode()[-3000:]
    # the truncated answer was asked again over TCP
    assert "big.test. [ 0 mx000.big.test." in got.stdout.decode() and "[udp tcp]" in got.stdout.decode()
