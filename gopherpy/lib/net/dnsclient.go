// This file implements the DNS client of the resolver (Go's dnsclient_unix.go):
// queries sent to the servers of /etc/resolv.conf over UDP (TCP when the answer is
// truncated, or with "options use-vc") for the names of the search list, and the
// lookups that need it: LookupMX, LookupNS, LookupTXT, LookupSRV, and every lookup
// of a Resolver with a Dial function.
//
// gopherpy: the sockets are the package's own (UDPConn, TCPConn): a goroutine
// waiting for an answer parks on the netpoller, as in Go. Record order, errors and
// their texts follow Go's resolver.
package net

import (
	"context"
	"io"
	"time"
)

func dnsConfig() (servers, search []string, ndots, timeout, attempts int, rotate, useTCP, trustAD bool)
func randIntn(n int) int

// A dnsConf is resolv.conf as the client uses it.
type dnsConf struct {
	servers  []string // "host:port"
	search   []string // rooted suffixes
	ndots    int
	timeout  time.Duration
	attempts int
	rotate   bool
	useTCP   bool
	trustAD  bool
}

var dnsServerOffset uint32

func getDNSConf() *dnsConf {
	c := &dnsConf{}
	var t int
	c.servers, c.search, c.ndots, t, c.attempts, c.rotate, c.useTCP, c.trustAD = dnsConfig()
	c.timeout = time.Duration(t) * time.Second
	return c
}

func (c *dnsConf) serverOffset() uint32 {
	if c.rotate {
		dnsServerOffset++
		return dnsServerOffset - 1
	}
	return 0
}

// avoidDNS reports whether name must not be sent to DNS servers (RFC 7686's
// .onion names, and the empty name).
func avoidDNS(name string) bool {
	if name == "" {
		return true
	}
	if name[len(name)-1] == '.' {
		name = name[:len(name)-1]
	}
	const onion = ".onion"
	return len(name) >= len(onion) && equalASCIIName(name[len(name)-len(onion):], onion)
}

// nameList returns the names to try for name: a rooted name alone; otherwise the
// name itself first when it has at least ndots dots, then with each search suffix,
// then the name itself when it has fewer.
func (c *dnsConf) nameList(name string) []string {
	rooted := len(name) > 0 && name[len(name)-1] == '.'
	if len(name) > 254 || len(name) == 254 && !rooted {
		return nil
	}
	if rooted {
		if avoidDNS(name) {
			return nil
		}
		return []string{name}
	}
	hasNdots := countByte(name, '.') >= c.ndots
	name += "."
	names := make([]string, 0, 1+len(c.search))
	if hasNdots && !avoidDNS(name) {
		names = append(names, name)
	}
	for _, suffix := range c.search {
		fqdn := name + suffix
		if !avoidDNS(fqdn) && len(fqdn) <= 254 {
			names = append(names, fqdn)
		}
	}
	if !hasNdots && !avoidDNS(name) {
		names = append(names, name)
	}
	return names
}

// dial connects to a DNS server: through r.Dial when set, else by the package's
// own Dial (a context already done fails the way Go's Dialer does).
func (r *Resolver) dial(ctx context.Context, network, server string) (Conn, error) {
	var c Conn
	var err error
	if r != nil && r.Dial != nil {
		c, err = r.Dial(ctx, network, server)
	} else {
		if ctx.Err() != nil {
			host, port, _ := SplitHostPort(server)
			p, _ := atoi(port)
			var a Addr = &UDPAddr{IP: ParseIP(host), Port: p}
			if network == "tcp" {
				a = &TCPAddr{IP: ParseIP(host), Port: p}
			}
			return nil, &OpError{Op: "dial", Net: network, Addr: a, Err: mapErr(ctx.Err())}
		}
		var timeout time.Duration
		if d, ok := ctx.Deadline(); ok {
			timeout = time.Until(d)
			if timeout <= 0 {
				timeout = 1
			}
		}
		c, err = DialTimeout(network, server, timeout)
	}
	if err != nil {
		return nil, mapErr(err)
	}
	return c, nil
}

