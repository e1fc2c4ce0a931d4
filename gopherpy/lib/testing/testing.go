// Package testing runs Go tests: the test binary that `gopherpy test` generates calls
// MainStart with the package's tests, benchmarks and examples, and M.Run runs them,
// printing what go test's binaries print.
//
// This file holds T and the state every test shares (common), the goroutine that runs
// one test (tRunner), parallel tests, and M. The design follows Go's: each test runs
// on a goroutine of its own, so FailNow and SkipNow end it with runtime.Goexit; a
// test's report ("--- FAIL: ..." and its log) goes into its parent's output, indented,
// and top-level tests write to standard output; with -test.v a chattyPrinter prints
// "=== RUN" and the log lines as they happen.
package testing

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
)

var (
	initRan      bool
	short        *bool
	chattyFlag   = new(string)
	matchList    *string
	runPattern   *string
	skipPattern  *string
	countFlag    *uint
	parallelFlag *int
	failFast     *bool
	fullPath     *bool
	benchPattern *string
	benchTime    = durationOrCountFlag{d: time.Second}
	benchmemFlag *bool
	timeoutFlag  *time.Duration
	cpuListFlag  *string
	shuffleFlag  *string
	panicOnExit0 *bool
)

// setPanicOnExit0 makes os.Exit(0) panic (on) or exit again (off).
func setPanicOnExit0(on bool)

// Init registers the testing flags (test.v, test.run, ...). MainStart calls it; a
// program that uses package testing outside a test binary may call it itself.
func Init() {
	if initRan {
		return
	}
	initRan = true
	short = flag.Bool("test.short", false, "run smaller test suite to save time")
	*chattyFlag = "false"
	flag.Var(chattyValue{}, "test.v", "verbose: print additional output")
	matchList = flag.String("test.list", "", "list tests, examples, and benchmarks matching `regexp` then exit")
	runPattern = flag.String("test.run", "", "run only tests and examples matching `regexp`")
	skipPattern = flag.String("test.skip", "", "do not list or run tests matching `regexp`")
	countFlag = flag.Uint("test.count", 1, "run tests and benchmarks `n` times")
	parallelFlag = flag.Int("test.parallel", runtime.GOMAXPROCS(0), "run at most `n` tests in parallel")
	failFast = flag.Bool("test.failfast", false, "do not start new tests after the first test failure")
	fullPath = flag.Bool("test.fullpath", false, "show full file names in error messages")
	benchPattern = flag.String("test.bench", "", "run only benchmarks matching `regexp`")
	flag.Var(&benchTime, "test.benchtime", "run each benchmark for duration `d` or N times if `d` is of the form Nx")
	benchmemFlag = flag.Bool("test.benchmem", false, "print memory allocations for benchmarks")
	timeoutFlag = flag.Duration("test.timeout", 0, "panic test binary after duration `d` (default 0, timeout disabled)")
	cpuListFlag = flag.String("test.cpu", "", "comma-separated `list` of cpu counts to run each test with")
	shuffleFlag = flag.String("test.shuffle", "off", "randomize the execution order of tests and benchmarks")
	panicOnExit0 = flag.Bool("test.paniconexit0", false, "panic on call to os.Exit(0)")
	flag.String("test.testlogfile", "", "write test action log to `file` (for use only by cmd/go)")
	flag.String("test.gocoverdir", "", "write coverage intermediate files to this directory")
	flag.String("test.coverprofile", "", "write a coverage profile to `file`")
	flag.String("test.cpuprofile", "", "write a cpu profile to `file`")
	flag.String("test.memprofile", "", "write an allocation profile to `file`")
	flag.String("test.outputdir", "", "write profiles to `dir`")
}

// chattyValue is the -test.v flag: a boolean flag that also accepts "test2json".
type chattyValue struct{}

func (chattyValue) IsBoolFlag() bool { return true }

func (chattyValue) String() string {
	if chattyFlag == nil {
		return "false"
	}
	return *chattyFlag
}

func (chattyValue) Set(s string) error {
	switch s {
	case "test2json", "true", "false":
		*chattyFlag = s
		return nil
	}
	switch strings.ToLower(s) {
	case "1", "t":
		*chattyFlag = "true"
		return nil
	case "0", "f":
		*chattyFlag = "false"
		return nil
	}
	return errors.New("invalid flag")
}

