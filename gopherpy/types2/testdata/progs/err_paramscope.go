// Parameter names are in scope in the function body only: a parameter named like a
// package (crypto/rsa's func(hash hash.Hash), net/http's func(url string, data url.Values)) or
// like a type doesn't hide it in the rest of the signature.
package main

import (
	"hash"
	"hash/fnv"
	"strings"
)

type T int

func sum(hash hash.Hash, data []byte) []byte {
	hash.Write(data)
	return hash.Sum(nil)
}

func form(strings string, b *strings.Builder) (*strings.Builder, string) { return b, strings }

func typed(T T) (t T) { return T }

func (T T) m(x T) T { return T + x }

func shadow(a int, b a) {}

func result() (strings *strings.Reader) { return strings }

func main() {
	_ = sum(fnv.New32(), nil)
	_, _ = form("", nil)
	_ = typed(1)
	_ = result()
	f := func(strings string) *strings.Reader { return nil }
	_ = f
}
