// flag: every Var kind, the parse rules (one or two dashes, =value, separate
// values, bool forms, "--", "-", non-flag stop), the error messages of
// ContinueOnError with the usage printed, Visit/VisitAll/Lookup/Set/NFlag/Args.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l *level) String() string { return fmt.Sprintf("L%d", int(*l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return errors.New("no such level")
	}
	*l = level(len(s))
	return nil
}

// point implements encoding.TextMarshaler/TextUnmarshaler.
type point struct{ X, Y int }

func (p point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", p.X, p.Y)), nil }
func (p *point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &p.X, &p.Y)
	return err
}

type other struct{ s string }

func (o *other) MarshalText() ([]byte, error) { return []byte(o.s), nil }

func newSet(out *bytes.Buffer) (*flag.FlagSet, map[string]any) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(out)
	v := map[string]any{}
	v["b"] = fs.Bool("b", false, "a bool")
	v["bt"] = fs.Bool("bt", true, "a bool defaulting to true")
	v["i"] = fs.Int("i", 0, "an `N` int")
	v["i64"] = fs.Int64("i64", -5, "an int64")
	v["u"] = fs.Uint("u", 7, "a uint")
	v["u64"] = fs.Uint64("u64", 0, "a uint64")
	v["s"] = fs.String("s", "", "a string")
	v["sd"] = fs.String("sd", "hi \"there\"", "a string with a default")
	v["f"] = fs.Float64("f", 2.5, "a float")
	v["d"] = fs.Duration("d", time.Second, "a duration")
	var lst listValue
	fs.Var(&lst, "l", "a list\nover two lines")
	v["l"] = &lst
	var lv level
	fs.Var(&lv, "level", "a level")
	var p point
	fs.TextVar(&p, "p", point{1, 2}, "a point")
	v["p"] = &p
	var got []string
	fs.Func("fn", "a func `thing`", func(s string) error {
		if s == "no" {
			return errors.New("refused")
		}
		got = append(got, s)
		return nil
	})
	fs.BoolFunc("bf", "a bool func", func(s string) error {
		got = append(got, "bf="+s)
		if s == "false" {
			return fmt.Errorf("bf says %s", s)
		}
		return nil
	})
	v["got"] = &got
	return fs, v
}

func show(v map[string]any) {
	fmt.Printf("b=%v bt=%v i=%v i64=%v u=%v u64=%v s=%q sd=%q f=%v d=%v l=%v p=%v got=%q\n",
		*v["b"].(*bool), *v["bt"].(*bool), *v["i"].(*int), *v["i64"].(*int64), *v["u"].(*uint),
		*v["u64"].(*uint64), *v["s"].(*string), *v["sd"].(*string), *v["f"].(*float64),
		*v["d"].(*time.Duration), *v["l"].(*listValue), *v["p"].(*point), *v["got"].(*[]string))
}

var shown bool

func run(args ...string) {
	var out bytes.Buffer
	fs, v := newSet(&out)
	err := fs.Parse(args)
	fmt.Printf("%q: err=%v parsed=%v nflag=%d nargs=%d args=%q arg0=%q arg9=%q\n", args, err, fs.Parsed(),
		fs.NFlag(), fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(9))
	if err == nil {
		show(v)
		var set []string
		fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
		fmt.Println("  visit:", set)
	}
	if out.Len() > 0 && !shown {
		fmt.Printf("  output:\n%s", out.String())
		shown = true
	} else if out.Len() > 0 {
		lines := strings.Split(out.String(), "\n")
		fmt.Printf("  output: %q ... %d lines\n", lines[0], len(lines))
	}
	if err == flag.ErrHelp {
		fmt.Println("  ErrHelp")
	}
}

