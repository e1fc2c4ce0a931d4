// This file implements name resolution: the Lookup functions, Resolver, DNSError and
// the Resolve*Addr functions.
//
// gopherpy: the decisions are Go's (lookup.go, dnsclient_unix.go, cgo_unix.go): which
// of /etc/hosts and DNS is asked first comes from nsswitch.conf and GODEBUG=netdns
// (lookupOrder; netdns=2 prints the decisions as Go does), the
// hosts file is read with Go's rules, addresses are sorted by RFC 6724, and errors
// carry Go's texts. The DNS step itself is the C library's (getaddrinfo,
// gethostbyaddr; lookup.py), called on a runtime helper thread while the goroutine
// is parked, so other goroutines run during a lookup; a Resolver with a Dial
// function uses the package's DNS client instead (dnsclient.go), as LookupMX, NS,
// TXT and SRV always do. A lookup with a context that can be cancelled runs on a
// goroutine of its own, and the caller returns as soon as the context is done, as
// Go's does; the helper thread's answer is then dropped. Dial and Listen resolve
// their addresses here too (internetAddrList). Not provided: LookupNetIP (no
// net/netip).
package net

import (
	"context"
	"errors"
)

// IPAddr represents the address of an IP end point.
type IPAddr struct {
	IP   IP
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "ip".
func (a *IPAddr) Network() string { return "ip" }

func (a *IPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ipEmptyString(a.IP)
	if a.Zone != "" {
		return ip + "%" + a.Zone
	}
	return ip
}

// UDPAddr represents the address of a UDP end point.
type UDPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "udp".
func (a *UDPAddr) Network() string { return "udp" }

func (a *UDPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ipEmptyString(a.IP)
	if a.Zone != "" {
		ip += "%" + a.Zone
	}
	return JoinHostPort(ip, itoa(a.Port))
}

func ipEmptyString(ip IP) string {
	if len(ip) == 0 {
		return ""
	}
	return ip.String()
}

// DNSError represents a DNS lookup error.
type DNSError struct {
	UnwrapErr   error  // error returned by the Unwrap method, might be nil
	Err         string // description of the error
	Name        string // name looked for
	Server      string // server used
	IsTimeout   bool   // if true, timed out; not all timeouts set this
	IsTemporary bool   // if true, error is temporary; not all errors set this

	// IsNotFound is set to true when the requested name does not contain any
	// records of the requested type (data not found), or the name itself was not
	// found (NXDOMAIN).
	IsNotFound bool
}

// newDNSError makes the DNSError of err: its text, its Timeout and Temporary
// answers, IsNotFound for a *notFoundError, and err itself as UnwrapErr when it is
// (or wraps) a context error.
func newDNSError(err error, name, server string) *DNSError {
	e := &DNSError{Err: err.Error(), Name: name, Server: server}
	if ne, ok := err.(Error); ok {
		e.IsTimeout = ne.Timeout()
		e.IsTemporary = ne.Temporary()
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		e.UnwrapErr = err
	}
	_, e.IsNotFound = err.(*notFoundError)
	return e
}

// Unwrap returns e.UnwrapErr.
func (e *DNSError) Unwrap() error { return e.UnwrapErr }

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	return s + ": " + e.Err
}

// Timeout reports whether the DNS lookup is known to have timed out.
func (e *DNSError) Timeout() bool { return e.IsTimeout }

// Temporary reports whether the DNS error is known to be temporary.
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// notFoundError is the error of a name or port that does not exist: newDNSError sets
// IsNotFound for it.
type notFoundError struct{ s string }

func (e *notFoundError) Error() string { return e.s }

// temporaryError is an error whose Temporary method answers true.
type temporaryError struct{ s string }

func (e *temporaryError) Error() string   { return e.s }
func (e *temporaryError) Temporary() bool { return true }
func (e *temporaryError) Timeout() bool   { return false }

