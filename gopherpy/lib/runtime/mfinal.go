package runtime

// SetFinalizer sets the finalizer of the object obj points to: a function of one
// parameter that obj is assignable to, run some time after the object becomes
// unreachable. A nil finalizer removes the one set.
//
// gopherpy: the arguments are checked as gc checks them (the same fatal errors).
// runtime.GC finds an object unreachable when only the finalizer table still refers
// to it (Python's reference count; native.py explains), and a goroutine of its own
// then runs the finalizer. Objects that stay reachable in Go's eyes only through a
// frame's dead variable are still held by the Python frame until it returns (gc's
// liveness analysis is not modelled), and pointers into an object (a field, an
// element) or to a package variable are recorded but never finalized.
func SetFinalizer(obj any, finalizer any)

// KeepAlive marks its argument as reachable up to this point of the program, so
// that a finalizer cannot run before it.
func KeepAlive(x any) {}
