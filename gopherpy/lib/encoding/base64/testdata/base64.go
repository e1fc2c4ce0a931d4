package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
)

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

type recorder struct{ writes []int }

func (r *recorder) Write(p []byte) (int, error) { r.writes = append(r.writes, len(p)); return len(p), nil }

func main() {
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/")
	encs := []struct {
		name string
		e    *base64.Encoding
	}{
		{"std", base64.StdEncoding}, {"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding}, {"rawurl", base64.RawURLEncoding},
		{"strict", base64.StdEncoding.Strict()}, {"rawstrict", base64.RawStdEncoding.Strict()},
		{"star", base64.StdEncoding.WithPadding('*')}, {"custom", custom},
	}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc?>", "any carnal pleasure."}
	for _, e := range encs {
		fmt.Println("==", e.name)
		for _, in := range inputs {
			s := e.e.EncodeToString([]byte(in))
			b, err := e.e.DecodeString(s)
			fmt.Printf("%q -> %q (%d %d) -> %q %v\n", in, s, e.e.EncodedLen(len(in)), e.e.DecodedLen(len(s)), b, err)
		}
	}
	bad := []string{"Zm9v", "Zm9vYg==", "Zm9vYg=", "Zm9vYg", "Zm9vYmE=", "Zm9vYmE", "Zm9v\nYmFy", "Zm9v\r\nYm\nFy\n",
		"Zm9vYg==\n", "Zm9vYg==x", "Zm9vY===", "Zm9vY", "Z", "Zm=v", "=m9v", "Zm9v!mFy", "Zm9vYmFy====",
		"Zm9vYh==", "Zm9vYmF=", "Zm9vYmG=", "Zg==Zg==", "YW55IGNhcm5hbCBwbGVhc3VyZS4=", "YW55IGNhcm5hbCBwbGVhc3VyZS4",
		"YW55IGNhcm5hbCBwbGVhc3Vy\nZS4=", "Zm9v\n\n\n", "Zm\n9=\n=", "Zm9=\n", "Zm=\n=", "Zm=\n", "Zm9vYmFyYmF6YmF6\x00"}
	for _, e := range encs[:6] {
		fmt.Println("== decode", e.name)
		for _, s := range bad {
			b, err := e.e.DecodeString(s)
			var ce base64.CorruptInputError
			fmt.Printf("%q -> %q %v %v\n", s, b, err, errors.As(err, &ce) && int64(ce) >= 0)
			dst := make([]byte, 64)
			n, err := e.e.Decode(dst, []byte(s))
			ad, err2 := e.e.AppendDecode([]byte("<"), []byte(s))
			fmt.Printf("   Decode %d %q %v; AppendDecode %q %v\n", n, dst[:n], err, ad, err2)
		}
	}
	fmt.Printf("%s\n", base64.StdEncoding.AppendEncode([]byte("data:"), []byte("hi there")))
	dst := make([]byte, 8)
	base64.StdEncoding.Encode(dst, []byte("abcd"))
	fmt.Printf("%q\n", dst)

	for _, f := range []func(){
		func() { base64.NewEncoding("abc") },
		func() { base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+A") },
		func() { base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+\n") },
		func() { base64.StdEncoding.WithPadding('A') },
		func() { base64.StdEncoding.WithPadding('\n') },
		func() { base64.StdEncoding.WithPadding(0x100) },
		func() { base64.StdEncoding.WithPadding(-2) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}

	// streaming
	enc := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	enc.Write([]byte("a"))
	enc.Write([]byte("bc"))
	enc.Write([]byte("defgh"))
	enc.Close()
	fmt.Println()
	rec := &recorder{}
	big := make([]byte, 2000)
	for i := range big {
		big[i] = byte(i * 13)
	}
	w := base64.NewEncoder(base64.RawURLEncoding, rec)
	w.Write(big[:1])
	w.Write(big[1:1500])
	w.Write(big[1500:])
	w.Close()
	fmt.Println("writes", rec.writes)

	text := base64.StdEncoding.EncodeToString(big)
	var wrapped []byte
	for i := 0; i < len(text); i += 76 {
		j := i + 76
		if j > len(text) {
			j = len(text)
		}
		wrapped = append(wrapped, text[i:j]...)
		wrapped = append(wrapped, "\r\n"...)
	}
	got, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, &oneByte{string(wrapped)}))
	fmt.Println("stream decode", len(got), err, string(got) == string(big))
	for _, s := range []string{"Zm9vYmFy", "Zm9vYmE=", "Zm9vYmE", "Zm9v!mFy", "Zm9vYg==Zm9v", ""} {
		for _, e := range encs[:3] {
			got, err := io.ReadAll(base64.NewDecoder(e.e, &oneByte{s}))
			fmt.Printf("%s %q -> %q %v\n", e.name, s, got, err)
		}
	}
	r := base64.NewDecoder(base64.StdEncoding, &oneByte{text})
	buf := make([]byte, 5)
	total := 0
	for {
		n, err := r.Read(buf)
		total += n
		if err != nil {
			fmt.Println("total", total, err)
			break
		}
	}
	fmt.Println(base64.CorruptInputError(17).Error())
}
