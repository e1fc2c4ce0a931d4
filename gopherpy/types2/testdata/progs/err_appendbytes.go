// append(dst, src...) with src's type set of strings and []byte (encoding/json's
// appendString[Bytes []byte | string]) appends bytes; other element types don't mix.
package main

type B byte

func appendString[Bytes []byte | string](dst []byte, src Bytes) []byte {
	dst = append(dst, src[0:1]...)
	return append(dst, src...)
}

func onlyString[S ~string](dst []byte, s S) []byte { return append(dst, s...) }

func onlyBytes[S ~[]byte](dst []byte, s S) []byte { return append(dst, s...) }

func runes[S []rune | string](dst []byte, s S) []byte { return append(dst, s...) }

func main() {
	var b []byte
	b = append(b, "abc"...)
	b = appendString(b, "x")
	b = appendString(b, []byte("y"))
	b = onlyString(b, "z")
	var bs []B
	bs = append(bs, "abc"...)
	var r []rune
	r = append(r, "abc"...)
	_, _, _ = b, bs, r
}
