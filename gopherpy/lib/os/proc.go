package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = args()

func args() []string

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int)

func Getpid() int
func Getppid() int
func Getuid() int
func Geteuid() int
func Getgid() int
func Getegid() int

// Getgroups returns a list of the numeric ids of groups that the caller belongs to.
func Getgroups() ([]int, error)

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error)

// Executable returns the path name for the executable that started the current process.
func Executable() (string, error)
