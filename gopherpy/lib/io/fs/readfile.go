package fs

import "io"

// ReadFileFS is the interface implemented by a file system that provides an
// optimized implementation of ReadFile.
type ReadFileFS interface {
	FS
	// ReadFile reads the named file and returns its contents.
	ReadFile(name string) ([]byte, error)
}

// ReadFile reads the named file from the file system fs and returns its
// contents. A successful call returns a nil error, not io.EOF.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if fsys, ok := fsys.(ReadFileFS); ok {
		return fsys.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	size := 0
	if info, err := file.Stat(); err == nil {
		if s := info.Size(); int64(int(s)) == s {
			size = int(s)
		}
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) >= cap(data) {
			data = append(data[:cap(data)], 0)[:len(data)]
		}
		n, err := file.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}
