package testing

// This file implements benchmarks: B, the -test.bench run (each matched benchmark
// is run once with b.N = 1, then with growing b.N until it has run for
// -test.benchtime), b.Loop's own ramp-up, and the result lines
// "BenchmarkX-2   \t  1000\t  1234 ns/op".

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// InternalBenchmark is a benchmark of the package, as the generated test main lists them.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// durationOrCountFlag is the value of -test.benchtime: a duration or "Nx".
type durationOrCountFlag struct {
	d         time.Duration
	n         int
	allowZero bool
}

func (f *durationOrCountFlag) String() string {
	if f.n > 0 {
		return fmt.Sprintf("%dx", f.n)
	}
	return f.d.String()
}

func (f *durationOrCountFlag) Set(s string) error {
	if strings.HasSuffix(s, "x") {
		n, err := strconv.ParseInt(s[:len(s)-1], 10, 0)
		if err != nil || n < 0 || (!f.allowZero && n == 0) {
			return fmt.Errorf("invalid count")
		}
		*f = durationOrCountFlag{n: int(n)}
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 || (!f.allowZero && d == 0) {
		return fmt.Errorf("invalid duration")
	}
	*f = durationOrCountFlag{d: d}
	return nil
}

// B is a type passed to Benchmark functions to manage benchmark timing and control
// the number of iterations.
type B struct {
	common
	importPath       string
	bstate           *benchState
	N                int
	previousN        int
	previousDuration time.Duration
	benchFunc        func(b *B)
	benchTime        durationOrCountFlag
	bytes            int64
	timerOn          bool
	showAllocResult  bool
	result           BenchmarkResult
	extra            map[string]float64

	loopN    int // b.Loop's current target; 0 before its first call
	loopI    int
	loopDone bool
}

type benchState struct {
	match  *matcher
	maxLen int
	extLen int
}

// StartTimer starts timing a test (called automatically before a benchmark starts).
func (b *B) StartTimer() {
	if !b.timerOn {
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing a test.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed benchmark time and memory allocation counters and
// deletes user-reported metrics.
func (b *B) ResetTimer() {
	if b.extra == nil {
		b.extra = make(map[string]float64, 16)
	} else {
		clear(b.extra)
	}
	if b.timerOn {
		b.start = time.Now()
	}
	b.duration = 0
}

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// SetBytes records the number of bytes processed in a single operation.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables malloc statistics for this benchmark (the allocation
// counters of this implementation's MemStats are 0).
func (b *B) ReportAllocs() { b.showAllocResult = true }

// ReportMetric adds "n unit" to the reported benchmark results.
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.IndexFunc(unit, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) != -1 {
		panic("metric unit must not contain whitespace")
	}
	b.extra[unit] = n
}

// SetParallelism is accepted and ignored (RunParallel runs on one goroutine per P).
func (b *B) SetParallelism(p int) {}

// PB is used by RunParallel for running parallel benchmarks.
type PB struct {
	n    int
	left *int
}

// Next reports whether there are more iterations to execute.
func (pb *PB) Next() bool {
	if *pb.left > 0 {
		*pb.left--
		return true
	}
	return false
}

// RunParallel runs body on GOMAXPROCS goroutines that share b.N iterations.
func (b *B) RunParallel(body func(*PB)) {
	left := b.N
	procs := runtime.GOMAXPROCS(0)
	done := make(chan bool)
	for i := 0; i < procs; i++ {
		go func() {
			defer func() { done <- true }()
			body(&PB{left: &left})
		}()
	}
	for i := 0; i < procs; i++ {
		<-done
	}
}

// Loop returns true as long as the benchmark should continue running: the code
// around the loop runs once per benchmark, the loop body as many times as it takes.
func (b *B) Loop() bool {
	if b.loopI < b.loopN {
		b.loopI++
		return true
	}
	if b.loopN == 0 {
		if b.benchTime.n > 0 {
			b.loopN = b.benchTime.n
		} else {
			b.loopN = 1
		}
		b.N = 0
		b.ResetTimer()
		b.StartTimer()
		b.loopI++
		return true
	}
	more := false
	if b.benchTime.n == 0 {
		t := b.Elapsed()
		if t < b.benchTime.d {
			prev := b.loopN
			b.loopN = predictN(b.benchTime.d.Nanoseconds(), int64(prev), t.Nanoseconds(), int64(prev))
			more = prev < b.loopN
		}
	}
	if !more {
		b.StopTimer()
		b.N = b.loopN
		b.loopDone = true
		return false
	}
	b.loopI++
	return true
}

func predictN(goalns, prevIters, prevns, last int64) int {
	if prevns == 0 {
		prevns = 1
	}
	n := goalns * prevIters / prevns
	n += n / 5
	n = min(n, 100*last)
	n = max(n, last+1)
	n = min(n, 1e9)
	return int(n)
}

// runN runs the benchmark function once with b.N = n.
func (b *B) runN(n int) {
	runtime.GC()
	b.N = n
	b.loopN, b.loopI, b.loopDone = 0, 0, false
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	b.previousN = n
	b.previousDuration = b.duration
}

// run1 runs the benchmark once (b.N = 1) on its own goroutine; false when it is not
// to be timed further (it failed, was skipped, or has sub-benchmarks).
func (b *B) run1() bool {
	if bs := b.bstate; bs != nil {
		if n := len(b.name) + bs.extLen + 1; n > bs.maxLen {
			bs.maxLen = n + 8
		}
	}
	go func() {
		defer func() { b.signal <- true }()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		fmt.Fprintf(b.w, "--- FAIL: %s\n%s", b.name, b.output)
		return false
	}
	b.mu.RLock()
	finished := b.finished
	b.mu.RUnlock()
	if b.hasSub || finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty != nil && (len(b.output) > 0 || finished) {
			b.trimOutput()
			fmt.Fprintf(b.w, "--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

var labelsPrinted bool

func (b *B) printLabels() {
	if labelsPrinted {
		return
	}
	labelsPrinted = true
	fmt.Fprintf(os.Stdout, "goos: %s\n", runtime.GOOS)
	fmt.Fprintf(os.Stdout, "goarch: %s\n", runtime.GOARCH)
	if b.importPath != "" {
		fmt.Fprintf(os.Stdout, "pkg: %s\n", b.importPath)
	}
	if cpu := cpuName(); cpu != "" {
		fmt.Fprintf(os.Stdout, "cpu: %s\n", cpu)
	}
}

// cpuName is the processor's model name as /proc/cpuinfo gives it.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// run times the benchmark and prints its result line.
func (b *B) run() {
	b.printLabels()
	if b.bstate == nil {
		b.doBench()
		return
	}
	s := b.bstate
	procs := runtime.GOMAXPROCS(0)
	for j := uint(0); j < *countFlag; j++ {
		benchName := benchmarkName(b.name, procs)
		if b.chatty == nil {
			fmt.Fprintf(b.w, "%-*s\t", s.maxLen, benchName)
		}
		if j > 0 {
			b = &B{
				common:    common{signal: make(chan bool), name: b.name, w: b.w, chatty: b.chatty, bench: true},
				benchFunc: b.benchFunc,
				benchTime: b.benchTime,
			}
			b.run1()
		}
		r := b.doBench()
		if b.failed {
			fmt.Fprintf(b.w, "--- FAIL: %s\n%s", benchName, b.output)
			continue
		}
		results := r.String()
		if b.chatty != nil {
			fmt.Fprintf(b.w, "%-*s\t", s.maxLen, benchName)
		}
		if *benchmemFlag || b.showAllocResult {
			results += "\t" + r.MemString()
		}
		fmt.Fprintln(b.w, results)
		if len(b.output) > 0 {
			b.trimOutput()
			fmt.Fprintf(b.w, "--- BENCH: %s\n%s", benchName, b.output)
		}
	}
}

func (b *B) doBench() BenchmarkResult {
	go b.launch()
	<-b.signal
	return b.result
}

// launch grows b.N until the benchmark has run for the benchmark time (b.Loop
// benchmarks did that themselves in run1).
func (b *B) launch() {
	defer func() { b.signal <- true }()
	if b.loopN == 0 {
		if b.benchTime.n > 0 {
			if b.benchTime.n > 1 {
				b.runN(b.benchTime.n)
			}
		} else {
			d := b.benchTime.d
			for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
				last := n
				n = int64(predictN(d.Nanoseconds(), int64(b.N), b.duration.Nanoseconds(), last))
				b.runN(int(n))
			}
		}
	}
	b.result = BenchmarkResult{N: b.N, T: b.duration, Bytes: b.bytes, Extra: b.extra}
}

// trimOutput keeps the first 10 lines of a benchmark's log.
func (b *B) trimOutput() {
	const maxNewlines = 10
	for nlCount, j := 0, 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			nlCount++
			if nlCount >= maxNewlines {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// Run benchmarks f as a subbenchmark with the given name.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName, ok, partial := b.name, true, false
	if b.bstate != nil {
		benchName, ok, partial = b.bstate.match.fullName(&b.common, name)
	}
	if !ok {
		return true
	}
	sub := &B{
		common: common{
			signal: make(chan bool),
			name:   benchName,
			parent: &b.common,
			level:  b.level + 1,
			w:      b.w,
			chatty: b.chatty,
			bench:  true,
		},
		importPath: b.importPath,
		benchFunc:  f,
		benchTime:  b.benchTime,
		bstate:     b.bstate,
	}
	if partial {
		sub.hasSub = true
	}
	if b.chatty != nil {
		b.printLabels()
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.run()
	}
	return !sub.failed
}

func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.Extra["ns/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp returns the "allocs/op" metric.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String returns a summary of the benchmark results.
func (r BenchmarkResult) String() string {
	var buf strings.Builder
	fmt.Fprintf(&buf, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok && r.N > 0 {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		buf.WriteString(prettyPrint(ns, "ns/op"))
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(&buf, "\t%7.2f MB/s", mbs)
	}
	var keys []string
	for k := range r.Extra {
		switch k {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue
		}
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		buf.WriteByte('\t')
		buf.WriteString(prettyPrint(r.Extra[k], k))
	}
	return buf.String()
}

func prettyPrint(x float64, unit string) string {
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	return fmt.Sprintf(format, x, unit)
}

// MemString returns r.AllocedBytesPerOp and r.AllocsPerOp in the same format as
// 'go test'.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// Benchmark benchmarks a single function (outside a test binary).
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{
		common:    common{signal: make(chan bool), w: discard{}},
		benchFunc: f,
		benchTime: benchTime,
	}
	if b.run1() {
		b.run()
	}
	return b.result
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// runBenchmarks runs the benchmarks matching -test.bench; false when one failed.
func runBenchmarks(importPath string, benchmarks []InternalBenchmark) bool {
	if *benchPattern == "" {
		return true
	}
	procs := runtime.GOMAXPROCS(0)
	bs := &benchState{
		match:  newMatcher(*benchPattern, "-test.bench", *skipPattern),
		extLen: len(benchmarkName("", procs)),
	}
	var list []InternalBenchmark
	for _, bm := range benchmarks {
		if _, matched, _ := bs.match.fullName(nil, bm.Name); matched {
			list = append(list, bm)
			if l := len(benchmarkName(bm.Name, procs)) + bs.extLen + 1; l > bs.maxLen {
				bs.maxLen = l
			}
		}
	}
	main := &B{
		common:     common{name: "Main", w: os.Stdout, bench: true},
		importPath: importPath,
		benchFunc: func(b *B) {
			for _, bm := range list {
				b.Run(bm.Name, bm.F)
			}
		},
		benchTime: benchTime,
		bstate:    bs,
	}
	if Verbose() {
		main.chatty = &chattyPrinter{w: main.w}
	}
	main.runN(1)
	return !main.failed
}

// AllocsPerRun returns the average number of allocations during calls to f (0:
// this implementation does not count allocations).
func AllocsPerRun(runs int, f func()) (avg float64) {
	f()
	for i := 0; i < runs; i++ {
		f()
	}
	return 0
}
