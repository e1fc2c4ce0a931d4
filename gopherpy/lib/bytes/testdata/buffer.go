package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "", b.Available())
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!\n"))
	fmt.Println(b.Len(), b.Cap(), b.String(), b.Available(), len(b.AvailableBuffer()))
	c, _ := b.ReadByte()
	r, sz, _ := b.ReadRune()
	fmt.Println(string(c), string(r), sz, b.UnreadRune(), b.UnreadByte(), b.UnreadRune())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, b.Len())
	_, err = b.ReadByte()
	fmt.Println(err, b.UnreadByte())
	b.Reset()
	b.Grow(100)
	fmt.Println(b.Cap() >= 100, b.Len())
	b.WriteString("abcdefghij")
	nx := b.Next(3)
	fmt.Printf("%q %q\n", nx, b.Bytes())
	b.Truncate(2)
	fmt.Printf("%q\n", b.String())
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]))
	n, err = b.Read(p)
	fmt.Println(n, err)
	n64, err := b.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(n64, err, b.String())
	n64, err = b.WriteTo(os.Stdout)
	fmt.Println("", n64, err)
	bb := bytes.NewBufferString("x,y,z")
	tok, err := bb.ReadBytes(',')
	fmt.Printf("%q %v\n", tok, err)
	bb = bytes.NewBuffer([]byte("ab"))
	fmt.Println(bb.Cap(), bb.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bb.Truncate(10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bb.Grow(-1)
	}()

	rd := bytes.NewReader([]byte("héllo world"))
	fmt.Println(rd.Len(), rd.Size())
	r, sz, _ = rd.ReadRune()
	r, sz, _ = rd.ReadRune()
	fmt.Println(r, sz, rd.UnreadRune(), rd.UnreadRune())
	pos, err := rd.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(rd)
	fmt.Printf("%q\n", rest)
	_, err = rd.Seek(-100, io.SeekStart)
	fmt.Println(err)
	n, err = rd.ReadAt(p, 2)
	fmt.Println(n, err, string(p))
	n, err = rd.ReadAt(p, 100)
	fmt.Println(n, err)
	_, err = rd.ReadAt(p, -1)
	fmt.Println(err)

	sr := strings.NewReader("abc")
	var sb strings.Builder
	n64, _ = sr.WriteTo(&sb)
	fmt.Println(n64, sb.String(), sb.Len(), sr.Len())
	sb.Grow(64)
	fmt.Println(sb.Cap() >= 64)
	fmt.Fprintf(&sb, "%d-%s", 1, "x")
	sb.WriteRune(utf8.RuneError)
	sb.WriteRune(-1)
	fmt.Printf("%q\n", sb.String())
	sr.Reset("new")
	by, _ := sr.ReadByte()
	fmt.Println(string(by), sr.UnreadByte(), sr.UnreadByte())
	var sb2 strings.Builder
	sb2.WriteString("x")
	sb3 := sb2
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sb3.WriteString("y")
	}()
	bytes.NewBuffer(nil).Truncate(-1)
}
