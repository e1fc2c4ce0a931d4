package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type countWriter struct {
	calls int
	sb    strings.Builder
}

func (c *countWriter) Write(p []byte) (int, error) { c.calls++; return c.sb.Write(p) }

type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

type short struct{}

func (short) Write(p []byte) (int, error) { return 0, nil }

func run(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, chunks ...string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	for _, c := range chunks {
		w.Write([]byte(c))
	}
	err := w.Flush()
	fmt.Printf("== %s (%v)\n%s|END\n", name, err, sb.String())
}

func main() {
	text := "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n\nx\ty\n"
	run("basic", 0, 8, 1, ' ', 0, text)
	run("minwidth", 10, 8, 1, '.', 0, text)
	run("padding", 0, 8, 3, '-', 0, text)
	run("tabs", 0, 8, 1, '\t', 0, text)
	run("tabs4", 0, 4, 0, '\t', 0, text)
	run("alignright", 0, 8, 1, ' ', tabwriter.AlignRight, text)
	run("alignright tab", 0, 8, 1, '\t', tabwriter.AlignRight, text)
	run("debug", 0, 8, 1, ' ', tabwriter.Debug, text)
	run("debug right", 5, 0, 1, '_', tabwriter.Debug|tabwriter.AlignRight, text)
	run("chunks", 0, 8, 1, '.', 0, "a", "\tb", "b\tc\n", "dd", "dd\te\t", "ff\n", "g")
	run("no newline", 0, 8, 1, '.', 0, "a\tb\tc")
	run("trailing tab", 0, 8, 1, '.', 0, "a\t\nbb\t\nccc\t\n")
	run("empty columns", 0, 8, 1, '.', 0, "a\t\t\tb\nc\t\t\td\n")
	run("discard empty", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\t\t\tb\nc\t\t\td\n")
	run("discard empty debug", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns|tabwriter.Debug, "a\t\t\tb\nc\t\t\td\n")
	run("discard vtab", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\v\v\vb\nc\v\v\vd\n")
	run("vtab", 0, 8, 1, '.', 0, "a\vb\vc\naaa\vb\n")
	run("formfeed", 0, 8, 1, '.', 0, "a\tb\fccccc\td\n")
	run("formfeed debug", 0, 8, 1, '.', tabwriter.Debug, "a\tb\fccccc\td\n")
	run("indent", 0, 8, 1, '.', 0, "\t\tindented\n\tless\nnone\n")
	run("tabindent", 0, 4, 1, '.', tabwriter.TabIndent, "\t\tindented\n\tless\tx\nnone\n")
	run("utf8", 0, 8, 1, '.', 0, "héllo\twörld\n日本語\tx\n\xff\xfe\ty\n")
	run("escape", 0, 8, 1, '.', 0, "\xffa\tb\xff\tc\nxx\ty\n")
	run("stripescape", 0, 8, 1, '.', tabwriter.StripEscape, "\xffa\tb\xff\tc\nxx\ty\n")
	run("unterminated escape", 0, 8, 1, '.', 0, "a\t\xffb\tc")
	run("html", 0, 8, 1, '.', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\tt\ty\n")
	run("html off", 0, 8, 1, '.', 0, "<b>bold</b>\t&amp;\tx\nplain\tt\ty\n")
	run("html unterminated", 0, 8, 1, '.', tabwriter.FilterHTML, "a<b\tc\n")
	run("blocks", 0, 8, 1, '.', 0, "a\tb\tc\naaaaa\tb\nsingle\naa\tbbbbbbbb\tc\n")
	run("nested", 0, 8, 1, '.', 0, "1\t2\t3\t4\n11\t22\n111\t222\t333\n1111\n")
	run("zero tabwidth", 0, 0, 1, '\t', 0, "a\tb\naaa\tbb\n")
	run("empty", 0, 8, 1, '.', 0)
	run("only newlines", 0, 8, 1, '.', 0, "\n\n\n")

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tSIZE\tMODE")
	fmt.Fprintln(w, "main.go\t1234\t-rw-r--r--")
	fmt.Fprintln(w, "a_much_longer_name.txt\t5\t-rw-------")
	w.Flush()

	cw := &countWriter{}
	w = tabwriter.NewWriter(cw, 8, 8, 1, ' ', 0)
	fmt.Fprint(w, "x\ty\tz\nlonger\tyy\tz\n")
	w.Flush()
	fmt.Println("writes:", cw.calls, len(cw.sb.String()))

	w = tabwriter.NewWriter(&failAfter{2}, 0, 8, 1, ' ', 0)
	n, err := w.Write([]byte("a\tb\nc\n"))
	fmt.Println(n, err)
	n, err = w.Write([]byte("single line\n"))
	fmt.Println(n, err)
	fmt.Println(w.Flush())
	w = tabwriter.NewWriter(short{}, 0, 8, 1, ' ', 0)
	n, err = w.Write([]byte("x\n"))
	fmt.Println(n, err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
	}()
	var zw tabwriter.Writer
	zw.Init(os.Stdout, 0, 4, 0, '.', tabwriter.AlignRight)
	fmt.Fprintf(&zw, "a\tbb\tccc\nddd\te\tf\n")
	zw.Flush()
	fmt.Println(tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)
}
