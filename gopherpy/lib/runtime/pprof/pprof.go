// Package pprof writes runtime profiling data in the formats the pprof tool reads.
//
// gopherpy: the profiles are named as Go names them (Profiles, Lookup), custom
// profiles made by NewProfile record the stacks of Add as Go's do, and the goroutine
// profile holds the logical stack of every live goroutine (the runtime's traceback:
// runtime/README.md, "Program counters"). WriteTo writes the text forms (debug=1:
// stacks counted and symbolised; debug=2 for goroutines: runtime.Stack's dump).
// Partial: the protocol-buffer form (debug=0) is not written (WriteTo returns an
// error saying so); heap, allocs, block, mutex and threadcreate hold no records
// (there is no Go heap, no blocking or mutex profiling, one thread); no CPU profile.
package pprof

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
)

// A Profile is a collection of stack traces showing the call sequences that led to
// instances of a particular event, such as allocation.
type Profile struct {
	name  string
	mu    sync.Mutex
	m     map[any][]uintptr
	count func() int
	write func(io.Writer, int) error
}

var profiles struct {
	mu sync.Mutex
	m  map[string]*Profile
}

var goroutineProfile = &Profile{name: "goroutine", count: countGoroutine, write: writeGoroutine}
var threadcreateProfile = &Profile{name: "threadcreate", count: countNone, write: writeNone}
var heapProfile = &Profile{name: "heap", count: countNone, write: writeNone}
var allocsProfile = &Profile{name: "allocs", count: countNone, write: writeNone}
var blockProfile = &Profile{name: "block", count: countNone, write: writeNone}
var mutexProfile = &Profile{name: "mutex", count: countNone, write: writeNone}
var goroutineLeakProfile = &Profile{name: "goroutineleak", count: countNone, write: writeNone}

func lockProfiles() {
	profiles.mu.Lock()
	if profiles.m == nil {
		profiles.m = map[string]*Profile{
			"goroutine":     goroutineProfile,
			"goroutineleak": goroutineLeakProfile,
			"threadcreate":  threadcreateProfile,
			"heap":          heapProfile,
			"allocs":        allocsProfile,
			"block":         blockProfile,
			"mutex":         mutexProfile,
		}
	}
}

func unlockProfiles() { profiles.mu.Unlock() }

// NewProfile creates a new profile with the given name. If a profile with that name
// already exists, NewProfile panics.
func NewProfile(name string) *Profile {
	lockProfiles()
	defer unlockProfiles()
	if name == "" {
		panic("pprof: NewProfile with empty name")
	}
	if profiles.m[name] != nil {
		panic("pprof: NewProfile name already in use: " + name)
	}
	p := &Profile{name: name, m: map[any][]uintptr{}}
	profiles.m[name] = p
	return p
}

// Lookup returns the profile with the given name, or nil if no such profile exists.
func Lookup(name string) *Profile {
	lockProfiles()
	defer unlockProfiles()
	return profiles.m[name]
}

// Profiles returns a slice of all the known profiles, sorted by name.
func Profiles() []*Profile {
	lockProfiles()
	defer unlockProfiles()
	all := make([]*Profile, 0, len(profiles.m))
	for _, p := range profiles.m {
		all = append(all, p)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].name < all[j].name })
	return all
}

// Name returns this profile's name.
func (p *Profile) Name() string { return p.name }

// Count returns the number of execution stacks currently in the profile.
func (p *Profile) Count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.count != nil {
		return p.count()
	}
	return len(p.m)
}

// Add adds the current execution stack to the profile, associated with value. Add
// panics if the profile already contains a stack for value. skip has the meaning of
// runtime.Caller's skip: 0 begins the trace in the function calling Add.
func (p *Profile) Add(value any, skip int) {
	if p.name == "" {
		panic("pprof: use of uninitialized Profile")
	}
	if p.write != nil {
		panic("pprof: Add called on built-in Profile " + p.name)
	}
	stk := make([]uintptr, 32)
	n := runtime.Callers(skip+1, stk[:])
	stk = stk[:n]
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m[value] != nil {
		panic("pprof: Profile.Add of duplicate value")
	}
	p.m[value] = stk
}