var (
	errNoSuchHost        = &notFoundError{"no such host"}
	errUnknownPort       = &notFoundError{"unknown port"}
	errServerMisbehaving = &temporaryError{"server misbehaving"}
	errNoSuitableAddress = "no suitable address found"
	errMalformedRecords  = "DNS response contained records which contain invalid names"
)

// canceledError is "operation was canceled", which errors.Is matches with
// context.Canceled.
type canceledError struct{}

func (canceledError) Error() string     { return "operation was canceled" }
func (canceledError) Is(err error) bool { return err == context.Canceled }

// timeoutError is "i/o timeout", which errors.Is matches with
// context.DeadlineExceeded.
type timeoutError struct{}

func (e *timeoutError) Error() string     { return "i/o timeout" }
func (e *timeoutError) Timeout() bool     { return true }
func (e *timeoutError) Temporary() bool   { return true }
func (e *timeoutError) Is(err error) bool { return err == context.DeadlineExceeded }

var errCanceled error = canceledError{}
var errTimeout error = &timeoutError{}

// mapErr turns a context's error into the net package's historical one.
func mapErr(err error) error {
	switch err {
	case context.Canceled:
		return errCanceled
	case context.DeadlineExceeded:
		return errTimeout
	}
	return err
}

// DefaultResolver is the resolver used by the package-level Lookup functions and
// by Dialers without a specified Resolver.
var DefaultResolver = &Resolver{}

// A Resolver looks up names and numbers. A nil *Resolver is equivalent to a zero
// Resolver.
type Resolver struct {
	// PreferGo controls whether Go's built-in DNS resolver is preferred (here: the
	// hosts file and DNS are consulted in nsswitch.conf's order even where Go
	// would hand the name to the C library).
	PreferGo bool

	// StrictErrors controls the behavior of temporary errors (timeouts, socket
	// errors, SERVFAIL) of the DNS client: they end the lookup instead of letting
	// the other names of the search list (and record types) be tried. Lookups
	// answered by the C library ask for all record types at once.
	StrictErrors bool

	// Dial optionally specifies an alternate dialer for the DNS client: the
	// lookups of a Resolver with one all go through the client, which calls it
	// for every query ("udp", then "tcp" for a truncated answer).
	Dial func(ctx context.Context, network, address string) (Conn, error)
}

// Orders in which the hosts file and DNS are consulted (Go's hostLookupOrder).
const (
	orderCgo = iota
	orderFilesDNS
	orderDNSFiles
	orderFiles
	orderDNS
)

func (r *Resolver) order(host string) int {
	return lookupOrder(host, r != nil && r.PreferGo, "")
}

func lookupOrder(host string, preferGo bool, addr string) int
func lookupStaticHost(host string) (addrs []string, canonical string)
func lookupStaticAddr(addr string) []string
func parseAddr(s string) (ip16 string, zone string, ok bool)
func sortByRFC6724(addrs []string) []string
func dnsServer() (host string, port int)
func dnsLookupIP(network, host string, cgo bool) (addrs []string, cname string, eai int, msg string)
func dnsLookupPTR(addr string) (names []string, eai int, msg string)
func eaiCodes() (noname, nodata, again, system int)
func servicePort(network, service string) (port int, found int)
func lookupProtocol(name string) (int, bool)

// LookupHost looks up the given host using the local resolver. It returns a slice
// of that host's addresses.
func LookupHost(host string) (addrs []string, err error) {
	return DefaultResolver.LookupHost(context.Background(), host)
}

