package fs

import "path"

// A GlobFS is a file system with a Glob method.
type GlobFS interface {
	FS
	// Glob returns the names of all files matching pattern.
	Glob(pattern string) ([]string, error)
}

// Glob returns the names of all files matching pattern or nil if there is no
// matching file. The syntax of patterns is the same as in path.Match. The
// pattern may describe hierarchical names such as usr/*/bin/ed. Glob ignores
// file system errors such as I/O errors reading directories. The only
// possible returned error is path.ErrBadPattern.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globDepth(fsys, pattern, 0)
}

func globDepth(fsys FS, pattern string, depth int) (matches []string, err error) {
	if depth > 10000 { // the directory part of the pattern nests too deep
		return nil, path.ErrBadPattern
	}
	if fsys, ok := fsys.(GlobFS); ok {
		return fsys.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(fsys, dir, file, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := globDepth(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(fsys, d, file, matches); err != nil {
			return
		}
	}
	return
}

// globIn appends to matches the names in dir matching pattern, in lexical
// order; a directory that cannot be read adds nothing.
func globIn(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil
	}
	for _, e := range entries {
		n := e.Name()
		ok, err := path.Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, n))
		}
	}
	return matches, nil
}

// hasMeta reports whether path contains any of the magic characters recognized by path.Match.
func hasMeta(path string) bool {
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}