// exchange sends the query for name and qtype to server and returns the response:
// over UDP, again over TCP when it came back truncated.
func (r *Resolver) exchange(ctx context.Context, server, name string, qtype int, conf *dnsConf) (*dnsMsg, error) {
	id := randIntn(1 << 16)
	req, ok := newDNSQuery(id, name, qtype, conf.trustAD)
	if !ok {
		return nil, &dnsError{errDNSCannotMarshal}
	}
	networks := []string{"udp", "tcp"}
	if conf.useTCP {
		networks = []string{"tcp"}
	}
	for _, network := range networks {
		ctx, cancel := context.WithDeadline(ctx, time.Now().Add(conf.timeout))
		defer cancel()
		c, err := r.dial(ctx, network, server)
		if err != nil {
			return nil, err
		}
		if d, ok := ctx.Deadline(); ok && !d.IsZero() {
			c.SetDeadline(d)
		}
		var m *dnsMsg
		if _, packet := c.(*UDPConn); packet {
			m, err = dnsPacketRoundTrip(c, id, name, qtype, req)
		} else {
			m, err = dnsStreamRoundTrip(c, id, name, qtype, req)
		}
		c.Close()
		if err != nil {
			return nil, mapErr(err)
		}
		if m.truncated && network == "udp" {
			continue
		}
		return m, nil
	}
	return nil, &dnsError{errDNSNoAnswer}
}

func checkDNSResponse(m *dnsMsg, id int, name string, qtype int) bool {
	return m.response && m.id == id && m.hasQuestion && m.qtype == qtype &&
		m.qclass == dnsClassINET && equalASCIIName(m.qname, name)
}

// dnsPacketRoundTrip writes the query and reads datagrams until one answers it.
func dnsPacketRoundTrip(c Conn, id int, name string, qtype int, req []byte) (*dnsMsg, error) {
	if _, err := c.Write(req); err != nil {
		return nil, err
	}
	b := make([]byte, maxDNSPacketSize)
	for {
		n, err := c.Read(b)
		if err != nil {
			return nil, err
		}
		m, ok := parseDNSMsg(b[:n])
		if !ok || !checkDNSResponse(m, id, name, qtype) {
			continue
		}
		return m, nil
	}
}

// dnsStreamRoundTrip writes the query with its length and reads one response.
func dnsStreamRoundTrip(c Conn, id int, name string, qtype int, req []byte) (*dnsMsg, error) {
	l := len(req)
	if _, err := c.Write(append([]byte{byte(l >> 8), byte(l)}, req...)); err != nil {
		return nil, err
	}
	hdr := make([]byte, 2)
	if _, err := io.ReadFull(c, hdr); err != nil {
		return nil, err
	}
	b := make([]byte, int(hdr[0])<<8|int(hdr[1]))
	if _, err := io.ReadFull(c, b); err != nil {
		return nil, err
	}
	m, ok := parseDNSMsg(b)
	if !ok {
		return nil, &dnsError{errDNSCannotUnmarshal}
	}
	if !checkDNSResponse(m, id, name, qtype) {
		return nil, &dnsError{errDNSInvalidResponse}
	}
	return m, nil
}

// checkDNSHeader turns a response's code into Go's error: no such host,
// a lame referral (nothing useful from a server that neither knows nor recurses),
// server misbehaving (temporary for SERVFAIL).
func checkDNSHeader(m *dnsMsg) error {
	rcode, hasAdd := m.extendedRCode()
	if rcode == dnsRCodeNameError {
		return errNoSuchHost
	}
	if m.answersBad && len(m.answers) == 0 {
		return &dnsError{errDNSCannotUnmarshal}
	}
	if rcode == dnsRCodeSuccess && !m.authoritative && !m.recursionAvailable && len(m.answers) == 0 && !hasAdd {
		return &dnsError{errDNSLameReferral}
	}
	if rcode != dnsRCodeSuccess {
		if rcode == dnsRCodeServerFailure {
			return errServerMisbehaving
		}
		return &dnsError{errDNSServerMisbehaves}
	}
	return nil
}