// LookupHost looks up the given host using the local resolver. It returns a slice
// of that host's addresses.
func (r *Resolver) LookupHost(ctx context.Context, host string) (addrs []string, err error) {
	if host == "" {
		return nil, newDNSError(errNoSuchHost, host, "")
	}
	if _, _, ok := parseAddr(host); ok {
		return []string{host}, nil
	}
	order := r.order(host)
	if order == orderCgo {
		ips, err := r.cgoLookupIP(ctx, "ip", host)
		if err != nil {
			return nil, err
		}
		return ipAddrStrings(ips), nil
	}
	if order == orderFilesDNS || order == orderFiles {
		if addrs, _ := lookupStaticHost(host); len(addrs) > 0 {
			return addrs, nil
		}
		if order == orderFiles {
			return nil, newDNSError(errNoSuchHost, host, "")
		}
	}
	ips, _, err := r.goLookupIP(ctx, "ip", host, order)
	if err != nil {
		return nil, err
	}
	return ipAddrStrings(ips), nil
}

func ipAddrStrings(ips []IPAddr) []string {
	addrs := make([]string, 0, len(ips))
	for _, ip := range ips {
		addrs = append(addrs, ip.String())
	}
	return addrs
}

// LookupIP looks up host using the local resolver. It returns a slice of that
// host's IPv4 and IPv6 addresses.
func LookupIP(host string) ([]IP, error) {
	addrs, err := DefaultResolver.LookupIPAddr(context.Background(), host)
	if err != nil {
		return nil, err
	}
	ips := make([]IP, len(addrs))
	for i, ia := range addrs {
		ips[i] = ia.IP
	}
	return ips, nil
}

// LookupIPAddr looks up host using the local resolver. It returns a slice of that
// host's IPv4 and IPv6 addresses.
func (r *Resolver) LookupIPAddr(ctx context.Context, host string) ([]IPAddr, error) {
	return r.lookupIPAddr(ctx, "ip", host)
}

// LookupIP looks up host for the given network using the local resolver. network
// must be one of "ip", "ip4" or "ip6".
func (r *Resolver) LookupIP(ctx context.Context, network, host string) ([]IP, error) {
	afnet, _, err := parseNetwork(network)
	if err != nil {
		return nil, err
	}
	switch afnet {
	case "ip", "ip4", "ip6":
	default:
		return nil, UnknownNetworkError(network)
	}
	if host == "" {
		return nil, newDNSError(errNoSuchHost, host, "")
	}
	addrs, err := r.internetAddrList(ctx, afnet, host)
	if err != nil {
		return nil, err
	}
	ips := make([]IP, 0, len(addrs))
	for _, a := range addrs {
		ips = append(ips, a.(*IPAddr).IP)
	}
	return ips, nil
}

type ipResult struct {
	addrs []IPAddr
	err   error
}

// lookupIPAddr is what every address lookup goes through (Go's singleflight
// group, without the sharing): a literal answers at once; otherwise, with a context
// that can end, the lookup runs on a goroutine of its own and the caller returns
// "lookup host: operation was canceled" (or "i/o timeout") as soon as the context is
// done, leaving that goroutine to finish its system call and drop the answer.
func (r *Resolver) lookupIPAddr(ctx context.Context, network, host string) ([]IPAddr, error) {
	if host == "" {
		return nil, newDNSError(errNoSuchHost, host, "")
	}
	if ip16, zone, ok := parseAddr(host); ok {
		return []IPAddr{{IP: IP(ip16), Zone: zone}}, nil
	}
	if ctx.Done() == nil {
		addrs, err := r.lookupIP(context.Background(), network, host)
		return addrs, wrapLookupErr(err, host)
	}
	ch := make(chan ipResult, 1)
	go func() {
		addrs, err := r.lookupIP(context.Background(), network, host)
		ch <- ipResult{addrs, err}
	}()
	select {
	case <-ctx.Done():
		return nil, newDNSError(mapErr(ctx.Err()), host, "")
	case res := <-ch:
		return res.addrs, wrapLookupErr(res.err, host)
	}
}

func wrapLookupErr(err error, host string) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*DNSError); !ok {
		return newDNSError(mapErr(err), host, "")
	}
	return err
}

