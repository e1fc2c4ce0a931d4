// What Decode leaves in dst beyond the decoded bytes: Go stores whole words (8 bytes
// for 8 symbols, 4 for 4), so zero bytes past the data can overwrite earlier contents.
package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	for _, src := range []string{"YWJjZA", "YWJjZGVmZ2hp", "YWJjZGVmZ2hpams", "YWJj\nZGVm", "YWJjZGVmZ2hpamtsbW5v",
		"YWJjZGVmZ2hpamtsbW5vcA==", "YWJj!GVm", "YWJjZGVmZ2hp!", "", "YQ==", "YWJjZGVmZ2hpamtsbW5vcHFy\r\nc3R1"} {
		for _, size := range []int{base64.StdEncoding.DecodedLen(len(src)), 20, 30} {
			dst := []byte("##############################")[:size]
			n, err := base64.StdEncoding.Decode(dst, []byte(src))
			fmt.Printf("%q %d: %d %v %q\n", src, size, n, err, dst)
		}
		b := []byte("@@@@@@@@@@@@@@@@@@@@@@@@")
		out, err := base64.StdEncoding.AppendDecode(b[:0], []byte(src))
		fmt.Printf("append %q: %q %v %q\n", src, out, err, b)
	}
}
