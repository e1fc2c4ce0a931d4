package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

var zero float64

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Size    int64
	Ratio   float32
	OK      bool
	Pt      Point
	Pts     [2]Point
	C       complex64
}

type Point struct{ X, Y int16 }

type MyInt int32

type Bad struct {
	A int
	B string
}

// swapped is a byte order of the program's own: big-endian, but it counts the calls.
type swapped struct{ calls *int }

func (s swapped) Uint16(b []byte) uint16       { *s.calls++; return binary.BigEndian.Uint16(b) }
func (s swapped) Uint32(b []byte) uint32       { *s.calls++; return binary.BigEndian.Uint32(b) }
func (s swapped) Uint64(b []byte) uint64       { *s.calls++; return binary.BigEndian.Uint64(b) }
func (s swapped) PutUint16(b []byte, v uint16) { *s.calls++; binary.BigEndian.PutUint16(b, v) }
func (s swapped) PutUint32(b []byte, v uint32) { *s.calls++; binary.BigEndian.PutUint32(b, v) }
func (s swapped) PutUint64(b []byte, v uint64) { *s.calls++; binary.BigEndian.PutUint64(b, v) }
func (s swapped) String() string               { return "swapped" }

func main() {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint16(b, 0x1234)
	binary.BigEndian.PutUint16(b[2:], 0x1234)
	fmt.Printf("% x\n", b)
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	fmt.Printf("% x %#x %#x\n", b, binary.LittleEndian.Uint32(b), binary.BigEndian.Uint32(b))
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Printf("% x %#x %#x\n", b, binary.LittleEndian.Uint64(b), binary.BigEndian.Uint64(b))
	fmt.Println(binary.LittleEndian.Uint16(b), binary.BigEndian.Uint16(b[6:]))
	fmt.Printf("%x\n", binary.BigEndian.AppendUint32([]byte("ab"), 7))
	fmt.Printf("%x\n", binary.LittleEndian.AppendUint16(nil, 0xabcd))
	fmt.Printf("%x\n", binary.NativeEndian.AppendUint64(nil, 1))
	fmt.Println(binary.LittleEndian, binary.BigEndian, binary.NativeEndian)
	fmt.Printf("%v %s %#v %#v %T %T\n", binary.LittleEndian, binary.BigEndian, binary.LittleEndian, binary.NativeEndian, binary.BigEndian, binary.NativeEndian)
	var bo binary.ByteOrder = binary.BigEndian
	var abo binary.AppendByteOrder = binary.LittleEndian
	fmt.Println(bo.String(), abo.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.BigEndian.Uint32(b[:3])
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.LittleEndian.PutUint64(b[:7], 1)
	}()

	// varints
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 1 << 32, ^uint64(0)} {
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		fmt.Printf("%d -> % x -> %d %d\n", x, buf[:n], y, m)
	}
	for _, x := range []int64{0, -1, 1, -2, 63, -64, 64, -1 << 63, 1<<63 - 1} {
		n := binary.PutVarint(buf, x)
		y, m := binary.Varint(buf[:n])
		fmt.Printf("%d -> % x -> %d %d\n", x, buf[:n], y, m)
	}
	fmt.Printf("%x %x\n", binary.AppendUvarint([]byte{9}, 1000), binary.AppendVarint(nil, -1000))
	for _, in := range [][]byte{nil, {0x80}, {0x80, 0x80}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01}} {
		x, n := binary.Uvarint(in)
		s, m := binary.Varint(in)
		r := bytes.NewReader(in)
		rx, err := binary.ReadUvarint(r)
		r2 := bytes.NewReader(in)
		rs, err2 := binary.ReadVarint(r2)
		fmt.Println(x, n, s, m, rx, err, rs, err2)
	}
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)

	// Read and Write of structs, slices and basic values
	h := Header{Magic: [4]byte{'G', 'O', 'P', 'H'}, Version: 3, Flags: -2, Size: -123456789, Ratio: 1.5, OK: true,
		Pt: Point{-1, 2}, Pts: [2]Point{{3, 4}, {5, -6}}, C: complex(1, -2)}
	fmt.Println("size", binary.Size(h), binary.Size(&h), binary.Size([]Point{{}, {}}), binary.Size(int32(0)), binary.Size([]uint16{1, 2, 3}))
	fmt.Println("size bad", binary.Size(Bad{}), binary.Size(1), binary.Size("x"), binary.Size((*int32)(nil)), binary.Size([]int{1}), binary.Size((*Header)(nil)))
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var w bytes.Buffer
		err := binary.Write(&w, order, h)
		fmt.Printf("%v %v %d\n% x\n", order, err, w.Len(), w.Bytes())
		var h2 Header
		h2.Pt.X = 99
		inner := &h2.Pts[1]
		err = binary.Read(bytes.NewReader(w.Bytes()), order, &h2)
		fmt.Printf("%v %+v %v\n", err, h2, *inner)
		err = binary.Read(bytes.NewReader(w.Bytes()[:10]), order, &h2)
		fmt.Println(err, err == io.ErrUnexpectedEOF)
		err = binary.Read(bytes.NewReader(nil), order, &h2)
		fmt.Println(err, err == io.EOF)
	}
	var w bytes.Buffer
	vals := []any{int8(-1), uint8(2), int16(-3), uint16(4), int32(-5), uint32(6), int64(-7), uint64(8),
		float32(0.1), float64(-0.2), true, false, []int16{1, -1}, []bool{true, false}, []byte("hi"),
		[3]uint16{1, 2, 3}, MyInt(-9), []MyInt{1, 2}, complex128(complex(3, 4)), Point{7, 8}, &Point{9, 10},
		[]float64{1 / zero, -1 / zero}, []Point{{1, 2}}}
	for _, v := range vals {
		w.Reset()
		err := binary.Write(&w, binary.BigEndian, v)
		fmt.Printf("%T: % x %v\n", v, w.Bytes(), err)
	}
	for _, v := range []any{1, "s", Bad{}, []string{"a"}, map[int]int{}, &Bad{}, (*Point)(nil)} {
		err := binary.Write(&w, binary.BigEndian, v)
		fmt.Println(err)
	}

	data := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	var i8 int8
	var u16 uint16
	var i32 int32
	var f32 float32
	var f64 float64
	var bl bool
	var mi MyInt
	r := bytes.NewReader(data)
	fmt.Println(binary.Read(r, binary.LittleEndian, &i8), binary.Read(r, binary.LittleEndian, &u16),
		binary.Read(r, binary.BigEndian, &i32), binary.Read(r, binary.BigEndian, &bl), binary.Read(r, binary.LittleEndian, &mi))
	fmt.Println(i8, u16, i32, bl, mi, r.Len())
	r = bytes.NewReader([]byte{0x3f, 0xc0, 0, 0, 0xc0, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18})
	fmt.Println(binary.Read(r, binary.BigEndian, &f32), binary.Read(r, binary.BigEndian, &f64), f32, f64)
	s16 := make([]int16, 3)
	pts := make([]Point, 2)
	arr := [2]uint32{}
	r = bytes.NewReader(data)
	fmt.Println(binary.Read(r, binary.BigEndian, s16), binary.Read(r, binary.LittleEndian, pts), binary.Read(r, binary.BigEndian, &arr))
	fmt.Println(s16, pts, arr, r.Len())
	bs := make([]byte, 3)
	fmt.Println(binary.Read(bytes.NewReader(data), binary.BigEndian, bs), bs)
	for _, v := range []any{i32, &w, Bad{}, &Bad{}, 3, []int{1}} {
		r = bytes.NewReader(data)
		err := binary.Read(r, binary.BigEndian, v)
		fmt.Println(err, r.Len())
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.Write(&w, binary.BigEndian, nil)
	}()
	var empty []int32
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.BigEndian, empty))
	var sl []uint16 = make([]uint16, 2)
	fmt.Println(binary.Read(bytes.NewReader(data), binary.BigEndian, &sl), sl)

	// Encode, Decode, Append
	out := make([]byte, 6)
	n, err := binary.Encode(out, binary.LittleEndian, []uint16{1, 2, 3})
	fmt.Println(n, err, out)
	n, err = binary.Encode(out[:3], binary.LittleEndian, uint32(1))
	fmt.Println(n, err)
	n, err = binary.Encode(out, binary.LittleEndian, Point{1, 2})
	fmt.Println(n, err, out)
	n, err = binary.Encode(out[:1], binary.LittleEndian, Point{1, 2})
	fmt.Println(n, err, errors.Is(err, err))
	n, err = binary.Encode(out, binary.LittleEndian, Bad{})
	fmt.Println(n, err)
	var p Point
	n, err = binary.Decode([]byte{1, 0, 2, 0, 9}, binary.LittleEndian, &p)
	fmt.Println(n, err, p)
	n, err = binary.Decode([]byte{1}, binary.LittleEndian, &p)
	fmt.Println(n, err, p)
	n, err = binary.Decode([]byte{1, 2, 3, 4}, binary.LittleEndian, &u16)
	fmt.Println(n, err, u16)
	n, err = binary.Decode([]byte{1, 2, 3, 4}, binary.LittleEndian, u16)
	fmt.Println(n, err)
	n, err = binary.Decode([]byte{1}, binary.LittleEndian, u16)
	fmt.Println(n, err)
	n, err = binary.Decode([]byte{1, 2}, binary.LittleEndian, &Bad{})
	fmt.Println(n, err)
	ab, err := binary.Append([]byte("x"), binary.BigEndian, []int32{1, -1})
	fmt.Println(ab, err)
	ab, err = binary.Append(nil, binary.BigEndian, h)
	fmt.Println(len(ab), err)
	ab, err = binary.Append(nil, binary.BigEndian, "no")
	fmt.Println(ab == nil, err)

	// a byte order of the program's own is called for each value
	calls := 0
	so := swapped{&calls}
	w.Reset()
	fmt.Println(binary.Write(&w, so, h), calls)
	fmt.Printf("% x\n", w.Bytes())
	var h3 Header
	fmt.Println(binary.Read(&w, so, &h3), calls, h3 == h)
	w.Reset()
	fmt.Println(binary.Write(&w, so, []uint32{1, 2}), binary.Write(&w, so, uint8(5)), calls, w.Bytes())
}
