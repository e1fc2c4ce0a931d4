package testing

// This file implements running examples: an example's standard output is captured
// (file descriptor 1, so fmt.Println and os.Stdout alike) and compared with the text
// of its "// Output:" comment, or, for "// Unordered output:", with its lines in any order.

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// InternalExample is an example of the package, as the generated test main lists them.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// captureStdout starts sending what is written to file descriptor 1 to a buffer.
func captureStdout()

// restoreStdout ends captureStdout and returns what was written meanwhile.
func restoreStdout() string

func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(*runPattern, "-test.run", *skipPattern)
	for _, eg := range examples {
		if _, matched, _ := m.fullName(nil, eg.Name); !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

func runExample(eg InternalExample) (ok bool) {
	if Verbose() {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	captureStdout()
	finished := false
	start := time.Now()
	defer func() {
		timeSpent := time.Since(start)
		out := restoreStdout()
		err := recover()
		ok = eg.processRunResult(out, timeSpent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func (eg *InternalExample) processRunResult(stdout string, timeSpent time.Duration, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration(timeSpent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if Verbose() {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		panic(recovered)
	} else if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}
