// Package path implements utility routines for manipulating slash-separated paths.
//
// gopherpy: written in Go (no natives).
package path

import "strings"

// lazybuf builds the result of Clean, allocating only once the output differs
// from the input (as the input is scanned, the output is a prefix of it until
// the first change).
type lazybuf struct {
	s   string
	buf []byte
	w   int
}

func (b *lazybuf) index(i int) byte {
	if b.buf != nil {
		return b.buf[i]
	}
	return b.s[i]
}

func (b *lazybuf) append(c byte) {
	if b.buf == nil {
		if b.w < len(b.s) && b.s[b.w] == c {
			b.w++
			return
		}
		b.buf = make([]byte, len(b.s))
		copy(b.buf, b.s[:b.w])
	}
	b.buf[b.w] = c
	b.w++
}

func (b *lazybuf) string() string {
	if b.buf == nil {
		return b.s[:b.w]
	}
	return string(b.buf[:b.w])
}

// Clean returns the shortest path name equivalent to path by purely lexical
// processing: it replaces multiple slashes with a single slash, eliminates
// each . path name element, eliminates each inner .. path name element along
// with the non-.. element that precedes it, and eliminates .. elements that
// begin a rooted path. The returned path ends in a slash only if it is the
// root "/". If the result of this process is an empty string, Clean returns ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	n := len(path)
	out := lazybuf{s: path}
	r, dotdot := 0, 0 // r: next byte to read; dotdot: where .. may no longer back up
	if rooted {
		out.append('/')
		r, dotdot = 1, 1
	}
	for r < n {
		switch {
		case path[r] == '/':
			r++ // empty element
		case path[r] == '.' && (r+1 == n || path[r+1] == '/'):
			r++ // . element
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == '/'):
			r += 2 // .. element: remove the last element written
			switch {
			case out.w > dotdot:
				out.w--
				for out.w > dotdot && out.index(out.w) != '/' {
					out.w--
				}
			case !rooted:
				// a leading .. of a relative path stays
				if out.w > 0 {
					out.append('/')
				}
				out.append('.')
				out.append('.')
				dotdot = out.w
			}
		default:
			// a real element: add a separator if needed, then the element
			if rooted && out.w != 1 || !rooted && out.w != 0 {
				out.append('/')
			}
			for ; r < n && path[r] != '/'; r++ {
				out.append(path[r])
			}
		}
	}
	if out.w == 0 {
		return "."
	}
	return out.string()
}

// Split splits path immediately following the final slash, separating it into
// a directory and file name component. If there is no slash in path, Split
// returns an empty dir and file set to path.
func Split(path string) (dir, file string) {
	i := strings.LastIndex(path, "/")
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating them
// with slashes. Empty elements are ignored. The result is Cleaned. However,
// if the argument list is empty or all its elements are empty, Join returns
// an empty string.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path: the suffix beginning at
// the final dot in the final slash-separated element of path; it is empty if
// there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed before
// extracting the last element. If the path is empty, Base returns ".". If the
// path consists entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if i := strings.LastIndex(path, "/"); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element using Split, the path is
// Cleaned and trailing slashes are removed.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
