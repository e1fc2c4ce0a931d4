package os

import "errors"

// natives over single system calls; errno or 0
func sysMkdir(name string, perm uint32) int
func sysUnlink(name string) int
func sysRmdir(name string) int
func sysRename(oldname, newname string) int
func sysLink(oldname, newname string) int
func sysSymlink(oldname, newname string) int
func sysReadlink(name string) (string, int)
func sysChmod(name string, mode uint32) int
func sysChown(name string, uid, gid int, follow bool) int
func sysTruncate(name string, size int64) int
func sysChdir(name string) int
func sysGetwd() (string, int)
func sysUtimes(name string, atime, mtime int64) int

// Mkdir creates a new directory with the specified name and permission bits
// (before umask). If there is an error, it will be of type *PathError.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents,
// and returns nil, or else returns an error. The permission bits perm (before
// umask) are used for all directories that MkdirAll creates. If path is
// already a directory, MkdirAll does nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: errnoErr(eNOTDIR)}
	}
	// the parent: path without its last element (and trailing slashes)
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// another process (or a "x/." path) may have made it meanwhile
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory. If there is an error,
// it will be of type *PathError.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	// Both failed: rmdir of a file says ENOTDIR, so otherwise its error is the real one.
	if e1 != eNOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errnoErr(e)}
}

// removeAll removes path and its contents, reporting the first failure as
// (errno, the path that failed, the operation).
func removeAll(path string) (errno int, where string, op string)

// RemoveAll removes path and any children it contains. It removes everything
// it can but returns the first error it encounters. If the path does not
// exist, RemoveAll returns nil (no error). If there is an error, it will be
// of type *PathError.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: errnoErr(eINVAL)}
	}
	if e, where, op := removeAll(path); e != 0 {
		return &PathError{Op: op, Path: where, Err: errnoErr(e)}
	}
	return nil
}

// endsWithDot reports whether the final component of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	return len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/'
}

// Rename renames (moves) oldpath to newpath. If newpath already exists and
// is not a directory, Rename replaces it. If there is an error, it will be
// of type *LinkError.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		// a directory can not be replaced; but a bad oldpath is reported first
		ofi, err := Lstat(oldpath)
		if err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		}
		if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, errnoErr(eEXIST)}
		}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errnoErr(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, errnoErr(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errnoErr(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errnoErr(e)}
	}
	return s, nil
}

// Chmod changes the mode of the named file to mode. If the file is a
// symbolic link, it changes the mode of the link's target.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file.
func Chown(name string, uid, gid int) error {
	if e := sysChown(name, uid, gid, true); e != 0 {
		return &PathError{Op: "chown", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file, not following a symbolic link.
func Lchown(name string, uid, gid int) error {
	if e := sysChown(name, uid, gid, false); e != 0 {
		return &PathError{Op: "lchown", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errnoErr(e)}
	}
	return nil
}

// Getwd returns an absolute path name corresponding to the current
// directory. If the current directory can be reached via multiple paths (due
// to symbolic links), Getwd may return any one of them ($PWD if it names it).
func Getwd() (dir string, err error) {
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		d, err := Stat(pwd)
		dot, err1 := Stat(".")
		if err == nil && err1 == nil && SameFile(d, dot) {
			return pwd, nil
		}
	}
	s, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errnoErr(e))
	}
	return s, nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")
