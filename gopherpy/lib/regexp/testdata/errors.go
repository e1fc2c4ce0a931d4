// regexp: Compile's errors (*syntax.Error: code and offending text) for every
// kind of bad pattern, as Go words them.
package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
)

func main() {
	bad := []string{
		`a(b`, `a)b`, `)`, `(`, `((a)`, `a(?:b`, `[a`, `[a-`, `[`, `[]`, `[^]`, `[z-a]`, `[a-\d]`,
		`[[:foo:]]`, `[[:alpha:]`, `\p{Foo}`, `\p`, `\pX`, `\p{`, `\P{^Nope}`,
		`a**`, `a*+`, `a++`, `a??+`, `a{2}{3}`, `a{2}*`, `x{1001}`, `x{2,1}`, `(x{500}){3}`,
		`*`, `+a`, `?`, `a|*`, `(*)`, `{1}`, `a{1}{`,
		`\`, `a\`, `\q`, `\1`, `\8`, `\C`, `\x`, `\x4`, `\xg1`, `\x{}`, `\x{110000}`, `\x{4g}`,
		`(?P<name>`, `(?P<na-me>a)`, `(?P<>a)`, `(?P=name)`, `(?<n`, `(?'n'a)`,
		`(?i`, `(?z)`, `(?-)`, `(?i-)`, `(?--i)`, `(?i:a`, "a\xffb", "[\xff]", `\Qab\E)`,
		`(a)(b))`, `a|b)`, `x{99999999999}`, `x{0100}`,
	}
	for _, p := range bad {
		_, err := regexp.Compile(p)
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Printf("%q: %v | code=%q expr=%q\n", p, err, se.Code, se.Expr)
		} else {
			fmt.Printf("%q: %v\n", p, err)
		}
	}
	posix := []string{`\d`, `\b`, `(?i)a`, `a*?`, `\pL`, `[\d]`, `\z`, `\Aa`, `[a-b-c]`, `(?:a)`, `a{2}`}
	for _, p := range posix {
		_, err := regexp.CompilePOSIX(p)
		fmt.Printf("POSIX %q: %v\n", p, err)
	}
	fmt.Println(syntax.ErrMissingParen, syntax.ErrorCode("x").String())
	deep := ""
	for i := 0; i < 1001; i++ {
		deep += "("
	}
	for i := 0; i < 1001; i++ {
		deep += ")"
	}
	_, err := regexp.Compile(deep)
	fmt.Println(len(deep), err != nil, err.(*syntax.Error).Code)
	_, err = regexp.Compile(`((((((((((a{100}){100}){100}){100}){100})))))`)
	fmt.Println(err)
}
