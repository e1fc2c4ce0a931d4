package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type logw struct{ n int }

func (l *logw) Write(p []byte) (int, error) {
	l.n++
	fmt.Printf("write#%d %d %q\n", l.n, len(p), p)
	return len(p), nil
}

type rf struct{ logw }

func (l *rf) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	fmt.Printf("readfrom %q %v\n", b, err)
	return int64(len(b)), nil
}

type slowR struct{ s string }

func (r *slowR) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

type emptyR struct{}

func (emptyR) Read(p []byte) (int, error) { return 0, nil }

func main() {
	l := &logw{}
	w := bufio.NewWriterSize(l, 16)
	w.WriteString("hello ")
	n, err := w.ReadFrom(strings.NewReader("a fairly long string that spans buffers"))
	fmt.Println(n, err, w.Buffered(), w.Available())
	w.Flush()
	n, err = io.Copy(w, &slowR{"0123456789abcdef"})
	fmt.Println(n, err, w.Buffered())
	w.Flush()
	r2 := &rf{}
	w2 := bufio.NewWriterSize(r2, 16)
	w2.WriteString("pre")
	n, err = w2.ReadFrom(strings.NewReader("data for readfrom"))
	fmt.Println(n, err, w2.Buffered())
	w3 := bufio.NewWriterSize(l, 16)
	n, err = w3.ReadFrom(emptyR{})
	fmt.Println(n, err, errors.Is(err, io.ErrNoProgress))
	br := bufio.NewReaderSize(strings.NewReader("line one\nline two is long enough to overflow\nx"), 16)
	for {
		line, pre, err := br.ReadLine()
		fmt.Printf("%q %v %v\n", line, pre, err)
		if err != nil {
			break
		}
	}
	br = bufio.NewReaderSize(strings.NewReader("abcdefghijklmnopqrstuvwxyz"), 16)
	p, err := br.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	d, err := br.Discard(5)
	fmt.Println(d, err, br.Buffered())
	sl, err := br.ReadSlice('z')
	fmt.Printf("%q %v\n", sl, err)
	fmt.Println(br.UnreadByte(), br.UnreadRune())
	rr := bufio.NewReader(strings.NewReader("héllo"))
	r, sz, _ := rr.ReadRune()
	r, sz, _ = rr.ReadRune()
	fmt.Println(r, sz, rr.UnreadRune(), rr.UnreadRune())
	var buf bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&buf))
	s, _ := rw.ReadString('\n')
	rw.WriteString("out:" + s)
	rw.Flush()
	fmt.Println(buf.String())
	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("héllo\xff"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("1,2,3,STOP,4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
}