// tryOneName asks the servers, in turn and conf.attempts times, for name; it
// returns the first answer holding a record of qtype, or the last error (no such
// host at once).
func (r *Resolver) tryOneName(ctx context.Context, conf *dnsConf, name string, qtype int) (*dnsMsg, string, error) {
	var lastErr error
	offset := conf.serverOffset()
	n := uint32(len(conf.servers))
	if _, ok := packDNSName(nil, name); !ok {
		return nil, "", &DNSError{Err: errDNSCannotMarshal, Name: name}
	}
	for i := 0; i < conf.attempts; i++ {
		for j := uint32(0); j < n; j++ {
			server := conf.servers[(offset+j)%n]
			m, err := r.exchange(ctx, server, name, qtype, conf)
			if err != nil {
				de := newDNSError(err, name, server)
				if _, ok := err.(*OpError); ok {
					de.IsTemporary = true
				}
				lastErr = de
				continue
			}
			if err := checkDNSHeader(m); err != nil {
				if err == errNoSuchHost {
					return m, server, newDNSError(errNoSuchHost, name, server)
				}
				lastErr = newDNSError(err, name, server)
				continue
			}
			found := false
			for _, rr := range m.answers {
				if rr.typ == qtype {
					found = true
					break
				}
			}
			if !found {
				if m.answersBad {
					lastErr = newDNSError(&dnsError{errDNSCannotUnmarshal}, name, server)
					continue
				}
				return m, server, newDNSError(errNoSuchHost, name, server)
			}
			return m, server, nil
		}
	}
	return nil, "", lastErr
}

// dnsLookup asks DNS for the records of qtype of name, trying the names of the
// search list in turn.
func (r *Resolver) dnsLookup(ctx context.Context, name string, qtype int) (*dnsMsg, string, error) {
	if !isDomainName(name) {
		return nil, "", newDNSError(errNoSuchHost, name, "")
	}
	conf := getDNSConf()
	var m *dnsMsg
	var server string
	var err error
	for _, fqdn := range conf.nameList(name) {
		m, server, err = r.tryOneName(ctx, conf, fqdn, qtype)
		if err == nil {
			break
		}
		if ne, ok := err.(Error); ok && ne.Temporary() && r != nil && r.StrictErrors {
			break
		}
	}
	if err == nil {
		if m == nil {
			// no name to ask (a .onion name): Go reads its zero parser, which fails
			return nil, "", unmarshalErr(name, "")
		}
		return m, server, nil
	}
	if de, ok := err.(*DNSError); ok {
		de.Name = name
	}
	return nil, "", err
}

// records returns the answers of type qtype, from the first one on (the records of
// other types before it skipped, as Go's parser does).
func (m *dnsMsg) records(qtype int) []dnsRR {
	for i, rr := range m.answers {
		if rr.typ == qtype {
			return m.answers[i:]
		}
	}
	return nil
}

