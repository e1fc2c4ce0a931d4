package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type errReader struct{ err error }

func (e errReader) Read(p []byte) (int, error) { return 0, e.err }

// chunky returns at most 3 bytes per Read, and data with io.EOF on the last.
type chunky struct{ s string }

func (c *chunky) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := copy(p, c.s)
	if n > 3 {
		n = 3
	}
	c.s = c.s[n:]
	if c.s == "" {
		return n, io.EOF
	}
	return n, nil
}

type buf struct{ data []byte }

func (b *buf) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(b.data)) < off+int64(len(p)) {
		b.data = append(b.data, '.')
	}
	return copy(b.data[off:], p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type onlyWriter struct{ w io.Writer }

func (o onlyWriter) Write(p []byte) (int, error) { return o.w.Write(p) }

func main() {
	r := strings.NewReader("0123456789")
	s := io.NewSectionReader(r, 2, 5)
	fmt.Println(s.Size())
	b := make([]byte, 3)
	for {
		n, err := s.Read(b)
		fmt.Printf("%q %v\n", b[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(s.Seek(1, io.SeekStart))
	fmt.Println(s.Seek(1, io.SeekCurrent))
	fmt.Println(s.Seek(-1, io.SeekEnd))
	fmt.Println(s.Seek(-10, io.SeekCurrent))
	fmt.Println(s.Seek(0, 7))
	n, err := s.ReadAt(b, 3)
	fmt.Printf("%q %v\n", b[:n], err)
	n, err = s.ReadAt(b, 1)
	fmt.Printf("%q %v\n", b[:n], err)
	n, err = s.ReadAt(b, 5)
	fmt.Printf("%q %v\n", b[:n], err)
	n, err = s.ReadAt(b, -1)
	fmt.Printf("%q %v\n", b[:n], err)
	rr, off, size := s.Outer()
	fmt.Println(rr == r, off, size)
	huge := io.NewSectionReader(r, 5, 1<<63-1)
	fmt.Println(huge.Size())
	all, err := io.ReadAll(huge)
	fmt.Printf("%q %v\n", all, err)

	w := &buf{}
	ow := io.NewOffsetWriter(w, 3)
	ow.Write([]byte("abc"))
	ow.Write([]byte("de"))
	fmt.Println(ow.WriteAt([]byte("Z"), 1))
	fmt.Println(ow.WriteAt([]byte("Z"), -1))
	fmt.Println(ow.Seek(1, io.SeekStart))
	fmt.Println(ow.Seek(2, io.SeekCurrent))
	fmt.Println(ow.Seek(0, io.SeekEnd))
	fmt.Println(ow.Seek(-9, io.SeekCurrent))
	ow.Write([]byte("!"))
	fmt.Printf("%q\n", w.data)

	full := make([]byte, 4)
	n, err = io.ReadFull(strings.NewReader("ab"), full)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadFull(&chunky{"abcdefgh"}, full)
	fmt.Printf("%d %v %q\n", n, err, full)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 2)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 5)
	fmt.Println(n, err, err == io.ErrShortBuffer)
	n, err = io.ReadAtLeast(errReader{errors.New("boom")}, full, 1)
	fmt.Println(n, err)

	var sb strings.Builder
	n, err = io.WriteString(&sb, "via WriteString")
	fmt.Println(n, err, sb.String())
	var bb bytes.Buffer
	n, err = io.WriteString(onlyWriter{&bb}, "via Write")
	fmt.Println(n, err, bb.String())

	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	_, isWT := io.NopCloser(strings.NewReader("x")).(io.WriterTo)
	_, isWT2 := io.NopCloser(errReader{nil}).(io.WriterTo)
	fmt.Println(isWT, isWT2)

	lr := io.LimitReader(strings.NewReader("abcdefgh"), 5)
	all, err = io.ReadAll(lr)
	fmt.Printf("%q %v %d\n", all, err, lr.(*io.LimitedReader).N)
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	all, _ = io.ReadAll(tr)
	fmt.Printf("%q %q\n", all, tee.String())
	mr := io.MultiReader(strings.NewReader("one "), &chunky{"two "}, strings.NewReader(""), strings.NewReader("three"))
	all, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	n, err = mr.Read(b)
	fmt.Println(n, err)
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprintf(mw, "to both %d", 2)
	fmt.Println(w1.String(), "|", w2.String())
	_, err = io.MultiWriter(&w1, shortWriter{}).Write([]byte("abcd"))
	fmt.Println(err, err == io.ErrShortWrite)

	var dst bytes.Buffer
	c, err := io.CopyN(&dst, strings.NewReader("copy n bytes"), 6)
	fmt.Println(c, err, dst.String())
	c, err = io.CopyN(&dst, strings.NewReader("abc"), 6)
	fmt.Println(c, err)
	c, err = io.CopyBuffer(onlyWriter{&dst}, &chunky{"buffered copy"}, make([]byte, 2))
	fmt.Println(c, err, dst.String())
	c, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(c, err)
	c, err = io.Copy(onlyWriter{os.Stdout}, errReader{errors.New("read failed")})
	fmt.Println(c, err)
	_, err = io.Copy(shortWriter{}, strings.NewReader("abcd"))
	fmt.Println(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&dst, strings.NewReader("x"), []byte{})
	}()
	n2, err := io.Discard.(io.StringWriter).WriteString("abc")
	fmt.Println(n2, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortBuffer, io.ErrShortWrite, io.ErrNoProgress, io.ErrClosedPipe)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
