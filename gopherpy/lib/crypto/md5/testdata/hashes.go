package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
)

func main() {
	inputs := []string{"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog",
		"0123456789012345678901234567890123456789012345678901234567890123456789"}
	news := []struct {
		name string
		f    func() hash.Hash
	}{
		{"md5", md5.New}, {"sha1", sha1.New}, {"sha256", sha256.New}, {"sha224", sha256.New224},
		{"crc32", func() hash.Hash { return crc32.NewIEEE() }},
		{"crc32c", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) }},
		{"crc32k", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Koopman)) }},
		{"fnv32", func() hash.Hash { return fnv.New32() }}, {"fnv32a", func() hash.Hash { return fnv.New32a() }},
		{"fnv64", func() hash.Hash { return fnv.New64() }}, {"fnv64a", func() hash.Hash { return fnv.New64a() }},
		{"fnv128", fnv.New128}, {"fnv128a", fnv.New128a},
	}
	for _, n := range news {
		h := n.f()
		fmt.Printf("== %s %T size=%d block=%d\n", n.name, h, h.Size(), h.BlockSize())
		for _, in := range inputs {
			h.Reset()
			io.WriteString(h, in)
			fmt.Printf("%x\n", h.Sum(nil))
		}
		// Sum appends and leaves the state alone; writes continue
		h.Reset()
		h.Write([]byte("hello, "))
		s1 := h.Sum([]byte("prefix"))
		h.Write([]byte("world"))
		fmt.Printf("%q %x\n", s1[:6], h.Sum(nil))
		if h32, ok := h.(hash.Hash32); ok {
			fmt.Println("sum32", h32.Sum32())
		}
		if h64, ok := h.(hash.Hash64); ok {
			fmt.Println("sum64", h64.Sum64())
		}
		// marshal the middle state, restore into a fresh hash, finish both
		h.Reset()
		h.Write([]byte("The quick brown fox jumps over the lazy dog, twice: The quick brown fox"))
		state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		fmt.Printf("state %d %x %v\n", len(state), state, err)
		app, _ := h.(encoding.BinaryAppender).AppendBinary([]byte("x"))
		fmt.Println("append", len(app), string(app[:1]))
		h2 := n.f()
		err = h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
		fmt.Println("unmarshal", err)
		h.Write([]byte(" jumps"))
		h2.Write([]byte(" jumps"))
		fmt.Printf("%x %x\n", h.Sum(nil), h2.Sum(nil))
		c, err := h.(hash.Cloner).Clone()
		h.Write([]byte("!"))
		fmt.Printf("clone %x %x %v\n", c.Sum(nil), h.Sum(nil), err)
		fmt.Println(h2.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("bad")))
		fmt.Println(h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(append(state, 0)))
		// a long input crossing many blocks
		h.Reset()
		big := make([]byte, 10000)
		for i := range big {
			big[i] = byte(i * 31)
		}
		h.Write(big[:333])
		h.Write(big[333:])
		fmt.Printf("big %x\n", h.Sum(nil))
	}
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	s := md5.Sum(nil)
	fmt.Println(len(s), s[0], md5.Size, md5.BlockSize, sha1.Size, sha256.Size, sha256.Size224, sha256.BlockSize)

	fmt.Println(crc32.ChecksumIEEE([]byte("hello")), crc32.Checksum([]byte("hello"), crc32.IEEETable))
	ct := crc32.MakeTable(crc32.Castagnoli)
	fmt.Println(crc32.Checksum([]byte("hello"), ct), ct == crc32.MakeTable(crc32.Castagnoli), crc32.MakeTable(crc32.IEEE) == crc32.IEEETable)
	kt := crc32.MakeTable(crc32.Koopman)
	fmt.Println(crc32.Update(crc32.Update(0, kt, []byte("hel")), kt, []byte("lo")), crc32.Checksum([]byte("hello"), kt))
	fmt.Println(crc32.Update(0, crc32.IEEETable, nil), crc32.Size, crc32.IEEETable[1], kt[255])
	// restoring a crc32 state into a digest with another table fails
	ch := crc32.NewIEEE()
	ch.Write([]byte("x"))
	st, _ := ch.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(crc32.New(kt).(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
}
