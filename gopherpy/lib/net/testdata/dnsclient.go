// The DNS client of the resolver (LookupMX, LookupNS, LookupTXT, LookupSRV, and
// every lookup of a Resolver with a Dial function) against a tiny DNS server this
// program runs itself on 127.0.0.1: the Resolver's Dial connects every query to it
// over TCP, so the answers are the same on every machine, network or not. Errors
// print without their Server, which names the machine's /etc/resolv.conf server.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
)

type rr struct {
	typ  uint16
	data []byte
}

// zone: lower-case rooted name -> records; rcodes: name -> response code.
var zone = map[string][]rr{}
var rcodes = map[string]int{}
var queries []string

func name(n string) []byte {
	var b []byte
	for _, l := range strings.Split(strings.TrimSuffix(n, "."), ".") {
		b = append(b, byte(len(l)))
		b = append(b, l...)
	}
	return append(b, 0)
}

func u16(v int) []byte { return []byte{byte(v >> 8), byte(v)} }

func add(owner string, typ uint16, data ...[]byte) {
	var d []byte
	for _, x := range data {
		d = append(d, x...)
	}
	zone[owner] = append(zone[owner], rr{typ, d})
}

func txt(parts ...string) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, byte(len(p)))
		b = append(b, p...)
	}
	return b
}

func setup() {
	add("mx.test.", 15, u16(10), name("b.mx.test."))
	add("mx.test.", 15, u16(5), name("a.mx.test."))
	add("mx.test.", 15, u16(20), name("c.mx.test."))
	add("badmx.test.", 15, u16(1), name("bad host."))
	add("badmx.test.", 15, u16(2), name("192.0.2.1."))
	add("badmx.test.", 15, u16(3), name("ok.test."))
	add("ns.test.", 2, name("ns1.test."))
	add("ns.test.", 2, name("ns2.test."))
	add("txt.test.", 16, txt("hello ", "world"))
	add("txt.test.", 16, txt("v=spf1 -all"))
	add("txt.test.", 16, txt(""))
	add("_http._tcp.srv.test.", 33, u16(2), u16(0), u16(8080), name("two.test."))
	add("_http._tcp.srv.test.", 33, u16(1), u16(0), u16(80), name("one.test."))
	add("_http._tcp.srv.test.", 33, u16(3), u16(0), u16(81), name("bad_target!.test."))
	add("plain.test.", 33, u16(0), u16(0), u16(53), name("ns1.test."))
	add("alias.test.", 5, name("mx.test."))
	add("host.test.", 1, []byte{192, 0, 2, 10})
	add("host.test.", 1, []byte{192, 0, 2, 11})
	add("v6.test.", 28, []byte{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1})
	add("www.test.", 5, name("host.test."))
	add("10.2.0.192.in-addr.arpa.", 12, name("host.test."))
	add("nodata.test.", 1, []byte{192, 0, 2, 99})
	rcodes["fail.test."] = 2
	rcodes["refused.test."] = 5
}

// answer builds the response to one query (the question copied, answers pointing
// at its name, a CNAME's target records added).
func answer(q []byte) []byte {
	off := 12
	var labels []string
	for q[off] != 0 {
		l := int(q[off])
		labels = append(labels, strings.ToLower(string(q[off+1:off+1+l])))
		off += 1 + l
	}
	qname := strings.Join(labels, ".") + "."
	qtype := uint16(q[off+1])<<8 | uint16(q[off+2])
	qend := off + 5
	queries = append(queries, fmt.Sprint(qname, " ", qtype))
	var ans [][]byte
	owner := qname
	for hop := 0; hop < 3; hop++ {
		next := ""
		for _, r := range zone[owner] {
			if r.typ == qtype || r.typ == 5 && qtype != 5 {
				a := append(name(owner), u16(int(r.typ))...)
				a = append(a, 0, 1, 0, 0, 1, 0)
				a = append(a, u16(len(r.data))...)
				a = append(a, r.data...)
				ans = append(ans, a)
				if r.typ == 5 && qtype != 5 {
					next = strings.ToLower(string(r.data[1:1+r.data[0]])) + "." + "test."
				}
			}
		}
		if next == "" {
			break
		}
		owner = next
	}
	rcode := rcodes[qname]
	if _, ok := zone[qname]; !ok && rcode == 0 {
		rcode = 3
	}
	if qname == "truncated.test." {
		return append([]byte{q[0], q[1], 0x84, 0x80, 0, 1, 0, 1}, 0, 0, 0, 0)
	}
	h := []byte{q[0], q[1], 0x85, byte(0x80 | rcode), 0, 1, 0, byte(len(ans)), 0, 0, 0, 0}
	b := append(h, q[12:qend]...)
	for _, a := range ans {
		b = append(b, a...)
	}
	return b
}

