// This file implements the DNS messages of the resolver's client (RFC 1035, RFC
// 6891's OPT record): a query built, a response parsed into its sections.
//
// gopherpy: Go's resolver uses golang.org/x/net/dns/dnsmessage; this is a small
// parser of its own with the same rules where they show (names are unpacked with
// compression pointers, without escaping, ending in a dot; a name longer than 255
// bytes or a pointer loop fails the message).
package net

const (
	dnsTypeA     = 1
	dnsTypeNS    = 2
	dnsTypeCNAME = 5
	dnsTypePTR   = 12
	dnsTypeMX    = 15
	dnsTypeTXT   = 16
	dnsTypeAAAA  = 28
	dnsTypeSRV   = 33
	dnsTypeOPT   = 41

	dnsClassINET = 1

	dnsRCodeSuccess        = 0
	dnsRCodeServerFailure  = 2
	dnsRCodeNameError      = 3
	maxDNSPacketSize       = 1232 // the EDNS0 payload size Go's resolver offers
	errDNSCannotUnmarshal  = "cannot unmarshal DNS message"
	errDNSCannotMarshal    = "cannot marshal DNS message"
	errDNSInvalidResponse  = "invalid DNS response"
	errDNSNoAnswer         = "no answer from DNS server"
	errDNSLameReferral     = "lame referral"
	errDNSServerMisbehaves = "server misbehaving"
)

// A dnsRR is one resource record of a response: its header and where its data is.
type dnsRR struct {
	name  string
	typ   int
	class int
	ttl   uint32
	off   int // offset of the record data in the message
	n     int // length of the record data
}

// A dnsMsg is a parsed response.
type dnsMsg struct {
	raw                []byte
	id                 int
	response           bool
	authoritative      bool
	truncated          bool
	recursionAvailable bool
	rcode              int
	qname              string
	qtype, qclass      int
	hasQuestion        bool
	answers            []dnsRR
	authorities        []dnsRR
	additionals        []dnsRR
	answersBad         bool // an answer record could not be parsed (the rest are missing)
}

type dnsError struct{ s string }

func (e *dnsError) Error() string { return e.s }

// packDNSName appends the wire form of name, which must be rooted ("example.com.").
func packDNSName(b []byte, name string) ([]byte, bool) {
	if len(name) == 0 || name[len(name)-1] != '.' || len(name) > 255 {
		return nil, false
	}
	if name == "." {
		return append(b, 0), true
	}
	start := 0
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			n := i - start
			if n == 0 || n > 63 {
				return nil, false
			}
			b = append(b, byte(n))
			b = append(b, name[start:i]...)
			start = i + 1
		}
	}
	return append(b, 0), true
}

// newDNSQuery builds a query of name and qtype (class IN, recursion desired, AD as
// asked) with an EDNS0 OPT record offering maxDNSPacketSize, as Go's newRequest.
func newDNSQuery(id int, name string, qtype int, ad bool) ([]byte, bool) {
	flags := 0x0100 // RD
	if ad {
		flags |= 0x0020
	}
	b := []byte{byte(id >> 8), byte(id), byte(flags >> 8), byte(flags), 0, 1, 0, 0, 0, 0, 0, 1}
	b, ok := packDNSName(b, name)
	if !ok {
		return nil, false
	}
	b = append(b, byte(qtype>>8), byte(qtype), 0, dnsClassINET)
	// OPT: root name, type 41, class = payload size, TTL 0, no data
	b = append(b, 0, 0, dnsTypeOPT, byte(maxDNSPacketSize>>8), byte(maxDNSPacketSize&0xff), 0, 0, 0, 0, 0, 0)
	return b, true
}