// Short reports whether the -test.short flag is set.
func Short() bool {
	if short == nil {
		panic("testing: Short called before Init")
	}
	return *short
}

// Verbose reports whether the -test.v flag is set.
func Verbose() bool {
	if !initRan {
		panic("testing: Verbose called before Init")
	}
	return *chattyFlag == "true" || *chattyFlag == "test2json"
}

// Testing reports whether the current code is being run in a test.
func Testing() bool { return testBinary }

var testBinary = false

// CoverMode reports what the test coverage mode is set to (no coverage here: "").
func CoverMode() string { return "" }

// TB is the interface common to T, B, and F.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Chdir(dir string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
	Context() context.Context

	private()
}

var _ TB = (*T)(nil)
var _ TB = (*B)(nil)

// common holds what T and B share: the log, the result, the tree of tests, cleanups.
type common struct {
	mu       sync.RWMutex
	output   []byte    // the log and the reports of subtests, flushed to the parent
	w        io.Writer // where this test's report goes: the parent's indenter or stdout
	ran      bool      // this test or one of its subtests ran
	failed   bool
	skipped  bool
	done     bool // the test function and its subtests have finished
	finished bool // the test function returned or called FailNow/SkipNow
	hasSub   bool
	cleanups []func()
	helpers  map[string]bool // functions marked by Helper (by name)

	chatty     *chattyPrinter
	bench      bool
	parent     *common
	level      int // nesting depth: top-level tests are 1
	name       string
	start      time.Time
	duration   time.Duration
	barrier    chan bool // closed when the parallel subtests may run
	signal     chan bool // one value when the test is done (false: abort the parent)
	sub        []*T      // parallel subtests waiting for this test to finish
	isParallel bool
	isEnvSet   bool

	ctx       context.Context
	cancelCtx context.CancelFunc

	tempDirMu  sync.Mutex
	tempDir    string
	tempDirErr error
	tempDirSeq int32
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string { return c.name }

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ran = true
}

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution by calling
// runtime.Goexit (which then runs all deferred calls in the current goroutine).
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Log formats its arguments using default formatting, analogous to Println, and
// records the text in the error log.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments according to the format, analogous to Printf, and
// records the text in the error log.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as having been skipped and stops its execution by calling
// runtime.Goexit.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.skipped
}

// Helper marks the calling function as a test helper function: when printing file
// and line information, that function is skipped.
func (c *common) Helper() {
	pc := make([]uintptr, 1)
	if runtime.Callers(2, pc) == 0 {
		return
	}
	f, _ := runtime.CallersFrames(pc).Next()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.helpers == nil {
		c.helpers = map[string]bool{}
	}
	c.helpers[f.Function] = true
}

func (c *common) isHelper(fn string) bool {
	for p := c; p != nil; p = p.parent {
		p.mu.RLock()
		h := p.helpers[fn]
		p.mu.RUnlock()
		if h {
			return true
		}
	}
	return false
}

// caller is the frame a log line is attributed to: the first caller outside package
// testing that is not a helper; the last such frame when every one is a helper.
func (c *common) caller() runtime.Frame {
	pc := make([]uintptr, 64)
	n := runtime.Callers(3, pc)
	frames := runtime.CallersFrames(pc[:n])
	var last runtime.Frame
	for {
		f, more := frames.Next()
		if f.Function == "testing.tRunner" || f.Function == "" {
			break
		}
		if !strings.HasPrefix(f.Function, "testing.") {
			last = f
			if !c.isHelper(f.Function) {
				return f
			}
		}
		if !more {
			break
		}
	}
	return last
}

// decorate prefixes s with the caller's file:line and indents its lines.
func (c *common) decorate(s string) string {
	f := c.caller()
	file, line := f.File, f.Line
	if file != "" {
		if !*fullPath {
			file = filepath.Base(file)
		}
	} else {
		file = "???"
	}
	if line == 0 {
		line = 1
	}
	var b strings.Builder
	b.WriteString("    ")
	fmt.Fprintf(&b, "%s:%d: ", file, line)
	lines := strings.Split(s, "\n")
	if l := len(lines); l > 1 && lines[l-1] == "" {
		lines = lines[:l-1]
	}
	for i, ln := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(ln)
	}
	b.WriteByte('\n')
	return b.String()
}

