// Package runtime contains operations that interact with Go's runtime system:
// goroutines, the garbage collector's controls, and introspection of the running
// program (program counters, function names, stack traces).
//
// gopherpy: the natives (native.py) forward to the goroutine runtime
// (gopherpy/runtime: proc.py for goroutines, symtab.py and traceback.py for program
// counters and stacks). See gopherpy/lib/README.md for what is partial.
package runtime

// Error identifies a run time error: the panics the runtime raises for program
// errors (index out of range, nil dereference, ...) are values of types that
// implement it.
type Error interface {
	error
	// RuntimeError is a marker method distinguishing runtime errors from
	// ordinary errors.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
// gopherpy: the type is the runtime's own (gopherpy/runtime/panic.py), which makes
// the values the failed assertions panic with; the natives bind it (init_package).
type TypeAssertionError struct {
	_ [0]*TypeAssertionError
}

func (*TypeAssertionError) RuntimeError()

// Error returns the panic's text: "interface conversion: ...".
func (e *TypeAssertionError) Error() string

// A PanicNilError happens when code calls panic(nil): recover returns a
// *PanicNilError (GODEBUG=panicnil=1 gives back the old behaviour: nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

// Error returns "runtime error: panic called with nil argument".
func (*PanicNilError) Error() string

func (*PanicNilError) RuntimeError()

// Gosched yields the processor, letting other goroutines run; the current one
// resumes later without having been suspended otherwise.
func Gosched()

// GC runs a garbage collection and blocks until it is done.
// gopherpy: collects Python's cycles (there is no Go heap yet) and counts the
// collection in MemStats (NumGC, NumForcedGC, pause times).
func GC()

// NumGoroutine reports how many goroutines exist now.
func NumGoroutine() int

// NumCPU reports how many logical CPUs the process may use.
func NumCPU() int

// GOMAXPROCS sets how many goroutines may run Go code at once and returns the
// previous setting; n < 1 leaves it unchanged.
func GOMAXPROCS(n int) int

// Goexit ends the goroutine that calls it after running its deferred calls.
// It is not a panic: recover returns nil in those deferred calls.
func Goexit()

// LockOSThread wires the calling goroutine to its current operating system
// thread. gopherpy runs all goroutines on one thread, so this has no effect.
func LockOSThread()

// UnlockOSThread undoes an earlier LockOSThread.
func UnlockOSThread()

// Breakpoint executes a breakpoint trap. Without a debugger attached the
// program ends with SIGTRAP, as under gc.
func Breakpoint()

// MemProfileRate controls the fraction of memory allocations recorded in the memory
// profile (one sample per MemProfileRate bytes on average).
// gopherpy: accepted; there is no memory profiler yet.
var MemProfileRate int = 512 * 1024

// Stack writes a formatted trace of the calling goroutine's stack into buf (and
// of every other goroutine after it when all is set) and returns how many bytes
// it wrote.
func Stack(buf []byte, all bool) int
