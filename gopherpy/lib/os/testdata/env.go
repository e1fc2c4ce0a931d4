package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println(len(os.Args) >= 1, os.Getpid() > 0, os.Getppid() > 0, os.Getpagesize(), os.Getuid() >= 0)
	h, err := os.Hostname()
	fmt.Println(h != "", err)

	fmt.Println(os.Setenv("GOPHERPY_X", "1"), os.Getenv("GOPHERPY_X"))
	v, ok := os.LookupEnv("GOPHERPY_X")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GOPHERPY_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv("GOPHERPY_EMPTY", "")
	v, ok = os.LookupEnv("GOPHERPY_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOPHERPY_") {
			found++
		}
	}
	fmt.Println("found", found)
	fmt.Println(os.Unsetenv("GOPHERPY_X"), os.Getenv("GOPHERPY_X") == "")
	for _, k := range []string{"", "A=B", "A\x00"} {
		err := os.Setenv(k, "v")
		fmt.Printf("%q: %v %T\n", k, err, err)
	}
	fmt.Println(os.Setenv("GOPHERPY_NUL", "a\x00b"))

	os.Setenv("NAME", "gopher")
	os.Setenv("N2", "two")
	for _, s := range []string{"hello $NAME", "${NAME}s", "$N2$NAME", "$", "a$", "$$", "${", "${}", "${NAME", "$1 $* $# ${1}x", "$NAME_X", "${N2}${NAME}", "x$?y", "$UNDEFINED_VAR.", "no vars"} {
		fmt.Printf("%q -> %q\n", s, os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a-${b}-$c-${1}", func(s string) string { return "<" + s + ">" }))

	os.Setenv("HOME", "/home/gopher")
	os.Setenv("XDG_CACHE_HOME", "")
	os.Setenv("XDG_CONFIG_HOME", "relative/dir")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Unsetenv("HOME")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	os.Setenv("TMPDIR", "/var/tmpx")
	fmt.Println(os.TempDir())
	os.Setenv("TMPDIR", "")
	fmt.Println(os.TempDir())

	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("NAME") == "")
	os.Stdout.WriteString("exiting\n")
	os.Exit(3)
}
