package big

import (
	"fmt"
	"strconv"
)

// A nonzero finite Float represents a multi-precision floating point number
// sign × mantissa × 2**exponent with 0.5 <= mantissa < 1.0, and MinExp <=
// exponent <= MaxExp. A Float may also be zero (+0, -0) or infinite (+Inf,
// -Inf). Each Float value also has a precision, rounding mode, and accuracy.
// The zero (uninitialized) value for a Float is ready to use and represents
// the number +0.0 exactly, with precision 0 and rounding mode ToNearestEven.
type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form form
	neg  bool
	mant int // gopherpy: a finite value is mant * 2**exp (a Python integer mant)
	exp  int
}

// An ErrNaN panic is raised by a Float operation that would lead to a NaN
// under IEEE 754 rules. An ErrNaN implements the error interface.
type ErrNaN struct {
	msg string
}

func (err ErrNaN) Error() string { return err.msg }

const (
	MaxExp  = 1<<31 - 1  // largest supported exponent
	MinExp  = -1 << 31   // smallest supported exponent
	MaxPrec = 1<<32 - 1  // largest (theoretically) supported precision; likely memory-limited
)

type form byte

const (
	zero form = iota
	finite
	inf
)

// RoundingMode determines how a Float value is rounded to the desired precision.
type RoundingMode byte

// These constants define supported rounding modes.
const (
	ToNearestEven RoundingMode = iota // == IEEE 754-2008 roundTiesToEven
	ToNearestAway                     // == IEEE 754-2008 roundTiesToAway
	ToZero                            // == IEEE 754-2008 roundTowardZero
	AwayFromZero                      // no IEEE 754-2008 equivalent
	ToNegativeInf                     // == IEEE 754-2008 roundTowardNegative
	ToPositiveInf                     // == IEEE 754-2008 roundTowardPositive
)

// Rounding modes that determine how the integer quotient is adjusted in an integer division.
const (
	Trunc = ToZero        // T-division (same as Go division)
	Floor = ToNegativeInf // F-division
	Round = ToNearestEven // R-division
	Ceil  = ToPositiveInf // C-division
)

func (i RoundingMode) String() string {
	names := [...]string{"ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"}
	if int(i) < len(names) {
		return names[i]
	}
	return "RoundingMode(" + strconv.FormatInt(int64(i), 10) + ")"
}

// Accuracy describes the rounding error produced by the most recent
// operation that generated a Float value, relative to the exact value.
type Accuracy int8

// Constants describing the Accuracy of a Float.
const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (i Accuracy) String() string {
	switch i {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return "Accuracy(" + strconv.FormatInt(int64(i), 10) + ")"
}

// NewFloat allocates and returns a new Float set to x, with precision 53 and
// rounding mode ToNearestEven. NewFloat panics with ErrNaN if x is a NaN.
func NewFloat(x float64) *Float {
	if x != x {
		panic(ErrNaN{"NewFloat(NaN)"})
	}
	return new(Float).SetFloat64(x)
}

// nan panics with ErrNaN (natives call it).
func nan(msg string) { panic(ErrNaN{msg}) }

func (z *Float) SetPrec(prec uint) *Float
func (z *Float) SetMode(mode RoundingMode) *Float
func (x *Float) Prec() uint    { return uint(x.prec) }
func (x *Float) Mode() RoundingMode { return x.mode }
func (x *Float) Acc() Accuracy { return x.acc }
func (x *Float) MinPrec() uint
func (x *Float) Sign() int
func (x *Float) Signbit() bool { return x.neg }
func (x *Float) IsInf() bool   { return x.form == inf }
func (x *Float) IsInt() bool
func (x *Float) MantExp(mant *Float) (exp int)
func (z *Float) SetMantExp(mant *Float, exp int) *Float
func (z *Float) SetUint64(x uint64) *Float
func (z *Float) SetInt64(x int64) *Float
func (z *Float) SetFloat64(x float64) *Float
func (z *Float) SetInt(x *Int) *Float
func (z *Float) SetRat(x *Rat) *Float
func (z *Float) SetInf(signbit bool) *Float
func (z *Float) Set(x *Float) *Float
func (z *Float) Copy(x *Float) *Float
func (x *Float) Uint64() (uint64, Accuracy)
func (x *Float) Int64() (int64, Accuracy)
func (x *Float) Float32() (float32, Accuracy)
func (x *Float) Float64() (float64, Accuracy)
func (x *Float) Int(z *Int) (*Int, Accuracy)
func (x *Float) Rat(z *Rat) (*Rat, Accuracy)
func (z *Float) Abs(x *Float) *Float
func (z *Float) Neg(x *Float) *Float
func (z *Float) Add(x, y *Float) *Float
func (z *Float) Sub(x, y *Float) *Float
func (z *Float) Mul(x, y *Float) *Float
func (z *Float) Quo(x, y *Float) *Float
func (z *Float) Sqrt(x *Float) *Float
func (x *Float) Cmp(y *Float) int
func (x *Float) Text(format byte, prec int) string
func (x *Float) Append(buf []byte, fmt byte, prec int) []byte

// parse is Parse's native: the base found, and an error text ("" if none).
func (z *Float) parse(s string, base int) (b int, err string)

// Parse parses s which must contain a text representation of a
// floating-point number with a mantissa in the given conversion base (the
// exponent is always a decimal number), or a string representing an
// infinite value. For base 0, an underscore character “_” may appear between
// a base prefix and an adjacent digit, and between successive digits.
func (z *Float) Parse(s string, base int) (f *Float, b int, err error) {
	b, e := z.parse(s, base)
	if e != "" {
		return nil, b, fmt.Errorf("%s", e)
	}
	return z, b, nil
}

// ParseFloat is like f.Parse(s, base) with f set to the given precision and rounding mode.
func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error) {
	return new(Float).SetPrec(prec).SetMode(mode).Parse(s, base)
}