func (c *common) log(s string) {
	text := c.decorate(s)
	c.mu.Lock()
	done := c.done
	c.mu.Unlock()
	if done {
		// a goroutine logging after its test ended: Go attributes it to a parent
		// still running, or panics when none is
		for p := c.parent; p != nil; p = p.parent {
			p.mu.Lock()
			if !p.done {
				p.output = append(p.output, text...)
				p.mu.Unlock()
				return
			}
			p.mu.Unlock()
		}
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if c.chatty != nil {
		if c.bench {
			fmt.Print(text)
		} else {
			c.chatty.Printf(c.name, "%s", text)
		}
		return
	}
	c.mu.Lock()
	c.output = append(c.output, text...)
	c.mu.Unlock()
}

// Cleanup registers a function to be called when the test (or subtest) and all its
// subtests complete, last registered first.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

// runCleanup calls the cleanup functions, last first; a panic in one is returned
// (the remaining ones still run) when ph is set, else propagates.
func (c *common) runCleanup(catch bool) (err any) {
	if c.cancelCtx != nil {
		c.cancelCtx()
	}
	for {
		var f func()
		c.mu.Lock()
		if n := len(c.cleanups); n > 0 {
			f = c.cleanups[n-1]
			c.cleanups = c.cleanups[:n-1]
		}
		c.mu.Unlock()
		if f == nil {
			return err
		}
		if !catch {
			f()
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil && err == nil {
					err = r
				}
			}()
			f()
		}()
	}
}

// TempDir returns a temporary directory for the test to use, removed by Cleanup
// when the test and its subtests complete. Each call returns a new directory.
func (c *common) TempDir() string {
	c.tempDirMu.Lock()
	var nonExistent bool
	if c.tempDir == "" {
		nonExistent = true
	} else {
		_, err := os.Stat(c.tempDir)
		nonExistent = os.IsNotExist(err)
		if err != nil && !nonExistent {
			c.Fatalf("TempDir: %v", err)
		}
	}
	if nonExistent {
		c.Helper()
		pattern := strings.Map(func(r rune) rune {
			switch r {
			case '<', '>', ':', '"', '/', '\\', '|', '?', '*', ' ':
				return -1
			}
			return r
		}, c.name)
		if len(pattern) > 64 {
			pattern = pattern[:64]
		}
		c.tempDir, c.tempDirErr = os.MkdirTemp("", pattern)
		if c.tempDirErr == nil {
			dir := c.tempDir
			c.Cleanup(func() { os.RemoveAll(dir) })
		}
	}
	if c.tempDirErr == nil {
		c.tempDirSeq++
	}
	seq := c.tempDirSeq
	c.tempDirMu.Unlock()
	if c.tempDirErr != nil {
		c.Fatalf("TempDir: %v", c.tempDirErr)
	}
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, seq)
	if err := os.Mkdir(dir, 0o777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

// Setenv calls os.Setenv(key, value) and uses Cleanup to restore the variable.
func (c *common) Setenv(key, value string) {
	c.checkFuzzFn("Setenv")
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	c.isEnvSet = true
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// Chdir calls os.Chdir(dir) and uses Cleanup to restore the working directory.
func (c *common) Chdir(dir string) {
	c.checkFuzzFn("Chdir")
	oldwd, err := os.Getwd()
	if err != nil {
		c.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		c.Fatal(err)
	}
	c.Cleanup(func() {
		if err := os.Chdir(oldwd); err != nil {
			panic("testing.Chdir: " + err.Error())
		}
	})
}

func (c *common) checkFuzzFn(name string) {}

// Context returns a context canceled just before Cleanup-registered functions run.
func (c *common) Context() context.Context { return c.ctx }

// Output returns a Writer that writes to the test's log.
func (c *common) Output() io.Writer { return outputWriter{c} }

type outputWriter struct{ c *common }

func (o outputWriter) Write(p []byte) (int, error) {
	o.c.mu.Lock()
	o.c.output = append(o.c.output, p...)
	o.c.mu.Unlock()
	return len(p), nil
}

// Attr emits a test attribute: "=== ATTR  name key value" in -test.v output.
func (c *common) Attr(key, value string) {
	if strings.ContainsFunc(key, unicode.IsSpace) {
		c.Errorf("disallowed whitespace in attribute key %q", key)
		return
	}
	if strings.ContainsAny(value, "\r\n") {
		c.Errorf("disallowed newline in attribute value %q", value)
		return
	}
	if c.chatty == nil {
		return
	}
	c.chatty.Updatef(c.name, "=== ATTR  %s %v %v\n", c.name, key, value)
}

// indenter writes into a test's output, indenting each line by four spaces.
type indenter struct{ c *common }

func (w indenter) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		end := strings.IndexByte(string(b), '\n')
		if end == -1 {
			end = len(b)
		} else {
			end++
		}
		w.c.output = append(w.c.output, "    "...)
		w.c.output = append(w.c.output, b[:end]...)
		b = b[end:]
	}
	return n, nil
}