// readDNSName unpacks the name at off; it returns the name (with a final dot) and
// the offset after it in place (a pointer counts two bytes).
func readDNSName(msg []byte, off int) (string, int, bool) {
	name := make([]byte, 0, 64)
	end := -1
	ptrs := 0
	for {
		if off >= len(msg) {
			return "", 0, false
		}
		c := int(msg[off])
		off++
		switch c & 0xc0 {
		case 0x00:
			if c == 0 {
				if len(name) == 0 {
					name = append(name, '.')
				}
				if len(name) > 255 {
					return "", 0, false
				}
				if end < 0 {
					end = off
				}
				return string(name), end, true
			}
			if off+c > len(msg) {
				return "", 0, false
			}
			name = append(name, msg[off:off+c]...)
			name = append(name, '.')
			off += c
		case 0xc0:
			if off >= len(msg) {
				return "", 0, false
			}
			if end < 0 {
				end = off + 1
			}
			ptrs++
			if ptrs > 10 {
				return "", 0, false
			}
			off = (c&0x3f)<<8 | int(msg[off])
		default:
			return "", 0, false
		}
	}
}

func dnsU16(b []byte, off int) int { return int(b[off])<<8 | int(b[off+1]) }

// parseDNSMsg parses the header and question of a response and as many records
// as it can: the records from a malformed one on are missing (answersBad says when
// that happened among the answers).
func parseDNSMsg(b []byte) (*dnsMsg, bool) {
	if len(b) < 12 {
		return nil, false
	}
	m := &dnsMsg{raw: b, id: dnsU16(b, 0)}
	flags := dnsU16(b, 2)
	m.response = flags&0x8000 != 0
	m.authoritative = flags&0x0400 != 0
	m.truncated = flags&0x0200 != 0
	m.recursionAvailable = flags&0x0080 != 0
	m.rcode = flags & 0xf
	qd, an, ns, ar := dnsU16(b, 4), dnsU16(b, 6), dnsU16(b, 8), dnsU16(b, 10)
	off := 12
	if qd > 0 {
		name, next, ok := readDNSName(b, off)
		if !ok || next+4 > len(b) {
			return nil, false
		}
		m.qname, m.qtype, m.qclass, m.hasQuestion = name, dnsU16(b, next), dnsU16(b, next+2), true
		off = next + 4
		for i := 1; i < qd; i++ { // more questions: skipped
			_, next, ok := readDNSName(b, off)
			if !ok || next+4 > len(b) {
				return nil, false
			}
			off = next + 4
		}
	}
	sections := []*[]dnsRR{&m.answers, &m.authorities, &m.additionals}
	counts := []int{an, ns, ar}
	for s, sec := range sections {
		for i := 0; i < counts[s]; i++ {
			name, next, ok := readDNSName(b, off)
			if !ok || next+10 > len(b) {
				m.answersBad = s == 0
				return m, true
			}
			rr := dnsRR{name: name, typ: dnsU16(b, next), class: dnsU16(b, next+2),
				ttl: uint32(dnsU16(b, next+4))<<16 | uint32(dnsU16(b, next+6)), n: dnsU16(b, next+8), off: next + 10}
			if rr.off+rr.n > len(b) {
				m.answersBad = s == 0
				return m, true
			}
			*sec = append(*sec, rr)
			off = rr.off + rr.n
		}
	}
	return m, true
}

// equalASCIIName reports whether two names are equal, ignoring ASCII case.
func equalASCIIName(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// rdataName is the name a record's data holds at offset skip (NS, CNAME, PTR: 0;
// MX: 2; SRV: 6).
func (m *dnsMsg) rdataName(rr dnsRR, skip int) (string, bool) {
	if rr.n < skip+1 {
		return "", false
	}
	name, _, ok := readDNSName(m.raw, rr.off+skip)
	return name, ok
}

// rdataTXT is the character strings of a TXT record.
func (m *dnsMsg) rdataTXT(rr dnsRR) ([]string, bool) {
	var txt []string
	off, end := rr.off, rr.off+rr.n
	for off < end {
		l := int(m.raw[off])
		off++
		if off+l > end {
			return nil, false
		}
		txt = append(txt, string(m.raw[off:off+l]))
		off += l
	}
	return txt, true
}

// extendedRCode is the response code with the OPT record's upper bits, and whether
// the message has additional records.
func (m *dnsMsg) extendedRCode() (int, bool) {
	for _, rr := range m.additionals {
		if rr.typ == dnsTypeOPT {
			return int(rr.ttl>>24)<<4 | m.rcode, true
		}
	}
	return m.rcode, len(m.additionals) > 0
}
