// This file declares compiled programs (Prog, Inst) and Compile; compiling and
// printing are natives over compile.py and tostring.py, the rune and
// empty-width tests are Go.

package syntax

import "unicode"

// A Prog is a compiled regular expression: instruction 0 fails, Start is
// where matching begins, NumCap the number of capture slots (2 per group,
// including the whole match).
type Prog struct {
	Inst   []Inst
	Start  int
	NumCap int
}

// An InstOp is the kind of an instruction.
type InstOp uint8

const (
	InstAlt InstOp = iota
	InstAltMatch
	InstCapture
	InstEmptyWidth
	InstMatch
	InstFail
	InstNop
	InstRune
	InstRune1
	InstRuneAny
	InstRuneAnyNotNL
)

var instOpNames = [...]string{"InstAlt", "InstAltMatch", "InstCapture", "InstEmptyWidth",
	"InstMatch", "InstFail", "InstNop", "InstRune", "InstRune1", "InstRuneAny", "InstRuneAnyNotNL"}

func (i InstOp) String() string {
	if int(i) >= len(instOpNames) {
		return ""
	}
	return instOpNames[i]
}

// An EmptyOp is a set of zero-width conditions.
type EmptyOp uint8

const (
	EmptyBeginLine EmptyOp = 1 << iota
	EmptyEndLine
	EmptyBeginText
	EmptyEndText
	EmptyWordBoundary
	EmptyNoWordBoundary
)

// EmptyOpContext returns the conditions that hold between runes r1 and r2
// (-1 stands for the start, resp. the end, of the text).
func EmptyOpContext(r1, r2 rune) EmptyOp {
	op := EmptyNoWordBoundary
	w1, w2 := IsWordChar(r1), IsWordChar(r2)
	switch {
	case w1:
	case r1 == '\n':
		op |= EmptyBeginLine
	case r1 < 0:
		op |= EmptyBeginText | EmptyBeginLine
	}
	switch {
	case w2:
	case r2 == '\n':
		op |= EmptyEndLine
	case r2 < 0:
		op |= EmptyEndText | EmptyEndLine
	}
	if w1 != w2 {
		op ^= EmptyWordBoundary | EmptyNoWordBoundary
	}
	return op
}

// An Inst is one instruction: Out is the next instruction, Arg the other
// branch of an Alt, the slot of a Capture, the EmptyOp of an EmptyWidth, the
// FoldCase flag of a Rune.
type Inst struct {
	Op   InstOp
	Out  uint32
	Arg  uint32
	Rune []rune
}

func compileNative(re *Regexp) *Prog

// Compile compiles a (usually simplified) parse tree into a program.
func Compile(re *Regexp) (*Prog, error) { return compileNative(re), nil }

// String lists the program, one instruction a line.
func (p *Prog) String() string

// skipNop follows Nop and Capture instructions from pc.
func (p *Prog) skipNop(pc uint32) *Inst {
	i := &p.Inst[pc]
	for i.Op == InstNop || i.Op == InstCapture {
		i = &p.Inst[i.Out]
	}
	return i
}

func (i *Inst) isRune() bool {
	return i.Op == InstRune || i.Op == InstRune1 || i.Op == InstRuneAny || i.Op == InstRuneAnyNotNL
}

// Prefix returns the literal every match starts with (case-sensitive runes
// only) and whether the match is exactly that literal.
func (p *Prog) Prefix() (prefix string, complete bool) {
	i := p.skipNop(uint32(p.Start))
	var buf []rune
	for i.isRune() && len(i.Rune) == 1 && Flags(i.Arg)&FoldCase == 0 && i.Rune[0] != unicode.ReplacementChar {
		buf = append(buf, i.Rune[0])
		i = p.skipNop(i.Out)
	}
	return string(buf), i.Op == InstMatch
}

// StartCond returns the conditions every match must meet where it starts;
// all bits set when no match is possible.
func (p *Prog) StartCond() EmptyOp {
	var flag EmptyOp
	pc := uint32(p.Start)
	for {
		i := &p.Inst[pc]
		switch i.Op {
		case InstEmptyWidth:
			flag |= EmptyOp(i.Arg)
		case InstFail:
			return ^EmptyOp(0)
		case InstCapture, InstNop:
		default:
			return flag
		}
		pc = i.Out
	}
}

// MatchRune reports whether the rune instruction i accepts r.
func (i *Inst) MatchRune(r rune) bool { return i.MatchRunePos(r) != -1 }

// MatchRunePos returns the index of the range of i.Rune that holds r, or -1
// (0 for a match of a single folded rune).
func (i *Inst) MatchRunePos(r rune) int {
	rs := i.Rune
	switch len(rs) {
	case 0:
		return -1
	case 1:
		if r == rs[0] {
			return 0
		}
		if Flags(i.Arg)&FoldCase != 0 {
			for f := unicode.SimpleFold(rs[0]); f != rs[0]; f = unicode.SimpleFold(f) {
				if r == f {
					return 0
				}
			}
		}
		return -1
	}
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < rs[2*m]:
			hi = m
		case r > rs[2*m+1]:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// MatchEmptyWidth reports whether the EmptyWidth instruction i holds between
// before and after (-1: the text's start or end).
func (i *Inst) MatchEmptyWidth(before rune, after rune) bool {
	switch EmptyOp(i.Arg) {
	case EmptyBeginLine:
		return before == '\n' || before == -1
	case EmptyEndLine:
		return after == '\n' || after == -1
	case EmptyBeginText:
		return before == -1
	case EmptyEndText:
		return after == -1
	case EmptyWordBoundary:
		return IsWordChar(before) != IsWordChar(after)
	case EmptyNoWordBoundary:
		return IsWordChar(before) == IsWordChar(after)
	}
	panic("unknown empty width arg")
}

// String describes the instruction as Prog.String lists it.
func (i *Inst) String() string
