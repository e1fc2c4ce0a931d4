package main

import (
	"fmt"
	"math"
	"math/big"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s panic: %v (%T)\n", name, r, r)
		}
	}()
	f()
}

func main() {
	// Rat
	x := big.NewRat(6, -8)
	y := big.NewRat(1, 3)
	z := new(big.Rat)
	fmt.Println(x, y, z, x.Num(), x.Denom(), z.Denom(), z.Num(), x.Sign(), z.Sign(), x.IsInt(), big.NewRat(4, 2).IsInt())
	fmt.Println(z.Add(x, y), z.Sub(x, y), z.Mul(x, y), z.Quo(x, y), z.Neg(x), z.Abs(x), z.Inv(x), x.Cmp(y), y.Cmp(x), x.Cmp(x))
	fmt.Println(x.RatString(), big.NewRat(5, 1).RatString(), big.NewRat(5, 1).String())
	for _, p := range []int{0, 1, 2, 5} {
		fmt.Print(x.FloatString(p), " ", y.FloatString(p), " ", big.NewRat(-1, 1000).FloatString(p), " ", big.NewRat(7, 1).FloatString(p), " ", big.NewRat(5, 2).FloatString(0), " ", big.NewRat(-5, 2).FloatString(0), " ", big.NewRat(199, 200).FloatString(2), "|")
	}
	fmt.Println()
	for _, r := range []*big.Rat{x, y, big.NewRat(1, 8), big.NewRat(3, 40), big.NewRat(1, 6), big.NewRat(5, 1)} {
		n, exact := r.FloatPrec()
		f, fexact := r.Float64()
		f32, f32exact := r.Float32()
		fmt.Println(r, n, exact, f, fexact, f32, f32exact)
	}
	for _, s := range []string{"3/4", "-6/8", "+1/3", "1/0", "0x10/0b11", "1/-2", "1.25", "-0.5e3", ".5", "5.", "1e-3", "0x1.8p3", "1.5p3", "0", "-0", "1_000.5", "abc", "", "1/", "/2", "1.2.3", "1e", "0b101.1", "7/0x_1"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Printf("%q->%v,%v ", s, r, ok)
	}
	fmt.Println()
	fmt.Println(new(big.Rat).SetFloat64(0.1), new(big.Rat).SetFloat64(-2.5), new(big.Rat).SetFloat64(math.Inf(1)) == nil, new(big.Rat).SetInt(big.NewInt(7)), new(big.Rat).SetInt64(-3), new(big.Rat).SetUint64(9), new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-4)), new(big.Rat).SetFrac64(0, 5))
	try("newrat", func() { big.NewRat(1, 0) })
	try("inv0", func() { new(big.Rat).Inv(new(big.Rat)) })
	try("quo0", func() { new(big.Rat).Quo(x, new(big.Rat)) })
	d := x.Denom()
	d.SetInt64(5) // a reference to x's denominator
	fmt.Println(x)
	mt, _ := y.MarshalText()
	var u big.Rat
	fmt.Println(string(mt), u.UnmarshalText([]byte("22/7")), &u, u.UnmarshalText([]byte("x")))

	// Float
	f := big.NewFloat(1.5)
	fmt.Println(f, f.Prec(), f.Mode(), f.Acc(), f.MinPrec(), f.Sign(), f.IsInt(), f.IsInf(), f.Signbit())
	g := new(big.Float).SetPrec(200).SetInt64(1)
	three := new(big.Float).SetPrec(200).SetInt64(3)
	g.Quo(g, three)
	fmt.Println(g, g.Text('g', 50), g.Text('f', 60), g.Text('e', 20), g.Acc())
	fmt.Printf("%v %.30f %g %e %E %G %.5g %10.3f|%-12.2e|%+.3f %08.2f %s\n", g, g, g, g, g, g, g, g, g, g, g, g.String())
	for _, prec := range []uint{0, 1, 2, 10, 24, 53, 64, 100} {
		h := new(big.Float).SetPrec(prec)
		h.SetFloat64(math.Pi)
		v, acc := h.Float64()
		fmt.Println(prec, h, h.Acc(), v, acc, h.Text('b', 0), h.Text('p', 0), h.MinPrec())
	}
	for _, mode := range []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf} {
		var out []string
		for _, v := range []float64{2.5, 3.5, -2.5, 2.25, -2.75, 1.125} {
			h := new(big.Float).SetPrec(2).SetMode(mode)
			h.SetFloat64(v)
			out = append(out, fmt.Sprintf("%v(%v)", h, h.Acc()))
		}
		fmt.Println(mode, out)
	}
	a := new(big.Float).SetPrec(64)
	a.SetString("1e100")
	b, _ := new(big.Float).SetPrec(64).SetString("-123.456")
	fmt.Println(a, b, new(big.Float).Add(a, b), new(big.Float).Sub(a, a), new(big.Float).Mul(a, b), new(big.Float).Quo(b, a))
	fmt.Println(new(big.Float).Sqrt(big.NewFloat(2)), new(big.Float).SetPrec(100).Sqrt(new(big.Float).SetPrec(100).SetInt64(2)), new(big.Float).Sqrt(new(big.Float)))
	fmt.Println(a.Cmp(b), b.Cmp(a), a.Cmp(a), new(big.Float).Cmp(new(big.Float).Neg(new(big.Float))))
	inf := new(big.Float).SetInf(false)
	ninf := new(big.Float).SetInf(true)
	fmt.Println(inf, ninf, inf.IsInf(), inf.Cmp(a), ninf.Cmp(inf), new(big.Float).Add(inf, a), new(big.Float).Mul(ninf, b), new(big.Float).Quo(a, inf), new(big.Float).Quo(a, new(big.Float)))
	fmt.Printf("%v %10v|%-8v|%+v %.2f %e\n", inf, ninf, inf, inf, inf, ninf)
	try("inf-inf", func() { new(big.Float).Sub(inf, inf) })
	try("inf+-inf", func() { new(big.Float).Add(inf, ninf) })
	try("0*inf", func() { new(big.Float).Mul(new(big.Float), inf) })
	try("0/0", func() { new(big.Float).Quo(new(big.Float), new(big.Float)) })
	try("sqrt-1", func() { new(big.Float).Sqrt(big.NewFloat(-1)) })
	try("nan", func() { big.NewFloat(math.NaN()) })
	negz := new(big.Float).Neg(new(big.Float))
	fmt.Println(negz, negz.Signbit(), new(big.Float).Sub(big.NewFloat(1), big.NewFloat(1)).Signbit(), new(big.Float).SetMode(big.ToNegativeInf).Sub(big.NewFloat(1), big.NewFloat(1)).Signbit())

	for _, s := range []string{"1.5", "-0.1", "1e-10", "0x1p-3", "0b101", "1_000", "Inf", "-inf", "+Inf", "1.5x", "", "abc", "1e", "0x1.8p+1", "123456789012345678901234567890", ".5e1", "1p3"} {
		v, ok := new(big.Float).SetString(s)
		fmt.Printf("%q->%v,%v ", s, v, ok)
	}
	fmt.Println()
	for _, s := range []string{"1.5x", "", "1e", "0x", "1_"} {
		_, base, err := new(big.Float).Parse(s, 0)
		fmt.Printf("%q: %d %v\n", s, base, err)
	}
	pf, base, err := big.ParseFloat("0.1", 10, 24, big.ToZero)
	fmt.Println(pf, base, err, pf.Acc(), pf.Text('g', -1))
	_, _, err = big.ParseFloat("0x1p3", 10, 24, big.ToZero)
	fmt.Println(err)

	c := new(big.Float).SetPrec(80).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil))
	fmt.Println(c, c.Text('f', 2), c.Text('e', -1), c.Prec())
	ci, acc := big.NewFloat(-3.75).Int(nil)
	i64, acc64 := big.NewFloat(-3.75).Int64()
	u64, accu := big.NewFloat(3.75).Uint64()
	nu, accn := big.NewFloat(-1).Uint64()
	big64, accb := new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 70)).Int64()
	fmt.Println(ci, acc, i64, acc64, u64, accu, nu, accn, big64, accb)
	rat, racc := big.NewFloat(0.375).Rat(nil)
	fmt.Println(rat, racc)
	f32, acc32 := big.NewFloat(0.1).Float32()
	fmt.Println(f32, acc32)
	tiny := new(big.Float).SetMantExp(big.NewFloat(1), -1080)
	tv, tacc := tiny.Float64()
	hugef := new(big.Float).SetMantExp(big.NewFloat(1), 2000)
	hv, hacc := hugef.Float64()
	fmt.Println(tiny, tv, tacc, hugef, hv, hacc)
	mant := new(big.Float)
	e := big.NewFloat(12.0).MantExp(mant)
	fmt.Println(mant, e, new(big.Float).SetMantExp(mant, e), new(big.Float).SetRat(big.NewRat(1, 3)), new(big.Float).SetPrec(10).SetRat(big.NewRat(1, 3)))
	cp := new(big.Float).Copy(g)
	st := new(big.Float).Set(g)
	fmt.Println(cp.Prec(), st.Prec(), new(big.Float).SetPrec(10).Set(g), new(big.Float).SetPrec(10).Set(g).Acc())
	for _, v := range []float64{0, 1, -1, 0.1, 100, 1e21, 1e-7, 123456789, 1.0 / 3, 2.5e-300, 1e300} {
		h := big.NewFloat(v)
		fmt.Printf("%v %s %s %s %s %.3g\n", h, h.Text('g', -1), h.Text('e', -1), h.Text('f', -1), h.Text('E', 3), h)
	}
	fmt.Printf("%d\n", big.NewFloat(1))
	txt, _ := g.MarshalText()
	var uf big.Float
	fmt.Println(string(txt), uf.UnmarshalText([]byte("2.5")), &uf, uf.Prec(), uf.UnmarshalText([]byte("z")))
	fmt.Println(big.Below, big.Exact, big.Above, big.Accuracy(5), big.ToNearestEven, big.AwayFromZero, big.RoundingMode(9), big.MaxExp, big.MinExp, uint64(big.MaxPrec))
}
