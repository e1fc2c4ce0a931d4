package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"strings"
)

func main() {
	path := fmt.Sprintf("/tmp/gopherpy-unixsock-%d.sock", os.Getpid())
	os.Remove(path)
	l, err := net.Listen("unix", path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Addr().Network(), l.Addr().String() == path)
	done := make(chan string)
	go func() {
		c, err := l.Accept()
		if err != nil {
			done <- err.Error()
			return
		}
		b, _ := io.ReadAll(c)
		c.Write([]byte("got " + string(b)))
		c.Close()
		done <- "server done"
	}()
	c, err := net.Dial("unix", path)
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Write([]byte("ping"))
	c.(*net.UnixConn).CloseWrite()
	reply, _ := io.ReadAll(c)
	fmt.Println(string(reply), <-done)
	c.Close()
	_, err = net.Listen("unix", path)
	fmt.Println(err != nil)
	l.Close()
	_, err = net.Dial("unix", path)
	fmt.Println("socket file removed:", strings.Replace(err.Error(), path, "PATH", 1))
}
