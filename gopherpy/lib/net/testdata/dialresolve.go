// Dial and Listen resolve their addresses as the Lookup functions do: host names
// (localhost from /etc/hosts), service names as ports, the family of tcp4/tcp6,
// and Go's errors when that fails. UDP "connections" (connect picks the route
// only) report their addresses.
package main

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	l, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		panic(err)
	}
	la := l.Addr().(*net.TCPAddr)
	fmt.Println("listening on", la.IP, la.Port > 0)
	port := fmt.Sprint(la.Port)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			c.Write([]byte("hi"))
			c.Close()
		}
	}()
	for _, a := range []string{"localhost:" + port, "127.0.0.1:" + port, "LOCALHOST:" + port} {
		c, err := net.DialTimeout("tcp", a, 5*time.Second)
		if err != nil {
			fmt.Println(a, err)
			continue
		}
		b := make([]byte, 2)
		n, _ := c.Read(b)
		fmt.Println(strings.Replace(a, port, "PORT", 1), "->", c.RemoteAddr().(*net.TCPAddr).IP, string(b[:n]))
		c.Close()
	}
	l.Close()

	for _, c := range [][2]string{{"tcp4", "[::1]:80"}, {"tcp6", "127.0.0.1:80"}, {"tcp", "a b:80"}, {"tcp", "127.0.0.1"},
		{"udp", "127.0.0.1:x y"}, {"tcp", "127.0.0.1:99999"}, {"tcp", "localhost:no-such-service"}, {"sctp", "127.0.0.1:1"}} {
		_, err := net.Dial(c[0], c[1])
		fmt.Printf("Dial(%q, %q): %v\n", c[0], c[1], err)
	}
	for _, c := range [][2]string{{"tcp4", "[::1]:0"}, {"tcp", "a b:0"}, {"tcp", "127.0.0.1:99999"}, {"tcp", "127.0.0.1:no-such-service"}} {
		_, err := net.Listen(c[0], c[1])
		fmt.Printf("Listen(%q, %q): %v\n", c[0], c[1], err)
	}
	for _, a := range []string{"localhost:domain", "127.0.0.1:53"} {
		c, err := net.Dial("udp", a)
		if err != nil {
			fmt.Println(a, err)
			continue
		}
		fmt.Printf("udp %s: %T %v %s\n", a, c, c.RemoteAddr(), c.RemoteAddr().Network())
		c.Close()
	}
}
