// The rest of package runtime's API that programs commonly use: MemStats (the parts
// gopherpy tracks: collections run by runtime.GC, size classes), GOROOT, Version,
// NumCgoCall, SetFinalizer's bookkeeping (finalizers.go waits for finalizers to run;
// nothing here does), KeepAlive, and runtime/debug's GC settings.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

type Res struct{ name string }

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("EnableGC:", m.EnableGC, "DebugGC:", m.DebugGC)
	fmt.Println("size classes:", len(m.BySize), m.BySize[0].Size, m.BySize[1].Size, m.BySize[5].Size,
		m.BySize[31].Size, m.BySize[60].Size)
	before := m
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("forced collections:", m.NumForcedGC-before.NumForcedGC, m.NumGC-before.NumGC >= 2)
	last := m.PauseNs[(m.NumGC+255)%256]
	fmt.Println("last pause recorded:", last > 0, m.PauseTotalNs >= last)
	end := time.Unix(0, int64(m.PauseEnd[(m.NumGC+255)%256]))
	fmt.Println("last end is LastGC:", m.LastGC == m.PauseEnd[(m.NumGC+255)%256],
		time.Since(end) < time.Minute, time.Since(end) >= 0)

	fmt.Println("NumCgoCall:", runtime.NumCgoCall())
	fmt.Println("GOOS/GOARCH/Compiler:", runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	fmt.Println("Version:", strings.HasPrefix(runtime.Version(), "go1."))
	_, err := os.Stat(filepath.Join(runtime.GOROOT(), "src", "runtime", "extern.go"))
	fmt.Println("GOROOT holds the runtime's sources:", err == nil)
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)

	r := &Res{"a"}
	runtime.SetFinalizer(r, func(r *Res) { fmt.Println("finalized", r.name) })
	runtime.SetFinalizer(r, nil)
	runtime.SetFinalizer(r, func(r *Res) { fmt.Println("finalized again", r.name) })
	var x int
	runtime.SetFinalizer(&x, func(p any) {})
	runtime.KeepAlive(r)
	runtime.KeepAlive(&x)
	fmt.Println("finalizers set")

	fmt.Println("SetGCPercent:", debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))
	fmt.Println("SetMemoryLimit:", debug.SetMemoryLimit(-1) == 1<<63-1)
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Println("GOMAXPROCS unchanged:", runtime.GOMAXPROCS(0) == runtime.GOMAXPROCS(0))
}
