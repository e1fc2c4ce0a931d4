package runtime

// SetFinalizer sets the finalizer of the object obj points to: a function of one
// parameter that obj is assignable to, run some time after the object becomes
// unreachable. A nil finalizer removes the one set.
//
// gopherpy: partial. The arguments are checked as gc checks them (the same fatal
// errors), and the finalizer is recorded, but it never runs: there is no Go
// garbage collector yet to find the object unreachable.
func SetFinalizer(obj any, finalizer any)

// KeepAlive marks its argument as reachable up to this point of the program, so
// that a finalizer cannot run before it.
func KeepAlive(x any) {}
