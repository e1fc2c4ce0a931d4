package fs

// A StatFS is a file system with a Stat method.
type StatFS interface {
	FS
	// Stat returns a FileInfo describing the file.
	Stat(name string) (FileInfo, error)
}

// Stat returns a FileInfo describing the named file from the file system.
func Stat(fsys FS, name string) (FileInfo, error) {
	if fsys, ok := fsys.(StatFS); ok {
		return fsys.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

// ReadLinkFS is the interface implemented by a file system that supports
// reading symbolic links.
type ReadLinkFS interface {
	FS
	// ReadLink returns the destination of the named symbolic link.
	ReadLink(name string) (string, error)
	// Lstat returns a FileInfo describing the named file, not following a symbolic link.
	Lstat(name string) (FileInfo, error)
}

// ReadLink returns the destination of the named symbolic link. If fsys does
// not implement ReadLinkFS, then ReadLink returns an error.
func ReadLink(fsys FS, name string) (string, error) {
	sym, ok := fsys.(ReadLinkFS)
	if !ok {
		return "", &PathError{Op: "readlink", Path: name, Err: ErrInvalid}
	}
	return sym.ReadLink(name)
}

// Lstat returns a FileInfo describing the named file. If the file is a
// symbolic link, the returned FileInfo describes the symbolic link. If fsys
// does not implement ReadLinkFS, then Lstat is identical to Stat.
func Lstat(fsys FS, name string) (FileInfo, error) {
	sym, ok := fsys.(ReadLinkFS)
	if !ok {
		return Stat(fsys, name)
	}
	return sym.Lstat(name)
}
