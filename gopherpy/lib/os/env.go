package os

import "errors"

// Expand replaces ${var} or $var in the string based on the mapping
// function. Invalid syntax ($ at the end, "${", "${}") is dropped; the
// shell's special one-character names ($*, $1, ...) are names too.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	done := 0 // s[:done] is in buf
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 == len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[done:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name == "" && w > 0:
			// bad syntax: the whole ${...} goes
		case name == "":
			buf = append(buf, '$') // a lone $ stays
		default:
			buf = append(buf, mapping(name)...)
		}
		j += w
		done = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[done:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values of
// the current environment variables. References to undefined variables are
// replaced by the empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

func isSpecialVar(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName reads the name after a '$': the name and how many bytes it took.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" without "}"
	}
	if isSpecialVar(s[0]) {
		return s[:1], 1
	}
	i := 0
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	return s[:i], i
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key.
func LookupEnv(key string) (string, bool)

func setenv(key, value string) bool
func unsetenv(key string)

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if !setenv(key, value) {
		return NewSyscallError("setenv", errnoErr(eINVAL))
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv()

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

// TempDir returns the default directory to use for temporary files: $TMPDIR
// if non-empty, else /tmp. The directory is neither guaranteed to exist nor
// have accessible permissions.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns the default root directory to use for user-specific
// cached data: $XDG_CACHE_HOME if non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir returns the default root directory to use for user-specific
// configuration data: $XDG_CONFIG_HOME if non-empty, else $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", "/.config")
}

func xdgDir(env, sub string) (string, error) {
	dir := Getenv(env)
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $" + env + " nor $HOME are defined")
		}
		return dir + sub, nil
	}
	if dir[0] != '/' {
		return "", errors.New("path in $" + env + " is relative")
	}
	return dir, nil
}
