package main

import (
	"fmt"
	"math/rand/v2"
)

type constSrc uint64

func (c *constSrc) Uint64() uint64 { *c += 0x9E3779B97F4A7C15; return uint64(*c) }

func main() {
	for _, s := range [][2]uint64{{0, 0}, {1, 2}, {42, 1 << 63}, {^uint64(0), 12345}} {
		p := rand.NewPCG(s[0], s[1])
		fmt.Println(s, p.Uint64(), p.Uint64(), p.Uint64())
	}
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Int64(), r.Uint32(), r.Uint64(), r.Int32(), r.Int(), r.Uint())
	fmt.Println(r.Int64N(1000), r.Uint64N(1<<40+7), r.Int32N(77), r.Uint32N(1000000), r.IntN(10), r.UintN(3), r.IntN(1<<33))
	fmt.Println(r.Int64N(1<<20), r.IntN(1), r.Uint64N(^uint64(0)))
	for i := 0; i < 4; i++ {
		fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	}
	fmt.Println(r.Perm(10))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)

	var seed [32]byte
	copy(seed[:], "chacha8 seed for gopherpy tests!")
	c := rand.NewChaCha8(seed)
	var first []uint64
	for i := 0; i < 140; i++ { // crosses a refill and a key change
		x := c.Uint64()
		if i < 3 || i%31 == 0 || i > 135 {
			first = append(first, x)
		}
	}
	fmt.Println(first)
	rc := rand.New(rand.NewChaCha8(seed))
	fmt.Println(rc.IntN(100), rc.Float64(), rc.Perm(5), rc.NormFloat64())
	b := make([]byte, 13)
	c.Seed(seed)
	n, err := c.Read(b)
	fmt.Println(n, err, b)
	n, _ = c.Read(b[:2])
	fmt.Println(n, b[:2])
	st, err := c.MarshalBinary()
	fmt.Printf("%d %q %v\n", len(st), st[:8], err)
	c2 := rand.NewChaCha8([32]byte{})
	fmt.Println(c2.UnmarshalBinary(st))
	fmt.Println(c.Uint64() == c2.Uint64(), c.Uint64() == c2.Uint64())
	fmt.Println(c2.UnmarshalBinary([]byte("junk")), c2.UnmarshalBinary([]byte("readbuf:")))

	p := rand.NewPCG(5, 6)
	p.Uint64()
	ps, _ := p.MarshalBinary()
	fmt.Printf("%q\n", ps)
	var q rand.PCG
	fmt.Println(q.UnmarshalBinary(ps), q.Uint64() == p.Uint64(), q.UnmarshalBinary(ps[:5]))
	var zero rand.PCG
	fmt.Println(zero.Uint64() == rand.NewPCG(0, 0).Uint64())
	p.Seed(1, 2)
	fmt.Println(p.Uint64())

	var cs constSrc
	cr := rand.New(&cs)
	fmt.Println(cr.Uint64(), cr.IntN(1000), cr.Float64())

	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 2.0, 1, 50)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()

	for _, f := range []func(){
		func() { r.IntN(0) }, func() { r.Int64N(-1) }, func() { r.Uint64N(0) }, func() { r.Int32N(0) },
		func() { r.Uint32N(0) }, func() { r.UintN(0) }, func() { r.Shuffle(-1, nil) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	// the top-level functions are randomly seeded
	// (rand.N is not called: calls of another package's generic functions wait for the compiler)
	fmt.Println(rand.IntN(10) < 10, rand.Int64N(5) < 5, rand.Uint32N(200) < 200, rand.Float64() < 1, len(rand.Perm(3)))
}
