// Package sync provides basic synchronization primitives such as mutual exclusion locks.
//
// gopherpy: the locks, WaitGroup, Once and Cond run the algorithms of
// gopherpy/runtime/sync_rt.py (Go's normal and starvation modes for Mutex, writer
// preference for RWMutex) over the fields declared here, parking through the
// runtime's semaphores (sema.py), so goroutine dumps show Go's wait reasons. Values
// are usable at their zero value and copy as Go copies them. Pool keeps its items
// until taken (no garbage collector clears it yet); Map is native (a dict).
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy may be embedded into structs which must not be copied after first use:
// go vet's copylocks analyzer reports copies of anything with a Lock method on its
// pointer (it is why vet says "sync.WaitGroup contains sync.noCopy").
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks until
// the mutex is available.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock. The zero value is an unlocked mutex.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) RLock()
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) Lock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) Unlock()

// RLocker returns a Locker interface that implements Lock and Unlock by calling
// rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	_ noCopy
	counter int64
	waiters int32
	sema    uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter
// becomes zero, all goroutines blocked on Wait are released. If the counter goes
// negative, Add panics.
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done()

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup. When f
// returns, the task is removed from the WaitGroup.
func (wg *WaitGroup) Go(f func())

// Once is an object that will perform exactly one action.
type Once struct {
	_ noCopy
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for
// this instance of Once. If f panics, Do considers it to have returned.
func (o *Once) Do(f func())

// OnceFunc returns a function that invokes f only once. The returned function may
// be called concurrently. If f panics, the returned function will panic with the
// same value on every call.
func OnceFunc(f func()) func() {
	var once Once
	var ok bool
	var pv any
	return func() {
		once.Do(func() {
			defer func() {
				if !ok {
					pv = recover()
					panic(pv)
				}
			}()
			f()
			f = nil
			ok = true
		})
		if !ok {
			panic(pv)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns the value
// returned by f. If f panics, the returned function panics with the same value on
// every call. (gopherpy: native, like OnceValues: generic functions of another
// package are not instantiated by the compiler yet.)
func OnceValue[T any](f func() T) func() T

// OnceValues returns a function that invokes f only once and returns the values
// returned by f.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2)

// Cond implements a condition variable, a rendezvous point for goroutines waiting
// for or announcing the occurrence of an event.
type Cond struct {
	_ noCopy
	L      Locker
	notify any
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine.
// After later resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait()

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal()

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast()

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	_ noCopy
	items []any
	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and
// returns it to the caller. If the pool is empty, it returns the result of calling
// p.New (or nil).
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines. The zero Map is empty and ready for use.
type Map struct {
	_ noCopy
	m any // the native dict, made on first store
}

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) Clear()
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) Range(f func(key, value any) bool)
