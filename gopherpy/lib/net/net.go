// Package net provides a portable interface for network I/O: TCP and Unix-domain
// stream sockets.
//
// gopherpy: partial. Sockets are non-blocking Python sockets; a goroutine that
// would block parks on the runtime's netpoller ("IO wait", gopherpy/runtime/
// netpoll.py) until the fd is ready or its deadline passes, as Go's netpoll does;
// name resolution runs as a blocking syscall on a helper thread (lookup.go). Provided:
// Listen, Dial, DialTimeout, Listener.Accept/Close/Addr, Conn Read/Write/Close/
// CloseWrite, Local/RemoteAddr, Set(Read|Write)Deadline, TCPAddr, UnixAddr, IP,
// OpError, SplitHostPort/JoinHostPort; the Lookup functions, Resolver, DNSError,
// IPAddr, Resolve(TCP|UDP|IP)Addr (lookup.go); LookupMX/NS/TXT/SRV by the DNS
// client (dnsclient.go, dnsmsg.go); UDPConn from Dial. Not yet: ListenUDP,
// ReadFrom/WriteTo, Dialer, interfaces.
package net

import (
	"context"
	"errors"
	"io"
	"os"
	"time"
)

// Addr represents a network end point address.
type Addr interface {
	Network() string // name of the network (for example, "tcp", "udp")
	String() string  // string form of address (for example, "192.0.2.1:25", "[2001:db8::1]:80")
}

// Conn is a generic stream-oriented network connection.
type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

// An Error represents a network error.
type Error interface {
	error
	Timeout() bool
	Temporary() bool
}

// ErrClosed is the error returned by an I/O call on a network connection that has
// already been closed, or that is closed by another goroutine before the I/O is
// completed.
var ErrClosed error = errClosed{}

type errClosed struct{}

func (errClosed) Error() string   { return "use of closed network connection" }
func (errClosed) Timeout() bool   { return false }
func (errClosed) Temporary() bool { return false }

var errDeadline = os.ErrDeadlineExceeded

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

// atoi parses a decimal port number (ok false for anything else).
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// A sysError is an error of the operating system: "connect: connection refused".
type sysError struct {
	call  string
	msg   string
	errno int
}

func (e *sysError) Error() string   { return e.call + ": " + e.msg }
func (e *sysError) Timeout() bool   { return false }
func (e *sysError) Temporary() bool { return false }

// OpError is the error type usually returned by functions in the net package. It
// describes the operation, network type, and address of an error.
type OpError struct {
	Op     string
	Net    string
	Source Addr
	Addr   Addr
	Err    error
}

func (e *OpError) Unwrap() error { return e.Err }

func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Op
	if e.Net != "" {
		s += " " + e.Net
	}
	if e.Source != nil {
		s += " " + e.Source.String()
	}
	if e.Addr != nil {
		if e.Source != nil {
			s += "->"
		} else {
			s += " "
		}
		s += e.Addr.String()
	}
	return s + ": " + e.Err.Error()
}

// Timeout reports whether the error is a timeout.
func (e *OpError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Temporary reports whether the error is temporary.
func (e *OpError) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

// AddrError describes a malformed address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	s := e.Err
	if e.Addr != "" {
		s = "address " + e.Addr + ": " + s
	}
	return s
}
func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// UnknownNetworkError is returned for an unsupported network name.
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// An IP is a single IP address, a slice of bytes (4 or 16 of them).
type IP []byte

// IPv4 returns the IP address (in 16-byte form) of the IPv4 address a.b.c.d.
func IPv4(a, b, c, d byte) IP {
	return IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, a, b, c, d}
}

// To4 converts the IPv4 address ip to a 4-byte representation, or returns nil.
func (ip IP) To4() IP {
	if len(ip) == 4 {
		return ip
	}
	if len(ip) == 16 {
		for i := 0; i < 10; i++ {
			if ip[i] != 0 {
				return nil
			}
		}
		if ip[10] == 0xff && ip[11] == 0xff {
			return ip[12:16]
		}
	}
	return nil
}

// String returns the string form of the IP address ip.
func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if p4 := ip.To4(); len(p4) == 4 {
		return itoa(int(p4[0])) + "." + itoa(int(p4[1])) + "." + itoa(int(p4[2])) + "." + itoa(int(p4[3]))
	}
	if len(ip) != 16 {
		return "?" + string(ip)
	}
	return ip6String(string(ip))
}

func ip6String(b string) string

// Equal reports whether ip and x are the same IP address.
func (ip IP) Equal(x IP) bool {
	a, b := ip.To4(), x.To4()
	if a != nil && b != nil {
		return string(a) == string(b)
	}
	return string(ip) == string(x)
}

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 127
	}
	return ip.Equal(IPv6loopback)
}

