// regexp/syntax: Parse (trees, ops, flags, errors), String, Simplify (and its
// sharing), Equal, MaxCap, CapNames, Compile, Prog and Inst methods.
package main

import (
	"fmt"
	"regexp/syntax"
)

func dump(re *syntax.Regexp, indent string) {
	fmt.Printf("%s%v flags=%d rune=%q min=%d max=%d cap=%d name=%q\n", indent, re.Op, re.Flags, re.Rune, re.Min, re.Max, re.Cap, re.Name)
	for _, s := range re.Sub {
		dump(s, indent+"  ")
	}
}

func main() {
	for _, p := range []string{`a(b|c)*d{2,3}`, `(?i)Ab|aC`, `(?P<x>\d+)\.(\w)?$`, `[^a-c]|.|(?s:.)`, `(?m)^x$`, `\bz\B\A\z`, `x{2}{3}`} {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			fmt.Println(p, "error:", err)
			continue
		}
		fmt.Printf("%q -> %s max=%d names=%q\n", p, re, re.MaxCap(), re.CapNames())
		dump(re, "  ")
		s := re.Simplify()
		fmt.Println("  simplified:", s, s.Equal(re), s == re)
		prog, err := syntax.Compile(s)
		fmt.Print(prog, err, "\n")
		pre, complete := prog.Prefix()
		fmt.Printf("  prefix %q %v cond %d numcap %d\n", pre, complete, prog.StartCond(), prog.NumCap)
		for i := range prog.Inst {
			in := &prog.Inst[i]
			fmt.Printf("  %d %v %s match(a)=%v pos(b)=%d\n", i, in.Op, in.String(), in.Op == syntax.InstRune && in.MatchRune('a'), in.MatchRunePos('b'))
		}
	}
	re, _ := syntax.Parse(`abc`, syntax.Perl)
	fmt.Println(re.Simplify() == re, re.Equal(re), re.Equal(nil), (*syntax.Regexp)(nil).Equal(nil))
	re2, _ := syntax.Parse(`abc`, syntax.Perl|syntax.FoldCase)
	fmt.Println(re.Equal(re2), re2)
	lit, _ := syntax.Parse(`a.b*`, syntax.Literal)
	fmt.Println(lit, lit.Op)
	posix, err := syntax.Parse(`a|b\d`, syntax.POSIX)
	fmt.Println(posix, err)
	for _, op := range []syntax.Op{0, 1, 19, 20, 128} {
		fmt.Printf("%v ", op)
	}
	for _, op := range []syntax.InstOp{0, 10, 11} {
		fmt.Printf("%q ", op.String())
	}
	fmt.Println()
	fmt.Println(syntax.EmptyOpContext(-1, 'a'), syntax.EmptyOpContext('a', ' '), syntax.EmptyOpContext('\n', -1), syntax.EmptyOpContext('x', 'y'))
	in := syntax.Inst{Op: syntax.InstEmptyWidth, Arg: uint32(syntax.EmptyWordBoundary)}
	fmt.Println(in.MatchEmptyWidth('a', ' '), in.MatchEmptyWidth('a', 'b'), in.String())
	fold := syntax.Inst{Op: syntax.InstRune, Rune: []rune{'k'}, Arg: uint32(syntax.FoldCase)}
	fmt.Println(fold.MatchRune('K'), fold.MatchRune('\u212a'), fold.MatchRune('x'), fold.String())
	_, err = syntax.Parse(`a(`, syntax.Perl)
	fmt.Println(err)
}