func (r *Resolver) lookupIP(ctx context.Context, network, host string) ([]IPAddr, error) {
	order := r.order(host)
	if order == orderCgo {
		return r.cgoLookupIP(ctx, network, host)
	}
	addrs, _, err := r.goLookupIP(ctx, network, host, order)
	return addrs, err
}

// goLookupIPFiles returns the addresses /etc/hosts gives name, sorted by RFC 6724,
// and its canonical name.
func goLookupIPFiles(name string) ([]IPAddr, string) {
	hs, canonical := lookupStaticHost(name)
	if len(hs) == 0 {
		return nil, ""
	}
	hs = sortByRFC6724(hs)
	var addrs []IPAddr
	for _, h := range hs {
		if a, ok := textIPAddr(h); ok {
			addrs = append(addrs, a)
		}
	}
	return addrs, canonical
}

// textIPAddr parses "ip" or "ip%zone" (IPv4 in 16 bytes, as ParseIP gives it).
func textIPAddr(h string) (IPAddr, bool) {
	zone := ""
	for i := 0; i < len(h); i++ {
		if h[i] == '%' {
			h, zone = h[:i], h[i+1:]
			break
		}
	}
	ip := ParseIP(h)
	if ip == nil {
		return IPAddr{}, false
	}
	return IPAddr{IP: ip, Zone: zone}, true
}

// goLookupIP is Go's pure resolver's address lookup in the given order (network
// "CNAME" asks for the canonical name too): the hosts file, then the DNS step.
func (r *Resolver) goLookupIP(ctx context.Context, network, name string, order int) ([]IPAddr, string, error) {
	if order == orderFilesDNS || order == orderFiles {
		if addrs, canonical := goLookupIPFiles(name); len(addrs) > 0 {
			return addrs, canonical, nil
		}
		if order == orderFiles {
			return nil, "", newDNSError(errNoSuchHost, name, "")
		}
	}
	if !isDomainName(name) {
		return nil, "", newDNSError(errNoSuchHost, name, "")
	}
	var addrs []IPAddr
	var cname string
	var err error
	if r != nil && r.Dial != nil || order == orderCgo {
		addrs, cname, err = r.goLookupIPDNS(ctx, network, name)
	} else {
		qnet := network
		if qnet == "CNAME" {
			qnet = "ip"
		}
		var res dnsResult
		res, err = r.dnsStep(ctx, name, false, qnet, "")
		if err == nil {
			addrs, cname = answerIPAddrs(res.names), res.cname
		}
	}
	if len(addrs) == 0 && order == orderDNSFiles {
		if faddrs, canonical := goLookupIPFiles(name); len(faddrs) > 0 {
			return faddrs, canonical, nil
		}
	}
	if err != nil {
		return nil, "", err
	}
	return addrs, cname, nil
}

type dnsResult struct {
	names []string
	cname string
	eai   int
	msg   string
}