// flushToParent writes this test's report line and its output to the parent.
func (c *common) flushToParent(testName, format string, args ...any) {
	p := c.parent
	p.mu.Lock()
	defer p.mu.Unlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	text := fmt.Sprintf(format, args...) + string(c.output)
	c.output = c.output[:0]
	if c.chatty != nil && p.w == c.chatty.w {
		c.chatty.Updatef(testName, "%s", text)
	} else {
		io.WriteString(p.w, text)
	}
}

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// chattyPrinter prints the -test.v output, naming the test a line belongs to
// ("=== NAME") when it is not the one that printed last.
type chattyPrinter struct {
	w        io.Writer
	mu       sync.Mutex
	lastName string
}

func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastName = testName
	fmt.Fprintf(p.w, format, args...)
}

func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Fprintf(p.w, "=== NAME  %s\n", testName)
		p.lastName = testName
	}
	fmt.Fprintf(p.w, format, args...)
}

// T is a type passed to Test functions to manage test state and support formatted
// test logs.
type T struct {
	common
	context *testContext
}

// Deadline reports the time at which the test binary will have exceeded the
// timeout specified by the -timeout flag (ok is false when there is none).
func (t *T) Deadline() (deadline time.Time, ok bool) {
	return t.context.deadline, !t.context.deadline.IsZero()
}

// Parallel signals that this test is to be run in parallel with (and only with)
// other parallel tests.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.isEnvSet {
		panic("testing: t.Parallel called after t.Setenv; cannot set environment variables in parallel tests")
	}
	t.isParallel = true
	if t.parent.barrier == nil {
		return
	}
	t.duration += time.Since(t.start)
	t.parent.mu.Lock()
	t.parent.sub = append(t.parent.sub, t)
	t.parent.mu.Unlock()
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	running.delete(t.name)
	t.signal <- true   // let the parent go on
	<-t.parent.barrier // until it has finished
	t.context.waitParallel()
	running.store(t.name)
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	t.start = time.Now()
}

// Setenv calls os.Setenv and restores the variable at cleanup; not in parallel tests.
func (t *T) Setenv(key, value string) {
	for c := &t.common; c != nil; c = c.parent {
		if c.isParallel {
			panic("testing: test using t.Setenv or t.Chdir can not use t.Parallel")
		}
	}
	t.common.Setenv(key, value)
}

var errNilPanicOrGoexit = errors.New("test executed panic(nil) or runtime.Goexit")

// tRunner runs one test: fn, its parallel subtests, its cleanups, then its report.
func tRunner(t *T, fn func(t *T)) {
	t.ctx, t.cancelCtx = context.WithCancel(context.Background())
	defer func() {
		if t.Failed() {
			numFailed++
		}
		err := recover()
		signal := true
		t.mu.RLock()
		finished := t.finished
		t.mu.RUnlock()
		if !finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				p.mu.RLock()
				pf := p.finished
				p.mu.RUnlock()
				if pf {
					t.Errorf("%v: subtest may have called FailNow on a parent test", err)
					err = nil
					signal = false
					break
				}
			}
		}
		doPanic := func(err any) {
			t.Fail()
			if r := t.runCleanup(true); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			for root := &t.common; root.parent != nil; root = root.parent {
				root.mu.Lock()
				root.duration += time.Since(root.start)
				d := root.duration
				root.mu.Unlock()
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(d))
				if r := root.parent.runCleanup(true); r != nil {
					fmt.Fprintf(root.parent.w, "cleanup panicked with %v", r)
				}
			}
			panic(err)
		}
		if err != nil {
			doPanic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			t.context.release()
			running.delete(t.name)
			close(t.barrier)
			for _, sub := range t.sub {
				<-sub.signal
			}
			cleanupStart := time.Now()
			running.store(t.name)
			err := t.runCleanup(true)
			t.duration += time.Since(cleanupStart)
			if err != nil {
				doPanic(err)
			}
			if !t.isParallel {
				t.context.waitParallel()
			}
		} else if t.isParallel {
			t.context.release()
		}
		t.report()
		running.delete(t.name)
		t.mu.Lock()
		t.done = true
		t.mu.Unlock()
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
		t.signal <- signal
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup(false)
		}
	}()
	t.start = time.Now()
	fn(t)
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

