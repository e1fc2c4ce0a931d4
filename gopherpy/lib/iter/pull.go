// This file implements Pull and Pull2: push iterators turned into next/stop pairs.

package iter

import "runtime"

// coro is a coroutine: fn runs on a goroutine of its own, and switch_ passes control
// to it (starting it the first time) and waits until it passes control back, by
// yielding or by returning. Only one side runs at a time.
type coro struct {
	fn      func(c *coro)
	started bool
	resume  chan struct{} // caller -> coroutine
	back    chan struct{} // coroutine -> caller
}

func newcoro(fn func(*coro)) *coro {
	return &coro{fn: fn, resume: make(chan struct{}), back: make(chan struct{})}
}

// switchTo runs the coroutine until it yields or returns.
func (c *coro) switchTo() {
	if !c.started {
		c.started = true
		go func() {
			defer func() { c.back <- struct{}{} }()
			c.fn(c)
		}()
	} else {
		c.resume <- struct{}{}
	}
	<-c.back
}

// yield, called by the coroutine, passes control back and waits to be resumed.
func (c *coro) yield() {
	c.back <- struct{}{}
	<-c.resume
}

// goexitPanicValue marks a sequence that ended by runtime.Goexit.
type goexitPanicValue struct{}

// Pull turns the push iterator seq into a pull iterator: each call of next runs seq
// until it yields a value (returned with true) or returns (the zero V and false,
// also for every later call, and after stop). stop ends the iteration early: the
// pending yield returns false and seq runs to its end. Calling stop again, or after
// the end, does nothing. A panic or runtime.Goexit in seq reaches the caller of the
// next or stop that ran it. next and stop must not be called concurrently.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool // to detect Goexit
		panicValue any
	)
	c := newcoro(func(c *coro) {
		if done {
			return
		}
		yield := func(v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			yieldNext = false
			v, ok = v1, true
			c.yield()
			return !done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexitPanicValue{}
			}
			done = true // Invalidate iterator
		}()
		seq(yield)
		var v0 V
		v, ok = v0, false
		seqDone = true
	})
	next = func() (v1 V, ok1 bool) {
		if done {
			return
		}
		if yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		yieldNext = true
		c.switchTo()
		// A panic or Goexit of seq continues here.
		if panicValue != nil {
			if _, isGoexit := panicValue.(goexitPanicValue); isGoexit {
				runtime.Goexit()
			}
			panic(panicValue)
		}
		return v, ok
	}
	stop = func() {
		if !done {
			done = true
			if c.started {
				c.switchTo()
			}
			// A panic or Goexit of seq continues here.
			if panicValue != nil {
				if _, isGoexit := panicValue.(goexitPanicValue); isGoexit {
					runtime.Goexit()
				}
				panic(panicValue)
			}
		}
	}
	return next, stop
}

// Pull2 is Pull for a sequence of pairs: next returns the next pair and true, or two
// zero values and false once the sequence is over.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k          K
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	)
	c := newcoro(func(c *coro) {
		if done {
			return
		}
		yield := func(k1 K, v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			yieldNext = false
			k, v, ok = k1, v1, true
			c.yield()
			return !done
		}
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexitPanicValue{}
			}
			done = true
		}()
		seq(yield)
		var k0 K
		var v0 V
		k, v, ok = k0, v0, false
		seqDone = true
	})
	next = func() (k1 K, v1 V, ok1 bool) {
		if done {
			return
		}
		if yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		yieldNext = true
		c.switchTo()
		// A panic or Goexit of seq continues here.
		if panicValue != nil {
			if _, isGoexit := panicValue.(goexitPanicValue); isGoexit {
				runtime.Goexit()
			}
			panic(panicValue)
		}
		return k, v, ok
	}
	stop = func() {
		if !done {
			done = true
			if c.started {
				c.switchTo()
			}
			// A panic or Goexit of seq continues here.
			if panicValue != nil {
				if _, isGoexit := panicValue.(goexitPanicValue); isGoexit {
					runtime.Goexit()
				}
				panic(panicValue)
			}
		}
	}
	return next, stop
}
