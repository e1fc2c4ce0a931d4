// This file implements LookPath: finding an executable in the directories of $PATH.

package exec

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ErrNotFound is LookPath's cause when no directory of $PATH has the program.
var ErrNotFound = errors.New("executable file not found in $PATH")

// ErrDot is LookPath's cause when the program was found through a relative
// $PATH entry such as "." (allowed with GODEBUG=execerrdot=0).
var ErrDot = errors.New("cannot run executable found relative to current directory")

// executable reports why file cannot be executed, or nil: it must exist, not
// be a directory, and have an execute bit.
func executable(file string) error {
	st, err := os.Stat(file)
	if err != nil {
		return err
	}
	m := st.Mode()
	if m.IsDir() {
		return syscall.EISDIR
	}
	if m&0111 == 0 {
		return fs.ErrPermission
	}
	return nil
}

// dotAllowed reports whether GODEBUG has execerrdot=0.
func dotAllowed() bool {
	v := ""
	for _, kv := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if k, val, ok := strings.Cut(kv, "="); ok && k == "execerrdot" {
			v = val
		}
	}
	return v == "0"
}

// LookPath finds the program file: a name with a slash is checked as it is,
// others are tried in each directory of $PATH in turn. A relative result comes
// with an *Error wrapping ErrDot unless GODEBUG=execerrdot=0.
func LookPath(file string) (string, error) {
	if file == "" || file == "." || file == ".." {
		return "", &Error{file, ErrNotFound}
	}
	if strings.Contains(file, "/") {
		if err := executable(file); err != nil {
			return "", &Error{file, err}
		}
		return file, nil
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "." // an empty element means the current directory
		}
		p := filepath.Join(dir, file)
		if executable(p) == nil {
			if !filepath.IsAbs(p) && !dotAllowed() {
				return p, &Error{file, ErrDot}
			}
			return p, nil
		}
	}
	return "", &Error{file, ErrNotFound}
}