// dnsStep runs one resolver call (an address lookup of network "ip", "ip4" or
// "ip6", or with ptr the names of the address addr) on a helper thread, and turns
// its failure into Go's error: the pure resolver's, naming the server (cgo false),
// or the cgo resolver's. A context that is done first ends the wait with the error
// Go's resolver gives when its query cannot be sent.
func (r *Resolver) dnsStep(ctx context.Context, name string, cgo bool, network, ptrAddr string) (dnsResult, error) {
	shost, sport := dnsServer()
	server := JoinHostPort(shost, itoa(sport))
	ctxErr := func() error {
		err := mapErr(ctx.Err())
		if cgo {
			return newDNSError(err, name, "")
		}
		oe := &OpError{Op: "dial", Net: "udp", Addr: &UDPAddr{IP: ParseIP(shost), Port: sport}, Err: err}
		e := newDNSError(oe, name, server)
		e.IsTemporary = true
		return e
	}
	if ctx.Err() != nil {
		return dnsResult{}, ctxErr()
	}
	call := func() dnsResult {
		if ptrAddr != "" {
			names, eai, msg := dnsLookupPTR(ptrAddr)
			return dnsResult{names: names, eai: eai, msg: msg}
		}
		addrs, cname, eai, msg := dnsLookupIP(network, name, cgo)
		return dnsResult{names: addrs, cname: cname, eai: eai, msg: msg}
	}
	var res dnsResult
	if ctx.Done() == nil {
		res = call()
	} else {
		ch := make(chan dnsResult, 1)
		go func() { ch <- call() }()
		select {
		case res = <-ch:
		case <-ctx.Done():
			return dnsResult{}, ctxErr()
		}
	}
	if res.eai == 0 {
		return res, nil
	}
	noname, nodata, again, _ := eaiCodes()
	if cgo {
		server = ""
	}
	switch res.eai {
	case noname, nodata:
		return res, newDNSError(errNoSuchHost, name, server)
	case again:
		if cgo {
			return res, newDNSError(&temporaryError{res.msg}, name, "")
		}
		return res, newDNSError(errServerMisbehaving, name, server)
	}
	return res, &DNSError{Err: res.msg, Name: name, Server: server}
}

// cgoLookupIP is the C library's getaddrinfo, in its order, with Go's cgo errors.
func (r *Resolver) cgoLookupIP(ctx context.Context, network, name string) ([]IPAddr, error) {
	res, err := r.dnsStep(ctx, name, true, network, "")
	if err != nil {
		return nil, err
	}
	return answerIPAddrs(res.names), nil
}

// answerIPAddrs parses the resolver's addresses (IPv4 in 4 bytes, as Go's A
// records and cgo's sockaddrs give them).
func answerIPAddrs(names []string) []IPAddr {
	var addrs []IPAddr
	for _, h := range names {
		if a, ok := textIPAddr(h); ok {
			if ip4 := a.IP.To4(); ip4 != nil {
				a.IP = ip4
			}
			addrs = append(addrs, a)
		}
	}
	return addrs
}

// LookupAddr performs a reverse lookup for the given address, returning a list of
// names mapping to that address.
func LookupAddr(addr string) (names []string, err error) {
	return DefaultResolver.LookupAddr(context.Background(), addr)
}

// LookupAddr performs a reverse lookup for the given address, returning a list of
// names mapping to that address.
func (r *Resolver) LookupAddr(ctx context.Context, addr string) ([]string, error) {
	names, err := r.lookupAddr(ctx, addr)
	if err != nil {
		return nil, err
	}
	filtered := make([]string, 0, len(names))
	for _, name := range names {
		if isDomainName(name) {
			filtered = append(filtered, name)
		}
	}
	if len(names) != len(filtered) {
		return filtered, &DNSError{Err: errMalformedRecords, Name: addr}
	}
	return filtered, nil
}

func (r *Resolver) lookupAddr(ctx context.Context, addr string) ([]string, error) {
	order := lookupOrder("", r != nil && r.PreferGo, addr)
	if order == orderCgo {
		ip16, _, ok := parseAddr(addr)
		if !ok {
			return nil, &DNSError{Err: "invalid address", Name: addr}
		}
		res, err := r.dnsStep(ctx, addr, true, "", IP(ip16).String())
		if err != nil {
			return nil, err
		}
		return []string{absDomainName(res.names[0])}, nil
	}
	if order == orderFiles || order == orderFilesDNS {
		if names := lookupStaticAddr(addr); len(names) > 0 {
			return names, nil
		}
		if order == orderFiles {
			return nil, newDNSError(errNoSuchHost, addr, "")
		}
	}
	arpa, err := reverseaddr(addr)
	if err != nil {
		return nil, err
	}
	var res dnsResult
	if r != nil && r.Dial != nil {
		res.names, err = r.goLookupPTRDNS(ctx, addr, arpa)
	} else {
		res, err = r.dnsStep(ctx, arpa, false, "", ParseIP(addr).String())
	}
	if err != nil {
		if de, ok := err.(*DNSError); ok && de.IsNotFound && order == orderDNSFiles {
			if names := lookupStaticAddr(addr); len(names) > 0 {
				return names, nil
			}
		}
		return nil, err
	}
	names := make([]string, 0, len(res.names))
	for _, n := range res.names {
		if n[len(n)-1] != '.' {
			n += "."
		}
		names = append(names, n)
	}
	return names, nil
}