// IPv6loopback is the IPv6 loopback address ::1.
var IPv6loopback = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}

// IPv6unspecified is the IPv6 unspecified address ::.
var IPv6unspecified = make(IP, 16)

// IPv4zero is the IPv4 all-zeros address 0.0.0.0.
var IPv4zero = IPv4(0, 0, 0, 0)

// To16 converts the IP address ip to a 16-byte representation, or returns nil.
func (ip IP) To16() IP {
	if len(ip) == 4 {
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	if len(ip) == 16 {
		return ip
	}
	return nil
}

// ParseIP parses s as an IP address, returning the result (nil if s is not valid).
func ParseIP(s string) IP {
	b := parseIP(s)
	if b == "" {
		return nil
	}
	return IP(b)
}

func parseIP(s string) string

// TCPAddr represents the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string
}

func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ""
	if len(a.IP) != 0 {
		ip = a.IP.String()
	}
	if a.Zone != "" {
		ip += "%" + a.Zone
	}
	return JoinHostPort(ip, itoa(a.Port))
}

// UnixAddr represents the address of a Unix domain socket end point.
type UnixAddr struct {
	Name string
	Net  string
}

func (a *UnixAddr) Network() string { return a.Net }

func (a *UnixAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return a.Name
}

// JoinHostPort combines host and port into a network address of the form
// "host:port". If host contains a colon, as found in literal IPv6 addresses, then
// JoinHostPort returns "[host]:port".
func JoinHostPort(host, port string) string {
	for i := 0; i < len(host); i++ {
		if host[i] == ':' {
			return "[" + host + "]:" + port
		}
	}
	return host + ":" + port
}

// SplitHostPort splits a network address of the form "host:port",
// "host%zone:port", "[host]:port" or "[host%zone]:port" into host or host%zone
// and port.
func SplitHostPort(hostport string) (host, port string, err error) {
	h, p, msg := splitHostPort(hostport)
	if msg != "" {
		return "", "", &AddrError{Err: msg, Addr: hostport}
	}
	return h, p, nil
}

func splitHostPort(hostport string) (host, port, msg string)

// conn is the shared implementation of TCPConn and UnixConn.
type conn struct {
	fd     any // the native socket
	net    string
	laddr  Addr
	raddr  Addr
	closed bool
}

// TCPConn is an implementation of the Conn interface for TCP network connections.
type TCPConn struct{ conn }

// UnixConn is an implementation of the Conn interface for connections to Unix
// domain sockets.
type UnixConn struct{ conn }

// UDPConn is the implementation of the Conn interface for a UDP socket made by
// Dial ("udp", "udp4", "udp6"): connected, so Read and Write carry one datagram
// each (gopherpy: no ListenUDP, ReadFrom or WriteTo yet).
type UDPConn struct{ conn }

func (c *conn) opErr(op string, kind int, msg string, errno int) error {
	var err error
	switch kind {
	case 1:
		return io.EOF
	case 2:
		err = errDeadline
	case 3:
		err = ErrClosed
	default:
		err = &sysError{op, msg, errno}
	}
	return &OpError{Op: op, Net: c.net, Source: c.laddr, Addr: c.raddr, Err: err}
}

// Read reads data from the connection.
func (c *conn) Read(b []byte) (int, error) {
	if c.closed {
		return 0, c.opErr("read", 3, "", 0)
	}
	n, kind, msg, errno := sockRead(c.fd, b)
	if kind != 0 {
		if kind == 1 && len(b) == 0 {
			return 0, nil
		}
		return n, c.opErr("read", kind, msg, errno)
	}
	return n, nil
}

// Write writes data to the connection.
func (c *conn) Write(b []byte) (int, error) {
	if c.closed {
		return 0, c.opErr("write", 3, "", 0)
	}
	n, kind, msg, errno := sockWrite(c.fd, b)
	if kind != 0 {
		return n, c.opErr("write", kind, msg, errno)
	}
	return n, nil
}

// Close closes the connection.
func (c *conn) Close() error {
	if c.closed {
		return c.opErr("close", 3, "", 0)
	}
	c.closed = true
	sockClose(c.fd)
	return nil
}

// CloseWrite shuts down the writing side of the connection.
func (c *conn) CloseWrite() error {
	if c.closed {
		return c.opErr("close", 3, "", 0)
	}
	sockShutdown(c.fd, 1)
	return nil
}

// CloseRead shuts down the reading side of the connection.
func (c *conn) CloseRead() error {
	if c.closed {
		return c.opErr("close", 3, "", 0)
	}
	sockShutdown(c.fd, 0)
	return nil
}

