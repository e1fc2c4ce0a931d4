package main

import (
	"fmt"
	"math/rand"
	"os"
)

// counter is a Source of the program's own: it counts.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 0x123456789; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, 2147483647, -2147483648, 89482311} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
	}
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Intn(10), r.Intn(100), r.Intn(1000000), r.Intn(1<<40), r.Int63n(1000), r.Int63n(1<<62+1), r.Int31n(7), r.Int31n(1<<20))
	fmt.Println(r.Intn(1), r.Int63n(1), r.Int31n(1), r.Intn(2), r.Int63n(1<<35), r.Int31n(1<<30))
	for i := 0; i < 5; i++ {
		fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	}
	fmt.Println(r.Perm(0), r.Perm(1), r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	b := make([]byte, 13)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	n, err = r.Read(b[:3])
	fmt.Println(n, err, b[:3])

	// many normal and exponential samples: exercises the ziggurat's slow paths
	r = rand.New(rand.NewSource(99))
	var sn, se float64
	var tails int
	for i := 0; i < 20000; i++ {
		x := r.NormFloat64()
		if x > 3.44 || x < -3.44 {
			tails++
		}
		sn += x
		se += r.ExpFloat64()
	}
	fmt.Println(sn, se, tails)

	// reseeding restarts the sequence (and Read's leftover bytes)
	src := rand.NewSource(5)
	r = rand.New(src)
	a1 := r.Int63()
	r.Read(b[:2])
	r.Seed(5)
	fmt.Println(a1 == r.Int63())
	src.Seed(5)
	fmt.Println(a1 == src.Int63())
	s64 := rand.NewSource(3).(rand.Source64)
	fmt.Println(s64.Uint64(), s64.Int63())

	// a Source of the program's own
	c := rand.New(&counter{})
	fmt.Println(c.Int63(), c.Uint64(), c.Intn(50), c.Float64(), c.Perm(5))
	c.Read(b)
	fmt.Println(b)
	c.Seed(0)
	fmt.Println(c.Int63())

	z := rand.NewZipf(rand.New(rand.NewSource(7)), 1.5, 2, 100)
	var zs []uint64
	for i := 0; i < 20; i++ {
		zs = append(zs, z.Uint64())
	}
	fmt.Println(zs)
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)

	for _, f := range []func(){
		func() { r.Intn(0) }, func() { r.Int63n(-1) }, func() { r.Int31n(0) }, func() { r.Shuffle(-1, nil) },
		func() { var zz *rand.Zipf; zz.Uint64() },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}

	// the top-level functions: random unless GODEBUG says otherwise
	x, y := rand.Int63(), rand.Int63()
	fmt.Println(x != y || x == y, rand.Intn(10) < 10, rand.Float64() < 1)
	rand.Seed(1) // a no-op since Go 1.24
	os.Setenv("GODEBUG", "randseednop=0")
	rand.Seed(1)
	fmt.Println(rand.Int63(), rand.Intn(100), rand.Float64())
	rand.Seed(2)
	fmt.Println(rand.Int63(), rand.Uint32(), rand.Int31n(5), rand.Perm(4), rand.NormFloat64(), rand.ExpFloat64())
	n, _ = rand.Read(b[:5])
	fmt.Println(n, b[:5])
}
