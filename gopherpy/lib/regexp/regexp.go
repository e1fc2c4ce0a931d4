// Package regexp implements regular expression search with the syntax of RE2
// (as documented by regexp/syntax): leftmost-first matching like Perl's by
// default, leftmost-longest for CompilePOSIX and after Longest, in time linear in
// the size of the input.
//
// gopherpy: the declarations are Go; the engine is native (native.py over
// engine.py): a parser and compiler producing Go's trees and programs
// (syntax/*.py), a lazy DFA to find where matches start and end, and a Pike VM
// for submatches. Python's re module is not used.
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
)

// Regexp is a compiled regular expression. Goroutines may share one, but
// Longest changes it for all of them.
type Regexp struct {
	expr           string
	eng            any // the native compiled form (engine.Engine)
	numSubexp      int
	subexpNames    []string
	prefix         string
	prefixComplete bool
	longest        bool
}

// compileNative parses and compiles expr; a failure gives Go's error code and
// offending text.
func compileNative(expr string, posix bool) (eng any, numSubexp int, names []string, prefix string, complete bool, code string, bad string)

func compile(expr string, posix, longest bool) (*Regexp, error) {
	eng, n, names, prefix, complete, code, bad := compileNative(expr, posix)
	if code != "" {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: bad}
	}
	return &Regexp{expr: expr, eng: eng, numSubexp: n, subexpNames: names,
		prefix: prefix, prefixComplete: complete, longest: longest}, nil
}

// Compile parses expr and returns the compiled Regexp (leftmost-first
// matching), or a *syntax.Error.
func Compile(expr string) (*Regexp, error) { return compile(expr, false, false) }

// CompilePOSIX compiles expr as a POSIX ERE (no Perl extensions) with
// leftmost-longest matching.
func CompilePOSIX(expr string) (*Regexp, error) { return compile(expr, true, true) }

// MustCompile is Compile that panics on a parse error.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is CompilePOSIX that panics on a parse error.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// String returns the expression re was compiled from.
func (re *Regexp) String() string { return re.expr }

// Copy returns a copy of re (needed only to call Longest on one copy).
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() { re.longest = true }

// NumSubexp returns how many capturing groups re has.
func (re *Regexp) NumSubexp() int { return re.numSubexp }

// SubexpNames returns the group names by group index: "" for index 0 (the
// whole match) and for unnamed groups.
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex returns the index of the first subexpression with the given
// name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns the literal text every match starts with, and
// whether that text is all of the expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.prefixComplete
}

// MatchReader reports whether the runes read from r contain a match.
func (re *Regexp) MatchReader(r io.RuneReader) bool { return re.findReader(r, 0) != nil }

// MatchString reports whether s contains a match of re.
func (re *Regexp) MatchString(s string) bool

// Match reports whether b contains a match of re.
func (re *Regexp) Match(b []byte) bool

// MatchReader compiles pattern and reports whether the runes read from r
// contain a match.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString compiles pattern and reports whether s contains a match.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match compiles pattern and reports whether b contains a match.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// The Find family. A nil result means no match.

func (re *Regexp) Find(b []byte) []byte
func (re *Regexp) FindString(s string) string
func (re *Regexp) FindIndex(b []byte) (loc []int)
func (re *Regexp) FindStringIndex(s string) (loc []int)
func (re *Regexp) FindSubmatch(b []byte) [][]byte
func (re *Regexp) FindStringSubmatch(s string) []string
func (re *Regexp) FindSubmatchIndex(b []byte) []int
func (re *Regexp) FindStringSubmatchIndex(s string) []int
func (re *Regexp) FindAll(b []byte, n int) [][]byte
func (re *Regexp) FindAllString(s string, n int) []string
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int

// FindReaderIndex returns the location of the leftmost match in the text read
// from r; the reader is read one rune beyond what the search needs, as Go's does.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	m := re.findReader(r, 2)
	if m == nil {
		return nil
	}
	return m[0:2]
}

// FindReaderSubmatchIndex returns the locations of the leftmost match and its
// submatches in the text read from r.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.findReader(r, 2*(re.numSubexp+1))
}

func (re *Regexp) findReader(r io.RuneReader, ncap int) []int

// The ReplaceAll family: repl may refer to submatches as $1, $name, ${name}
// (Expand's syntax), except in the Literal and Func forms.

func (re *Regexp) ReplaceAllString(src, repl string) string
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string
func (re *Regexp) ReplaceAll(src, repl []byte) []byte
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte

// Expand appends template to dst, each $1, $name or ${name} in it replaced by
// that group's text in src as match (FindSubmatchIndex's form) locates it, $$
// by $. A name runs as far as letters, digits and _ go.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte

// ExpandString is Expand for a string template and source.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte

// Split returns the pieces of s between matches of re: all of them for n < 0,
// nil for n == 0, at most n for n > 0 (the last piece then holds the rest).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	parts := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(parts) >= n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			parts = append(parts, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		parts = append(parts, s[beg:])
	}
	return parts
}

// QuoteMeta returns s with a backslash before each of \.+*?()|[]{}^$, so that
// the result matches s literally.
func QuoteMeta(s string) string

// MarshalText implements encoding.TextMarshaler: the source text.
func (re *Regexp) MarshalText() ([]byte, error) { return re.AppendText(nil) }

// AppendText implements encoding.TextAppender.
func (re *Regexp) AppendText(b []byte) ([]byte, error) { return append(b, re.expr...), nil }

// UnmarshalText implements encoding.TextUnmarshaler by compiling the text.
func (re *Regexp) UnmarshalText(text []byte) error {
	n, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *n
	return nil
}
