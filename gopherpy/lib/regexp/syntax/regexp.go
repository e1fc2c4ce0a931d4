// This file declares the parse tree (Regexp, Op) and Parse; the parsing,
// simplifying and printing are natives over parse.py, compile.py, tostring.py.

package syntax

import "strconv"

// A Regexp is a node of a parse tree.
type Regexp struct {
	Op       Op // what the node matches
	Flags    Flags
	Sub      []*Regexp  // operands, for the operators
	Sub0     [1]*Regexp // room for one operand
	Rune     []rune     // the runes of OpLiteral; range pairs of OpCharClass
	Rune0    [2]rune    // room for two runes
	Min, Max int        // repetition bounds of OpRepeat (Max -1: none)
	Cap      int        // group number of OpCapture
	Name     string     // group name of OpCapture, if any
}

// An Op is the kind of a parse tree node.
type Op uint8

const (
	OpNoMatch        Op = 1 + iota // nothing
	OpEmptyMatch                   // the empty string
	OpLiteral                      // the runes in Rune, in order
	OpCharClass                    // one rune of the ranges in Rune
	OpAnyCharNotNL                 // any rune but \n
	OpAnyChar                      // any rune
	OpBeginLine                    // empty, at a line's start
	OpEndLine                      // empty, at a line's end
	OpBeginText                    // empty, at the text's start
	OpEndText                      // empty, at the text's end
	OpWordBoundary                 // \b
	OpNoWordBoundary               // \B
	OpCapture                      // Sub[0] as group Cap (named Name)
	OpStar                         // Sub[0] any number of times
	OpPlus                         // Sub[0] at least once
	OpQuest                        // Sub[0] at most once
	OpRepeat                       // Sub[0] from Min to Max times
	OpConcat                       // Sub one after the other
	OpAlternate                    // one of Sub
)

const opPseudo Op = 128 // the parser's own operators start here

var opNames = [...]string{"", "NoMatch", "EmptyMatch", "Literal", "CharClass", "AnyCharNotNL",
	"AnyChar", "BeginLine", "EndLine", "BeginText", "EndText", "WordBoundary",
	"NoWordBoundary", "Capture", "Star", "Plus", "Quest", "Repeat", "Concat", "Alternate"}

func (i Op) String() string {
	switch {
	case 1 <= i && i <= OpAlternate:
		return opNames[i]
	case i == opPseudo:
		return "opPseudo"
	}
	return "Op(" + strconv.FormatInt(int64(i), 10) + ")"
}

func parseNative(s string, flags Flags) (re *Regexp, code string, expr string)

// Parse parses s under flags into a parse tree, or returns a *Error.
func Parse(s string, flags Flags) (*Regexp, error) {
	re, code, expr := parseNative(s, flags)
	if code != "" {
		return nil, &Error{Code: ErrorCode(code), Expr: expr}
	}
	return re, nil
}

// String returns a regular expression that parses to the same tree.
func (re *Regexp) String() string

// Simplify returns re with counted repetitions written out (x{1,3} becomes
// x(?:x(?:x)?)?) and redundant repetition removed; parts that do not change are
// shared with re.
func (re *Regexp) Simplify() *Regexp

// Equal reports whether x and y are the same tree.
func (x *Regexp) Equal(y *Regexp) bool {
	if x == nil || y == nil {
		return x == y
	}
	if x.Op != y.Op {
		return false
	}
	switch x.Op {
	case OpEndText:
		return x.Flags&WasDollar == y.Flags&WasDollar
	case OpLiteral, OpCharClass:
		if x.Flags&FoldCase != y.Flags&FoldCase || len(x.Rune) != len(y.Rune) {
			return false
		}
		for i, r := range x.Rune {
			if r != y.Rune[i] {
				return false
			}
		}
		return true
	case OpAlternate, OpConcat:
		if len(x.Sub) != len(y.Sub) {
			return false
		}
		for i, s := range x.Sub {
			if !s.Equal(y.Sub[i]) {
				return false
			}
		}
		return true
	case OpStar, OpPlus, OpQuest:
		return x.Flags&NonGreedy == y.Flags&NonGreedy && x.Sub[0].Equal(y.Sub[0])
	case OpRepeat:
		return x.Flags&NonGreedy == y.Flags&NonGreedy && x.Min == y.Min && x.Max == y.Max &&
			x.Sub[0].Equal(y.Sub[0])
	case OpCapture:
		return x.Cap == y.Cap && x.Name == y.Name && x.Sub[0].Equal(y.Sub[0])
	}
	return true
}

// MaxCap returns the largest group number in re.
func (re *Regexp) MaxCap() int {
	m := 0
	if re.Op == OpCapture {
		m = re.Cap
	}
	for _, s := range re.Sub {
		m = max(m, s.MaxCap())
	}
	return m
}

// CapNames returns the group names by number ("" for unnamed groups and for 0).
func (re *Regexp) CapNames() []string {
	names := make([]string, re.MaxCap()+1)
	re.capNames(names)
	return names
}

func (re *Regexp) capNames(names []string) {
	if re.Op == OpCapture {
		names[re.Cap] = re.Name
	}
	for _, s := range re.Sub {
		s.capNames(names)
	}
}
