package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	dir, _ := os.MkdirTemp("", "probe")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "a", "b")
	fmt.Println(os.MkdirAll(p, 0o755))
	f, err := os.Create(filepath.Join(p, "f.txt"))
	fmt.Println(err)
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "line %d\n", 1)
	w.WriteString("line 2\n")
	w.Flush()
	fmt.Println(f.Name() == filepath.Join(p, "f.txt"))
	f.Close()
	_, err = f.Write([]byte("x"))
	fmt.Println(err != nil, errors.Is(err, os.ErrClosed))
	data, err := os.ReadFile(filepath.Join(p, "f.txt"))
	fmt.Printf("%q %v\n", data, err)
	st, err := os.Stat(filepath.Join(p, "f.txt"))
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular(), err)
	_, err = os.Stat(filepath.Join(dir, "nope"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(os.WriteFile(filepath.Join(dir, "w.txt"), []byte("hello\nworld\n"), 0o644))
	f2, _ := os.Open(filepath.Join(dir, "w.txt"))
	sc := bufio.NewScanner(f2)
	for sc.Scan() {
		fmt.Println("scan:", sc.Text())
	}
	f2.Seek(6, io.SeekStart)
	b := make([]byte, 3)
	n, err := io.ReadFull(f2, b)
	fmt.Println(n, err, string(b))
	n, err = io.ReadFull(f2, make([]byte, 10))
	fmt.Println(n, err)
	f2.Close()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		fmt.Println("walk", rel, d.IsDir())
		return nil
	})
	fmt.Println(os.Rename(filepath.Join(dir, "w.txt"), filepath.Join(dir, "v.txt")), os.Remove(filepath.Join(dir, "v.txt")))
	err = os.Remove(filepath.Join(dir, "v.txt"))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Err)
	fmt.Println(len(os.Args) >= 1, os.Getenv("PROBE_UNSET_VAR") == "")
	os.Setenv("PROBE_X", "1")
	v, ok := os.LookupEnv("PROBE_X")
	fmt.Println(v, ok, os.ExpandEnv("$PROBE_X-${PROBE_X}"))
	var buf bytes.Buffer
	mw := io.MultiWriter(&buf, io.Discard)
	io.Copy(mw, io.LimitReader(strings.NewReader("abcdefgh"), 5))
	fmt.Println(buf.String())
	r := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	all, _ := io.ReadAll(io.TeeReader(r, &buf))
	fmt.Println(string(all), buf.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sb, _ := io.ReadAll(sr)
	fmt.Println(string(sb), sr.Size())
	n64, err := io.CopyN(io.Discard, strings.NewReader("abc"), 5)
	fmt.Println(n64, err)
	io.WriteString(os.Stdout, "direct\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	ss := []string{"ccc", "a", "bb", "dddd", "ee"}
	sort.Sort(byLen(ss))
	fmt.Println(ss)
	sort.Stable(sort.Reverse(byLen(ss)))
	fmt.Println(ss)
	ints := []int{5, 2, 9}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 5), sort.IntsAreSorted(ints))
	sort.Slice(ss, func(i, j int) bool { return ss[i] < ss[j] })
	fmt.Println(ss, sort.SearchStrings(ss, "bb"), sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl)
	i, found := sort.Find(len(ss), func(i int) int { return strings.Compare("c", ss[i]) })
	fmt.Println(i, found)
	os.RemoveAll(dir)
	os.Exit(3)
}
