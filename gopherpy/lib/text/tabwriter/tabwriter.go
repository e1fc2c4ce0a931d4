// Package tabwriter implements a write filter (tabwriter.Writer) that
// translates tabbed columns in input into properly aligned text.
//
// The package is using the Elastic Tabstops algorithm described at
// http://nickgravgaard.com/elastictabstops/index.html.
//
// gopherpy: written in Go (no natives).
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// A cell is a tab- or line-terminated piece of text of a line: its length
// in the buffer, its width in runes (escapes and tags not counted) and
// whether a tab ended it.
type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer is a filter that inserts padding around tab-delimited columns in
// its input to align them in the output.
//
// The Writer treats incoming bytes as UTF-8-encoded text consisting of cells
// terminated by horizontal ('\t') or vertical ('\v') tabs, and newline ('\n')
// or formfeed ('\f') characters; both newline and formfeed act as line
// breaks. Tab-terminated cells in contiguous lines constitute a column. The
// Writer inserts padding as needed to make all cells in a column have the
// same width. A formfeed also ends the block of columns (the text is flushed).
//
// The text of the buffered lines is kept in buf; lines holds their cells;
// cur is the cell being read, with its width counted up to buf[counted].
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte
	counted int
	cur     cell
	endChar byte // what ends the escaped text being read (0: none)
	lines   [][]cell
	widths  []int // widths of the columns being formatted (a stack)
}

// Formatting can be controlled with these flags.
const (
	// Ignore html tags and treat entities (starting with '&'
	// and ending in ';') as single characters (width = 1).
	FilterHTML uint = 1 << iota

	// Strip Escape characters bracketing escaped text segments
	// instead of passing them through unchanged with the text.
	StripEscape

	// Force right-alignment of cell content.
	// Default is left-alignment.
	AlignRight

	// Handle empty columns as if they were not present in
	// the input in the first place.
	DiscardEmptyColumns

	// Always use tabs for indentation columns (i.e., padding of
	// leading empty cells on the left) independent of padchar.
	TabIndent

	// Print a vertical bar ('|') between columns (after formatting).
	// Discarded columns appear as zero-width columns ("||").
	Debug
)

// Escape is the escape character: to escape a text segment, bracket it with
// Escape characters. The Escape characters themselves count as zero-width
// (or are stripped with StripEscape).
const Escape = '\xff'

// Init initializes a Writer. The first parameter (output) specifies the
// filter output. The remaining parameters control the formatting:
//
//	minwidth	minimal cell width including any padding
//	tabwidth	width of tab characters (equivalent number of spaces)
//	padding		padding added to a cell before computing its width
//	padchar		ASCII char used for padding
//			if padchar == '\t', the Writer will assume that the
//			width of a '\t' in the formatted output is tabwidth,
//			and cells are left-aligned independent of align_left
//	flags		formatting control
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight // tab padding enforces left-alignment
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter allocates and initializes a new tabwriter.Writer (see Init).
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.counted = 0
	b.cur = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.lines = append(b.lines, nil)
}

// writeErr carries the output's error out of the formatting code.
type writeErr struct {
	err error
}

func (b *Writer) out(p []byte) {
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeErr{err})
	}
}

// outN writes n bytes of the repeated pattern src.
func (b *Writer) outN(src []byte, n int) {
	for n > len(src) {
		b.out(src)
		n -= len(src)
	}
	b.out(src[:n])
}

var (
	newline = []byte{'\n'}
	tabs    = []byte("\t\t\t\t\t\t\t\t")
	vbar    = []byte{'|'}
	hbar    = []byte("---\n")
)

// pad fills a cell of text width textw to the column width cellw: with
// padchar, or with tabs (the column width rounded up to a tab stop).
func (b *Writer) pad(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // tabs have no width: no padding possible
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.outN(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.outN(b.padbytes[:], cellw-textw)
}

// writeLines writes lines[line0:line1] with the column widths now on the
// stack, starting at buf[pos]; it returns the position after them.
func (b *Writer) writeLines(pos int, line0, line1 int) int {
	for i := line0; i < line1; i++ {
		indent := b.flags&TabIndent != 0 // leading empty cells
		for j, c := range b.lines[i] {
			if j > 0 && b.flags&Debug != 0 {
				b.out(vbar)
			}
			switch {
			case c.size == 0:
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], indent)
				}
			case b.flags&AlignRight == 0:
				indent = false
				b.out(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], false)
				}
			default:
				indent = false
				if j < len(b.widths) {
					b.pad(c.width, b.widths[j], false)
				}
				b.out(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// the last buffered line is the unterminated cell
			b.out(b.buf[pos : pos+b.cur.size])
			pos += b.cur.size
		} else {
			b.out(newline)
		}
	}
	return pos
}

// format writes lines[line0:line1], which all have the columns now on the
// widths stack: each run of lines that has one more column gets that
// column's width (the widest cell plus padding) pushed while it is formatted.
func (b *Writer) format(pos int, line0, line1 int) int {
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue // no cell in this column (the last cell of a line is not in a column)
		}
		// lines[this] starts a block with the column: first the lines before it
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true // all cells of the column are empty and not tab-terminated
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

// addText appends text to the current cell.
func (b *Writer) addText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cur.size += len(text)
}

// count adds the runes of the text read since the last count to the cell width.
func (b *Writer) count() {
	b.cur.width += utf8.RuneCount(b.buf[b.counted:])
	b.counted = len(b.buf)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape ends escaped text: its runes count (less the two Escapes when
// they are kept); a tag counts nothing, an entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.count()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2
		}
	case ';':
		b.cur.width++
	}
	b.counted = len(b.buf)
	b.endChar = 0
}

// endCell adds the current cell to the current line and returns how many
// cells the line has.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	n := len(b.lines) - 1
	b.lines[n] = append(b.lines[n], b.cur)
	b.cur = cell{}
	return len(b.lines[n])
}

// recoverWrite turns a panic of the output's error into err; other panics
// are reported as tabwriter's.
func (b *Writer) recoverWrite(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		if we, ok := e.(writeErr); ok {
			*err = we.err
			return
		}
		panic(fmt.Sprintf("tabwriter: panic during %s (%v)", op, e))
	}
}

// Flush should be called after the last call to Write to ensure that any
// data buffered in the Writer is written to output. Any incomplete escape
// sequence at the end is considered complete for formatting purposes.
func (b *Writer) Flush() (err error) {
	defer b.recoverWrite(&err, "Flush")
	b.flush()
	return nil
}

func (b *Writer) flush() {
	if b.cur.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write writes buf to the writer b. The only errors returned are ones
// encountered while writing to the underlying output stream.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverWrite(&err, "Write")
	n = 0 // buf[:n] is in b.buf
	for i, ch := range buf {
		if b.endChar != 0 {
			if ch == b.endChar {
				j := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					j = i // the closing Escape goes
				}
				b.addText(buf[n:j])
				n = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.addText(buf[n:i])
			b.count()
			n = i + 1
			ncells := b.endCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.lines = append(b.lines, nil)
				// A line of one cell ends every column: what is buffered can be
				// written. A formfeed always ends the columns.
				if ch == '\f' || ncells == 1 {
					b.flush()
					if ch == '\f' && b.flags&Debug != 0 {
						b.out(hbar)
					}
				}
			}
		case Escape:
			b.addText(buf[n:i])
			b.count()
			n = i
			if b.flags&StripEscape != 0 {
				n++ // the opening Escape goes
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.addText(buf[n:i])
				b.count()
				n = i
				b.startEscape(ch)
			}
		}
	}
	b.addText(buf[n:])
	n = len(buf)
	return
}
