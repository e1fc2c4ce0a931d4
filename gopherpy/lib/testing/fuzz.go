package testing

// This file implements fuzz tests without fuzzing: as go test does without -fuzz,
// each fuzz target runs its seed corpus (the f.Add values, then the files of
// testdata/fuzz/<FuzzName>) as subtests "FuzzX/seed#0", "FuzzX/<file>".

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// InternalFuzzTarget is a fuzz target of the package, as the generated test main
// lists them.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is a type passed to fuzz tests.
type F struct {
	common
	context    *testContext
	corpus     []corpusEntry
	fuzzCalled bool
}

var _ TB = (*F)(nil)

type corpusEntry struct {
	Path   string
	Values []any
}

// Add adds the arguments to the seed corpus for the fuzz test.
func (f *F) Add(args ...any) {
	var values []any
	for i := range args {
		if t := reflect.TypeOf(args[i]); t == nil || !supportedType(t) {
			panic(fmt.Sprintf("testing: unsupported type to Add %v", t))
		}
		values = append(values, args[i])
	}
	f.corpus = append(f.corpus, corpusEntry{Values: values, Path: fmt.Sprintf("seed#%d", len(f.corpus))})
}

func supportedType(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	case reflect.Slice:
		return t.Elem().Kind() == reflect.Uint8
	}
	return false
}

// Fuzz runs the fuzz function ff, a func(*testing.T, args...), with each entry of
// the seed corpus as a subtest.
func (f *F) Fuzz(ff any) {
	if f.fuzzCalled {
		panic("testing: F.Fuzz called more than once")
	}
	f.fuzzCalled = true
	fn := reflect.ValueOf(ff)
	fnType := fn.Type()
	if fnType.Kind() != reflect.Func {
		panic("testing: F.Fuzz must receive a function")
	}
	if fnType.NumIn() < 2 || fnType.In(0) != reflect.TypeOf((*T)(nil)) {
		panic("testing: fuzz target must receive at least two arguments, where the first argument is a *T")
	}
	if fnType.NumOut() > 0 {
		panic("testing: fuzz target must not return a value")
	}
	var types []reflect.Type
	for i := 1; i < fnType.NumIn(); i++ {
		t := fnType.In(i)
		if !supportedType(t) {
			panic(fmt.Sprintf("testing: unsupported type for fuzzing %v", t))
		}
		types = append(types, t)
	}
	for _, e := range f.corpus {
		if len(e.Values) != len(types) {
			f.Fatalf("wrong number of values in corpus entry: %d, want %d", len(e.Values), len(types))
		}
		for i := range types {
			if reflect.TypeOf(e.Values[i]) != types[i] {
				f.Fatalf("mismatched types in corpus entry: %v, want %v", e.Values, types)
			}
		}
	}
	files, err := readCorpus(filepath.Join("testdata", "fuzz", f.name), types)
	if err != nil {
		f.Fatal(err)
	}
	f.corpus = append(f.corpus, files...)
	for _, e := range f.corpus {
		name := f.name + "/" + e.Path
		if _, ok, _ := f.context.match.fullName(nil, name); !ok {
			continue
		}
		t := &T{
			common: common{
				barrier: make(chan bool),
				signal:  make(chan bool, 1),
				name:    name,
				parent:  &f.common,
				level:   f.level + 1,
				chatty:  f.chatty,
			},
			context: f.context,
		}
		t.w = indenter{&t.common}
		if t.chatty != nil {
			t.chatty.Updatef(t.name, "=== RUN   %s\n", t.name)
		}
		values := e.Values
		go tRunner(t, func(t *T) {
			args := []reflect.Value{reflect.ValueOf(t)}
			for _, v := range values {
				args = append(args, reflect.ValueOf(v))
			}
			fn.Call(args)
		})
		<-t.signal
	}
}

// readCorpus reads the "go test fuzz v1" files of dir, each one corpus entry.
func readCorpus(dir string, types []reflect.Type) ([]corpusEntry, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("reading seed corpus from testdata: %v", err)
	}
	var out []corpusEntry
	var errs []string
	for _, ent := range entries {
		if ent.IsDir() {
			continue
		}
		path := filepath.Join(dir, ent.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("failed to read corpus file: %v", err)
		}
		vals, err := unmarshalCorpusFile(data)
		if err == nil && len(vals) != len(types) {
			err = fmt.Errorf("wrong number of values in corpus entry: %d, want %d", len(vals), len(types))
		}
		if err == nil {
			for i := range types {
				if reflect.TypeOf(vals[i]) != types[i] {
					err = fmt.Errorf("mismatched types in corpus entry: %v, want %v", vals, types)
					break
				}
			}
		}
		if err != nil {
			errs = append(errs, fmt.Sprintf("%q: %v", path, err))
			continue
		}
		out = append(out, corpusEntry{Path: ent.Name(), Values: vals})
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return out, nil
}

// unmarshalCorpusFile decodes a "go test fuzz v1" file: one T(literal) per line.
func unmarshalCorpusFile(b []byte) ([]any, error) {
	lines := strings.Split(string(b), "\n")
	if len(lines) < 2 || strings.TrimSpace(lines[0]) != "go test fuzz v1" {
		return nil, fmt.Errorf("must include version and at least one value")
	}
	var vals []any
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		v, err := parseCorpusValue(line)
		if err != nil {
			return nil, fmt.Errorf("malformed line %q: %v", line, err)
		}
		vals = append(vals, v)
	}
	return vals, nil
}