// LocalAddr returns the local network address.
func (c *conn) LocalAddr() Addr { return c.laddr }

// RemoteAddr returns the remote network address.
func (c *conn) RemoteAddr() Addr { return c.raddr }

// SetDeadline sets the read and write deadlines associated with the connection:
// Read and Write calls, the blocked ones included, fail with an error wrapping
// os.ErrDeadlineExceeded once it passes. The zero time means no deadline.
func (c *conn) SetDeadline(t time.Time) error { return c.setDeadline(3, t) }

// SetReadDeadline sets the deadline for future Read calls and any
// currently-blocked Read call.
func (c *conn) SetReadDeadline(t time.Time) error { return c.setDeadline(1, t) }

// SetWriteDeadline sets the deadline for future Write calls and any
// currently-blocked Write call.
func (c *conn) SetWriteDeadline(t time.Time) error { return c.setDeadline(2, t) }

func (c *conn) setDeadline(mode int, t time.Time) error {
	if c.closed {
		return &OpError{Op: "set", Net: c.net, Addr: c.laddr, Err: ErrClosed}
	}
	sockSetDeadline(c.fd, mode, monoDeadline(t))
	return nil
}

func sockSetDeadline(fd any, mode int, deadline int64)

// monoDeadline turns a wall-clock deadline into the runtime clock's ns (0: none;
// a deadline in the past is 1, already expired).
func monoDeadline(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return deadlineFromNow(int64(time.Until(t)))
}

func deadlineFromNow(d int64) int64

func sockRead(fd any, b []byte) (n int, kind int, msg string, errno int)
func sockWrite(fd any, b []byte) (n int, kind int, msg string, errno int)
func sockClose(fd any)
func sockShutdown(fd any, how int)

// TCPListener is a TCP network listener.
type TCPListener struct{ listener }

// UnixListener is a Unix domain socket listener.
type UnixListener struct{ listener }

type listener struct {
	fd     any
	net    string
	addr   Addr
	closed bool
	unlink string // the socket file a Unix listener removes on Close
}

// Accept waits for and returns the next connection to the listener.
func (l *listener) Accept() (Conn, error) {
	if l.closed {
		return nil, &OpError{Op: "accept", Net: l.net, Addr: l.addr, Err: ErrClosed}
	}
	fd, kind, msg, errno := sockAccept(l.fd)
	if kind != 0 {
		var err error = &sysError{"accept", msg, errno}
		if kind == 3 {
			err = ErrClosed
		} else if kind == 2 {
			err = errDeadline
		}
		return nil, &OpError{Op: "accept", Net: l.net, Addr: l.addr, Err: err}
	}
	la, ra := connAddrs(fd, l.net)
	if l.net == "unix" {
		return &UnixConn{conn{fd: fd, net: l.net, laddr: la, raddr: ra}}, nil
	}
	return &TCPConn{conn{fd: fd, net: l.net, laddr: la, raddr: ra}}, nil
}

// Close stops listening on the address. Already Accepted connections are not
// closed.
func (l *listener) Close() error {
	if l.closed {
		return &OpError{Op: "close", Net: l.net, Addr: l.addr, Err: ErrClosed}
	}
	l.closed = true
	sockClose(l.fd)
	if l.unlink != "" {
		removeFile(l.unlink)
	}
	return nil
}

// Addr returns the listener's network address.
func (l *listener) Addr() Addr { return l.addr }

// SetDeadline sets the deadline of Accept calls, the blocked ones included; the zero
// time means none.
func (l *listener) SetDeadline(t time.Time) error {
	if l.closed {
		return &OpError{Op: "set", Net: l.net, Addr: l.addr, Err: ErrClosed}
	}
	sockSetDeadline(l.fd, 1, monoDeadline(t))
	return nil
}

func sockAccept(fd any) (nfd any, kind int, msg string, errno int)
func removeFile(name string)

// connAddrs returns the local and remote addresses of a connected socket.
func connAddrs(fd any, network string) (Addr, Addr) {
	lh, lp, rh, rp := sockAddrs(fd)
	if network == "unix" {
		return &UnixAddr{Name: lh, Net: "unix"}, &UnixAddr{Name: rh, Net: "unix"}
	}
	if network == "udp" || network == "udp4" || network == "udp6" {
		return &UDPAddr{IP: ParseIP(lh), Port: lp}, &UDPAddr{IP: ParseIP(rh), Port: rp}
	}
	return &TCPAddr{IP: ParseIP(lh), Port: lp}, &TCPAddr{IP: ParseIP(rh), Port: rp}
}

func sockAddrs(fd any) (lhost string, lport int, rhost string, rport int)

