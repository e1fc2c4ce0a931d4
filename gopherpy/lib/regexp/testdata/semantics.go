// regexp: matching semantics — leftmost-first vs leftmost-longest, greedy and
// non-greedy operators, flags (?i)(?m)(?s)(?U), \b \B ^ $ \A \z, Perl, POSIX and
// Unicode classes, case folding, invalid UTF-8 in the text, empty loops.
package main

import (
	"fmt"
	"regexp"
)

type tc struct{ pat, text string }

func main() {
	cases := []tc{
		{`a+?`, "aaa"}, {`a*?b`, "aaab"}, {`(a+)(a*)`, "aaaa"}, {`(a+?)(a*)`, "aaaa"},
		{`(?U)a+`, "aaa"}, {`(?U)a+?`, "aaa"}, {`(a|ab)(c|bcd)(d*)`, "abcd"},
		{`(a*)*`, "b"}, {`(a*)+`, "b"}, {`(a|b)*`, "abab"}, {`(a*|b)*`, "ab"}, {`(?:(a)|b)+`, "ab"},
		{`(a?)((ab)?)(b?)`, "ab"}, {`((a)|b)*`, "ab"}, {`(a*)*(x)`, "x"}, {`(a+|b+)*c`, "aabbc"},
		{`^abc`, "abc\nabc"}, {`(?m)^abc`, "x\nabc"}, {`abc$`, "abc\nabc"}, {`(?m)abc$`, "abc\nx"},
		{`(?m)^$`, "a\n\nb"}, {`\Aa`, "aa"}, {`a\z`, "aa"}, {`(?s).+`, "a\nb"}, {`.+`, "a\nb"},
		{`\bfoo\b`, "a foo b"}, {`\Bfoo`, "afoo"}, {`\b`, "ab cd"}, {`\B`, "ab cd"},
		{`(?i)straße`, "STRASSE strasse Straße"}, {`(?i)k`, "K k \u212a"}, {`(?i)σ+`, "ΣσςX"},
		{`(?i)[a-c]+`, "xAbCd"}, {`[[:upper:]]+`, "abCDe"}, {`(?i)[[:upper:]]+`, "abCDe"},
		{`\pL+`, "héllo wörld 123"}, {`\p{Greek}+`, "abc αβγ def"}, {`\PL+`, "ab12!?cd"},
		{`\p{Lu}`, "aBc"}, {`[\p{Nd}x]+`, "ab12x3y"}, {`\p{Han}+`, "漢字かな"}, {`[^\x00-\x7f]+`, "abc日本def"},
		{`\d+`, "a١٢3"}, {`\w+`, "naïve"}, {`\s+`, "a\t\n\v\f\r b"}, {`[[:space:]]+`, "a\t\n\v\f\r b"},
		{`.`, "\xff"}, {`\x{FFFD}`, "a\xffb"}, {`[^a]`, "\xe2\x82"}, {`a.c`, "a\xe2\x82\xacc"},
		{`日本`, "にほん日本語"}, {`(.)(.)`, "日本"}, {`x*`, "日本"}, {`\b\w`, "日a"},
		{`[a-z]+@[a-z]+\.(com|org)`, "mail me: bob@example.org or amy@x.com"},
		{`(\d{3})-(\d{4})`, "call 555-1234 or 555-98765"}, {`a{2,3}`, "aaaaaaa"}, {`a{2,3}?`, "aaaaaaa"},
		{`(foo|foobar)`, "foobar"}, {`(foobar|foo)`, "foobar"}, {`(a|b|c|d|e)+f`, "abcdef"},
		{`\Q.*\E+`, "a.*.*b"}, {`[]a]+`, "a]]b"}, {`[^]a]+`, "a]]bcd"}, {`[a-]+`, "-a-b"},
		{`\x41\101\x{42}`, "AAB"}, {`\a\f\t\n\r\v`, "\a\f\t\n\r\v"}, {`()`, ""}, {`(|a)+`, "aa"},
		{`(a|)+`, "aa"}, {`(?:a|())+`, "aa"}, {`(a?)*?b`, "aab"}, {`x(a*?)*y`, "xaay"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.pat)
		lre := regexp.MustCompile(c.pat)
		lre.Longest()
		fmt.Printf("%-22q %-20q first=%v longest=%v all=%q\n", c.pat, c.text,
			re.FindStringSubmatchIndex(c.text), lre.FindStringSubmatchIndex(c.text),
			re.FindAllString(c.text, -1))
	}
	posix := []tc{{`a+|b+`, "aabbb"}, {`(a|ab)(bc|c)`, "abc"}, {`(a*)(ab)*(b*)`, "abb"}, {`x|xy|xyz`, "xyz"},
		{`[[:alpha:]]+`, "ab1cd"}, {`.*`, "a\nb"}, {`^a`, "b\na"}, {`a$`, "a\nb"}}
	for _, c := range posix {
		re := regexp.MustCompilePOSIX(c.pat)
		fmt.Printf("POSIX %-14q %-10q %v %q\n", c.pat, c.text, re.FindStringSubmatchIndex(c.text), re.FindAllString(c.text, -1))
	}
}
