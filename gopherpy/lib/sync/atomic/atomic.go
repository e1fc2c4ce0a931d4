// Package atomic provides low-level atomic memory primitives useful for
// implementing synchronization algorithms.
//
// gopherpy: one goroutine runs at a time and a goroutine is only preempted at
// function entry and loop back-edges, so each of these bodies (no calls, no loops)
// is atomic as written; the typed values are plain Go. Value is native (it checks
// dynamic types).
package atomic

import "unsafe"

// SwapInt32 atomically stores new into *addr and returns the previous *addr value.
func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return
}

// CompareAndSwapInt32 executes the compare-and-swap operation for a int32 value.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

// AndInt32 atomically performs a bitwise AND operation on *addr using the bitmask
// provided as mask and returns the old value.
func AndInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old & mask
	return
}

// OrInt32 atomically performs a bitwise OR operation on *addr using the bitmask
// provided as mask and returns the old value.
func OrInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old | mask
	return
}

// LoadInt32 atomically loads *addr.
func LoadInt32(addr *int32) (val int32) { return *addr }

// StoreInt32 atomically stores val into *addr.
func StoreInt32(addr *int32, val int32) { *addr = val }

// A Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	_ noCopy
	v int32
}

// Load atomically loads and returns the value stored in x.
func (x *Int32) Load() int32 { return x.v }

// Store atomically stores val into x.
func (x *Int32) Store(val int32) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Int32) Swap(new int32) (old int32) {
	old = x.v
	x.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

// Add atomically adds delta to x and returns the new value.
func (x *Int32) Add(delta int32) (new int32) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND operation on x using the bitmask provided
// as mask and returns the old value.
func (x *Int32) And(mask int32) (old int32) {
	old = x.v
	x.v = old & mask
	return
}

// Or atomically performs a bitwise OR operation on x using the bitmask provided as
// mask and returns the old value.
func (x *Int32) Or(mask int32) (old int32) {
	old = x.v
	x.v = old | mask
	return
}

// SwapInt64 atomically stores new into *addr and returns the previous *addr value.
func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return
}

// CompareAndSwapInt64 executes the compare-and-swap operation for a int64 value.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

// AndInt64 atomically performs a bitwise AND operation on *addr using the bitmask
// provided as mask and returns the old value.
func AndInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old & mask
	return
}

// OrInt64 atomically performs a bitwise OR operation on *addr using the bitmask
// provided as mask and returns the old value.
func OrInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old | mask
	return
}

// LoadInt64 atomically loads *addr.
func LoadInt64(addr *int64) (val int64) { return *addr }

// StoreInt64 atomically stores val into *addr.
func StoreInt64(addr *int64, val int64) { *addr = val }

// A Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	_ noCopy
	v int64
}

// Load atomically loads and returns the value stored in x.
func (x *Int64) Load() int64 { return x.v }

// Store atomically stores val into x.
func (x *Int64) Store(val int64) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Int64) Swap(new int64) (old int64) {
	old = x.v
	x.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

// Add atomically adds delta to x and returns the new value.
func (x *Int64) Add(delta int64) (new int64) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND operation on x using the bitmask provided
// as mask and returns the old value.
func (x *Int64) And(mask int64) (old int64) {
	old = x.v
	x.v = old & mask
	return
}

// Or atomically performs a bitwise OR operation on x using the bitmask provided as
// mask and returns the old value.
func (x *Int64) Or(mask int64) (old int64) {
	old = x.v
	x.v = old | mask
	return
}

// SwapUint32 atomically stores new into *addr and returns the previous *addr value.
func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return
}

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32 value.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// AddUint32 atomically adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

// AndUint32 atomically performs a bitwise AND operation on *addr using the bitmask
// provided as mask and returns the old value.
func AndUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old & mask
	return
}

// OrUint32 atomically performs a bitwise OR operation on *addr using the bitmask
// provided as mask and returns the old value.
func OrUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old | mask
	return
}

// LoadUint32 atomically loads *addr.
func LoadUint32(addr *uint32) (val uint32) { return *addr }

// StoreUint32 atomically stores val into *addr.
func StoreUint32(addr *uint32, val uint32) { *addr = val }

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Uint32) Load() uint32 { return x.v }

