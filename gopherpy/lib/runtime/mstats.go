package runtime

// MemStats records statistics about the memory allocator.
//
// gopherpy: partial. There is no Go heap yet (values live in Python objects), so
// every allocation and heap counter is 0. What is tracked is real: the
// collections runtime.GC ran (NumGC, NumForcedGC, LastGC, PauseNs, PauseEnd,
// PauseTotalNs), EnableGC, and BySize's size classes (Go's).
type MemStats struct {
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Lookups    uint64
	Mallocs    uint64
	Frees      uint64

	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	StackInuse  uint64
	StackSys    uint64
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the memory allocator's statistics now.
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	m.EnableGC = true
	for i := range m.BySize {
		m.BySize[i].Size = uint32(sizeClass(i))
	}
	readGCStats(m)
}

func sizeClass(i int) int

// readGCStats fills the collection counters.
func readGCStats(m *MemStats)
