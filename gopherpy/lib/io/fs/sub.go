package fs

import (
	"errors"
	"path"
)

// A SubFS is a file system with a Sub method.
type SubFS interface {
	FS
	// Sub returns an FS corresponding to the subtree rooted at dir.
	Sub(dir string) (FS, error)
}

// Sub returns an FS corresponding to the subtree rooted at fsys's dir.
// If dir is ".", Sub returns fsys unchanged. Otherwise, if fsys implements
// SubFS, Sub returns fsys.Sub(dir). Otherwise, Sub returns a new FS that
// implements sub.Open(name) as fsys.Open(path.Join(dir, name)), and
// translates ReadDir, ReadFile, ReadLink, Lstat and Glob likewise.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: ErrInvalid}
	}
	if dir == "." {
		return fsys, nil
	}
	if fsys, ok := fsys.(SubFS); ok {
		return fsys.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

type subFS struct {
	fsys FS
	dir  string
}

// full is dir/name for a valid name.
func (f *subFS) full(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	return path.Join(f.dir, name), nil
}

// short is name relative to dir, if it is inside dir.
func (f *subFS) short(name string) (string, bool) {
	if name == f.dir {
		return ".", true
	}
	n := len(f.dir)
	if len(name) >= n+2 && name[n] == '/' && name[:n] == f.dir {
		return name[n+1:], true
	}
	return "", false
}

// fix makes the path of a PathError relative to dir.
func (f *subFS) fix(err error) error {
	if e, ok := err.(*PathError); ok {
		if s, ok := f.short(e.Path); ok {
			e.Path = s
		}
	}
	return err
}

func (f *subFS) Open(name string) (File, error) {
	full, err := f.full("open", name)
	if err != nil {
		return nil, err
	}
	file, err := f.fsys.Open(full)
	return file, f.fix(err)
}

func (f *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := f.full("read", name)
	if err != nil {
		return nil, err
	}
	dir, err := ReadDir(f.fsys, full)
	return dir, f.fix(err)
}

func (f *subFS) ReadFile(name string) ([]byte, error) {
	full, err := f.full("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(f.fsys, full)
	return data, f.fix(err)
}

func (f *subFS) ReadLink(name string) (string, error) {
	full, err := f.full("readlink", name)
	if err != nil {
		return "", err
	}
	target, err := ReadLink(f.fsys, full)
	return target, f.fix(err)
}

func (f *subFS) Lstat(name string) (FileInfo, error) {
	full, err := f.full("lstat", name)
	if err != nil {
		return nil, err
	}
	info, err := Lstat(f.fsys, full)
	return info, f.fix(err)
}

func (f *subFS) Glob(pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	full := f.dir + "/" + pattern
	list, err := Glob(f.fsys, full)
	for i, name := range list {
		s, ok := f.short(name)
		if !ok {
			return nil, errors.New("invalid result from inner fsys Glob: " + s + " not in " + f.dir)
		}
		list[i] = s
	}
	return list, f.fix(err)
}

func (f *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return f, nil
	}
	full, err := f.full("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{f.fsys, full}, nil
}