// Store atomically stores val into x.
func (x *Uint32) Store(val uint32) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint32) Swap(new uint32) (old uint32) {
	old = x.v
	x.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

// Add atomically adds delta to x and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND operation on x using the bitmask provided
// as mask and returns the old value.
func (x *Uint32) And(mask uint32) (old uint32) {
	old = x.v
	x.v = old & mask
	return
}

// Or atomically performs a bitwise OR operation on x using the bitmask provided as
// mask and returns the old value.
func (x *Uint32) Or(mask uint32) (old uint32) {
	old = x.v
	x.v = old | mask
	return
}

// SwapUint64 atomically stores new into *addr and returns the previous *addr value.
func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return
}

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64 value.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// AddUint64 atomically adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

// AndUint64 atomically performs a bitwise AND operation on *addr using the bitmask
// provided as mask and returns the old value.
func AndUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old & mask
	return
}

// OrUint64 atomically performs a bitwise OR operation on *addr using the bitmask
// provided as mask and returns the old value.
func OrUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old | mask
	return
}

// LoadUint64 atomically loads *addr.
func LoadUint64(addr *uint64) (val uint64) { return *addr }

// StoreUint64 atomically stores val into *addr.
func StoreUint64(addr *uint64, val uint64) { *addr = val }

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	_ noCopy
	v uint64
}

// Load atomically loads and returns the value stored in x.
func (x *Uint64) Load() uint64 { return x.v }

// Store atomically stores val into x.
func (x *Uint64) Store(val uint64) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint64) Swap(new uint64) (old uint64) {
	old = x.v
	x.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

// Add atomically adds delta to x and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND operation on x using the bitmask provided
// as mask and returns the old value.
func (x *Uint64) And(mask uint64) (old uint64) {
	old = x.v
	x.v = old & mask
	return
}

// Or atomically performs a bitwise OR operation on x using the bitmask provided as
// mask and returns the old value.
func (x *Uint64) Or(mask uint64) (old uint64) {
	old = x.v
	x.v = old | mask
	return
}

// SwapUintptr atomically stores new into *addr and returns the previous *addr value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return
}

// CompareAndSwapUintptr executes the compare-and-swap operation for a uintptr value.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// AddUintptr atomically adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

// AndUintptr atomically performs a bitwise AND operation on *addr using the bitmask
// provided as mask and returns the old value.
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old & mask
	return
}

// OrUintptr atomically performs a bitwise OR operation on *addr using the bitmask
// provided as mask and returns the old value.
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old | mask
	return
}

// LoadUintptr atomically loads *addr.
func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

// StoreUintptr atomically stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load atomically loads and returns the value stored in x.
func (x *Uintptr) Load() uintptr { return x.v }

// Store atomically stores val into x.
func (x *Uintptr) Store(val uintptr) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uintptr) Swap(new uintptr) (old uintptr) {
	old = x.v
	x.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

// Add atomically adds delta to x and returns the new value.
func (x *Uintptr) Add(delta uintptr) (new uintptr) {
	x.v += delta
	return x.v
}

// And atomically performs a bitwise AND operation on x using the bitmask provided
// as mask and returns the old value.
func (x *Uintptr) And(mask uintptr) (old uintptr) {
	old = x.v
	x.v = old & mask
	return
}

// Or atomically performs a bitwise OR operation on x using the bitmask provided as
// mask and returns the old value.
func (x *Uintptr) Or(mask uintptr) (old uintptr) {
	old = x.v
	x.v = old | mask
	return
}

// noCopy may be embedded into structs which must not be copied after first use.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// SwapPointer atomically stores new into *addr and returns the previous *addr value.
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return
}

// CompareAndSwapPointer executes the compare-and-swap operation for a unsafe.Pointer value.
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// LoadPointer atomically loads *addr.
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return *addr }

// StorePointer atomically stores val into *addr.
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }

// A Bool is an atomic boolean value. The zero value is false.
type Bool struct {
	_ noCopy
	v bool
}

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return x.v }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) {
	old = x.v
	x.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v *T
}

// gopherpy: Pointer's methods are natives (methods of another package's generic
// type are not instantiated by the compiler yet).

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T)

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T)

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool)

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store. It returns nil if there has
// been no call to Store for this Value.
func (v *Value) Load() (val any) { return v.v }

// Store sets the value of the Value v to val. All calls to Store for a given Value
// must use values of the same concrete type. Store of an inconsistent type panics,
// as does Store(nil).
func (v *Value) Store(val any) {
	v.check(val, "store")
	v.v = val
}

// Swap stores new into Value and returns the previous value. It returns nil if the
// Value is empty.
func (v *Value) Swap(new any) (old any) {
	v.check(new, "swap")
	old = v.v
	v.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v != nil && !sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}

func (v *Value) check(val any, op string) {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

func sameType(a, b any) bool
