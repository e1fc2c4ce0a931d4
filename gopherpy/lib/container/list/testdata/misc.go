package main

import (
	"bytes"
	"container/heap"
	"container/list"
	"container/ring"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"os"
	"path"
	"path/filepath"
	"text/tabwriter"
	"unicode"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	(*h)[2] = 0
	heap.Fix(h, 2)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), l.Remove(e4))
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, ",") })
	fmt.Println(r.Move(2).Value, r.Unlink(1).Value)
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "a\tbbb\tc\t")
	fmt.Fprintln(tw, "aaaa\tb\tccccc\t")
	tw.Flush()
	tw = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintf(tw, "x\ty\tz\nlonger\tq\n\nnew\tblock\n")
	tw.Flush()
	fmt.Println(hex.EncodeToString([]byte("hi!")), hex.Dump([]byte("0123456789abcdefXYZ")))
	d, err := hex.DecodeString("4a4B")
	fmt.Println(d, err)
	_, err = hex.DecodeString("4g")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString([]byte("hello?>~"))
		dd, err := enc.DecodeString(s)
		fmt.Println(s, string(dd), err)
	}
	_, err = base64.StdEncoding.DecodeString("aGk=x")
	fmt.Println(err)
	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xdeadbeef)
	binary.LittleEndian.PutUint16(buf[4:], 0x1234)
	fmt.Println(buf, binary.BigEndian.Uint64(buf), binary.LittleEndian.Uint32(buf))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -5)
	x, n := binary.Uvarint(vb)
	y, m := binary.Varint(vb[n:])
	fmt.Println(vb, x, n, y, m)
	var bb bytes.Buffer
	binary.Write(&bb, binary.BigEndian, struct {
		A uint16
		B int32
		C [2]uint8
	}{1, -2, [2]uint8{3, 4}})
	fmt.Println(bb.Bytes())
	var out struct {
		A uint16
		B int32
	}
	binary.Read(bytes.NewReader(bb.Bytes()), binary.BigEndian, &out)
	fmt.Println(out)
	fmt.Printf("%x\n%x\n%x\n", md5.Sum([]byte("abc")), sha1.Sum([]byte("abc")), sha256.Sum256([]byte("abc")))
	fmt.Println(crc32.ChecksumIEEE([]byte("abc")), crc32.Checksum([]byte("abc"), crc32.MakeTable(crc32.Castagnoli)))
	fh := fnv.New64a()
	fh.Write([]byte("abc"))
	fmt.Println(fh.Sum64(), fh.Sum(nil))
	fmt.Println(path.Join("a", "../b", "c/"), path.Clean("/a/./b/../../c"), path.Base("/x/y.go"), path.Ext("y.tar.gz"), path.Dir("/x/y"), path.IsAbs("x"))
	mt, _ := path.Match("*.go", "x.go")
	fmt.Println(mt, filepath.Join("a", "b"), filepath.Base(""), filepath.Dir(""), filepath.ToSlash("a/b"))
	fmt.Println(filepath.Split("/a/b/c.txt"))
	fmt.Println(unicode.IsLetter('é'), unicode.IsUpper('Σ'), unicode.ToLower('Σ'), unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Latin, unicode.Greek), unicode.IsPunct('!'), unicode.IsSpace('\u00a0'), unicode.SimpleFold('k'), unicode.IsControl('\t'), unicode.IsGraphic('\u200b'))
}
