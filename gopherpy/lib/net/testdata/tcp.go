package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"time"
)

func echoServer(l net.Listener, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		c, err := l.Accept()
		if err != nil {
			fmt.Println("accept stopped:", errors.Is(err, net.ErrClosed))
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer c.Close()
			r := bufio.NewReader(c)
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				c.Write([]byte(strings.ToUpper(line)))
			}
		}()
	}
}

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Addr().Network(), l.Addr().(*net.TCPAddr).IP, l.Addr().(*net.TCPAddr).Port > 0)
	var wg sync.WaitGroup
	wg.Add(1)
	go echoServer(l, &wg)

	results := make([]string, 5)
	var cwg sync.WaitGroup
	for i := 0; i < 5; i++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			c, err := net.Dial("tcp", l.Addr().String())
			if err != nil {
				results[i] = err.Error()
				return
			}
			defer c.Close()
			fmt.Fprintf(c, "hello from client %d\n", i)
			reply, err := bufio.NewReader(c).ReadString('\n')
			results[i] = strings.TrimSpace(reply) + fmt.Sprint(" ", err)
		}()
	}
	cwg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	// a read deadline on a connection nobody writes to
	c, _ := net.Dial("tcp", l.Addr().String())
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	buf := make([]byte, 10)
	_, err = c.Read(buf)
	var ne net.Error
	fmt.Println("timeout:", errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded) || ne.Timeout())
	c.Close()
	_, err = c.Read(buf)
	fmt.Println("read after close:", errors.Is(err, net.ErrClosed))
	fmt.Println("close twice:", c.Close() != nil)

	// the server closes: the client reads EOF
	l2, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		s, _ := l2.Accept()
		s.Write([]byte("bye"))
		s.Close()
	}()
	c2, _ := net.Dial("tcp", l2.Addr().String())
	data, err := io.ReadAll(c2)
	fmt.Printf("%q %v\n", data, err)
	c2.Close()
	l2.Close()

	l.Close()
	wg.Wait()

	_, err = net.Dial("tcp", l.Addr().String())
	fmt.Println("dial closed port refused:", strings.HasSuffix(err.Error(), "connect: connection refused"), strings.HasPrefix(err.Error(), "dial tcp 127.0.0.1:"))
	_, err = net.Dial("udpx", "x")
	fmt.Println(err)
	_, err = net.Listen("tcp", "127.0.0.1")
	fmt.Println(err)
	for _, hp := range []string{"127.0.0.1:80", "[::1]:443", "host:http", "nocolon", "a:b:c"} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("%q %q %v\n", h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.ParseIP("10.0.0.1"), net.ParseIP("2001:db8::1"), net.ParseIP("bad") == nil, net.IPv4(127, 0, 0, 1).IsLoopback())
}