// goLookupIPDNS asks DNS for the A and AAAA records of name (A only for "ip4",
// AAAA only for "ip6", and the CNAME record too for "CNAME"), for each name of the
// search list until one has addresses; the addresses sorted by RFC 6724 and the
// canonical name. Go sends the queries of one name in parallel and reads the
// answers as they come; they are sent one after the other here.
func (r *Resolver) goLookupIPDNS(ctx context.Context, network, name string) ([]IPAddr, string, error) {
	qtypes := []int{dnsTypeA, dnsTypeAAAA}
	switch network {
	case "CNAME":
		qtypes = append(qtypes, dnsTypeCNAME)
	case "ip4", "tcp4", "udp4":
		qtypes = []int{dnsTypeA}
	case "ip6", "tcp6", "udp6":
		qtypes = []int{dnsTypeAAAA}
	}
	conf := getDNSConf()
	var addrs []IPAddr
	cname := ""
	var lastErr error
	for _, fqdn := range conf.nameList(name) {
		strictHit := false
		for _, qtype := range qtypes {
			m, server, err := r.tryOneName(ctx, conf, fqdn, qtype)
			if err != nil {
				if ne, ok := err.(Error); ok && ne.Temporary() && r.StrictErrors {
					strictHit = true
					lastErr = err
				} else if lastErr == nil || fqdn == name+"." {
					lastErr = err
				}
				continue
			}
			for _, rr := range m.records(qtype) {
				switch rr.typ {
				case dnsTypeA:
					if rr.n != 4 {
						lastErr = unmarshalErr(name, server)
						break
					}
					addrs = append(addrs, IPAddr{IP: IP(append([]byte(nil), m.raw[rr.off:rr.off+4]...))})
					if cname == "" {
						cname = rr.name
					}
				case dnsTypeAAAA:
					if rr.n != 16 {
						lastErr = unmarshalErr(name, server)
						break
					}
					addrs = append(addrs, IPAddr{IP: IP(append([]byte(nil), m.raw[rr.off:rr.off+16]...))})
					if cname == "" {
						cname = rr.name
					}
				case dnsTypeCNAME:
					target, ok := m.rdataName(rr, 0)
					if !ok {
						lastErr = unmarshalErr(name, server)
						break
					}
					if cname == "" {
						cname = target
					}
				}
			}
			if m.answersBad {
				lastErr = unmarshalErr(name, server)
			}
		}
		if strictHit {
			addrs = nil
			break
		}
		if len(addrs) > 0 || network == "CNAME" && cname != "" {
			break
		}
	}
	if de, ok := lastErr.(*DNSError); ok {
		de.Name = name
	}
	if len(addrs) > 1 {
		texts := make([]string, len(addrs))
		for i, a := range addrs {
			texts[i] = a.IP.String()
		}
		sorted := sortByRFC6724(texts)
		byText := map[string][]IPAddr{}
		for _, a := range addrs {
			byText[a.IP.String()] = append(byText[a.IP.String()], a)
		}
		addrs = addrs[:0]
		for _, t := range sorted {
			addrs = append(addrs, byText[t][0])
			byText[t] = byText[t][1:]
		}
	}
	if len(addrs) == 0 && !(network == "CNAME" && cname != "") && lastErr != nil {
		return nil, "", lastErr
	}
	return addrs, cname, nil
}

// goLookupPTRDNS asks DNS for the PTR records of arpa (the reverse name of addr).
func (r *Resolver) goLookupPTRDNS(ctx context.Context, addr, arpa string) ([]string, error) {
	m, server, err := r.dnsLookup(ctx, arpa, dnsTypePTR)
	if err != nil {
		return nil, err
	}
	var ptrs []string
	for _, rr := range m.records(dnsTypePTR) {
		if rr.typ != dnsTypePTR {
			continue
		}
		n, ok := m.rdataName(rr, 0)
		if !ok {
			return nil, unmarshalErr(addr, server)
		}
		ptrs = append(ptrs, n)
	}
	if m.answersBad {
		return nil, unmarshalErr(addr, server)
	}
	return ptrs, nil
}

func unmarshalErr(name, server string) error {
	return &DNSError{Err: errDNSCannotUnmarshal, Name: name, Server: server}
}

// An MX represents a single DNS MX record.
type MX struct {
	Host string
	Pref uint16
}

// An NS represents a single DNS NS record.
type NS struct {
	Host string
}

// An SRV represents a single DNS SRV record.
type SRV struct {
	Target   string
	Port     uint16
	Priority uint16
	Weight   uint16
}

