package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func n(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad " + s)
	}
	return x
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	a := n("123456789012345678901234567890")
	b := n("-987654321098765432109876543210")
	c := big.NewInt(97)
	z := new(big.Int)
	fmt.Println(z.Add(a, b), z.Sub(a, b), z.Mul(a, b), z.Neg(a), z.Abs(b))
	for _, p := range [][2]*big.Int{{a, c}, {b, c}, {c, b}, {big.NewInt(-7), big.NewInt(2)}, {big.NewInt(7), big.NewInt(-2)}, {big.NewInt(-7), big.NewInt(-2)}} {
		x, y := p[0], p[1]
		q, r := new(big.Int).QuoRem(x, y, new(big.Int))
		d, m := new(big.Int).DivMod(x, y, new(big.Int))
		fmt.Println(x, y, "quo", new(big.Int).Quo(x, y), "rem", new(big.Int).Rem(x, y), q, r, "div", new(big.Int).Div(x, y), "mod", new(big.Int).Mod(x, y), d, m)
		for _, mode := range []big.RoundingMode{big.Trunc, big.Floor, big.Round, big.Ceil} {
			q, r := new(big.Int).Divide(x, y, new(big.Int), mode)
			fmt.Print(" ", mode, ":", q, ",", r)
		}
		fmt.Println()
	}
	for _, p := range [][2]int64{{7, 2}, {-7, 2}, {5, 2}, {-5, 2}, {6, 4}, {-6, 4}, {7, -2}} {
		q, r := new(big.Int).Divide(big.NewInt(p[0]), big.NewInt(p[1]), new(big.Int), big.Round)
		fmt.Print(p, q, r, " ")
	}
	fmt.Println()
	try("quo0", func() { new(big.Int).Quo(a, new(big.Int)) })
	try("div0", func() { new(big.Int).Div(a, big.NewInt(0)) })
	try("mod0", func() { new(big.Int).Mod(a, big.NewInt(0)) })

	fmt.Println(a.Cmp(b), b.Cmp(a), a.Cmp(a), a.CmpAbs(b), a.Sign(), b.Sign(), new(big.Int).Sign())
	fmt.Println(a.BitLen(), b.BitLen(), a.TrailingZeroBits(), big.NewInt(96).TrailingZeroBits(), new(big.Int).TrailingZeroBits())
	fmt.Println(a.Int64(), b.Int64(), a.Uint64(), b.Uint64(), a.IsInt64(), big.NewInt(-5).IsInt64(), big.NewInt(-5).IsUint64(), n("18446744073709551615").IsUint64(), n("18446744073709551616").IsUint64())
	for _, s := range []string{"0", "1", "-1", "9007199254740993", "-9007199254740995", "123456789012345678901234567890", "1" + string(make([]byte, 0)) + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"} {
		f, acc := n(s).Float64()
		fmt.Println(f, acc)
	}
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(100), big.NewInt(1000007)))
	fmt.Println(new(big.Int).Exp(big.NewInt(-3), big.NewInt(3), nil), new(big.Int).Exp(big.NewInt(-3), big.NewInt(3), big.NewInt(10)), new(big.Int).Exp(big.NewInt(-3), big.NewInt(2), big.NewInt(10)))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(7)), new(big.Int).Exp(big.NewInt(-2), big.NewInt(-1), big.NewInt(7)), new(big.Int).Exp(big.NewInt(2), big.NewInt(-1), big.NewInt(4)), new(big.Int).Exp(big.NewInt(2), big.NewInt(-3), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(5), big.NewInt(0), big.NewInt(1)), new(big.Int).Exp(big.NewInt(0), big.NewInt(0), nil), new(big.Int).Exp(big.NewInt(4), big.NewInt(3), big.NewInt(-5)))

	for _, p := range [][2]string{{"12", "18"}, {"18", "12"}, {"-12", "18"}, {"12", "-18"}, {"0", "5"}, {"5", "0"}, {"0", "0"}, {"-5", "0"}, {"0", "-5"},
		{"240", "46"}, {"46", "240"}, {"123456789012345678901234567890", "987654321098765432109876543210"}, {"17", "5"}, {"5", "17"}, {"1", "1"}, {"7", "7"},
		{"100000000000000000000000000001", "33"}, {"-99", "-77"}, {"13", "1"}} {
		x, y := new(big.Int), new(big.Int)
		g := new(big.Int).GCD(x, y, n(p[0]), n(p[1]))
		fmt.Println("gcd", p, g, x, y)
	}
	g := new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36))
	fmt.Println(g)
	for _, p := range [][2]int64{{3, 7}, {-3, 7}, {3, -7}, {4, 8}, {1, 1}, {0, 5}, {10, 17}, {1, 0}} {
		inv := new(big.Int).ModInverse(big.NewInt(p[0]), big.NewInt(p[1]))
		fmt.Println("inv", p, inv)
	}
	try("inv0", func() { fmt.Println(new(big.Int).ModInverse(big.NewInt(-3), big.NewInt(0))) })
	for _, p := range [][2]int64{{2, 7}, {3, 7}, {10, 13}, {4, 41}, {5, 41}, {0, 11}, {-1, 13}, {9, 17}, {3, 17}, {2, 113}} {
		fmt.Print(" sqrt", p, new(big.Int).ModSqrt(big.NewInt(p[0]), big.NewInt(p[1])), big.Jacobi(big.NewInt(p[0]), big.NewInt(p[1])))
	}
	fmt.Println()
	fmt.Println(big.Jacobi(big.NewInt(5), big.NewInt(-9)), big.Jacobi(big.NewInt(-5), big.NewInt(-9)), big.Jacobi(big.NewInt(1001), big.NewInt(9907)))
	try("jacobi even", func() { big.Jacobi(big.NewInt(3), big.NewInt(8)) })

	fmt.Println(new(big.Int).Sqrt(a), new(big.Int).Sqrt(big.NewInt(99)), new(big.Int).Sqrt(big.NewInt(0)))
	try("sqrt neg", func() { new(big.Int).Sqrt(big.NewInt(-4)) })
	for _, s := range []string{"2", "3", "4", "97", "561", "1105", "2147483647", "2305843009213693951", "18446744073709551557", "18446744073709551559", "170141183460469231731687303715884105727", "170141183460469231731687303715884105729", "1", "0", "-7"} {
		fmt.Print(s, ":", n(s).ProbablyPrime(20), " ")
	}
	fmt.Println(n("2305843009213693951").ProbablyPrime(0))
	try("pp", func() { c.ProbablyPrime(-1) })

	fmt.Println(new(big.Int).Lsh(a, 10), new(big.Int).Rsh(a, 10), new(big.Int).Rsh(big.NewInt(-7), 1), new(big.Int).Rsh(b, 100), new(big.Int).Lsh(big.NewInt(-3), 3))
	fmt.Println(a.Bit(0), a.Bit(1), b.Bit(0), big.NewInt(-2).Bit(0), big.NewInt(-2).Bit(100), new(big.Int).SetBit(a, 200, 1), new(big.Int).SetBit(big.NewInt(-1), 3, 0), new(big.Int).SetBit(big.NewInt(5), 0, 0))
	try("bit", func() { a.Bit(-1) })
	try("setbit", func() { new(big.Int).SetBit(a, 1, 2) })
	x, y := big.NewInt(0b1100), big.NewInt(-0b1010)
	fmt.Println(new(big.Int).And(x, y), new(big.Int).Or(x, y), new(big.Int).Xor(x, y), new(big.Int).AndNot(x, y), new(big.Int).AndNot(y, x), new(big.Int).Not(x), new(big.Int).Not(y))

	fmt.Println(new(big.Int).Binomial(10, 3), new(big.Int).Binomial(100, 50), new(big.Int).Binomial(3, 5), new(big.Int).Binomial(5, -1), new(big.Int).Binomial(-5, 2))
	fmt.Println(new(big.Int).MulRange(1, 20), new(big.Int).MulRange(5, 4), new(big.Int).MulRange(-3, 2), new(big.Int).MulRange(-4, -2), new(big.Int).MulRange(-5, -2))

	fmt.Println(a.Bytes(), new(big.Int).SetBytes([]byte{1, 2, 3}), b.Bytes()[:3], len(new(big.Int).Bytes()))
	buf := make([]byte, 16)
	fmt.Println(a.FillBytes(buf))
	try("fill", func() { a.FillBytes(make([]byte, 5)) })
	fmt.Println(a.Bits(), new(big.Int).SetBits([]big.Word{1, 1}), len(new(big.Int).Bits()))

	for _, s := range []string{"0", "-0", "+12", "0x1F", "0X1f", "0b101", "0B11", "0o17", "017", "0_17", "1_000_000", "0x_1F", "1__0", "_1", "1_", "08", "0x", "0b2", "", "-", "12a", " 12", "0.5", "0o", "0_", "-0x10"} {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Printf("%q->%v,%v ", s, v, ok)
	}
	fmt.Println()
	for _, p := range []struct {
		s    string
		base int
	}{{"ff", 16}, {"FF", 16}, {"zz", 36}, {"ZZ", 36}, {"zZ", 62}, {"Zz", 62}, {"10", 2}, {"12", 2}, {"1_0", 10}, {"0x10", 16}, {"-777", 8}} {
		v, ok := new(big.Int).SetString(p.s, p.base)
		fmt.Printf("%q/%d->%v,%v ", p.s, p.base, v, ok)
	}
	fmt.Println()
	try("base1", func() { new(big.Int).SetString("1", 1) })
	fmt.Println(a.Text(2), a.Text(36), a.Text(62), b.Text(16), new(big.Int).Text(7), string(a.Append([]byte("n="), 10)))
	var nilInt *big.Int
	fmt.Println(nilInt.String(), nilInt)
	fmt.Printf("%v|%d|%s\n", nilInt, nilInt, nilInt)

	for _, f := range []string{"%d", "%v", "%s", "%x", "%X", "%o", "%O", "%b", "%#x", "%#X", "%#o", "%#b", "%+d", "% d", "%10d", "%-10d|", "%010d", "%.10d", "%12.8d", "%-+12x|", "%08.3d", "%.0d", "%q", "%6.0d|", "%#08x"} {
		fmt.Printf(f+" "+f+" "+f+"\n", a, b, new(big.Int))
	}
	txt, _ := a.MarshalText()
	js, _ := b.MarshalJSON()
	var u big.Int
	fmt.Println(string(txt), string(js), u.UnmarshalText([]byte("0x10")), &u, u.UnmarshalJSON([]byte("null")), &u, u.UnmarshalText([]byte("zz")))
	at, _ := a.AppendText([]byte("x:"))
	fmt.Println(string(at))

	r := rand.New(rand.NewSource(3))
	lim := n("1000000000000000000000000")
	for i := 0; i < 3; i++ {
		fmt.Print(new(big.Int).Rand(r, lim), " ")
	}
	fmt.Println(new(big.Int).Rand(r, big.NewInt(10)), new(big.Int).Rand(r, big.NewInt(0)), new(big.Int).Rand(r, n("18446744073709551616")))

	// aliasing: z among the operands
	w := big.NewInt(10)
	w.Add(w, w)
	w.Mul(w, w)
	w.Sub(w, big.NewInt(1))
	fmt.Println(w, w.Exp(w, big.NewInt(2), w), new(big.Int).Set(a).Add(a, a))
	fact := big.NewInt(1)
	for i := int64(1); i <= 30; i++ {
		fact.Mul(fact, big.NewInt(i))
	}
	fmt.Println(fact, len(fact.String()))
}
