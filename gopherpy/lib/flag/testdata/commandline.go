// flag: the top-level functions over CommandLine (Parse of os.Args, Set, Lookup,
// Visit/VisitAll, Args/NArg/NFlag, a replaced flag.Usage), a Set before the flag
// is defined, then ExitOnError: a bad flag prints the message and usage to stderr
// and exits with status 2.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

var (
	n    = flag.Int("n", 3, "count")
	name = flag.String("name", "", "who")
	v    bool
)

func init() {
	flag.BoolVar(&v, "v", false, "verbose")
}

func main() {
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed(), flag.NArg(), flag.NFlag(), flag.Args(), *n, *name, v)
	fmt.Println(flag.CommandLine.Name() == os.Args[0], flag.CommandLine.ErrorHandling() == flag.ExitOnError)
	fmt.Println(flag.Set("n", "8"), flag.Set("v", "true"), *n, v, flag.NFlag())
	flag.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("all:", f.Name, f.Value, f.DefValue) })
	fmt.Println(flag.Lookup("name").Usage, flag.Lookup("x") == nil, flag.Arg(0) == "")

	err := flag.Set("later", "1")
	fmt.Println(err)
	func() {
		defer func() {
			msg := fmt.Sprint(recover())
			i := strings.Index(msg, " at ")
			j := strings.LastIndex(msg, ":")
			fmt.Println(msg[:i+4] + filepath.Base(msg[i+4:j]) + " line" + " " + msg[j-0:j+1] + "...")
		}()
		flag.Int("later", 0, "")
	}()

	var buf bytes.Buffer
	flag.CommandLine.SetOutput(&buf)
	flag.Usage = func() { fmt.Fprintln(flag.CommandLine.Output(), "my usage") }
	flag.CommandLine.Usage()
	flag.PrintDefaults()
	fmt.Print(buf.String())
	flag.CommandLine.SetOutput(nil)

	fs := flag.NewFlagSet("sub", flag.ExitOnError)
	fs.Int("k", 0, "a `K`")
	fs.Bool("q", true, "quiet")
	fmt.Println(fs.Parse([]string{"-k", "1", "--", "-z"}), fs.Args())
	fs.Parse([]string{"-q=false", "-k=x"})
	fmt.Println("not reached")
}
