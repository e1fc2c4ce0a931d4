// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined file
// paths (here Unix: '/' separated, no volume names).
//
// gopherpy: written in Go over path and os (no natives).
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"syscall"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir is used as a return value from WalkFuncs to indicate that the
// directory named in the call is to be skipped.
var SkipDir error = fs.SkipDir

// SkipAll is used as a return value from WalkFuncs to indicate that all
// remaining files and directories are to be skipped.
var SkipAll error = fs.SkipAll

// Clean returns the shortest path name equivalent to path by purely lexical
// processing (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// IsLocal reports whether path, using lexical analysis only, is local: it is
// within the subtree rooted at the directory in which path is evaluated, is
// not an absolute path, and is not empty.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	for rest := p; rest != ""; {
		var part string
		part, rest, _ = strings.Cut(rest, "/")
		if part == "." || part == ".." {
			p = Clean(p)
			break
		}
	}
	return p != ".." && !strings.HasPrefix(p, "../")
}

var errInvalidPath = errors.New("invalid path")

// Localize converts a slash-separated path into an operating system path.
// The input path must be a valid path as reported by io/fs.ValidPath.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errInvalidPath
	}
	return p, nil
}

// ToSlash returns the result of replacing each separator character in path with a slash.
func ToSlash(p string) string { return p }

// FromSlash returns the result of replacing each slash in path with a separator character.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by the OS-specific ListSeparator,
// usually found in PATH or GOPATH environment variables. Unlike
// strings.Split, SplitList returns an empty slice when passed an empty string.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Split splits path immediately following the final Separator, separating it
// into a directory and file name component.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins any number of path elements into a single path, separating them
// with an OS specific Separator. Empty elements are ignored. The result is Cleaned.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, typically the path's directory.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return strings.HasPrefix(p, "/") }

// VolumeName returns leading volume name; on Unix it is always "".
func VolumeName(p string) string { return "" }

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and does not ignore
// case when required.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns an absolute representation of path. If the path is not
// absolute it will be joined with the current working directory to turn it
// into an absolute path.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when
// joined to basepath with an intervening separator. An error is returned if
// targpath can't be made relative to basepath or if knowing the current
// working directory would be necessary to compute it.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if targ == "." {
		targ = ""
	}
	cannot := errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	if IsAbs(base) != IsAbs(targ) {
		return "", cannot
	}
	be := elements(base)
	te := elements(targ)
	k := 0
	for k < len(be) && k < len(te) && be[k] == te[k] {
		k++
	}
	if k < len(be) && be[k] == ".." {
		return "", cannot // climbing above an unknown directory
	}
	var out []string
	for range be[k:] {
		out = append(out, "..")
	}
	out = append(out, te[k:]...)
	return strings.Join(out, "/"), nil
}

// elements splits a cleaned path into its elements (none for "" or "/").
func elements(p string) []string {
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// EvalSymlinks returns the path name after the evaluation of any symbolic
// links. If path is relative the result will be relative to the current
// directory, unless one of the components is an absolute symbolic link.
// EvalSymlinks calls Clean on the result.
//
// The path is read one element at a time into dest (a "/" prefix, vol, for
// a rooted one); a symbolic link's target replaces the element and the rest
// of the path is read after it.
func EvalSymlinks(p string) (string, error) {
	vol := ""
	if strings.HasPrefix(p, "/") {
		vol = "/"
	}
	dest := vol
	links := 0
	for start, end := len(vol), len(vol); start < len(p); start = end {
		for start < len(p) && p[start] == '/' {
			start++
		}
		end = start
		for end < len(p) && p[end] != '/' {
			end++
		}
		elem := p[start:end]
		if elem == "" {
			break
		}
		if elem == "." {
			continue
		}
		if elem == ".." {
			r := len(dest) - 1
			for r >= len(vol) && dest[r] != '/' {
				r--
			}
			if r < len(vol) || dest[r+1:] == ".." {
				// nothing to back over (or a kept ".."): keep this one too
				if len(dest) > len(vol) {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > 0 && dest[len(dest)-1] != '/' {
			dest += "/"
		}
		dest += elem
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(p) {
				return "", syscall.ENOTDIR
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		p = link + p[end:]
		if strings.HasPrefix(link, "/") {
			vol, dest, end = "/", "/", 1
		} else {
			// a relative target replaces the link's element of dest
			r := len(dest) - 1
			for r >= len(vol) && dest[r] != '/' {
				r--
			}
			if r < len(vol) {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}

// Match reports whether name matches the shell file name pattern (see path.Match).
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return
}

// Glob returns the names of all files matching pattern or nil if there is no
// matching file. The syntax of patterns is the same as in Match. Glob ignores
// file system errors such as I/O errors reading directories. The only
// possible returned error is ErrBadPattern, when pattern is malformed.
func Glob(pattern string) (matches []string, err error) { return globDepth(pattern, 0) }

func globDepth(pattern string, depth int) (matches []string, err error) {
	if depth > 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(d, file, matches); err != nil {
			return
		}
	}
	return
}

// globIn appends to matches the names in directory dir matching pattern, in
// lexical order; what cannot be read adds nothing.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// WalkFunc is the type of the function called by Walk to visit each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. Walk does not
// follow symbolic links. Walk is less efficient than WalkDir.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walk visits p (a directory's entries after p itself); fn's SkipDir for a
// directory skips it, for a file the rest of its directory.
func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := dirNames(p)
	if err1 := fn(p, info, err); err != nil || err1 != nil {
		return err1 // fn decides: nil goes on with the parent, SkipDir/SkipAll are handled above
	}
	for _, name := range names {
		file := Join(p, name)
		fi, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fi, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(file, fi, fn); err != nil {
			if !fi.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// dirNames is the sorted list of the names in directory dir.
func dirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order (see fs.WalkDir).
// WalkDir does not follow symbolic links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		// the second call for a directory reports the failed read
		if err = fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}
