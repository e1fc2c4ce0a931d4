// Package signal implements access to incoming signals.
//
// gopherpy: the runtime's side is gopherpy/runtime/sigqueue.py (handlers on the
// main thread hand signals to the Go thread through the netpoller); delivery to
// the registered channels is a non-blocking send, as in Go: a signal arriving at
// a full channel is dropped.
package signal

import (
	"context"
	"os"
)

// Notify causes package signal to relay incoming signals to c. If no signals are
// provided, all incoming signals will be relayed to c. Otherwise, just the
// provided signals will.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	notify(c, sig)
}

func notify(c chan<- os.Signal, sig []os.Signal)

// Stop causes package signal to stop relaying incoming signals to c.
func Stop(c chan<- os.Signal)

// Ignore causes the provided signals to be ignored.
func Ignore(sig ...os.Signal) { ignore(sig) }

func ignore(sig []os.Signal)

// Ignored reports whether sig is currently ignored.
func Ignored(sig os.Signal) bool

// Reset undoes the effect of any prior calls to Notify for the provided signals.
// If no signals are provided, all signal handlers will be reset.
func Reset(sig ...os.Signal) { reset(sig) }

func reset(sig []os.Signal)

// NotifyContext returns a copy of the parent context that is marked done (its
// Done channel is closed) when one of the listed signals arrives, when the
// returned stop function is called, or when the parent context's Done channel is
// closed, whichever happens first.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{Context: ctx, parent: parent, cancel: cancel, signals: signals}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context
	parent  context.Context
	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

func (c *signalCtx) String() string {
	s := "signal.NotifyContext(" + contextName(c.parent)
	if len(c.signals) != 0 {
		s += ", ["
		for i, sig := range c.signals {
			s += sig.String()
			if i != len(c.signals)-1 {
				s += " "
			}
		}
		s += "]"
	}
	return s + ")"
}

type stringer interface{ String() string }

func contextName(c context.Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return "context"
}
