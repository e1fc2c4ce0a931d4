// Package syntax holds the parser and compiler behind package regexp: RE2
// syntax to parse trees, parse trees to programs.
//
// gopherpy: the parser, Simplify, the compiler and the printers are Python
// (parse.py, compile.py, tostring.py; test_parse.py compares them with go1.27)
// shared with package regexp; native.py converts between their trees and
// programs and the Go structs declared here (regexp.go, prog.go).
package syntax

// An Error is a parse failure: what went wrong and the part of the expression
// at fault.
type Error struct {
	Code ErrorCode
	Expr string
}

func (e *Error) Error() string {
	return "error parsing regexp: " + e.Code.String() + ": `" + e.Expr + "`"
}

// An ErrorCode says what kind of parse failure an Error is.
type ErrorCode string

const (
	ErrInternalError ErrorCode = "regexp/syntax: internal error"
	ErrInvalidCharClass      ErrorCode = "invalid character class"
	ErrInvalidCharRange      ErrorCode = "invalid character class range"
	ErrInvalidEscape         ErrorCode = "invalid escape sequence"
	ErrInvalidNamedCapture   ErrorCode = "invalid named capture"
	ErrInvalidPerlOp         ErrorCode = "invalid or unsupported Perl syntax"
	ErrInvalidRepeatOp       ErrorCode = "invalid nested repetition operator"
	ErrInvalidRepeatSize     ErrorCode = "invalid repeat count"
	ErrInvalidUTF8           ErrorCode = "invalid UTF-8"
	ErrMissingBracket        ErrorCode = "missing closing ]"
	ErrMissingParen          ErrorCode = "missing closing )"
	ErrMissingRepeatArgument ErrorCode = "missing argument to repetition operator"
	ErrTrailingBackslash     ErrorCode = "trailing backslash at end of expression"
	ErrUnexpectedParen       ErrorCode = "unexpected )"
	ErrNestingDepth          ErrorCode = "expression nests too deeply"
	ErrLarge                 ErrorCode = "expression too large"
)

func (e ErrorCode) String() string { return string(e) }

// Flags select the syntax the parser accepts and record facts about a parsed
// expression.
type Flags uint16

const (
	FoldCase      Flags = 1 << iota // (?i): letters match in either case
	Literal                         // the pattern is a plain string, no operators
	ClassNL                         // negated classes like [^a] and [[:^x:]] may match \n
	DotNL                           // (?s): . matches \n too
	OneLine                         // ^ and $ only at the text's start and end (not (?m))
	NonGreedy                       // (?U): repetitions prefer fewer
	PerlX                           // Perl extensions: \d, \A, (?:, non-greedy ops, ...
	UnicodeGroups                   // \pN and \p{Name} classes
	WasDollar                       // an OpEndText written as $ (not \z)
	Simple                          // no counted repetition

	MatchNL = ClassNL | DotNL

	Perl        = ClassNL | OneLine | PerlX | UnicodeGroups // Perl's defaults
	POSIX Flags = 0                                         // plain POSIX ERE syntax
)

// IsWordChar reports whether r is one of [0-9A-Za-z_], the characters \b and \B
// treat as word characters.
func IsWordChar(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
}
