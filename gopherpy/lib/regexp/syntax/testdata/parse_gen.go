//go:build ignore

// parse_gen writes the golden results of regexp/syntax for testdata/patterns.txt
// (parse.golden): for each pattern and flag set, the parse tree's String, the
// simplified tree's String and the compiled program, or the error.
// Run: go run parse_gen.go < patterns.txt > parse.golden
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"regexp/syntax"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		pat := sc.Text()
		for _, mode := range []struct {
			name  string
			flags syntax.Flags
		}{{"perl", syntax.Perl}, {"posix", syntax.POSIX}} {
			fmt.Fprintf(w, "pattern %s %s\n", strconv.Quote(pat), mode.name)
			re, err := syntax.Parse(pat, mode.flags)
			if err != nil {
				fmt.Fprintf(w, "error %s\n", strconv.Quote(err.Error()))
				continue
			}
			fmt.Fprintf(w, "string %s\n", strconv.Quote(re.String()))
			fmt.Fprintf(w, "maxcap %d %q\n", re.MaxCap(), re.CapNames())
			sre := re.Simplify()
			fmt.Fprintf(w, "simple %s\n", strconv.Quote(sre.String()))
			prog, err := syntax.Compile(sre)
			if err != nil {
				fmt.Fprintf(w, "compile error %s\n", err)
				continue
			}
			prefix, complete := prog.Prefix()
			fmt.Fprintf(w, "prog %s %v %d %d\n", strconv.Quote(prefix), complete, prog.StartCond(), prog.NumCap)
			fmt.Fprint(w, prog.String())
			if mode.flags == syntax.Perl {
				if r, err := regexp.Compile(pat); err == nil {
					lp, lc := r.LiteralPrefix()
					fmt.Fprintf(w, "literalprefix %s %v\n", strconv.Quote(lp), lc)
				}
			}
			fmt.Fprintln(w, "end")
		}
	}
}
