package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("  a,b,,c  ")
	parts := bytes.Split(s, []byte(","))
	fmt.Printf("%q %d %d\n", parts, len(parts[0]), cap(parts[0]))
	f := bytes.Fields(s)
	fmt.Printf("%q %d\n", f, cap(f[0]))
	t := bytes.TrimSpace(s)
	fmt.Printf("%q %d %v\n", t, cap(t), bytes.TrimSpace([]byte("   ")) == nil)
	b, a, ok := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v %d\n", b, a, ok, cap(b))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%s %s %q\n", bytes.ToUpper([]byte("héllo")), bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("-")), bytes.Runes([]byte("hé")))
	fmt.Printf("%q %v %v\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.Trim([]byte("xx"), "x") == nil, bytes.Trim(nil, "x") == nil)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%d-%s", 7, "x")
	buf.WriteString("!")
	fmt.Println(buf.String(), buf.Len())
}
