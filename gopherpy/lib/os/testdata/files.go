package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"syscall"
	"time"
)

var base string

// rel shows a path under the scratch directory without its random part.
func rel(s string) string { return strings.ReplaceAll(s, base, "$T") }

func show(what string, err error) {
	if err == nil {
		fmt.Println(what, "ok")
		return
	}
	fmt.Printf("%s: %T %s | notexist=%v exist=%v perm=%v\n", what, err, rel(err.Error()),
		os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
}

func main() {
	var err error
	base, err = os.MkdirTemp("", "gopherpy-os-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(base)
	fmt.Println(strings.HasPrefix(base, os.TempDir()), strings.Contains(base, "gopherpy-os-"))
	p := func(s string) string { return base + "/" + s }

	// create, write, read back
	f, err := os.Create(p("a.txt"))
	show("create", err)
	fmt.Println(rel(f.Name()))
	n, err := f.WriteString("hello, world\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("second line\n"))
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "%d %s\n", 42, "third")
	fmt.Println(n, err)
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 35)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	_, err = f.ReadAt(buf, -1)
	show("readat negative", err)
	n, err = f.WriteAt([]byte("HELLO"), 0)
	fmt.Println(n, err)
	off, err = f.Seek(-4, io.SeekEnd)
	fmt.Println(off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	n, err = f.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = f.Read(nil)
	fmt.Println(n, err)
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), err)
	fmt.Println(f.Sync(), f.Truncate(5))
	show("close", f.Close())
	show("close again", f.Close())
	_, err = f.Write([]byte("x"))
	show("write closed", err)
	_, err = f.Read(buf)
	show("read closed", err)
	_, err = f.Seek(0, 0)
	show("seek closed", err)
	_, err = f.Stat()
	show("stat closed", err)
	fmt.Println(f.Fd() == ^uintptr(0))

	data, err := os.ReadFile(p("a.txt"))
	fmt.Printf("%q %v %d\n", data, err, cap(data))
	show("writefile", os.WriteFile(p("b.txt"), []byte("bee"), 0600))
	data, err = os.ReadFile(p("b.txt"))
	fmt.Printf("%q %v\n", data, err)
	fi, err = os.Stat(p("b.txt"))
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.Mode().Perm(), err)
	fmt.Println(time.Since(fi.ModTime()) < time.Hour)

	// append mode, O_EXCL, read-only
	f, err = os.OpenFile(p("b.txt"), os.O_APPEND|os.O_WRONLY, 0)
	show("open append", err)
	f.Write([]byte("-more"))
	_, err = f.WriteAt([]byte("x"), 0)
	show("writeat append", err)
	f.Close()
	data, _ = os.ReadFile(p("b.txt"))
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile(p("b.txt"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("excl", err)
	f, _ = os.Open(p("b.txt"))
	_, err = f.Write([]byte("x"))
	show("write readonly", err)
	f.Close()

	// errors of the path functions
	_, err = os.Open(p("missing"))
	show("open missing", err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, rel(pe.Path), pe.Err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	}
	fmt.Printf("%T %v %v %d\n", pe.Err, pe.Err == syscall.ENOENT, errors.Is(err, syscall.ENOENT), pe.Err)
	for _, e := range []syscall.Errno{syscall.EPERM, syscall.EACCES, syscall.EEXIST, syscall.ENOTEMPTY, syscall.EAGAIN, syscall.ETIMEDOUT, syscall.EINTR, syscall.ENOSYS, 0, 250} {
		fmt.Println(e.Error(), errors.Is(e, fs.ErrPermission), errors.Is(e, fs.ErrExist), errors.Is(e, errors.ErrUnsupported), e.Timeout(), e.Temporary())
	}
	_, err = os.ReadFile(p("missing"))
	show("readfile missing", err)
	_, err = os.ReadFile(base)
	show("readfile dir", err)
	_, err = os.Stat(p("missing/x"))
	show("stat missing", err)
	_, err = os.Lstat(p("missing"))
	show("lstat missing", err)
	_, err = os.Stat(p("b.txt/x"))
	show("stat through file", err)
	show("mkdir", os.Mkdir(p("d"), 0755))
	show("mkdir again", os.Mkdir(p("d"), 0755))
	show("mkdir under file", os.Mkdir(p("b.txt/d"), 0755))
	show("mkdirall", os.MkdirAll(p("d/e/f/g"), 0755))
	show("mkdirall again", os.MkdirAll(p("d/e/f/g"), 0755))
	show("mkdirall file", os.MkdirAll(p("b.txt"), 0755))
	show("mkdirall under file", os.MkdirAll(p("b.txt/x/y"), 0755))
	show("remove nonempty", os.Remove(p("d/e")))
	show("remove missing", os.Remove(p("nothing")))
	show("remove empty dir", os.Remove(p("d/e/f/g")))
	show("removeall", os.RemoveAll(p("d/e")))
	show("removeall missing", os.RemoveAll(p("d/e")))
	show("removeall dot", os.RemoveAll(p("d/.")))
	show("removeall empty", os.RemoveAll(""))
	show("rename", os.Rename(p("b.txt"), p("c.txt")))
	show("rename missing", os.Rename(p("b.txt"), p("c.txt")))
	show("rename onto dir", os.Rename(p("c.txt"), p("d")))
	show("chmod", os.Chmod(p("c.txt"), 0640))
	fi, _ = os.Stat(p("c.txt"))
	fmt.Println(fi.Mode())
	show("chmod missing", os.Chmod(p("zz"), 0640))
	show("truncate", os.Truncate(p("c.txt"), 2))
	data, _ = os.ReadFile(p("c.txt"))
	fmt.Printf("%q\n", data)
	show("truncate missing", os.Truncate(p("zz"), 2))
	show("symlink", os.Symlink("c.txt", p("link")))
	show("symlink exists", os.Symlink("c.txt", p("link")))
	target, err := os.Readlink(p("link"))
	fmt.Println(target, err)
	_, err = os.Readlink(p("c.txt"))
	show("readlink file", err)
	li, _ := os.Lstat(p("link"))
	si, _ := os.Stat(p("link"))
	fmt.Println(li.Mode()&os.ModeSymlink != 0, li.Mode().Type() == fs.ModeSymlink, si.Mode().IsRegular(), os.SameFile(si, fi), os.SameFile(li, fi))
	show("link", os.Link(p("c.txt"), p("hard")))
	hi, _ := os.Stat(p("hard"))
	fmt.Println(os.SameFile(hi, fi))
	show("link exists", os.Link(p("c.txt"), p("hard")))
	var le *os.LinkError
	fmt.Println(errors.As(os.Link(p("c.txt"), p("hard")), &le), le.Op)
	mt := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	show("chtimes", os.Chtimes(p("c.txt"), mt, mt))
	fi, _ = os.Stat(p("c.txt"))
	fmt.Println(fi.ModTime().UTC())
	show("chtimes missing", os.Chtimes(p("zz"), mt, mt))

	// directories
	for _, name := range []string{"d/z", "d/a", "d/m"} {
		os.WriteFile(p(name), []byte(name), 0644)
	}
	os.Mkdir(p("d/sub"), 0755)
	entries, err := os.ReadDir(p("d"))
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		fmt.Printf("%s %v %v %v %d %v %T\n", e.Name(), e.IsDir(), e.Type(), info.Mode(), info.Size(), err, e)
		fmt.Println(" ", e, fs.FormatFileInfo(info)[:11])
	}
	_, err = os.ReadDir(p("missing"))
	show("readdir missing", err)
	_, err = os.ReadDir(p("c.txt"))
	show("readdir file", err)
	empty, err := os.ReadDir(p("d/sub"))
	fmt.Println(empty == nil, len(empty), err)
	d, _ := os.Open(p("d"))
	var names []string
	for {
		es, err := d.ReadDir(2)
		for _, e := range es {
			names = append(names, e.Name())
		}
		if err != nil {
			fmt.Println(len(es), err)
			break
		}
		fmt.Println(len(es))
	}
	sort.Strings(names)
	fmt.Println(names)
	d.Seek(0, io.SeekStart)
	all, err := d.Readdirnames(-1)
	sort.Strings(all)
	fmt.Println(all, err)
	more, err := d.Readdirnames(-1)
	fmt.Println(more, more == nil, err)
	more, err = d.Readdirnames(1)
	fmt.Println(more, err)
	d.Seek(0, io.SeekStart)
	infos, err := d.Readdir(0)
	fmt.Println(len(infos), err)
	_, err = d.Read(buf)
	show("read dir", err)
	d.Close()

	// working directory
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	show("chdir", os.Chdir(p("d")))
	wd2, _ := os.Getwd()
	fmt.Println(rel(wd2))
	data, err = os.ReadFile("a")
	fmt.Printf("%q %v\n", data, err)
	show("chdir missing", os.Chdir("nowhere"))
	os.Chdir(wd)

	// temporary files and directories
	tf, err := os.CreateTemp(base, "tmp-*.txt")
	show("createtemp", err)
	fmt.Println(strings.HasPrefix(tf.Name(), base+"/tmp-"), strings.HasSuffix(tf.Name(), ".txt"))
	tf.Close()
	_, err = os.CreateTemp(base, "bad/pattern")
	show("createtemp bad", err)
	_, err = os.CreateTemp(p("nodir"), "x")
	fmt.Println("createtemp nodir:", err.(*fs.PathError).Op, err.(*fs.PathError).Err)
	td, err := os.MkdirTemp(base, "dir")
	fi, _ = os.Stat(td)
	fmt.Println(strings.HasPrefix(td, base+"/dir"), fi.IsDir(), fi.Mode().Perm(), err)
	_, err = os.MkdirTemp(base, "a/b")
	show("mkdirtemp bad", err)
	_, err = os.MkdirTemp(p("nodir"), "x")
	show("mkdirtemp nodir", err)

	// DirFS
	fsys := os.DirFS(p("d"))
	b, err := fs.ReadFile(fsys, "m")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "nope")
	show("dirfs missing", err)
	_, err = fsys.Open("../c.txt")
	show("dirfs invalid", err)
	des, err := fs.ReadDir(fsys, ".")
	fmt.Println(len(des), err)
	st, err := fs.Stat(fsys, "sub")
	fmt.Println(st.Name(), st.IsDir(), err)
	var visited []string
	fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		visited = append(visited, path)
		return err
	})
	fmt.Println(visited)
	matches, err := fs.Glob(fsys, "[am]")
	fmt.Println(matches, err)
	sub, err := fs.Sub(fsys, "sub")
	fmt.Println(err)
	_, err = sub.Open("x")
	show("sub missing", err)

	// nil file
	var nf *os.File
	_, err = nf.Read(buf)
	fmt.Println(err, err == os.ErrInvalid, nf.Close())
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid, os.ErrProcessDone, os.ErrNoDeadline)
	fmt.Println(os.IsNotExist(fmt.Errorf("wrapped: %w", os.ErrNotExist)), errors.Is(fmt.Errorf("wrapped: %w", os.ErrNotExist), fs.ErrNotExist))
	fmt.Println(os.IsNotExist(os.ErrNotExist), os.IsExist(&os.LinkError{Err: os.ErrExist}), os.IsPermission(os.NewSyscallError("x", os.ErrPermission)))
	se := os.NewSyscallError("open", os.ErrInvalid)
	fmt.Println(se, os.NewSyscallError("x", nil) == nil, errors.Unwrap(se) == os.ErrInvalid)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'), os.PathSeparator, os.PathListSeparator, os.DevNull)
	fmt.Println(os.ModeDir, os.ModePerm, os.ModeSymlink|0755, os.ModeType, fs.FileMode(0), os.ModeDevice|os.ModeCharDevice|0600, os.ModeNamedPipe|os.ModeSetuid|os.ModeSetgid|os.ModeSticky|0777)
	fmt.Println(os.ModeDir.IsDir(), os.ModeDir.IsRegular(), (os.ModeDir | 0755).Perm(), (os.ModeSymlink | 0755).Type(), fs.ModeIrregular|fs.ModeSocket|fs.ModeAppend|fs.ModeExclusive|fs.ModeTemporary)
	fmt.Printf("%v %d %o %T\n", fs.FileMode(0644), fs.FileMode(0644), os.FileMode(0644), os.FileMode(0))
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd(), os.Stderr.Fd())
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("to stdout\n")
}
