package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Named struct {
	Point
	Label string
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(i int) error {
	if i < 0 {
		return &MyErr{i}
	}
	if i == 0 {
		return errors.New("zero")
	}
	return nil
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	p.Scale(3)
	fmt.Println(p.X, p.Y, q.X, p.Add(q).X)
	pp := &p
	pp.Scale(2)
	fmt.Println(p.X, pp.Y)
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	n := Named{Point{1, 1}, "n"}
	n.Scale(5)
	fmt.Println(n.X, n.Label, n.Add(Point{1, 0}).X)
	c := Celsius(100)
	fmt.Println(c.F())
	for _, i := range []int{-2, 0, 3} {
		err := find(i)
		if err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok")
		}
	}
	var e error = find(-5)
	if me, ok := e.(*MyErr); ok {
		fmt.Println("MyErr", me.Code)
	}
	f := p.Add
	p.X = 1000
	fmt.Println(f(Point{0, 0}).X)
	fmt.Println(p == Point{1000, 12}, p != q)
}