// absDomainName adds a trailing dot to a name with a dot in it.
func absDomainName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			if s[len(s)-1] != '.' {
				s += "."
			}
			break
		}
	}
	return s
}

// reverseaddr returns the in-addr.arpa. or ip6.arpa. name of addr.
func reverseaddr(addr string) (string, error) {
	ip := ParseIP(addr)
	if ip == nil {
		return "", &DNSError{Err: "unrecognized address", Name: addr}
	}
	if ip4 := ip.To4(); ip4 != nil {
		return itoa(int(ip4[3])) + "." + itoa(int(ip4[2])) + "." + itoa(int(ip4[1])) + "." + itoa(int(ip4[0])) + ".in-addr.arpa.", nil
	}
	const hex = "0123456789abcdef"
	buf := make([]byte, 0, len(ip)*4+len("ip6.arpa."))
	for i := len(ip) - 1; i >= 0; i-- {
		buf = append(buf, hex[ip[i]&0xf], '.', hex[ip[i]>>4], '.')
	}
	return string(append(buf, "ip6.arpa."...)), nil
}

// LookupCNAME returns the canonical name for the given host.
func LookupCNAME(host string) (cname string, err error) {
	return DefaultResolver.LookupCNAME(context.Background(), host)
}

// LookupCNAME returns the canonical name for the given host: from /etc/hosts, the
// first name of the line that names it; from DNS, the name its address records
// belong to, with a trailing dot.
func (r *Resolver) LookupCNAME(ctx context.Context, host string) (string, error) {
	order := r.order(host)
	if order == orderCgo {
		// Go asks the C library's res_search for the CNAME record (here: the DNS
		// client) and, when that fails, its own resolver in the cgo order: DNS
		// without the hosts file.
		cname := ""
		if m, _, err := r.dnsLookup(ctx, host, dnsTypeCNAME); err == nil && len(m.answers) > 0 && m.answers[0].typ == dnsTypeCNAME {
			cname, _ = m.rdataName(m.answers[0], 0)
		}
		if cname != "" {
			if !isDomainName(cname) {
				return "", &DNSError{Err: errMalformedRecords, Name: host}
			}
			return cname, nil
		}
	}
	_, cname, err := r.goLookupIP(ctx, "CNAME", host, order)
	if err != nil {
		return "", err
	}
	if !isDomainName(cname) {
		return "", &DNSError{Err: errMalformedRecords, Name: host}
	}
	return cname, nil
}

// isDomainName reports whether s is a syntactically valid domain name (RFC 1035
// with the underscore allowed, 253 bytes, 63 per label, not all digits).
func isDomainName(s string) bool {
	if s == "." {
		return true
	}
	l := len(s)
	if l == 0 || l > 254 || l == 254 && s[l-1] != '.' {
		return false
	}
	last := byte('.')
	letters := false
	label := 0
	for i := 0; i < l; i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_':
			letters = true
			label++
		case '0' <= c && c <= '9':
			label++
		case c == '-':
			if last == '.' {
				return false
			}
			letters = true
			label++
		case c == '.':
			if last == '.' || last == '-' || label == 0 || label > 63 {
				return false
			}
			label = 0
		default:
			return false
		}
		last = c
	}
	if last == '-' || label > 63 {
		return false
	}
	return letters
}

// LookupPort looks up the port for the given network and service.
func LookupPort(network, service string) (port int, err error) {
	return DefaultResolver.LookupPort(context.Background(), network, service)
}

