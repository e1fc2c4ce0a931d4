// The SetDeadline family on TCP and Unix connections and listeners: a deadline in the
// past fails at once, one in the future wakes a blocked Read, Accept or Write with
// os.ErrDeadlineExceeded ("i/o timeout"), a deadline moved while a goroutine is blocked
// applies to it, the zero time clears it, and data that arrives in time is read.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"time"
)

var addrs = regexp.MustCompile(`127\.0\.0\.1:\d+|/tmp/[^ :]+`)

func show(what string, err error) {
	var ne net.Error
	timeout := errors.As(err, &ne) && ne.Timeout()
	msg := "<nil>"
	if err != nil {
		msg = addrs.ReplaceAllString(err.Error(), "ADDR")
	}
	fmt.Printf("%s: %s (timeout %v, ErrDeadlineExceeded %v)\n", what, msg, timeout, errors.Is(err, os.ErrDeadlineExceeded))
}

func pair(network, addr string) (net.Listener, net.Conn, net.Conn) {
	l, err := net.Listen(network, addr)
	if err != nil {
		panic(err)
	}
	acc := make(chan net.Conn)
	go func() {
		s, err := l.Accept()
		if err != nil {
			panic(err)
		}
		acc <- s
	}()
	c, err := net.Dial(network, l.Addr().String())
	if err != nil {
		panic(err)
	}
	return l, c, <-acc
}

func run(network, addr string) {
	fmt.Println("==", network)
	l, c, s := pair(network, addr)
	buf := make([]byte, 16)

	c.SetReadDeadline(time.Now().Add(-time.Second))
	_, err := c.Read(buf)
	show("read, deadline in the past", err)

	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	t0 := time.Now()
	_, err = c.Read(buf)
	show("read, deadline reached", err)
	fmt.Println("waited for it:", time.Since(t0) >= 25*time.Millisecond)

	// data arriving before the deadline is read; the zero time clears the deadline
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	go func() {
		time.Sleep(10 * time.Millisecond)
		s.Write([]byte("in time"))
	}()
	n, err := c.Read(buf)
	fmt.Printf("read %q %v\n", buf[:n], err)
	c.SetReadDeadline(time.Time{})

	// a deadline set while a Read is blocked applies to that Read
	done := make(chan error)
	go func() {
		_, err := c.Read(buf)
		done <- err
	}()
	time.Sleep(10 * time.Millisecond)
	c.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	show("read, deadline set while blocked", <-done)

	// SetDeadline covers both directions
	c.SetDeadline(time.Now().Add(-time.Second))
	_, err = c.Write([]byte("x"))
	show("write, deadline in the past", err)
	_, err = c.Read(buf)
	show("read after SetDeadline", err)
	c.SetDeadline(time.Time{})

	// a Write blocks once the socket buffers are full, until its deadline
	c.SetWriteDeadline(time.Now().Add(50 * time.Millisecond))
	big := make([]byte, 1<<16)
	total := 0
	for {
		n, err := c.Write(big)
		total += n
		if err != nil {
			show("write, buffers full", err)
			break
		}
	}
	fmt.Println("wrote something first:", total > 0)

	// Accept with a deadline
	type deadliner interface{ SetDeadline(time.Time) error }
	l.(deadliner).SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = l.Accept()
	show("accept, deadline reached", err)
	l.(deadliner).SetDeadline(time.Time{})

	c.Close()
	s.Close()
	l.Close()
	show("read on closed conn", func() error { _, err := c.Read(buf); return err }())
	show("set deadline on closed conn", c.SetDeadline(time.Now()))
}

func main() {
	run("tcp", "127.0.0.1:0")
	path := fmt.Sprintf("/tmp/gopherpy-deadlines-%d.sock", os.Getpid())
	os.Remove(path)
	run("unix", path)
}
