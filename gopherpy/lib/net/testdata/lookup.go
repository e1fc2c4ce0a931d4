// Name resolution with answers that are the same on every machine, network or not:
// literal addresses, names that cannot be domain names, contexts that are already
// done, service and protocol names of Go's own tables, /etc/hosts' localhost, and
// the DNSError values, texts and errors.Is/As answers of the failures.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"time"
)

func describe(what string, err error) {
	if err == nil {
		fmt.Printf("%s: ok\n", what)
		return
	}
	var de *net.DNSError
	if errors.As(err, &de) {
		fmt.Printf("%s: %T %q name=%q server=%q err=%q notfound=%v timeout=%v temporary=%v unwrap=%v canceled=%v deadline=%v\n",
			what, err, err.Error(), de.Name, de.Server, de.Err, de.IsNotFound, de.Timeout(), de.Temporary(),
			de.Unwrap() != nil, errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded))
		return
	}
	fmt.Printf("%s: %T %q\n", what, err, err.Error())
}

func main() {
	bg := context.Background()

	// Literal addresses answer without a lookup.
	for _, h := range []string{"127.0.0.1", "::1", "::ffff:10.1.2.3", "fe80::1%lo", "2001:db8::68"} {
		addrs, err := net.LookupHost(h)
		fmt.Println("LookupHost", h, addrs, err)
		ips, err := net.LookupIP(h)
		lens := []int{}
		for _, ip := range ips {
			lens = append(lens, len(ip))
		}
		fmt.Println("LookupIP", h, ips, lens, err)
		ias, err := net.DefaultResolver.LookupIPAddr(bg, h)
		for _, ia := range ias {
			fmt.Printf("  IPAddr %v zone=%q network=%s\n", &ia, ia.Zone, ia.Network())
		}
		describe("  err", err)
	}

	// Names that are not domain names fail before any server is asked.
	long := strings.Repeat("a", 64) + ".example"
	for _, h := range []string{"", "a b", "-bad.example", "bad..dots", "bad-.example", long, "x/y"} {
		_, err := net.LookupHost(h)
		describe(fmt.Sprintf("LookupHost(%.12q)", h), err)
		_, err = net.LookupIP(h)
		describe(fmt.Sprintf("LookupIP(%.12q)", h), err)
	}
	_, err := net.LookupCNAME("127.0.0.1")
	describe("LookupCNAME(127.0.0.1)", err)
	_, err = net.LookupCNAME("")
	describe("LookupCNAME()", err)
	_, err = net.LookupAddr("notanip")
	describe("LookupAddr(notanip)", err)
	_, err = net.LookupAddr("")
	describe("LookupAddr()", err)

	// localhost is in every /etc/hosts.
	addrs, err := net.LookupHost("localhost")
	fmt.Println("localhost has 127.0.0.1:", slices.Contains(addrs, "127.0.0.1"), err)
	ips, err := net.LookupIP("localhost")
	loop := len(ips) > 0
	for _, ip := range ips {
		loop = loop && ip.IsLoopback()
	}
	fmt.Println("localhost IPs are loopback:", loop, err)
	names, err := net.LookupAddr("127.0.0.1")
	fmt.Println("127.0.0.1 is localhost:", slices.Contains(names, "localhost"), err)
	cname, err := net.LookupCNAME("localhost")
	fmt.Println("CNAME of localhost starts with localhost:", strings.HasPrefix(cname, "localhost"), err)
	ips, err = net.DefaultResolver.LookupIP(bg, "ip4", "localhost")
	fmt.Println("ip4 localhost:", ips, err)

	// A context already done: address lookups give up at once...
	canceled, cancel := context.WithCancel(bg)
	cancel()
	expired, cancel2 := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer cancel2()
	for _, ctx := range []context.Context{canceled, expired} {
		_, err := net.DefaultResolver.LookupIPAddr(ctx, "localhost")
		describe("LookupIPAddr(done, localhost)", err)
		_, err = net.DefaultResolver.LookupIP(ctx, "ip", "localhost")
		describe("LookupIP(done, ip, localhost)", err)
		ips, err := net.DefaultResolver.LookupIP(ctx, "ip6", "::1")
		fmt.Println("LookupIP(done, ip6, ::1):", ips, err)
		// ... LookupHost still reads /etc/hosts, and fails only where it would ask a
		// server (the text names the server: not printed).
		addrs, err := net.DefaultResolver.LookupHost(ctx, "localhost")
		fmt.Println("LookupHost(done, localhost) has 127.0.0.1:", slices.Contains(addrs, "127.0.0.1"), err)
		_, err = net.DefaultResolver.LookupHost(ctx, "nonexistent.invalid")
		var de *net.DNSError
		ok := errors.As(err, &de)
		fmt.Println("LookupHost(done, nonexistent.invalid):", ok, de.Name, de.Server != "", de.IsTimeout, de.IsTemporary, de.IsNotFound,
			errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded),
			strings.HasSuffix(err.Error(), ": operation was canceled") || strings.HasSuffix(err.Error(), ": i/o timeout"))
	}

	// Ports.
	for _, c := range [][2]string{{"tcp", "http"}, {"tcp", "HTTP"}, {"tcp4", "https"}, {"udp", "domain"},
		{"udp6", "domain"}, {"ip", "http"}, {"", "ssh"}, {"tcp", "gopher"}, {"tcp", "80"}, {"tcp", "+80"},
		{"tcp", "-1"}, {"tcp", "65536"}, {"tcp", "99999999999"}, {"tcp", ""}, {"tcp", "nope-nope"},
		{"udp", "nope-nope"}, {"ip", "nope-nope"}, {"sctp", "http"}, {"sctp", "80"}, {"tcp", "http "},
		{"tcp", "a-very-long-service-name-beyond-the-buffer"}} {
		p, err := net.LookupPort(c[0], c[1])
		fmt.Printf("LookupPort(%q, %q) = %d\n", c[0], c[1], p)
		describe("  err", err)
	}

	// Resolve*Addr.
	for _, c := range [][2]string{{"tcp", "127.0.0.1:http"}, {"tcp", "[::1]:https"}, {"tcp", ":8080"},
		{"tcp", ""}, {"", "127.0.0.1:22"}, {"tcp4", "[::1]:80"}, {"tcp6", "127.0.0.1:80"}, {"tcp", "127.0.0.1"},
		{"tcp", "127.0.0.1:nope-nope"}, {"tcp", "127.0.0.1:70000"}, {"udp", "127.0.0.1:80"}, {"tcp", "localhost:ssh"},
		{"tcp", "[fe80::1%lo]:80"}, {"tcp", "a b:80"}} {
		a, err := net.ResolveTCPAddr(c[0], c[1])
		fmt.Printf("ResolveTCPAddr(%q, %q) = %v\n", c[0], c[1], a)
		describe("  err", err)
	}
	for _, c := range [][2]string{{"udp", "127.0.0.1:domain"}, {"udp6", "[::1]:53"}, {"udp", ":0"}, {"tcp", "127.0.0.1:53"}} {
		a, err := net.ResolveUDPAddr(c[0], c[1])
		fmt.Printf("ResolveUDPAddr(%q, %q) = %v\n", c[0], c[1], a)
		describe("  err", err)
	}
	for _, c := range [][2]string{{"ip", "::1"}, {"ip4", "127.0.0.1"}, {"ip:icmp", "127.0.0.1"}, {"ip4:1", "127.0.0.1"},
		{"ip:ICMP", "127.0.0.1"}, {"ip:nope", "127.0.0.1"}, {"ip6", "127.0.0.1"}, {"tcp", "127.0.0.1"}, {"ip", ""},
		{"", "::1"}, {"ip", "localhost"}, {"udp:icmp", "127.0.0.1"}} {
		a, err := net.ResolveIPAddr(c[0], c[1])
		fmt.Printf("ResolveIPAddr(%q, %q) = %v\n", c[0], c[1], a)
		describe("  err", err)
	}
	_, err = net.DefaultResolver.LookupIP(bg, "tcp", "127.0.0.1")
	describe("LookupIP(tcp)", err)
	_, err = net.DefaultResolver.LookupIP(bg, "ip:nope", "127.0.0.1")
	describe("LookupIP(ip:nope)", err)
	ips, err = net.DefaultResolver.LookupIP(bg, "ip4:icmp", "127.0.0.1")
	fmt.Println("LookupIP(ip4:icmp)", ips, err)
	_, err = net.DefaultResolver.LookupIP(bg, "ip6", "127.0.0.1")
	describe("LookupIP(ip6, 127.0.0.1)", err)

	// A nil *Resolver is the default one.
	var r *net.Resolver
	addrs, err = r.LookupHost(bg, "10.0.0.1")
	fmt.Println("nil Resolver:", addrs, err)
	p, err := r.LookupPort(bg, "tcp", "smtp")
	fmt.Println("nil Resolver port:", p, err)

	// DNSError by hand.
	var nilErr *net.DNSError
	fmt.Println(nilErr.Error())
	e := &net.DNSError{Err: "boom", Name: "example.com", Server: "192.0.2.1:53", IsTimeout: true}
	fmt.Println(e, e.Timeout(), e.Temporary(), e.Unwrap())
	e = &net.DNSError{Err: "x", Name: "n", IsTemporary: true, UnwrapErr: context.Canceled}
	fmt.Println(e, e.Timeout(), e.Temporary(), errors.Is(e, context.Canceled))
	var ne net.Error = e
	fmt.Println(ne.Temporary())
	fmt.Println((&net.IPAddr{IP: net.ParseIP("fe80::1"), Zone: "eth0"}).String(), (*net.IPAddr)(nil).String(), (&net.IPAddr{}).String())
	fmt.Println((&net.UDPAddr{IP: net.IPv4(1, 2, 3, 4), Port: 53}).String(), (&net.UDPAddr{Port: 9}).String(), (&net.UDPAddr{}).Network())
	fmt.Println(net.IPv4zero, net.IPv6unspecified, net.IPv4(1, 2, 3, 4).To16(), len(net.IPv4(1, 2, 3, 4).To4().To16()), net.IP{1, 2}.To16() == nil)
}