// report writes "--- FAIL/PASS/SKIP" and the output to the parent (PASS and SKIP
// only with -test.v).
func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flushToParent(t.name, format, "FAIL", t.name, dstr)
	} else if t.chatty != nil {
		if t.Skipped() {
			t.flushToParent(t.name, format, "SKIP", t.name, dstr)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, dstr)
		}
	}
}

// Run runs f as a subtest of t called name, in its own goroutine, and blocks until
// f returns or calls t.Parallel. It reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	testName, ok, _ := t.context.match.fullName(&t.common, name)
	if !ok || shouldFailFast() {
		return true
	}
	t2 := &T{
		common: common{
			barrier: make(chan bool),
			signal:  make(chan bool, 1),
			name:    testName,
			parent:  &t.common,
			level:   t.level + 1,
			chatty:  t.chatty,
		},
		context: t.context,
	}
	t2.w = indenter{&t2.common}
	if t2.chatty != nil {
		t2.chatty.Updatef(t2.name, "=== RUN   %s\n", t2.name)
	}
	running.store(t2.name)
	go tRunner(t2, f)
	if !<-t2.signal {
		// a subtest called FailNow on this test: go on unwinding
		runtime.Goexit()
	}
	return !t2.Failed()
}

// testContext holds what all tests of one run share: the matcher and the count of
// parallel tests running.
type testContext struct {
	match         *matcher
	deadline      time.Time
	mu            sync.Mutex
	startParallel chan bool
	running       int
	numWaiting    int
	maxParallel   int
}

func newTestContext(maxParallel int, m *matcher) *testContext {
	return &testContext{
		match:         m,
		startParallel: make(chan bool),
		maxParallel:   maxParallel,
		running:       1, // the test that runs the top-level tests
	}
}

func (c *testContext) waitParallel() {
	c.mu.Lock()
	if c.running < c.maxParallel {
		c.running++
		c.mu.Unlock()
		return
	}
	c.numWaiting++
	c.mu.Unlock()
	<-c.startParallel
}

func (c *testContext) release() {
	c.mu.Lock()
	if c.numWaiting == 0 {
		c.running--
		c.mu.Unlock()
		return
	}
	c.numWaiting--
	c.mu.Unlock()
	c.startParallel <- true
}

var numFailed int

// running holds the tests running now and since when, for the -test.timeout report.
var running = runningTests{m: map[string]time.Time{}}

type runningTests struct {
	mu sync.Mutex
	m  map[string]time.Time
}

func (r *runningTests) store(name string) {
	r.mu.Lock()
	r.m[name] = time.Now()
	r.mu.Unlock()
}

func (r *runningTests) delete(name string) {
	r.mu.Lock()
	delete(r.m, name)
	r.mu.Unlock()
}

// list is "name (duration)" of each running test, sorted.
func (r *runningTests) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for name, start := range r.m {
		out = append(out, fmt.Sprintf("%s (%v)", name, time.Since(start).Round(time.Second)))
	}
	sort.Strings(out)
	return out
}

func shouldFailFast() bool {
	return failFast != nil && *failFast && numFailed > 0
}

// InternalTest is a test of the package, as the generated test main lists them.
type InternalTest struct {
	Name string
	F    func(*T)
}

// M is the type passed to a TestMain function to run the actual tests.
type M struct {
	tests      []InternalTest
	benchmarks []InternalBenchmark
	fuzzTargets []InternalFuzzTarget
	examples   []InternalExample
	deps       any
	numRun     int
	exitCode   int
}

// MainStart is called by the generated test main. deps is unused.
func MainStart(deps any, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) *M {
	Init()
	testBinary = true
	return &M{deps: deps, tests: tests, benchmarks: benchmarks, fuzzTargets: fuzzTargets, examples: examples}
}