// SetString sets z to the value of s and returns z and a boolean indicating
// success. s must be a floating-point number of the same format as accepted
// by Parse, with base argument 0. The entire string (not just a prefix) must
// be valid for success. If the operation failed, the value of z is undefined
// but the returned value is nil.
func (z *Float) SetString(s string) (*Float, bool) {
	if f, _, err := z.Parse(s, 0); err == nil {
		return f, true
	}
	return nil, false
}

// String formats x like x.Text('g', 10). (String must be called explicitly,
// Float.Format does not support %s verb.)
func (x *Float) String() string { return x.Text('g', 10) }

// Format implements fmt.Formatter. It accepts all the regular formats for
// floating-point numbers ('b', 'e', 'E', 'f', 'F', 'g', 'G', 'x') as well as
// 'p' and 'v'. See (*Float).Text for the interpretation of 'p'. The 'v'
// format is handled like 'g'. Format also supports the output field width,
// as well as the format flags '+' and ' ' for sign control, '0' for space or
// zero padding, and '-' for left or right justification.
func (x *Float) Format(s fmt.State, format rune) {
	prec, hasPrec := s.Precision()
	if !hasPrec {
		prec = 6 // default precision for 'e', 'f'
	}
	switch format {
	case 'e', 'E', 'f', 'b', 'p', 'x', 'X':
		// nothing to do
	case 'F':
		format = 'f' // (*Float).Text doesn't support 'F'; handle like 'f'
	case 'v':
		format = 'g' // handle like 'g'
		fallthrough
	case 'g', 'G':
		if !hasPrec {
			prec = -1
		}
	default:
		fmt.Fprintf(s, "%%!%c(*big.Float=%s)", format, x.String())
		return
	}
	var buf []byte
	buf = x.Append(buf, byte(format), prec)
	if buf == nil {
		buf = []byte("?") // should never happen, but don't crash
	}
	var sign string
	switch {
	case buf[0] == '-':
		sign = "-"
		buf = buf[1:]
	case buf[0] == '+':
		sign = "+" // +Inf
		if s.Flag(' ') {
			sign = " "
		}
		buf = buf[1:]
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	var padding int
	if width, hasWidth := s.Width(); hasWidth && width > len(sign)+len(buf) {
		padding = width - len(sign) - len(buf)
	}
	switch {
	case s.Flag('0') && !x.IsInf():
		// 0-padding on left
		writeMultiple(s, sign, 1)
		writeMultiple(s, "0", padding)
		s.Write(buf)
	case s.Flag('-'):
		// padding on right
		writeMultiple(s, sign, 1)
		s.Write(buf)
		writeMultiple(s, " ", padding)
	default:
		// padding on left
		writeMultiple(s, " ", padding)
		writeMultiple(s, sign, 1)
		s.Write(buf)
	}
}

// MarshalText implements the encoding.TextMarshaler interface. Only the
// Float value is marshaled (in full precision), other attributes such as
// precision or accuracy are ignored.
func (x *Float) MarshalText() (text []byte, err error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return x.Append(nil, 'g', -1), nil
}

// AppendText implements the encoding.TextAppender interface.
func (x *Float) AppendText(b []byte) ([]byte, error) {
	if x == nil {
		return append(b, "<nil>"...), nil
	}
	return x.Append(b, 'g', -1), nil
}

// UnmarshalText implements the encoding.TextUnmarshaler interface. The
// result is rounded per the precision and rounding mode of z. If z's
// precision is 0, it is changed to 64 before rounding takes effect.
func (z *Float) UnmarshalText(text []byte) error {
	_, _, err := z.Parse(string(text), 0)
	if err != nil {
		err = fmt.Errorf("math/big: cannot unmarshal %q into a *big.Float (%v)", text, err)
	}
	return err
}