func serve(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			for {
				var n [2]byte
				if _, err := io.ReadFull(c, n[:]); err != nil {
					return
				}
				q := make([]byte, int(n[0])<<8|int(n[1]))
				if _, err := io.ReadFull(c, q); err != nil {
					return
				}
				a := answer(q)
				c.Write(append(u16(len(a)), a...))
			}
		}()
	}
}

func show(what string, err error) {
	var de *net.DNSError
	if errors.As(err, &de) {
		fmt.Printf("  %s error: name=%q err=%q notfound=%v timeout=%v temporary=%v hasServer=%v\n",
			what, de.Name, de.Err, de.IsNotFound, de.IsTimeout, de.IsTemporary, de.Server != "")
	} else if err != nil {
		fmt.Printf("  %s error: %T %v\n", what, err, err)
	}
}

func main() {
	setup()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go serve(l)
	addr := l.Addr().String()
	r := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
		return net.Dial("tcp", addr)
	}}
	ctx := context.Background()

	for _, n := range []string{"mx.test", "MX.Test.", "alias.test.", "badmx.test.", "nx.test.", "nodata.test.", "fail.test.", "refused.test.", "a b", "truncated.test."} {
		mxs, err := r.LookupMX(ctx, n)
		fmt.Printf("MX %s:", n)
		for _, mx := range mxs {
			fmt.Printf(" %d %s", mx.Pref, mx.Host)
		}
		fmt.Println()
		show("MX", err)
	}
	for _, n := range []string{"ns.test.", "nx.test."} {
		nss, err := r.LookupNS(ctx, n)
		fmt.Printf("NS %s:", n)
		for _, ns := range nss {
			fmt.Printf(" %s", ns.Host)
		}
		fmt.Println()
		show("NS", err)
	}
	for _, n := range []string{"txt.test.", "mx.test.", "x.onion."} {
		txts, err := r.LookupTXT(ctx, n)
		fmt.Printf("TXT %s: %q\n", n, txts)
		show("TXT", err)
	}
	for _, c := range [][3]string{{"http", "tcp", "srv.test."}, {"", "", "plain.test."}, {"xmpp", "tcp", "srv.test."}} {
		cname, srvs, err := r.LookupSRV(ctx, c[0], c[1], c[2])
		fmt.Printf("SRV %q %q %s: %s", c[0], c[1], c[2], cname)
		for _, s := range srvs {
			fmt.Printf(" [%d %d %d %s]", s.Priority, s.Weight, s.Port, s.Target)
		}
		fmt.Println()
		show("SRV", err)
	}
	for _, n := range []string{"host.test.", "www.test.", "v6.test.", "nx.test."} {
		addrs, err := r.LookupHost(ctx, n)
		fmt.Println("Host", n, addrs)
		show("Host", err)
		ips, err := r.LookupIP(ctx, "ip4", n)
		fmt.Println("IP4", n, ips)
		show("IP4", err)
		cname, err := r.LookupCNAME(ctx, n)
		fmt.Println("CNAME", n, cname)
		show("CNAME", err)
	}
	names, err := r.LookupAddr(ctx, "192.0.2.10")
	fmt.Println("Addr 192.0.2.10", names)
	show("Addr", err)
	names, err = r.LookupAddr(ctx, "192.0.2.11")
	fmt.Println("Addr 192.0.2.11", names)
	show("Addr", err)

	// The Dial function decides: a context already done still gets its answer.
	done, cancel := context.WithCancel(ctx)
	cancel()
	mxs, err := r.LookupMX(done, "mx.test.")
	fmt.Println("MX with a done context:", len(mxs), err)
	l.Close()
}