// Main is an internal function, part of the implementation of the go test command.
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	os.Exit(MainStart(nil, tests, benchmarks, nil, examples).Run())
}

// Run runs the tests, examples and benchmarks, and returns an exit code to pass to
// os.Exit (0 all passed, 1 some failed).
func (m *M) Run() (code int) {
	defer func() { code = m.exitCode }()
	m.numRun++
	if !flag.Parsed() {
		flag.Parse()
	}
	if *parallelFlag < 1 {
		fmt.Fprintln(os.Stderr, "testing: -parallel can only be given a positive integer")
		flag.Usage()
		m.exitCode = 2
		return
	}
	if *chattyFlag != "true" && *chattyFlag != "false" && *chattyFlag != "test2json" {
		fmt.Fprintf(os.Stderr, "testing: invalid value %q for -test.v\n", *chattyFlag)
		m.exitCode = 2
		return
	}
	if *matchList != "" {
		listTests(m.tests, m.benchmarks, m.fuzzTargets, m.examples)
		m.exitCode = 0
		return
	}
	var deadline time.Time
	if *timeoutFlag > 0 {
		deadline = time.Now().Add(*timeoutFlag)
	}
	if *timeoutFlag > 0 {
		timeout := *timeoutFlag
		alarm := time.AfterFunc(timeout, func() {
			extra := ""
			if list := running.list(); len(list) > 0 {
				extra = "\nrunning tests:\n\t" + strings.Join(list, "\n\t")
			}
			panic(fmt.Sprintf("test timed out after %v%s", timeout, extra))
		})
		defer alarm.Stop()
	}
	if *panicOnExit0 {
		setPanicOnExit0(true)
		defer setPanicOnExit0(false)
	}
	testRan, testOk := runTests(m.tests, deadline)
	fuzzRan, fuzzOk := runFuzzTests(m.fuzzTargets, deadline)
	exampleRan, exampleOk := runExamples(m.examples)
	if !testRan && !fuzzRan && !exampleRan && *benchPattern == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if !testOk || !fuzzOk || !exampleOk || !runBenchmarks(m.importPath(), m.benchmarks) {
		fmt.Print("FAIL\n")
		m.exitCode = 1
		return
	}
	fmt.Print("PASS\n")
	m.exitCode = 0
	return
}

// importPath is the import path of the package under test, from the generated
// main's deps value.
func (m *M) importPath() string {
	if d, ok := m.deps.(interface{ ImportPath() string }); ok {
		return d.ImportPath()
	}
	return ""
}

func listTests(tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) {
	if _, err := matchString(*matchList, "non-empty"); err != nil {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp in -test.list (%q): %s\n", *matchList, err)
		os.Exit(1)
	}
	for _, test := range tests {
		if ok, _ := matchString(*matchList, test.Name); ok {
			fmt.Println(test.Name)
		}
	}
	for _, bench := range benchmarks {
		if ok, _ := matchString(*matchList, bench.Name); ok {
			fmt.Println(bench.Name)
		}
	}
	for _, ft := range fuzzTargets {
		if ok, _ := matchString(*matchList, ft.Name); ok {
			fmt.Println(ft.Name)
		}
	}
	for _, ex := range examples {
		if ok, _ := matchString(*matchList, ex.Name); ok {
			fmt.Println(ex.Name)
		}
	}
}

func runTests(tests []InternalTest, deadline time.Time) (ran, ok bool) {
	ok = true
	for i := uint(0); i < *countFlag; i++ {
		if shouldFailFast() {
			break
		}
		if i > 0 && !ran {
			break
		}
		ctx := newTestContext(*parallelFlag, newMatcher(*runPattern, "-test.run", *skipPattern))
		ctx.deadline = deadline
		t := &T{
			common: common{
				signal:  make(chan bool, 1),
				barrier: make(chan bool),
				w:       os.Stdout,
			},
			context: ctx,
		}
		if Verbose() {
			t.chatty = &chattyPrinter{w: t.w}
		}
		tRunner(t, func(t *T) {
			for _, test := range tests {
				t.Run(test.Name, test.F)
			}
		})
		select {
		case <-t.signal:
		default:
			panic("internal error: tRunner exited without sending on t.signal")
		}
		ok = ok && !t.Failed()
		ran = ran || t.ran
	}
	return ran, ok
}
