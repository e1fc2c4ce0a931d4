package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
)

type chunkWriter struct{ calls, n int }

func (c *chunkWriter) Write(p []byte) (int, error) { c.calls++; c.n += len(p); return len(p), nil }

type failWriter struct{ left int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.left <= 0 {
		return 0, errors.New("full")
	}
	f.left--
	return len(p), nil
}

type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(o.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

func main() {
	src := []byte("Hello Gopher!\x00\xff")
	fmt.Println(hex.EncodedLen(len(src)), hex.DecodedLen(7))
	dst := make([]byte, hex.EncodedLen(len(src)))
	fmt.Println(hex.Encode(dst, src), string(dst))
	fmt.Println(hex.EncodeToString(src), hex.EncodeToString(nil) == "")
	fmt.Printf("%s\n", hex.AppendEncode([]byte("x="), []byte{1, 2, 254}))

	for _, s := range []string{"48656c6c6f", "48656C6C6F", "", "4", "486", "48zz", "4z", "z4", "48656c6c6g", "48656c6c6", "48656c6c6z", "ÿÿ", "0x12"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %v", s, b, err)
		var ib hex.InvalidByteError
		if errors.As(err, &ib) {
			fmt.Printf(" [invalid byte %d]", byte(ib))
		}
		fmt.Println(err == hex.ErrLength)
		d := make([]byte, 10)
		n, err := hex.Decode(d, []byte(s))
		fmt.Println(" Decode:", n, d[:n], err)
		ad, err := hex.AppendDecode([]byte("pre:"), []byte(s))
		fmt.Printf(" AppendDecode: %q %v\n", ad, err)
	}
	fmt.Println(hex.InvalidByteError('g').Error(), hex.InvalidByteError(0x80))

	fmt.Print(hex.Dump([]byte("")))
	fmt.Print(hex.Dump([]byte("0123456789abcdef")))
	all := make([]byte, 0, 300)
	for i := 0; i < 300; i++ {
		all = append(all, byte(i*7))
	}
	for _, n := range []int{1, 7, 8, 9, 15, 17, 40} {
		fmt.Print(hex.Dump(all[:n]))
	}
	fmt.Print(hex.Dump(all))

	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Close()
	d.Close()
	n, err := d.Write([]byte("x"))
	fmt.Println(n, err)

	cw := &chunkWriter{}
	d2 := hex.Dumper(cw)
	d2.Write(all[:20])
	d2.Close()
	fmt.Println("dumper writes", cw.calls, cw.n)

	fw := &failWriter{left: 3}
	d3 := hex.Dumper(fw)
	n, err = d3.Write(all[:20])
	fmt.Println("dumper fail", n, err)

	e := hex.NewEncoder(os.Stdout)
	n, err = e.Write(all[:40])
	fmt.Println("\nencoder", n, err)
	cw = &chunkWriter{}
	e = hex.NewEncoder(cw)
	n, err = e.Write(make([]byte, 2000))
	fmt.Println("encoder chunks", n, err, cw.calls, cw.n)
	e = hex.NewEncoder(&failWriter{left: 1})
	n, err = e.Write(make([]byte, 2000))
	fmt.Println("encoder fail", n, err)

	for _, s := range []string{"48656c6c6f20476f70686572", "4865z6", "48656", "4865g", ""} {
		r := hex.NewDecoder(&oneByte{s})
		out, err := io.ReadAll(r)
		fmt.Printf("decoder %q -> %q %v\n", s, out, err)
	}
	big := hex.EncodeToString(all)
	r := hex.NewDecoder(&oneByte{big})
	buf := make([]byte, 7)
	total := 0
	for {
		n, err := r.Read(buf)
		total += n
		if err != nil {
			fmt.Println("decoder total", total, err)
			break
		}
	}
}
