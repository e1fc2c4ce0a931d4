// regexp: every Find/FindAll/Replace/Split/Expand/Match method on strings and
// byte slices (nil results, sub-slice capacities, limits, empty matches), named
// groups, Longest and POSIX, readers, LiteralPrefix, QuoteMeta, text marshaling.
package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

func show(name string, v any) { fmt.Printf("%s: %#v\n", name, v) }

func main() {
	re := regexp.MustCompile(`(?P<user>[a-z]+)@(?P<host>[a-z]+)(\.com)?`)
	s := "x bob@example.com, amy@home z"
	b := []byte(s)
	show("String", re.String())
	show("NumSubexp", re.NumSubexp())
	show("SubexpNames", re.SubexpNames())
	show("SubexpIndex", []int{re.SubexpIndex("user"), re.SubexpIndex("host"), re.SubexpIndex(""), re.SubexpIndex("nope")})
	show("MatchString", re.MatchString(s))
	show("Match", re.Match(b))
	show("Find", string(re.Find(b)))
	f := re.Find(b)
	fmt.Println("Find len/cap:", len(f), cap(f))
	show("FindString", re.FindString(s))
	show("FindIndex", re.FindIndex(b))
	show("FindStringIndex", re.FindStringIndex(s))
	show("FindSubmatch", re.FindSubmatch(b))
	show("FindStringSubmatch", re.FindStringSubmatch(s))
	show("FindSubmatchIndex", re.FindSubmatchIndex(b))
	show("FindStringSubmatchIndex", re.FindStringSubmatchIndex(s))
	for _, n := range []int{-1, 0, 1, 2, 5} {
		show(fmt.Sprint("FindAllString ", n), re.FindAllString(s, n))
		show(fmt.Sprint("FindAllStringIndex ", n), re.FindAllStringIndex(s, n))
		show(fmt.Sprint("FindAllStringSubmatch ", n), re.FindAllStringSubmatch(s, n))
		show(fmt.Sprint("FindAllStringSubmatchIndex ", n), re.FindAllStringSubmatchIndex(s, n))
		show(fmt.Sprint("FindAll ", n), re.FindAll(b, n))
		show(fmt.Sprint("FindAllIndex ", n), re.FindAllIndex(b, n))
		show(fmt.Sprint("FindAllSubmatch ", n), re.FindAllSubmatch(b, n))
		show(fmt.Sprint("FindAllSubmatchIndex ", n), re.FindAllSubmatchIndex(b, n))
	}

	// no match: nil results
	none := "nothing here"
	show("nil Find", re.Find([]byte(none)))
	show("nil FindString", re.FindString(none))
	show("nil FindIndex", re.FindIndex([]byte(none)))
	show("nil FindStringSubmatch", re.FindStringSubmatch(none))
	show("nil FindSubmatch", re.FindSubmatch([]byte(none)))
	show("nil FindAllString", re.FindAllString(none, -1))
	show("nil FindAllSubmatchIndex", re.FindAllSubmatchIndex([]byte(none), -1))
	fmt.Println(re.FindAllString(none, -1) == nil, re.FindStringSubmatch(none) == nil, re.Find(nil) == nil)

	// empty matches
	for _, p := range []string{`a*`, `a*?`, `x*`, `\b`, `^`, `$`, `(?m)^`, `(?m)$`, `a|`, `|a`, `()`, `.*`} {
		e := regexp.MustCompile(p)
		fmt.Printf("%-8q All=%q Idx=%v Repl=%q Split=%q\n", p, e.FindAllString("baaac aa", -1),
			e.FindAllStringIndex("baaac aa", -1), e.ReplaceAllString("baaac aa", "<$0>"),
			e.Split("baaac aa", -1))
	}

	// replacements
	r2 := regexp.MustCompile(`(\w+)\s(\w+)`)
	for _, t := range []string{"$2 $1", "${2}x$1", "$2x$1", "$$1", "$", "$3", "$10", "${10}", "${1", "$name", "$0!", "$01", "${1}${1}"} {
		fmt.Printf("ReplaceAllString %q -> %q\n", t, r2.ReplaceAllString("hello world, foo bar", t))
	}
	named := regexp.MustCompile(`(?P<first>\w+) (?P<last>\w+)`)
	fmt.Printf("%q\n", named.ReplaceAllString("John Smith", "${last}, $first"))
	fmt.Printf("%q\n", named.ReplaceAllString("John Smith", "$last_$first"))
	fmt.Printf("%q\n", r2.ReplaceAllLiteralString("hello world", "$2 $1"))
	fmt.Printf("%q\n", r2.ReplaceAllStringFunc("hello world, ab cd", strings.ToUpper))
	fmt.Printf("%q\n", r2.ReplaceAll([]byte("hello world"), []byte("$2-$1")))
	fmt.Printf("%q\n", r2.ReplaceAllLiteral([]byte("hello world"), []byte("$2")))
	fmt.Printf("%q\n", r2.ReplaceAllFunc([]byte("hello world"), func(b []byte) []byte { return append([]byte("<"), append(b, '>')...) }))
	fmt.Println(regexp.MustCompile(`x`).ReplaceAll(nil, []byte("y")) == nil, regexp.MustCompile(`x`).ReplaceAll([]byte("x"), nil) == nil)
	fmt.Printf("%q\n", regexp.MustCompile(`a(x*)b`).ReplaceAllString("-ab-axxb-", "${1}W"))
	fmt.Printf("%q\n", regexp.MustCompile(`a(x*)b`).ReplaceAllString("-ab-axxb-", "$1W"))

	// Expand
	tmpl := "$user at ${host}$3 [$$] $9 $"
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		fmt.Printf("ExpandString %q\n", re.ExpandString([]byte("> "), tmpl, s, m))
		fmt.Printf("Expand %q\n", re.Expand(nil, []byte(tmpl), b, m))
	}

	// Split
	sp := regexp.MustCompile(`,\s*`)
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		fmt.Printf("Split %d %q\n", n, sp.Split("a, b,c ,  d,", n))
	}
	fmt.Printf("%q %q %q %q\n", sp.Split("", -1), regexp.MustCompile(``).Split("", -1),
		regexp.MustCompile(``).Split("abc", -1), regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5))

	// Longest, POSIX, Copy
	alt := regexp.MustCompile(`a(|b)`)
	fmt.Println(alt.FindStringSubmatch("ab"))
	c := alt.Copy()
	c.Longest()
	fmt.Println(c.FindStringSubmatch("ab"), alt.FindStringSubmatch("ab"))
	px := regexp.MustCompilePOSIX(`(a|ab)(c|bcd)(d*)`)
	fmt.Println(px.FindStringSubmatch("abcd"), regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))
	fmt.Println(regexp.MustCompilePOSIX(`a+|b+`).FindAllString("aabbbab", -1))
	_, err := regexp.CompilePOSIX(`\d`)
	fmt.Println(err)
	_, err = regexp.CompilePOSIX(`a*?`)
	fmt.Println(err)

	// readers
	rd := strings.NewReader("xx hello world")
	fmt.Println(regexp.MustCompile(`hel+o`).FindReaderIndex(rd), rd.Len())
	rd = strings.NewReader("xx hello world")
	fmt.Println(regexp.MustCompile(`hel+o`).MatchReader(rd), rd.Len())
	rd = strings.NewReader("key=value; k2=v2")
	fmt.Println(regexp.MustCompile(`(\w+)=(\w+)`).FindReaderSubmatchIndex(rd), rd.Len())
	fmt.Println(regexp.MustCompile(`zz`).FindReaderIndex(bufio.NewReader(strings.NewReader("abc"))))
	fmt.Println(regexp.MatchReader(`^\w+$`, strings.NewReader("abc")))

	// package functions, prefix, quoting
	fmt.Println(regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]"))
	fmt.Println(regexp.Match(`^\d+$`, []byte("12a")))
	fmt.Println(regexp.MatchString(`a(b`, "ab"))
	for _, p := range []string{`abc`, `abc+`, `abc|abd`, `(?i)abc`, `^abc`, `^abc$`, `a.c`, `(abc)`, `\x{FFFD}x`, ``, `.*`} {
		pre, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("LiteralPrefix %q: %q %v\n", p, pre, complete)
	}
	fmt.Println(regexp.QuoteMeta(`Escaping $5 [a-z] \d+ (x|y)? {1} ^.*`), regexp.QuoteMeta("plain"))
	q := regexp.QuoteMeta("1.5*2+[x]")
	fmt.Println(regexp.MustCompile(q).MatchString("1.5*2+[x]"), regexp.MustCompile(q).MatchString("105*2+[x]"))
	txt, _ := re.MarshalText()
	fmt.Printf("%q\n", txt)
	var u regexp.Regexp
	fmt.Println(u.UnmarshalText([]byte(`\d+`)), u.FindString("ab123"), u.UnmarshalText([]byte(`(`)))
	at, _ := re.AppendText([]byte("re="))
	fmt.Printf("%q\n", at)

	// MustCompile panics with Go's message
	for _, p := range []string{`a(b`, "a\x60b)", `[z-a]`} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			regexp.MustCompile(p)
		}()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		regexp.MustCompilePOSIX(`(?i)x`)
	}()
}