// LookupPort looks up the port for the given network and service: a number, or a
// name from /etc/services and Go's own table. network must be "tcp", "tcp4",
// "tcp6", "udp", "udp4", "udp6" or "ip" ("" means "ip").
func (r *Resolver) LookupPort(ctx context.Context, network, service string) (port int, err error) {
	port, needsLookup := parsePort(service)
	if needsLookup {
		switch network {
		case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "ip":
		case "":
			network = "ip"
		default:
			return 0, &AddrError{Err: "unknown network", Addr: network}
		}
		port, err = lookupPortMap(network, service)
		if err != nil {
			return 0, err
		}
	}
	if 0 > port || port > 65535 {
		return 0, &AddrError{Err: "invalid port", Addr: service}
	}
	return port, nil
}

func lookupPortMap(network, service string) (int, error) {
	switch network {
	case "ip":
		if p, err := lookupPortNet("tcp", "ip", service); err == nil {
			return p, nil
		}
		return lookupPortNet("udp", "ip", service)
	case "tcp", "tcp4", "tcp6":
		return lookupPortNet("tcp", "tcp", service)
	case "udp", "udp4", "udp6":
		return lookupPortNet("udp", "udp", service)
	}
	return 0, &DNSError{Err: "unknown network", Name: network + "/" + service}
}

func lookupPortNet(network, errNetwork, service string) (int, error) {
	p, found := servicePort(network, service)
	switch found {
	case 1:
		return p, nil
	case 0:
		return 0, newDNSError(errUnknownPort, errNetwork+"/"+service, "")
	}
	return 0, &DNSError{Err: "unknown network", Name: errNetwork + "/" + service}
}

// parsePort parses service as a decimal port number (an optional sign, saturating
// at 1<<30); needsLookup reports that it is a name.
func parsePort(service string) (port int, needsLookup bool) {
	if service == "" {
		return 0, false
	}
	const cutoff = 1 << 30
	neg := false
	if service[0] == '+' {
		service = service[1:]
	} else if service[0] == '-' {
		neg = true
		service = service[1:]
	}
	n := 0
	for i := 0; i < len(service); i++ {
		d := service[i]
		if d < '0' || d > '9' {
			return 0, true
		}
		if n < cutoff {
			n = n*10 + int(d-'0')
		}
	}
	if !neg && n >= cutoff {
		port = cutoff - 1
	} else if neg && n > cutoff {
		port = cutoff
	} else {
		port = n
	}
	if neg {
		port = -port
	}
	return port, false
}

// parseNetwork splits "ip:proto" networks into the address family and protocol
// number and checks the names of the others.
func parseNetwork(network string) (afnet string, proto int, err error) {
	i := len(network) - 1
	for i >= 0 && network[i] != ':' {
		i--
	}
	if i < 0 {
		switch network {
		case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "ip", "ip4", "ip6", "unix", "unixgram", "unixpacket":
			return network, 0, nil
		}
		return "", 0, UnknownNetworkError(network)
	}
	afnet = network[:i]
	switch afnet {
	case "ip", "ip4", "ip6":
		protostr := network[i+1:]
		if n, ok := atoi(protostr); ok {
			return afnet, n, nil
		}
		p, ok := lookupProtocol(protostr)
		if !ok {
			return "", 0, &AddrError{Err: "unknown IP protocol specified", Addr: protostr}
		}
		return afnet, p, nil
	}
	return "", 0, UnknownNetworkError(network)
}

