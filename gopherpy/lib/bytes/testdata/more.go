package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	b := []byte("  Hello, World! héllo  ")
	fmt.Printf("%q %q %q\n", bytes.ToUpper(b), bytes.ToLower(b), bytes.ToTitle(b))
	fmt.Printf("%q %q %q %q\n", bytes.Trim(b, " H"), bytes.TrimLeft(b, " "), bytes.TrimRight(b, " "), bytes.TrimFunc(b, unicode.IsSpace))
	fmt.Printf("%q %q\n", bytes.TrimPrefix(b, []byte("  He")), bytes.TrimSuffix(b, []byte("o  ")))
	fmt.Println(bytes.Contains(b, []byte("World")), bytes.ContainsAny(b, "xyz!"), bytes.ContainsRune(b, 'é'), bytes.ContainsFunc(b, unicode.IsDigit))
	fmt.Println(bytes.Index(b, []byte("l")), bytes.LastIndex(b, []byte("l")), bytes.IndexByte(b, 'W'), bytes.IndexRune(b, 'é'), bytes.IndexAny(b, "!,"), bytes.LastIndexAny(b, "lo"), bytes.IndexFunc(b, unicode.IsUpper), bytes.LastIndexFunc(b, unicode.IsUpper), bytes.LastIndexByte(b, 'l'))
	fmt.Println(bytes.HasPrefix(b, []byte("  ")), bytes.HasSuffix(b, []byte("x")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Count(b, nil))
	fmt.Printf("%q\n", bytes.SplitN(b, []byte("l"), 3))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit))
	fmt.Printf("%q %q\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q %q\n", bytes.Replace(b, []byte("l"), []byte("L"), 2), bytes.ReplaceAll(b, []byte("l"), []byte("")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, b))
	bf, af, ok := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v\n", bf, af, ok)
	r1, ok1 := bytes.CutPrefix([]byte("prefix"), []byte("pre"))
	r2, ok2 := bytes.CutSuffix([]byte("suffix"), []byte("fix"))
	fmt.Printf("%q %v %q %v\n", r1, ok1, r2, ok2)
	fmt.Println(string(bytes.Runes([]byte("héllo"))), bytes.EqualFold([]byte("Σ"), []byte("ς")), string(bytes.ToValidUTF8([]byte("a\xffb"), []byte("?"))))
	fmt.Printf("%q %q\n", bytes.Title([]byte("hello world")), bytes.ToUpperSpecial(unicode.TurkishCase, []byte("i")))
	c := bytes.Clone([]byte("abc"))
	fmt.Println(string(c), bytes.Clone(nil) == nil)
	rd := bytes.NewReader([]byte("0123456789"))
	p := make([]byte, 4)
	n, _ := rd.Read(p)
	fmt.Println(n, string(p), rd.Len(), rd.Size())
	rd.Seek(2, io.SeekCurrent)
	bb, _ := rd.ReadByte()
	fmt.Println(string(bb))
	n, err := rd.ReadAt(p, 8)
	fmt.Println(n, err, string(p[:n]))
	var buf bytes.Buffer
	rd.Reset([]byte("xyz"))
	rd.WriteTo(&buf)
	buf.ReadFrom(bytes.NewReader([]byte("!!")))
	fmt.Println(buf.String(), buf.Available() >= 0)
	s, err := buf.ReadString('z')
	fmt.Println(s, err)
	fmt.Println(buf.UnreadByte(), buf.String())
	fmt.Println(string(buf.AvailableBuffer()), string(buf.Bytes()))
	buf.WriteString("abc")
	tb := make([]byte, 2)
	buf.Read(tb)
	fmt.Println(string(tb), buf.UnreadRune())
	for l := range bytes.Lines([]byte("a\nb")) {
		fmt.Printf("%q ", l)
	}
	for l := range bytes.SplitSeq([]byte("a;b"), []byte(";")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println(recover()) }()
		bytes.Repeat([]byte("x"), -1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var b bytes.Buffer
		b.Truncate(5)
	}()
}
