package os

import (
	"io"
	"io/fs"
	"slices"
)

const o_DIRECTORY = 0x10000

// unixDirent is the DirEntry of ReadDir and File.ReadDir.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func (d *unixDirent) String() string { return fs.FormatDirEntry(d) }

// readdirents reads up to n entries (all if n <= 0) of the directory open as
// fd, continuing the listing in *state: their names and type bits (^0 when
// the system did not say), and an errno.
func readdirents(fd int, state *any, n int) (names []string, types []uint32, errno int)

// direntries is the common part of ReadDir, Readdir and Readdirnames.
func (f *File) direntries(n int) (names []string, types []uint32, err error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, nil, err
	}
	names, types, e := readdirents(f.fd, &f.dir, n)
	if e != 0 {
		return names, types, &PathError{Op: "readdirent", Path: f.name, Err: errnoErr(e)}
	}
	if n > 0 && len(names) == 0 {
		return names, types, io.EOF
	}
	return names, types, nil
}

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order. If n > 0,
// ReadDir returns at most n DirEntry records, and io.EOF at the end of the
// directory; if n <= 0, it returns all the DirEntry records remaining.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, types, err := f.direntries(n)
	dirents := []DirEntry{}
	for i, name := range names {
		d := &unixDirent{parent: f.name, name: name, typ: FileMode(types[i])}
		if types[i] == ^uint32(0) {
			info, lerr := Lstat(f.name + "/" + name)
			if IsNotExist(lerr) {
				continue // gone since the listing
			}
			if lerr != nil {
				return dirents, lerr
			}
			d.typ = info.Mode().Type()
			d.info = info
		}
		dirents = append(dirents, d)
	}
	return dirents, err
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of up to n FileInfo values, as would be returned by Lstat,
// in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, _, err := f.direntries(n)
	infos := []FileInfo{}
	for _, name := range names {
		info, lerr := Lstat(f.name + "/" + name)
		if IsNotExist(lerr) {
			continue
		}
		if lerr != nil {
			return infos, lerr
		}
		infos = append(infos, info)
	}
	return infos, err
}

// Readdirnames reads the contents of the directory associated with file and
// returns a slice of up to n names of files in the directory, in directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, _, err = f.direntries(n)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename. If an error occurs reading the directory, ReadDir
// returns the entries it was able to read before the error, along with the error.
func ReadDir(name string) ([]DirEntry, error) {
	fd, e := sysOpen(name, O_RDONLY|o_DIRECTORY, 0)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(e)}
	}
	f := NewFile(uintptr(fd), name)
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	slices.SortFunc(dirs, func(a, b DirEntry) int {
		x, y := a.Name(), b.Name()
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	})
	return dirs, err
}
