package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", "/", "a/b/../c/", "//x//y/.", "../..//a", "a.tar.gz", "/usr/lib/"} {
		d, f := filepath.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v local=%v split=%q,%q vol=%q\n", p, filepath.Clean(p), filepath.Base(p),
			filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p), filepath.IsLocal(p), d, f, filepath.VolumeName(p))
	}
	for _, p := range []string{"a", "a/../b", "a/../../b", "..", "../a", "./a", ".", "a/.", "/a", "a/..", "a\x00b"} {
		fmt.Printf("IsLocal(%q)=%v\n", p, filepath.IsLocal(p))
		l, err := filepath.Localize(p)
		fmt.Printf("Localize(%q)=%q %v\n", p, l, err)
	}
	fmt.Println(filepath.Join("a", "b", "../c"), filepath.Join(), filepath.Join("/", ""), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin"), filepath.SplitList("a::b:"))
	fmt.Println(filepath.HasPrefix("/a/b", "/a"), string(filepath.Separator), string(filepath.ListSeparator))
	rels := [][2]string{{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"}, {"ab/cd", "ab/cde"},
		{"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"}, {"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"},
		{"a/b", "a/b/../../.."}, {"a/b/c", "a/b/c/.."}, {"/a/b", "/a/b"}, {"/a/b", "/a/b/c/d"}, {"/a/b", "/c/d"}, {"/", "/a/b"},
		{"/", "/"}, {"/a", "/"}, {"..", "a"}, {"../a", "b"}, {"..", ".."}, {"../..", ".."}, {".", "a/b"}, {".", ".."},
		{"a", "."}, {"/a", "a"}, {"a", "/a"}, {"", "a"}, {"a/b/c/d", "a/x"}, {"../x", "../y"}}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], s, err)
	}
	for _, m := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"[", "x"}, {"a\\", "a"}, {"?", "a"}} {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Println(m, ok, err, err == filepath.ErrBadPattern, errors.Is(err, filepath.ErrBadPattern))
	}

	base, _ := os.MkdirTemp("", "gopherpy-fp-")
	defer os.RemoveAll(base)
	rel := func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, base, "$T"), filepath.Base(base), "$B")
	}
	for _, d := range []string{"src/a", "src/b/deep", "src/c", "empty"} {
		os.MkdirAll(filepath.Join(base, d), 0755)
	}
	for _, f := range []string{"src/a/x.go", "src/a/y.txt", "src/b/z.go", "src/b/deep/w.go", "src/c/v.go", "top.go"} {
		os.WriteFile(filepath.Join(base, f), []byte(f), 0644)
	}
	os.Symlink("src/a", filepath.Join(base, "link"))
	os.Symlink("../top.go", filepath.Join(base, "src/up"))
	os.Symlink("/nonexistent/x", filepath.Join(base, "dangling"))

	abs, err := filepath.Abs(base + "/src/../top.go")
	fmt.Println(rel(abs), err)
	wd, _ := os.Getwd()
	os.Chdir(base)
	abs, err = filepath.Abs("src/a")
	fmt.Println(rel(abs), err)
	for _, p := range []string{"link", "link/x.go", "src/up", "src/b/../a/./y.txt", "dangling", "missing", "top.go/x", "link/..", "src/../src/b/deep", "../" + filepath.Base(base) + "/link", base + "/link"} {
		s, err := filepath.EvalSymlinks(p)
		fmt.Printf("EvalSymlinks(%q) = %q %v\n", rel(p), rel(s), err)
	}
	for _, pat := range []string{"*.go", "src/*/*.go", "src/[ab]/*", "src/*/deep/*", "*", "nomatch*", "top.go", "missing.go", "src/[", "/", "src/a/\\x.go", "*/*/*/*.go"} {
		m, err := filepath.Glob(pat)
		fmt.Printf("Glob(%q) = %q %v\n", pat, m, err)
	}
	os.Chdir(wd)

	var lines []string
	err = filepath.Walk(base, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			lines = append(lines, "ERR "+rel(p)+" "+rel(err.Error()))
			return nil
		}
		lines = append(lines, fmt.Sprintf("%s %v %v", rel(p), info.IsDir(), info.Mode().Type()))
		if info.Name() == "b" {
			return filepath.SkipDir
		}
		if info.Name() == "y.txt" {
			return filepath.SkipDir // skips the rest of src/a
		}
		return nil
	})
	fmt.Println(strings.Join(lines, "\n"), err)
	lines = nil
	err = filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%s %v %v", rel(p), d.IsDir(), d.Type()))
		if d.Name() == "deep" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println(strings.Join(lines, "\n"), err)
	err = filepath.Walk(filepath.Join(base, "nope"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("walk fn:", rel(p), info == nil, rel(err.Error()))
		return err
	})
	fmt.Println(rel(err.Error()))
	err = filepath.WalkDir(filepath.Join(base, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walkdir fn:", rel(p), d == nil, rel(err.Error()))
		return nil
	})
	fmt.Println(err)
	stop := errors.New("stop")
	err = filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, ".go") {
			return stop
		}
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk(filepath.Join(base, "top.go"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("file root:", rel(p), info.Size())
		return filepath.SkipDir
	})
	fmt.Println(err)
}
