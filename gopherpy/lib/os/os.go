// Package os provides a platform-independent interface to operating system functionality.
//
// gopherpy: files, environment and process exit. System calls are natives
// (native.py); the types and error wrapping are Go. Partial: Stat, ReadDir,
// FileInfo and FileMode's methods, processes and signals are not yet provided;
// PathError is declared here rather than in io/fs (so %T says *os.PathError).
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = args()

func args() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Environ() []string
func Getpid() int
func Getwd() (dir string, err error)
func Hostname() (name string, err error)
func TempDir() string

// Flags to OpenFile.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// Errors returned by file operations (io/fs's in Go).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// natives: system calls returning an errno error (nil on success)
func sysOpen(name string, flag int, perm uint32) (int, error)
func sysRead(fd int, b []byte) (int, error)
func sysWrite(fd int, b []byte) (int, error)
func sysClose(fd int) error
func sysReadFile(name string) ([]byte, error)
func sysRemove(name string) error
func sysMkdir(name string, perm uint32) error
func sysMkdirAll(name string, perm uint32) error
func sysSeek(fd int, offset int64, whence int) (int64, error)

// IsNotExist reports whether err reports that a file or directory does not exist.
func IsNotExist(err error) bool { return errors.Is(err, ErrNotExist) }

// IsExist reports whether err reports that a file or directory already exists.
func IsExist(err error) bool { return errors.Is(err, ErrExist) }

// IsPermission reports whether err reports that permission is denied.
func IsPermission(err error) bool { return errors.Is(err, ErrPermission) }

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, err := sysOpen(name, flag, uint32(perm))
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return NewFile(uintptr(fd), name), nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != nil {
		return n, &PathError{Op: "read", Path: f.name, Err: e}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n, e := sysWrite(f.fd, b)
	if e != nil {
		return n, &PathError{Op: "write", Path: f.name, Err: e}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	r, e := sysSeek(f.fd, offset, whence)
	if e != nil {
		return 0, &PathError{Op: "seek", Path: f.name, Err: e}
	}
	return r, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := sysClose(f.fd); e != nil {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	b, err := sysReadFile(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return b, nil
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := sysRemove(name); e != nil {
		return &PathError{Op: "remove", Path: name, Err: e}
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission bits.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm)); e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	if e := sysMkdirAll(path, uint32(perm)); e != nil {
		return &PathError{Op: "mkdir", Path: path, Err: e}
	}
	return nil
}
