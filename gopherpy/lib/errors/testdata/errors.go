package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

type valErr struct{ s string }

func (e valErr) Error() string { return e.s }

type isErr struct{}

func (isErr) Error() string          { return "isErr" }
func (isErr) Is(target error) bool   { return target == io.EOF }
func (isErr) As(target any) bool {
	if p, ok := target.(**myErr); ok {
		*p = &myErr{99}
		return true
	}
	return false
}

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

func main() {
	e1 := errors.New("one")
	e2 := errors.New("one")
	fmt.Println(e1 == e2, e1.Error(), errors.Is(e1, e1), errors.Is(e1, e2))
	w := fmt.Errorf("wrap: %w", e1)
	ww := fmt.Errorf("again: %w", w)
	fmt.Println(ww, errors.Unwrap(ww) == w, errors.Unwrap(errors.Unwrap(ww)) == e1, errors.Unwrap(e1), errors.Is(ww, e1), errors.Is(ww, e2))
	me := &myErr{7}
	wm := fmt.Errorf("ctx: %w", me)
	var target *myErr
	fmt.Println(errors.As(wm, &target), target == me, target.code)
	var ve valErr
	fmt.Println(errors.As(fmt.Errorf("x %w", valErr{"v"}), &ve), ve.s)
	fmt.Println(errors.Is(isErr{}, io.EOF), errors.Is(fmt.Errorf("%w", isErr{}), io.EOF), errors.Is(isErr{}, io.ErrUnexpectedEOF))
	var t2 *myErr
	fmt.Println(errors.As(isErr{}, &t2), t2.code)
	j := errors.Join(e1, nil, me, nil)
	fmt.Printf("%q %v %v %v\n", j.Error(), errors.Is(j, e1), errors.Is(j, me), errors.Join(nil, nil) == nil)
	var t3 *myErr
	fmt.Println(errors.As(j, &t3), t3 == me)
	m := multi{[]error{io.EOF, fmt.Errorf("deep: %w", me)}}
	fmt.Println(errors.Is(m, io.EOF), errors.Is(m, me), errors.Unwrap(m))
	w2 := fmt.Errorf("two: %w and %w", e1, io.EOF)
	fmt.Println(w2, errors.Is(w2, io.EOF), errors.Is(w2, e1), errors.Unwrap(w2))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, e1), errors.Is(e1, nil), errors.Unwrap(nil))
	fmt.Println(errors.ErrUnsupported, errors.Is(fmt.Errorf("op: %w", errors.ErrUnsupported), errors.ErrUnsupported))
	fmt.Println(errors.Is(fs.ErrNotExist, fs.ErrNotExist))
	fmt.Printf("%T %T %T %T\n", e1, w, w2, j)
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(e1, nil)
}