// internetAddrList resolves addr (host:port for TCP and UDP, a host for IP) into
// the addresses of network's family.
func (r *Resolver) internetAddrList(ctx context.Context, network, addr string) ([]Addr, error) {
	var host string
	var portnum int
	switch network {
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		if addr != "" {
			h, port, err := SplitHostPort(addr)
			if err != nil {
				return nil, err
			}
			host = h
			if portnum, err = r.LookupPort(ctx, network, port); err != nil {
				return nil, err
			}
		}
	case "ip", "ip4", "ip6":
		host = addr
	default:
		return nil, UnknownNetworkError(network)
	}
	inetaddr := func(ip IPAddr) Addr {
		switch network {
		case "tcp", "tcp4", "tcp6":
			return &TCPAddr{IP: ip.IP, Port: portnum, Zone: ip.Zone}
		case "udp", "udp4", "udp6":
			return &UDPAddr{IP: ip.IP, Port: portnum, Zone: ip.Zone}
		}
		return &IPAddr{IP: ip.IP, Zone: ip.Zone}
	}
	if host == "" {
		return []Addr{inetaddr(IPAddr{})}, nil
	}
	ips, err := r.lookupIPAddr(ctx, network, host)
	if err != nil {
		return nil, err
	}
	if len(ips) == 1 && ips[0].IP.Equal(IPv6unspecified) {
		ips = append(ips, IPAddr{IP: IPv4zero})
	}
	last := network[len(network)-1]
	var addrs []Addr
	for _, ip := range ips {
		is4 := ip.IP.To4() != nil
		if last == '4' && !is4 || last == '6' && (is4 || len(ip.IP) != 16) {
			continue
		}
		addrs = append(addrs, inetaddr(ip))
	}
	if len(addrs) == 0 {
		return nil, &AddrError{Err: errNoSuitableAddress, Addr: host}
	}
	return addrs, nil
}

// forResolve picks the address ResolveXAddr returns: the first IPv4 one, or the
// first other one when addr asks for IPv6 (a bracket or, for "ip", a colon).
func forResolve(addrs []Addr, network, addr string) Addr {
	want6 := false
	switch network {
	case "ip":
		want6 = countByte(addr, ':') > 0
	case "tcp", "udp":
		want6 = countByte(addr, '[') > 0
	}
	for _, a := range addrs {
		var ip IP
		switch a := a.(type) {
		case *TCPAddr:
			ip = a.IP
		case *UDPAddr:
			ip = a.IP
		case *IPAddr:
			ip = a.IP
		}
		if (ip.To4() != nil) != want6 {
			return a
		}
	}
	return addrs[0]
}

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// ResolveTCPAddr returns an address of TCP end point: network "tcp", "tcp4" or
// "tcp6", address "host:port" with a name or literal host and a number or service
// name as port.
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	case "":
		network = "tcp"
	default:
		return nil, UnknownNetworkError(network)
	}
	addrs, err := DefaultResolver.internetAddrList(context.Background(), network, address)
	if err != nil {
		return nil, err
	}
	return forResolve(addrs, network, address).(*TCPAddr), nil
}

// ResolveUDPAddr returns an address of UDP end point (network "udp", "udp4" or
// "udp6").
func ResolveUDPAddr(network, address string) (*UDPAddr, error) {
	switch network {
	case "udp", "udp4", "udp6":
	case "":
		network = "udp"
	default:
		return nil, UnknownNetworkError(network)
	}
	addrs, err := DefaultResolver.internetAddrList(context.Background(), network, address)
	if err != nil {
		return nil, err
	}
	return forResolve(addrs, network, address).(*UDPAddr), nil
}

// ResolveIPAddr returns an address of IP end point (network "ip", "ip4" or "ip6",
// optionally with ":protocol").
func ResolveIPAddr(network, address string) (*IPAddr, error) {
	if network == "" {
		network = "ip"
	}
	afnet, _, err := parseNetwork(network)
	if err != nil {
		return nil, err
	}
	switch afnet {
	case "ip", "ip4", "ip6":
	default:
		return nil, UnknownNetworkError(network)
	}
	addrs, err := DefaultResolver.internetAddrList(context.Background(), afnet, address)
	if err != nil {
		return nil, err
	}
	return forResolve(addrs, network, address).(*IPAddr), nil
}
