package os

import (
	"errors"
	"io"
	"io/fs"
	"time"
)

// Flags to OpenFile wrapping those of the underlying system (Linux values).
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

// Seek whence values (deprecated: use io.SeekStart & co).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// File represents an open file descriptor. The methods of File are safe for
// concurrent use as far as the system calls are.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	blocking   bool // reads may block (not a regular file): made on a helper thread
	pollable   bool // a non-blocking descriptor (os.Pipe's): I/O parks on the netpoller
	rdeadline  int64 // read deadline of a pollable file, runtime clock ns (0: none)
	wdeadline  int64 // write deadline of a pollable file
	dir        any   // the directory listing in progress (native)
}

// natives: system calls return an errno (0 on success)
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)
func sysRead(fd int, b []byte, blocking bool) (n int, errno int)
func sysPread(fd int, b []byte, off int64) (n int, errno int)
func sysWrite(fd int, b []byte) (n int, errno int)
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)
func sysClose(fd int) int
func sysSeek(fd int, offset int64, whence int) (int64, int)
func sysFsync(fd int) int
func sysFtruncate(fd int, size int64) int
func sysFchmod(fd int, mode uint32) int
func sysFchdir(fd int) int
func sysFchown(fd, uid, gid int) int
func mayBlock(fd int) bool

// NewFile returns a new File with the given file descriptor and name. The
// returned value will be nil if fd is not a valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name, blocking: mayBlock(int(fd))}
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Open opens the named file for reading. If successful, methods on the
// returned file can be used for reading; the associated file descriptor has
// mode O_RDONLY. If there is an error, it will be of type *PathError.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file. If the file already exists, it
// is truncated. If the file does not exist, it is created with mode 0o666
// (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call; most users will use Open or Create
// instead. It opens the named file with specified flag (O_RDONLY etc.). If
// the file does not exist, and the O_CREATE flag is passed, it is created
// with mode perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(e)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// syscallMode returns the syscall-specific mode bits from Go's portable mode bits.
func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0o4000
	}
	if i&ModeSetgid != 0 {
		o |= 0o2000
	}
	if i&ModeSticky != 0 {
		o |= 0o1000
	}
	return o
}

// checkValid is the error of using f for op, or nil if it is open.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: f.name, Err: errnoErr(e)}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
// If f is closed, the file descriptor becomes invalid (^uintptr(0)). As in Go,
// Fd puts a pollable descriptor (a pipe) into blocking mode: its deadlines stop
// working and reads go through a helper thread.
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	if f.pollable {
		setBlocking(f.fd)
		f.pollable = false
		f.blocking = true
	}
	return uintptr(f.fd)
}

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.pollable {
		return f.pollRead(b)
	}
	n, e := sysRead(f.fd, b, f.blocking)
	if f.dir != nil {
		e = eINVAL // as Linux says once the directory listing has moved the offset
	}
	if e != 0 {
		return 0, f.wrapErr("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. It
// returns the number of bytes read and the error, if any. ReadAt always
// returns a non-nil error when n < len(b). At end of file, that error is io.EOF.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.pollable {
		return f.pollWrite(b)
	}
	n, e := sysWrite(f.fd, b)
	if n < 0 {
		n = 0
	}
	if e != 0 {
		return n, f.wrapErr("write", e)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes len(b) bytes to the File starting at byte offset off. It
// returns the number of bytes written and an error, if any. If file was
// opened with the O_APPEND flag, WriteAt returns an error.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPwrite(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence: 0 means relative to the origin of the
// file, 1 means relative to the current offset, and 2 means relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e == 0 && f.dir != nil {
		if r != 0 {
			e = eISDIR
		} else {
			f.dir = nil // reading the directory starts again
		}
	}
	if e != 0 {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
}

// Close closes the File, rendering it unusable for I/O. Close will return an
// error if it has already been called.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	f.dir = nil
	if f.pollable {
		pollEvict(f.fd) // goroutines parked on the descriptor see it closed
	}
	if e := sysClose(f.fd); e != 0 {
		return f.wrapErr("close", e)
	}
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return f.wrapErr("sync", sysFsync(f.fd))
}

// Truncate changes the size of the file. It does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", sysFtruncate(f.fd, size))
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return f.wrapErr("chmod", sysFchmod(f.fd, syscallMode(mode)))
}

// Chown changes the numeric uid and gid of the named file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	return f.wrapErr("chown", sysFchown(f.fd, uid, gid))
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return f.wrapErr("chdir", sysFchdir(f.fd))
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	var st fileStat
	if e := sysFstat(f.fd, &st); e != 0 {
		return nil, f.wrapErr("stat", e)
	}
	st.name = basename(f.name)
	return &st, nil
}

// SetDeadline sets the read and write deadlines for a File. Only pollable
// files (pipes from Pipe) have deadlines; for others the error wraps ErrNoDeadline.
func (f *File) SetDeadline(t time.Time) error { return f.setDeadline("SetDeadline", t, true, true) }

// SetReadDeadline sets the deadline for future Read calls.
func (f *File) SetReadDeadline(t time.Time) error {
	return f.setDeadline("SetReadDeadline", t, true, false)
}

// SetWriteDeadline sets the deadline for any future Write calls.
func (f *File) SetWriteDeadline(t time.Time) error {
	return f.setDeadline("SetWriteDeadline", t, false, true)
}

func (f *File) setDeadline(op string, t time.Time, r, w bool) error {
	if err := f.checkValid(op); err != nil {
		return err
	}
	if !f.pollable {
		return ErrNoDeadline
	}
	d := int64(0)
	if !t.IsZero() {
		d = deadlineFromNow(int64(time.Until(t)))
	}
	if r {
		f.rdeadline = d
	}
	if w {
		f.wdeadline = d
	}
	return nil
}

// ReadFile reads the named file and returns the contents. A successful call
// returns err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	var st fileStat
	if sysFstat(f.fd, &st) == 0 && int64(int(st.size)) == st.size {
		size = int(st.size)
	}
	size++ // one byte for the final read at EOF
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary. If the
// file does not exist, WriteFile creates it with permissions perm (before
// umask); otherwise WriteFile truncates it before writing, without changing permissions.
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

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the directory dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	if name == "." {
		return string(dir), nil
	}
	if string(dir)[len(dir)-1] == '/' {
		return string(dir) + name, nil
	}
	return string(dir) + "/" + name, nil
}

// rename puts name, relative to the root, into a PathError from the file system.
func (dir dirFS) fix(name string, err error) error {
	if e, ok := err.(*PathError); ok {
		e.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f, err := Open(full)
	if err != nil {
		return nil, dir.fix(name, err)
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readfile", Path: name, Err: err}
	}
	b, err := ReadFile(full)
	if err != nil {
		return nil, dir.fix(name, err)
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readdir", Path: name, Err: err}
	}
	entries, err := ReadDir(full)
	if err != nil {
		return nil, dir.fix(name, err)
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fi, err := Stat(full)
	if err != nil {
		return nil, dir.fix(name, err)
	}
	return fi, nil
}

func (dir dirFS) Lstat(name string) (fs.FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	fi, err := Lstat(full)
	if err != nil {
		return nil, dir.fix(name, err)
	}
	return fi, nil
}

func (dir dirFS) ReadLink(name string) (string, error) {
	full, err := dir.join(name)
	if err != nil {
		return "", &PathError{Op: "readlink", Path: name, Err: err}
	}
	link, err := Readlink(full)
	if err != nil {
		return "", dir.fix(name, err)
	}
	return link, nil
}