// Remove removes the execution stack associated with value from the profile. It is
// a no-op if the value is not in the profile.
func (p *Profile) Remove(value any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.m, value)
}

var errNoProto = errors.New("pprof: gopherpy does not write the protocol buffer format (debug=0); use debug=1 or 2")

// WriteTo writes a pprof-formatted snapshot of the profile to w: debug=1 the legacy
// text format (stacks with counts, symbolised), debug=2 for the goroutine profile
// the goroutine dump of an unrecovered panic.
func (p *Profile) WriteTo(w io.Writer, debug int) error {
	if p.name == "" {
		panic("pprof: use of zero Profile")
	}
	if p.write != nil {
		return p.write(w, debug)
	}
	p.mu.Lock()
	var stacks [][]uintptr
	for _, stk := range p.m {
		stacks = append(stacks, stk)
	}
	p.mu.Unlock()
	if debug <= 0 {
		return errNoProto
	}
	return printCountProfile(w, p.name, stacks)
}

// printCountProfile writes stacks in the legacy text format: the total, then each
// distinct stack with how many records share it, most frequent first.
func printCountProfile(w io.Writer, name string, stacks [][]uintptr) error {
	var keys []string
	count := map[string]int{}
	index := map[string]int{}
	for i, stk := range stacks {
		var b strings.Builder
		for _, pc := range stk {
			fmt.Fprintf(&b, "@ %#x", pc)
		}
		k := b.String()
		if count[k] == 0 {
			index[k] = i
			keys = append(keys, k)
		}
		count[k]++
	}
	sort.Slice(keys, func(i, j int) bool {
		ci, cj := count[keys[i]], count[keys[j]]
		if ci != cj {
			return ci > cj
		}
		return keys[i] < keys[j]
	})
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 1, 8, 1, '\t', 0)
	fmt.Fprintf(tw, "%s profile: total %d\n", name, len(stacks))
	for _, k := range keys {
		fmt.Fprintf(tw, "%d @", count[k])
		stk := stacks[index[k]]
		for _, pc := range stk {
			fmt.Fprintf(tw, " %#x", pc)
		}
		fmt.Fprint(tw, "\n")
		printStackRecord(tw, stk, false)
	}
	tw.Flush()
	return bw.Flush()
}

// printStackRecord writes the frames of stk, one "#" line each, leaving out the
// runtime's own frames unless there is nothing else (then all of them).
func printStackRecord(w io.Writer, stk []uintptr, allFrames bool) {
	show := allFrames
	frames := runtime.CallersFrames(stk)
	for {
		frame, more := frames.Next()
		name := frame.Function
		if name == "" {
			show = true
			fmt.Fprintf(w, "#\t%#x\n", frame.PC)
		} else if name != "runtime.goexit" && (show || !strings.HasPrefix(name, "runtime.")) {
			show = true
			fmt.Fprintf(w, "#\t%#x\t%s+%#x\t%s:%d\n", frame.PC, name, frame.PC-frame.Entry, frame.File, frame.Line)
		}
		if !more {
			break
		}
	}
	if !show {
		printStackRecord(w, stk, true)
		return
	}
	fmt.Fprintf(w, "\n")
}

func countNone() int { return 0 }

func writeNone(w io.Writer, debug int) error {
	if debug <= 0 {
		return errNoProto
	}
	return nil
}

func countGoroutine() int { return runtime.NumGoroutine() }

// writeGoroutine writes the goroutine profile: with debug >= 2 the stacks of every
// goroutine as an unrecovered panic prints them.
func writeGoroutine(w io.Writer, debug int) error {
	if debug >= 2 {
		buf := make([]byte, 1<<16)
		for {
			n := runtime.Stack(buf, true)
			if n < len(buf) {
				buf = buf[:n]
				break
			}
			buf = make([]byte, 2*len(buf))
		}
		_, err := w.Write(buf)
		return err
	}
	if debug <= 0 {
		return errNoProto
	}
	return writeRuntimeProfile(w, "goroutine", goroutineStacks())
}

func writeRuntimeProfile(w io.Writer, name string, stacks [][]uintptr) error {
	return printCountProfile(w, name, stacks)
}

// goroutineStacks returns the program counters of every live goroutine's stack.
func goroutineStacks() [][]uintptr
