// Package runtime contains operations that interact with Go's runtime system.
//
// gopherpy: MINIMAL declarations written by the compiler engineer (issue 4) so that
// programs importing runtime build; natives in native.py forward to
// gopherpy/runtime/proc.py. The goroutine-runtime owner may replace or extend it.
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

func Gosched()
func GC()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
func Goexit()
func KeepAlive(x any)
func SetFinalizer(obj any, finalizer any)
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func LockOSThread()
func UnlockOSThread()
func Version() string
func Stack(buf []byte, all bool) int
func Breakpoint()

// MemProfileRate controls the fraction of memory allocations recorded in the memory profile.
var MemProfileRate int = 512 * 1024

func Callers(skip int, pc []uintptr) int

// MemStats records statistics about the memory allocator.
// gopherpy: partial — ReadMemStats leaves every field zero until the Go heap exists.
type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees                          uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects      uint64
	StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys      uint64
	BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs              uint64
	PauseNs                                                                 [256]uint64
	PauseEnd                                                                [256]uint64
	NumGC, NumForcedGC                                                      uint32
	GCCPUFraction                                                           float64
	EnableGC, DebugGC                                                       bool
}

func ReadMemStats(m *MemStats)
