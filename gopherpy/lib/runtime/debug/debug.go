// Package debug contains facilities for programs to debug themselves while they
// are running.
//
// gopherpy: SetMaxStack is the goroutine runtime's limit (a runaway recursion ends
// with Go's "goroutine stack exceeds N-byte limit" and "fatal error: stack
// overflow"); Stack and PrintStack give the runtime's goroutine trace in Go's
// format. The GC settings are accepted and remembered, SetGCPercent starting from
// $GOGC as Go does (partial: no Go heap, no collector yet to obey them).
package debug

import "os"

// SetMaxStack sets the maximum amount of memory that can be used by a single
// goroutine stack and returns the previous setting.
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads that the Go
// program can use and returns the previous setting.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

var maxThreads = 10000

var gcPercent = readGOGC()

func readGOGC() int

// SetGCPercent sets the garbage collection target percentage and returns the
// previous setting. A negative percentage disables garbage collection.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

var memoryLimit int64 = 1<<63 - 1

// SetMemoryLimit provides the runtime with a soft memory limit and returns the
// previous limit. A negative input does not adjust the limit.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory forces a garbage collection followed by an attempt to return as
// much memory to the operating system as possible.
func FreeOSMemory() {}

// SetPanicOnFault controls the runtime's behavior when a program faults at an
// unexpected address and returns the previous setting.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

var panicOnFault bool

// SetTraceback sets the amount of detail printed by the runtime in the traceback
// it prints before exiting due to an unrecovered panic or an internal runtime error.
func SetTraceback(level string) {}

// Stack returns a formatted stack trace of the goroutine that calls it.
func Stack() []byte

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {
	os.Stderr.Write(printStack())
}

func printStack() []byte
