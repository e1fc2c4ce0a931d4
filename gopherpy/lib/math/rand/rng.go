package rand

// rngSource is Go's additive lagged Fibonacci generator (DP Mitchell and JA
// Reeds): x[n] = x[n-607] + x[n-273] mod 2^64 over a 607-word feedback
// register. Its methods are natives (native.py); Seed mixes the seed's
// Lehmer sequence with the values the register holds after 7.8e12 steps
// from seed 1 (Go's rngCooked, derived in native.py as gen_cooked.go does).
type rngSource struct {
	tap  int         // index into vec
	feed int         // index into vec
	vec  [607]int64  // current feedback register
}

// Seed uses the provided seed value to initialize the generator to a deterministic state.
func (rng *rngSource) Seed(seed int64)

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (rng *rngSource) Int63() int64

// Uint64 returns a non-negative pseudo-random 64-bit integer as a uint64.
func (rng *rngSource) Uint64() uint64

// lockedSource is the source of the top-level functions once Seed was
// called (GODEBUG=randseednop=0) or with GODEBUG=randautoseed=0. (The
// natives run without goroutine switches, so no lock is needed here.)
type lockedSource struct {
	s *rngSource
}

func (r *lockedSource) Int63() int64 { return r.s.Int63() }

func (r *lockedSource) Uint64() uint64 { return r.s.Uint64() }

func (r *lockedSource) Seed(seed int64) {
	panic("internal error: call to lockedSource.Seed")
}

func (r *lockedSource) seed(seed int64) {
	if r.s == nil {
		r.s = newSource(seed)
	} else {
		r.s.Seed(seed)
	}
}

// runtimeSource is the randomly seeded source of the top-level functions.
type runtimeSource struct{}

func runtimeRand() uint64

func (*runtimeSource) Int63() int64 { return int64(runtimeRand() & (1<<63 - 1)) }

func (*runtimeSource) Seed(int64) { panic("internal error: call to runtimeSource.Seed") }

func (*runtimeSource) Uint64() uint64 { return runtimeRand() }

func godebug(name string) string

var globalRandGenerator *Rand

func globalRand() *Rand {
	if r := globalRandGenerator; r != nil {
		return r
	}
	var r *Rand
	if godebug("randautoseed") == "0" {
		r = New(new(lockedSource))
		r.Seed(1)
	} else {
		r = &Rand{src: &runtimeSource{}, s64: &runtimeSource{}}
	}
	globalRandGenerator = r
	return r
}

// Seed uses the provided seed value to initialize the default Source to a
// deterministic state.
//
// Deprecated: As of Go 1.24 [Seed] is a no-op (unless GODEBUG=randseednop=0).
// Programs that call Seed with a known value to get a specific sequence of
// results should use New(NewSource(seed)) to obtain a local random generator.
func Seed(seed int64) {
	if godebug("randseednop") != "0" {
		return
	}
	if orig := globalRandGenerator; orig != nil {
		if _, ok := orig.src.(*lockedSource); ok {
			orig.Seed(seed)
			return
		}
	}
	r := New(new(lockedSource))
	r.Seed(seed)
	globalRandGenerator = r
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 from the default Source.
func Int63() int64 { return globalRand().Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the default Source.
func Uint32() uint32 { return globalRand().Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the default Source.
func Uint64() uint64 { return globalRand().Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 from the default Source.
func Int31() int32 { return globalRand().Int31() }

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int { return globalRand().Int() }

// Int63n returns, as an int64, a non-negative pseudo-random number in [0,n) from the default Source.
func Int63n(n int64) int64 { return globalRand().Int63n(n) }

// Int31n returns, as an int32, a non-negative pseudo-random number in [0,n) from the default Source.
func Int31n(n int32) int32 { return globalRand().Int31n(n) }

// Intn returns, as an int, a non-negative pseudo-random number in [0,n) from the default Source.
func Intn(n int) int { return globalRand().Intn(n) }

// Float64 returns, as a float64, a pseudo-random number in [0.0,1.0) from the default Source.
func Float64() float64 { return globalRand().Float64() }

// Float32 returns, as a float32, a pseudo-random number in [0.0,1.0) from the default Source.
func Float32() float32 { return globalRand().Float32() }

// Perm returns, as a slice of n ints, a pseudo-random permutation of the
// integers in the half-open interval [0,n) from the default Source.
func Perm(n int) []int { return globalRand().Perm(n) }

// Shuffle pseudo-randomizes the order of elements using the default Source.
func Shuffle(n int, swap func(i, j int)) { globalRand().Shuffle(n, swap) }

// Read generates len(p) random bytes from the default Source and writes them into p.
//
// Deprecated: For almost all use cases, crypto/rand.Read is more appropriate.
func Read(p []byte) (n int, err error) { return globalRand().Read(p) }

// NormFloat64 returns a normally distributed float64 from the default Source.
func NormFloat64() float64 { return globalRand().NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 from the default Source.
func ExpFloat64() float64 { return globalRand().ExpFloat64() }
