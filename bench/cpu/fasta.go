// fasta: generate DNA sequences by repeating a string and by weighted random selection with the
// benchmark's linear congruential generator; prints per-section checksums instead of the text.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const (
	IM = 139968
	IA = 3877
	IC = 29573
)

var last = 42

func random(max float64) float64 {
	last = (last*IA + IC) % IM
	return max * float64(last) / IM
}

type Acid struct {
	c byte
	p float64
}

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

func checksum(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func repeat(n int) []byte {
	out := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, alu[i%len(alu)])
	}
	return out
}

func randomFasta(acids []Acid, n int) []byte {
	cum := 0.0
	for i := range acids {
		cum += acids[i].p
		acids[i].p = cum
	}
	out := make([]byte, n)
	for i := 0; i < n; i++ {
		r := random(1.0)
		for _, a := range acids {
			if r < a.p {
				out[i] = a.c
				break
			}
		}
	}
	return out
}

func main() {
	n := 10000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	iub := []Acid{{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27}, {'B', 0.02}, {'D', 0.02},
		{'H', 0.02}, {'K', 0.02}, {'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
		{'V', 0.02}, {'W', 0.02}, {'Y', 0.02}}
	homo := []Acid{{'a', 0.3029549426680}, {'c', 0.1979883004921}, {'g', 0.1975473066391},
		{'t', 0.3015094502008}}
	fmt.Println(checksum(repeat(2 * n)))
	fmt.Println(checksum(randomFasta(iub, 3*n)))
	fmt.Println(checksum(randomFasta(homo, 5*n)))
}
