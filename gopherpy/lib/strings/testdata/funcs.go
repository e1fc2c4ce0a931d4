package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  a b\t\nc  é\u00a0x "))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 0))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("héllo", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("k", "\u212a"))
	fmt.Println(strings.Title("hello wörld-foo_bar"), strings.ToUpper("héllo ß"), strings.ToLower("HÉLLO İ"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.Index("chicken", "ken"), strings.IndexRune("chékén", 'k'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"))
	fmt.Printf("%q %q %q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimSpace(" \t x y \n"), strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	b, a, f := strings.Cut("key=value=x", "=")
	fmt.Println(b, a, f)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xff\xfec", "?"))
	// iterators called directly (the range-over-func form is the compiler's test)
	strings.Lines("one\ntwo\nthree")(func(l string) bool {
		fmt.Printf("%q ", l)
		return true
	})
	fmt.Println()
	strings.SplitSeq("a-b-c", "-")(func(p string) bool {
		fmt.Print(p, ";")
		return p != "b"
	})
	fmt.Println()
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.HasPrefix("golang", "go"), strings.TrimSuffix("a.go", ".go"))
}