// Listen announces on the local network address: network "tcp", "tcp4", "tcp6"
// or "unix".
func Listen(network, address string) (Listener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	case "unix":
		fd, msg, errno := listenUnix(address)
		if msg != "" {
			return nil, &OpError{Op: "listen", Net: network, Addr: &UnixAddr{address, network}, Err: &sysError{"bind", msg, errno}}
		}
		return &UnixListener{listener{fd: fd, net: network, addr: &UnixAddr{address, network}, unlink: address}}, nil
	default:
		return nil, &OpError{Op: "listen", Net: network, Err: UnknownNetworkError(network)}
	}
	addrs, err := DefaultResolver.internetAddrList(context.Background(), network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	la := firstIPv4(addrs).(*TCPAddr)
	fd, msg, errno := listenTCP(network, hostText(la.IP, la.Zone), la.Port)
	if msg != "" {
		return nil, &OpError{Op: "listen", Net: network, Addr: la, Err: &sysError{"bind", msg, errno}}
	}
	lh, lp, _, _ := sockAddrs(fd)
	return &TCPListener{listener{fd: fd, net: network, addr: &TCPAddr{IP: ParseIP(lh), Port: lp}}}, nil
}

// firstIPv4 is the first IPv4 address of a resolved list, else its first one.
func firstIPv4(addrs []Addr) Addr {
	for _, a := range addrs {
		switch a := a.(type) {
		case *TCPAddr:
			if a.IP.To4() != nil {
				return a
			}
		case *UDPAddr:
			if a.IP.To4() != nil {
				return a
			}
		}
	}
	return addrs[0]
}

// hostText is the literal host natives take: "" for none, "ip" or "ip%zone".
func hostText(ip IP, zone string) string {
	if len(ip) == 0 {
		return ""
	}
	if zone != "" {
		return ip.String() + "%" + zone
	}
	return ip.String()
}

func listenTCP(network, host string, port int) (fd any, msg string, errno int)
func listenUnix(path string) (fd any, msg string, errno int)

// Dial connects to the address on the named network ("tcp", "tcp4", "tcp6",
// "udp", "udp4", "udp6", "unix").
func Dial(network, address string) (Conn, error) {
	return DialTimeout(network, address, 0)
}

// DialTimeout acts like Dial but takes a timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	var deadline int64
	if timeout > 0 {
		deadline = deadlineFromNow(int64(timeout))
	}
	switch network {
	case "unix":
		ra := &UnixAddr{address, network}
		fd, kind, msg, errno := dialUnix(address, deadline)
		if kind != 0 {
			var err error = &sysError{"connect", msg, errno}
			if kind == 2 {
				err = errDeadline
			}
			return nil, &OpError{Op: "dial", Net: network, Addr: ra, Err: err}
		}
		la, _ := connAddrs(fd, network)
		return &UnixConn{conn{fd: fd, net: network, laddr: la, raddr: ra}}, nil
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
	default:
		return nil, &OpError{Op: "dial", Net: network, Err: UnknownNetworkError(network)}
	}
	// The name is resolved as Go's Dial does (the timeout bounds the lookup too),
	// then the addresses are tried in order; the first error is reported.
	ctx := context.Background()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	addrs, err := DefaultResolver.internetAddrList(ctx, network, address)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Err: err}
	}
	var firstErr error
	for _, a := range addrs {
		var fd any
		var kind, errno int
		var msg string
		var ra Addr
		switch a := a.(type) {
		case *TCPAddr:
			ra = a
			fd, kind, msg, errno, _ = dialTCP(network, hostText(a.IP, a.Zone), a.Port, deadline)
		case *UDPAddr:
			ra = a
			fd, kind, msg, errno, _ = dialUDP(network, hostText(a.IP, a.Zone), a.Port)
		}
		if kind == 0 {
			la, ra := connAddrs(fd, network)
			if network[0] == 'u' {
				return &UDPConn{conn{fd: fd, net: network, laddr: la, raddr: ra}}, nil
			}
			return &TCPConn{conn{fd: fd, net: network, laddr: la, raddr: ra}}, nil
		}
		var err error = &sysError{"connect", msg, errno}
		if kind == 2 {
			err = errDeadline
		} else if kind == 5 {
			err = errors.New(msg)
		}
		if firstErr == nil {
			firstErr = &OpError{Op: "dial", Net: network, Addr: ra, Err: err}
		}
		if kind == 2 {
			break
		}
	}
	return nil, firstErr
}

func dialTCP(network, host string, port int, deadline int64) (fd any, kind int, msg string, errno int, rip string)
func dialUnix(path string, deadline int64) (fd any, kind int, msg string, errno int)
func dialUDP(network, host string, port int) (fd any, kind int, msg string, errno int, rip string)
