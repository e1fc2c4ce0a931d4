package fs

import (
	"errors"
	"slices"
)

// ReadDirFS is the interface implemented by a file system that provides an
// optimized implementation of ReadDir.
type ReadDirFS interface {
	FS
	// ReadDir reads the named directory and returns a list of directory
	// entries sorted by filename.
	ReadDir(name string) ([]DirEntry, error)
}

// ReadDir reads the named directory and returns a list of directory entries
// sorted by filename.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if fsys, ok := fsys.(ReadDirFS); ok {
		return fsys.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	slices.SortFunc(list, func(a, b DirEntry) int {
		x, y := a.Name(), b.Name()
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	})
	return list, err
}

// dirInfo is a DirEntry based on a FileInfo.
type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool               { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode            { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error)   { return di.fileInfo, nil }
func (di dirInfo) Name() string              { return di.fileInfo.Name() }
func (di dirInfo) String() string            { return FormatDirEntry(di) }

// FileInfoToDirEntry returns a DirEntry that returns information from info.
// If info is nil, FileInfoToDirEntry returns nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}
