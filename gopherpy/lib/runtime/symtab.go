package runtime

// Frames iterates over the frames named by a slice of program counters (as
// returned by Callers).
type Frames struct {
	callers []uintptr // PCs not yet turned into frames
	next    Frame     // the frame Next returns next, when ready is set
	ready   bool
}

// Frame is the information Frames.Next returns for one frame.
type Frame struct {
	// PC is the program counter of the location in this frame: for a frame that
	// called another, the call instruction.
	PC uintptr

	// Func describes the function of the frame; nil when unknown.
	Func *Func

	// Function is the package path-qualified name of the frame's function, as gc
	// names it ("main.main", "main.(*T).M", "main.main.func1", "main.F[...]").
	Function string

	// File and Line locate the frame in the source: for a frame that called
	// another, the call.
	File string
	Line int

	startLine int // line of the func keyword

	// Entry is the entry program counter of the frame's function.
	Entry uintptr

	funcInfo funcInfo
}

type funcInfo struct {
	fn *Func
}

// CallersFrames returns an iterator over the frames of callers, which must come
// from Callers and must not be changed while it is used.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame; more reports whether a further call returns
// another one. When none is left it returns the zero Frame and false.
func (ci *Frames) Next() (frame Frame, more bool) {
	ci.fill()
	if !ci.ready {
		return Frame{}, false
	}
	frame = ci.next
	ci.ready = false
	ci.fill()
	return frame, ci.ready
}

// fill makes the next frame ready, skipping PCs that name no function.
func (ci *Frames) fill() {
	for !ci.ready && len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		entry := f.Entry()
		if pc > entry {
			pc-- // a return address: back into the call instruction
		}
		file, line := f.FileLine(pc)
		ci.next = Frame{PC: pc, Func: f, Function: f.Name(), File: file, Line: line,
			startLine: f.startLine(), Entry: entry, funcInfo: funcInfo{f}}
		ci.ready = true
	}
}

// Func describes a function of the running program.
type Func struct {
	opaque struct{} // not convertible from other types
}

// FuncForPC returns the Func of the function holding program counter pc, or nil.
func FuncForPC(pc uintptr) *Func

// Name returns the function's name ("" for a nil *Func).
func (f *Func) Name() string

// Entry returns the function's entry program counter.
func (f *Func) Entry() uintptr

// FileLine returns the source file and line of program counter pc, which should
// lie in f.
func (f *Func) FileLine(pc uintptr) (file string, line int)

func (f *Func) startLine() int
