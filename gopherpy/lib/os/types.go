package os

import (
	"io/fs"
	"time"
)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory (using the ReadDir function or a File.ReadDir method).
type DirEntry = fs.DirEntry

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     uint64
	ino     uint64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }

// Sys returns nil (gopherpy has no syscall.Stat_t).
func (fs *fileStat) Sys() any { return nil }

// SameFile reports whether fi1 and fi2 describe the same file (same device
// and inode). SameFile only applies to results returned by this package's Stat.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.dev == fs2.dev && fs1.ino == fs2.ino
}

// natives filling a fileStat from stat(2), lstat(2) or fstat(2); errno or 0
func sysStat(name string, st *fileStat) int
func sysLstat(name string, st *fileStat) int
func sysFstat(fd int, st *fileStat) int

// Stat returns a FileInfo describing the named file. If there is an error,
// it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	var st fileStat
	if e := sysStat(name, &st); e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errnoErr(e)}
	}
	st.name = basename(name)
	return &st, nil
}

// Lstat returns a FileInfo describing the named file. If the file is a
// symbolic link, the returned FileInfo describes the symbolic link.
func Lstat(name string) (FileInfo, error) {
	var st fileStat
	if e := sysLstat(name, &st); e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errnoErr(e)}
	}
	st.name = basename(name)
	return &st, nil
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == '/' }