func parseCorpusValue(line string) (any, error) {
	open := strings.IndexByte(line, '(')
	if open < 0 || !strings.HasSuffix(line, ")") {
		return nil, fmt.Errorf("expected call expression")
	}
	typ, lit := line[:open], line[open+1:len(line)-1]
	switch typ {
	case "string", "[]byte":
		s, err := strconv.Unquote(lit)
		if err != nil {
			return nil, err
		}
		if typ == "string" {
			return s, nil
		}
		return []byte(s), nil
	case "bool":
		return strconv.ParseBool(lit)
	case "float32", "float64":
		if strings.HasPrefix(lit, "math.Float") {
			i := strings.IndexByte(lit, '(')
			bits, err := strconv.ParseUint(strings.TrimSuffix(lit[i+1:], ")"), 0, 64)
			if err != nil {
				return nil, err
			}
			if typ == "float32" {
				return math.Float32frombits(uint32(bits)), nil
			}
			return math.Float64frombits(bits), nil
		}
		size := 64
		if typ == "float32" {
			size = 32
		}
		f, err := strconv.ParseFloat(lit, size)
		if err != nil {
			return nil, err
		}
		if typ == "float32" {
			return float32(f), nil
		}
		return f, nil
	case "byte", "rune", "int32", "uint8":
		if strings.HasPrefix(lit, "'") {
			r, _, _, err := strconv.UnquoteChar(lit[1:len(lit)-1], '\'')
			if err != nil {
				return nil, err
			}
			if typ == "byte" || typ == "uint8" {
				return byte(r), nil
			}
			return r, nil
		}
	}
	switch typ {
	case "int", "int8", "int16", "int32", "rune", "int64":
		bits := map[string]int{"int": 64, "int8": 8, "int16": 16, "int32": 32, "rune": 32, "int64": 64}[typ]
		n, err := strconv.ParseInt(lit, 0, bits)
		if err != nil {
			return nil, err
		}
		switch typ {
		case "int":
			return int(n), nil
		case "int8":
			return int8(n), nil
		case "int16":
			return int16(n), nil
		case "int32", "rune":
			return int32(n), nil
		}
		return n, nil
	case "uint", "uint8", "byte", "uint16", "uint32", "uint64":
		bits := map[string]int{"uint": 64, "uint8": 8, "byte": 8, "uint16": 16, "uint32": 32, "uint64": 64}[typ]
		n, err := strconv.ParseUint(lit, 0, bits)
		if err != nil {
			return nil, err
		}
		switch typ {
		case "uint":
			return uint(n), nil
		case "uint8", "byte":
			return uint8(n), nil
		case "uint16":
			return uint16(n), nil
		case "uint32":
			return uint32(n), nil
		}
		return n, nil
	}
	return nil, fmt.Errorf("unsupported type %s", typ)
}

// fRunner runs a fuzz target as a top-level test (tRunner's counterpart for F).
func fRunner(f *F, fn func(*F)) {
	f.ctx, f.cancelCtx = context.WithCancel(context.Background())
	defer func() {
		if f.Failed() {
			numFailed++
		}
		err := recover()
		f.mu.RLock()
		finished := f.finished
		f.mu.RUnlock()
		if !finished && err == nil {
			err = errNilPanicOrGoexit
		}
		if err != nil {
			f.Fail()
			f.runCleanup(true)
			f.duration += time.Since(f.start)
			f.flushToParent(f.name, "--- FAIL: %s (%s)\n", f.name, fmtDuration(f.duration))
			panic(err)
		}
		f.runCleanup(true)
		f.duration += time.Since(f.start)
		f.report()
		f.mu.Lock()
		f.done = true
		f.mu.Unlock()
		f.setRan()
		f.signal <- true
	}()
	f.start = time.Now()
	fn(f)
	f.mu.Lock()
	f.finished = true
	f.mu.Unlock()
}

func (f *F) report() {
	dstr := fmtDuration(f.duration)
	format := "--- %s: %s (%s)\n"
	if f.Failed() {
		f.flushToParent(f.name, format, "FAIL", f.name, dstr)
	} else if f.chatty != nil {
		if f.Skipped() {
			f.flushToParent(f.name, format, "SKIP", f.name, dstr)
		} else {
			f.flushToParent(f.name, format, "PASS", f.name, dstr)
		}
	}
}

// runFuzzTests runs the seed corpus of each fuzz target matching -test.run.
func runFuzzTests(targets []InternalFuzzTarget, deadline time.Time) (ran, ok bool) {
	ok = true
	if len(targets) == 0 {
		return ran, ok
	}
	for i := uint(0); i < *countFlag; i++ {
		if shouldFailFast() {
			break
		}
		tctx := newTestContext(*parallelFlag, newMatcher(*runPattern, "-test.run", *skipPattern))
		tctx.deadline = deadline
		root := common{w: os.Stdout}
		if Verbose() {
			root.chatty = &chattyPrinter{w: root.w}
		}
		for _, ft := range targets {
			if shouldFailFast() {
				break
			}
			name, matched, _ := tctx.match.fullName(nil, ft.Name)
			if !matched {
				continue
			}
			f := &F{
				common: common{
					signal:  make(chan bool, 1),
					barrier: make(chan bool),
					name:    name,
					parent:  &root,
					level:   root.level + 1,
					chatty:  root.chatty,
				},
				context: tctx,
			}
			f.w = indenter{&f.common}
			if f.chatty != nil {
				f.chatty.Updatef(f.name, "=== RUN   %s\n", f.name)
			}
			go fRunner(f, ft.Fn)
			<-f.signal
			ok = ok && !f.Failed()
			ran = ran || f.ran
		}
		if !ran {
			break
		}
	}
	return ran, ok
}