func (r *Resolver) goLookupMX(ctx context.Context, name string) ([]*MX, error) {
	m, server, err := r.dnsLookup(ctx, name, dnsTypeMX)
	if err != nil {
		return nil, err
	}
	var mxs []*MX
	for _, rr := range m.records(dnsTypeMX) {
		if rr.typ != dnsTypeMX {
			continue
		}
		host, ok := m.rdataName(rr, 2)
		if !ok {
			return nil, unmarshalErr(name, server)
		}
		mxs = append(mxs, &MX{Host: host, Pref: uint16(dnsU16(m.raw, rr.off))})
	}
	if m.answersBad {
		return nil, unmarshalErr(name, server)
	}
	// RFC 5321: equal preferences in random order
	for i := range mxs {
		j := randIntn(i + 1)
		mxs[i], mxs[j] = mxs[j], mxs[i]
	}
	for i := 1; i < len(mxs); i++ {
		for j := i; j > 0 && mxs[j].Pref < mxs[j-1].Pref; j-- {
			mxs[j], mxs[j-1] = mxs[j-1], mxs[j]
		}
	}
	return mxs, nil
}

func (r *Resolver) goLookupNS(ctx context.Context, name string) ([]*NS, error) {
	m, server, err := r.dnsLookup(ctx, name, dnsTypeNS)
	if err != nil {
		return nil, err
	}
	var nss []*NS
	for _, rr := range m.records(dnsTypeNS) {
		if rr.typ != dnsTypeNS {
			continue
		}
		host, ok := m.rdataName(rr, 0)
		if !ok {
			return nil, unmarshalErr(name, server)
		}
		nss = append(nss, &NS{Host: host})
	}
	if m.answersBad {
		return nil, unmarshalErr(name, server)
	}
	return nss, nil
}

func (r *Resolver) goLookupTXT(ctx context.Context, name string) ([]string, error) {
	m, server, err := r.dnsLookup(ctx, name, dnsTypeTXT)
	if err != nil {
		return nil, err
	}
	var txts []string
	for _, rr := range m.records(dnsTypeTXT) {
		if rr.typ != dnsTypeTXT {
			continue
		}
		parts, ok := m.rdataTXT(rr)
		if !ok {
			return nil, unmarshalErr(name, server)
		}
		s := ""
		for _, p := range parts {
			s += p
		}
		txts = append(txts, s)
	}
	if m.answersBad {
		return nil, unmarshalErr(name, server)
	}
	return txts, nil
}

func (r *Resolver) goLookupSRV(ctx context.Context, service, proto, name string) (string, []*SRV, error) {
	target := name
	if service != "" || proto != "" {
		target = "_" + service + "._" + proto + "." + name
	}
	m, server, err := r.dnsLookup(ctx, target, dnsTypeSRV)
	if err != nil {
		return "", nil, err
	}
	var srvs []*SRV
	cname := ""
	for _, rr := range m.records(dnsTypeSRV) {
		if rr.typ != dnsTypeSRV {
			continue
		}
		if cname == "" {
			cname = rr.name
		}
		t, ok := m.rdataName(rr, 6)
		if !ok {
			return "", nil, unmarshalErr(name, server)
		}
		b := m.raw[rr.off:]
		srvs = append(srvs, &SRV{Target: t, Priority: uint16(dnsU16(b, 0)), Weight: uint16(dnsU16(b, 2)), Port: uint16(dnsU16(b, 4))})
	}
	if m.answersBad {
		return "", nil, unmarshalErr(name, server)
	}
	sortSRV(srvs)
	return cname, srvs, nil
}

// sortSRV orders SRV records by priority and, within a priority, shuffles them by
// weight (RFC 2782).
func sortSRV(srvs []*SRV) {
	for i := 1; i < len(srvs); i++ {
		for j := i; j > 0 && (srvs[j].Priority < srvs[j-1].Priority ||
			srvs[j].Priority == srvs[j-1].Priority && srvs[j].Weight < srvs[j-1].Weight); j-- {
			srvs[j], srvs[j-1] = srvs[j-1], srvs[j]
		}
	}
	i := 0
	for j := 1; j <= len(srvs); j++ {
		if j == len(srvs) || srvs[i].Priority != srvs[j].Priority {
			shuffleByWeight(srvs[i:j])
			i = j
		}
	}
}

