package big

import "fmt"

// A Rat represents a quotient a/b of arbitrary precision. The zero value
// for a Rat represents the value 0.
type Rat struct {
	// gopherpy: a/b kept normalized (b > 0, gcd 1) by the natives; b == 0 stands for 1.
	a, b Int
}

// NewRat creates a new Rat with numerator a and denominator b.
func NewRat(a, b int64) *Rat { return new(Rat).SetFrac64(a, b) }

func (z *Rat) SetFrac(a, b *Int) *Rat
func (z *Rat) SetFrac64(a, b int64) *Rat
func (z *Rat) SetInt(x *Int) *Rat
func (z *Rat) SetInt64(x int64) *Rat
func (z *Rat) SetUint64(x uint64) *Rat
func (z *Rat) Set(x *Rat) *Rat
func (z *Rat) SetFloat64(f float64) *Rat
func (x *Rat) Float32() (f float32, exact bool)
func (x *Rat) Float64() (f float64, exact bool)
func (z *Rat) Abs(x *Rat) *Rat
func (z *Rat) Neg(x *Rat) *Rat
func (z *Rat) Inv(x *Rat) *Rat
func (x *Rat) Sign() int
func (x *Rat) IsInt() bool
func (x *Rat) Cmp(y *Rat) int
func (z *Rat) Add(x, y *Rat) *Rat
func (z *Rat) Sub(x, y *Rat) *Rat
func (z *Rat) Mul(x, y *Rat) *Rat
func (z *Rat) Quo(x, y *Rat) *Rat
func (x *Rat) FloatString(prec int) string
func (x *Rat) FloatPrec() (n int, exact bool)
func (z *Rat) setString(s string) bool

// Num returns the numerator of x; it may be <= 0. The result is a reference
// to x's numerator; it may change if a new value is assigned to x, and vice versa.
func (x *Rat) Num() *Int { return &x.a }

// Denom returns the denominator of x; it is always > 0. The result is a
// reference to x's denominator, unless x is an uninitialized (zero value)
// Rat, in which case the result is a new Int of value 1.
func (x *Rat) Denom() *Int {
	if x.b.Sign() == 0 {
		return NewInt(1)
	}
	return &x.b
}

// SetString sets z to the value of s and returns z and a boolean indicating
// success. s can be given as a (possibly signed) fraction "a/b", or as a
// floating-point number optionally followed by an exponent. If a fraction is
// provided, both the dividend and the divisor may be a decimal integer or
// independently use a prefix of “0b”, “0” or “0o”, or “0x” to denote a
// binary, octal, or hexadecimal integer, respectively. A floating-point
// number may be in decimal, or in base 16 with a p exponent. If the
// operation failed, the value of z is undefined but the returned value is nil.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if z.setString(s) {
		return z, true
	}
	return nil, false
}

// String returns a string representation of x in the form "a/b" (even if b == 1).
func (x *Rat) String() string { return string(x.marshal(nil)) }

func (x *Rat) marshal(buf []byte) []byte {
	buf = x.a.Append(buf, 10)
	buf = append(buf, '/')
	if x.b.Sign() != 0 {
		buf = x.b.Append(buf, 10)
	} else {
		buf = append(buf, '1')
	}
	return buf
}

// RatString returns a string representation of x in the form "a/b" if b != 1,
// and in the form "a" if b == 1.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// MarshalText implements the encoding.TextMarshaler interface.
func (x *Rat) MarshalText() (text []byte, err error) {
	if x.IsInt() {
		return x.a.MarshalText()
	}
	return x.marshal(nil), nil
}

// AppendText implements the encoding.TextAppender interface.
func (x *Rat) AppendText(b []byte) ([]byte, error) {
	if x.IsInt() {
		return x.a.AppendText(b)
	}
	return x.marshal(b), nil
}

// UnmarshalText implements the encoding.TextUnmarshaler interface.
func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return nil
}
