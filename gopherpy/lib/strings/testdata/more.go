package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! héllo wörld ǅ ß İ"
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	fmt.Println(strings.Title("hello world-foo bar_baz"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σ", "ς"))
	fmt.Printf("%q\n", strings.Fields("  a b\t c\n d  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,,c", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,,c", ",", 0))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,,c", ",", 3))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	b, a, f := strings.Cut("key=value=x", "=")
	fmt.Println(b, a, f)
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutSuffix("body.go", ".go"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'b'), strings.ContainsFunc("abc", unicode.IsUpper))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.IndexAny("golang", "ng"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("golang", 'g'), strings.LastIndexFunc("go123", unicode.IsLetter))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Printf("[%s][%s][%s][%s]\n", strings.Trim("  xx  ", " "), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimSpace("\t\n hi \r\n"))
	fmt.Printf("[%s][%s][%s]\n", strings.TrimPrefix("xxhi", "x"), strings.TrimSuffix("hi.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("[%s][%s]\n", strings.TrimLeftFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("abc"))
	var sb strings.Builder
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	fmt.Fprintf(&sb, "%d", 42)
	fmt.Println(sb.String(), sb.Len())
	sb.Grow(100)
	fmt.Println(sb.Cap() >= 100)
	sb.Reset()
	fmt.Println(sb.Len())
	rd := strings.NewReader("hello world")
	buf := make([]byte, 5)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf), rd.Len(), rd.Size())
	rd.Seek(-3, io.SeekEnd)
	rest, _ := io.ReadAll(rd)
	fmt.Println(string(rest))
	rd.Reset("xyz")
	c, _ := rd.ReadByte()
	rd.UnreadByte()
	rr, sz, _ := rd.ReadRune()
	fmt.Println(c, rr, sz)
	n2, err := rd.ReadAt(buf, 1)
	fmt.Println(n2, err, string(buf[:n2]))
	for l := range strings.Lines("a\nb\nc") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print(p, ";")
	}
	for p := range strings.FieldsSeq(" x  y z ") {
		fmt.Print(p, ";")
	}
	for p := range strings.FieldsFuncSeq("x1y2z", unicode.IsDigit) {
		fmt.Print(p, ";")
	}
	for p := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Print(p, ";")
	}
	fmt.Println()
	fmt.Println(strings.Clone("abc"), strings.IndexAny("", "a"), strings.EqualFold("k", "\u212a"))
	fmt.Println(strings.Title("ǆemal"), strings.ToTitle("ǆ"))
}