func shuffleByWeight(srvs []*SRV) {
	sum := 0
	for _, s := range srvs {
		sum += int(s.Weight)
	}
	for sum > 0 && len(srvs) > 1 {
		acc := 0
		n := randIntn(sum)
		for i := range srvs {
			acc += int(srvs[i].Weight)
			if acc > n {
				srvs[0], srvs[i] = srvs[i], srvs[0]
				break
			}
		}
		sum -= int(srvs[0].Weight)
		srvs = srvs[1:]
	}
}

// LookupMX returns the DNS MX records for the given domain name sorted by
// preference.
func LookupMX(name string) ([]*MX, error) {
	return DefaultResolver.LookupMX(context.Background(), name)
}

// LookupMX returns the DNS MX records for the given domain name sorted by
// preference; records whose host is not a domain name (nor an IP address) are left
// out with an error.
func (r *Resolver) LookupMX(ctx context.Context, name string) ([]*MX, error) {
	records, err := r.goLookupMX(ctx, name)
	if err != nil {
		return nil, err
	}
	filtered := make([]*MX, 0, len(records))
	for _, mx := range records {
		if !isDomainName(mx.Host) {
			h := mx.Host
			if len(h) > 0 && h[len(h)-1] == '.' {
				h = h[:len(h)-1]
			}
			if _, zone, ok := parseAddr(h); !ok || zone != "" {
				continue
			}
		}
		filtered = append(filtered, mx)
	}
	if len(records) != len(filtered) {
		return filtered, &DNSError{Err: errMalformedRecords, Name: name}
	}
	return filtered, nil
}

// LookupNS returns the DNS NS records for the given domain name.
func LookupNS(name string) ([]*NS, error) {
	return DefaultResolver.LookupNS(context.Background(), name)
}

// LookupNS returns the DNS NS records for the given domain name.
func (r *Resolver) LookupNS(ctx context.Context, name string) ([]*NS, error) {
	records, err := r.goLookupNS(ctx, name)
	if err != nil {
		return nil, err
	}
	filtered := make([]*NS, 0, len(records))
	for _, ns := range records {
		if isDomainName(ns.Host) {
			filtered = append(filtered, ns)
		}
	}
	if len(records) != len(filtered) {
		return filtered, &DNSError{Err: errMalformedRecords, Name: name}
	}
	return filtered, nil
}

// LookupTXT returns the DNS TXT records for the given domain name (the strings of
// one record joined).
func LookupTXT(name string) ([]string, error) {
	return DefaultResolver.LookupTXT(context.Background(), name)
}

// LookupTXT returns the DNS TXT records for the given domain name.
func (r *Resolver) LookupTXT(ctx context.Context, name string) ([]string, error) {
	return r.goLookupTXT(ctx, name)
}

// LookupSRV tries to resolve an SRV query of the given service, protocol, and
// domain name (_service._proto.name; with both empty, name itself), and returns
// the canonical name and the records sorted by priority and shuffled by weight.
func LookupSRV(service, proto, name string) (cname string, addrs []*SRV, err error) {
	return DefaultResolver.LookupSRV(context.Background(), service, proto, name)
}

// LookupSRV is the package-level LookupSRV with a context.
func (r *Resolver) LookupSRV(ctx context.Context, service, proto, name string) (string, []*SRV, error) {
	cname, addrs, err := r.goLookupSRV(ctx, service, proto, name)
	if err != nil {
		return "", nil, err
	}
	if cname != "" && !isDomainName(cname) {
		return "", nil, &DNSError{Err: "SRV header name is invalid", Name: name}
	}
	filtered := make([]*SRV, 0, len(addrs))
	for _, a := range addrs {
		if isDomainName(a.Target) {
			filtered = append(filtered, a)
		}
	}
	if len(addrs) != len(filtered) {
		return cname, filtered, &DNSError{Err: errMalformedRecords, Name: name}
	}
	return cname, filtered, nil
}