func main() {
	run()
	run("-b", "-i", "42", "--s=x y", "rest", "-u", "3")
	run("-b=false", "-bt=0", "-i=0x1F", "-i64", "-0777", "-u64=18446744073709551615", "--", "-b")
	run("-f", "1e3", "-d", "1h2m3.5s", "-l", "a", "-l=b", "--l", "c", "-level", "xyz", "-", "-b")
	run("-p", "3:4", "-fn", "one", "-fn=two", "-bf", "-bf=yes", "x")
	run("-i")
	run("-i", "abc")
	run("-i", "99999999999999999999")
	run("-u", "-1")
	run("-f", "x")
	run("-d", "5")
	run("-b=maybe")
	run("-bf=false")
	run("-fn", "no")
	run("-level", "bad")
	run("-p", "zz")
	run("-nosuch")
	run("---b")
	run("-=x")
	run("--=x")
	run("-h")
	run("--help", "x")
	run("-b", "-help=1")
	run("-b", "arg", "-i", "1")
	run("-T", "1")
	run("-x=1=2")

	// Set, Lookup, VisitAll
	var out bytes.Buffer
	fs, v := newSet(&out)
	fmt.Println(fs.Set("i", "17"), fs.Set("i", "q"), fs.Set("zz", "1"), fs.NFlag())
	fmt.Println(*v["i"].(*int), fs.Lookup("i").Value, fs.Lookup("i").DefValue, fs.Lookup("zz") == nil)
	fs.VisitAll(func(f *flag.Flag) {
		g, ok := f.Value.(flag.Getter)
		var gv any
		if ok {
			gv = g.Get()
		}
		fmt.Printf("  %s %q %q getter=%v %T\n", f.Name, f.Usage, f.DefValue, ok, gv)
	})
	for _, f := range []string{"b", "i", "d", "f", "s", "l", "p", "fn", "bf", "u64"} {
		n, u := flag.UnquoteUsage(fs.Lookup(f))
		fmt.Printf("  unquote %s: %q %q\n", f, n, u)
	}
	fmt.Println(fs.Name(), fs.ErrorHandling() == flag.ContinueOnError, fs.Output() == &out)
	fs.PrintDefaults()
	fmt.Print(out.String())
	out.Reset()
	fs.Usage()
	fmt.Print(out.String())

	// a zero FlagSet, Init, a custom Usage
	var z flag.FlagSet
	z.SetOutput(&out)
	out.Reset()
	z.Int("n", 1, "n")
	fmt.Println(z.Parse([]string{"-m"}), z.Name() == "")
	fmt.Print(out.String())
	z.Init("named", flag.ContinueOnError)
	z.Usage = func() { fmt.Fprintln(z.Output(), "custom usage") }
	out.Reset()
	fmt.Println(z.Parse([]string{"-n", "2", "-m"}))
	fmt.Print(out.String())

	// definition panics
	for _, name := range []string{"-x", "a=b", "n"} {
		func() {
			defer func() { fmt.Printf("panic: %v\n", recover()) }()
			out.Reset()
			z.Bool(name, false, "")
		}()
		fmt.Printf("  printed %q\n", out.String())
	}
	var anon flag.FlagSet
	anon.SetOutput(&out)
	anon.Int("dup", 0, "")
	func() {
		defer func() { fmt.Printf("panic: %v\n", recover()) }()
		out.Reset()
		anon.Int("dup", 0, "")
	}()
	fmt.Printf("  printed %q\n", out.String())
	func() {
		defer func() { fmt.Printf("panic: %v\n", recover()) }()
		anon.TextVar(nil, "nil", point{}, "")
	}()
	func() {
		defer func() { fmt.Printf("panic: %v\n", recover()) }()
		var p point
		anon.TextVar(&p, "wrong", &other{}, "")
	}()
	var p2 point
	anon.TextVar(&p2, "ptrdef", &point{5, 6}, "pointer default")
	fmt.Println(p2, anon.Lookup("ptrdef").DefValue)

	// the default of a zero value is not printed; of a non-zero one is
	var zs flag.FlagSet
	zs.SetOutput(&out)
	out.Reset()
	zs.String("empty", "", "empty string")
	zs.Bool("f", false, "false bool")
	zs.Float64("zero", 0, "zero float")
	zs.Duration("dz", 0, "zero duration")
	var emptyList listValue
	zs.Var(&emptyList, "list", "empty `items`")
	full := listValue{"x"}
	zs.Var(&full, "full", "with default")
	zs.PrintDefaults()
	fmt.Print(out.String())
}
