// Package log implements a simple logging package: a Logger writes lines to an
// io.Writer, each with an optional prefix, date, time and source position.
//
// gopherpy: written in Go (by the reflect engineer, who needed it first for Go's test
// suite); log/slog and log/syslog are not provided.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// Flags that choose the header of each line.
const (
	Ldate         = 1 << iota // the date in the local time zone: 2009/01/23
	Ltime                     // the time in the local time zone: 01:23:23
	Lmicroseconds             // microsecond resolution: 01:23:23.123123 (assumes Ltime)
	Llongfile                 // full file name and line number: /a/b/c/d.go:23
	Lshortfile                // final file name element and line number: d.go:23
	LUTC                      // UTC rather than the local time zone
	Lmsgprefix                // the prefix just before the message, not at the line's start
	LstdFlags     = Ldate | Ltime
)

// A Logger represents an active logging object.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

// New creates a new Logger writing to out.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level output functions.
func Default() *Logger { return std }

// SetOutput sets the output destination for the logger.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// Writer returns the output destination for the logger.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// Flags returns the output flags for the logger.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the output flags for the logger.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// Prefix returns the output prefix for the logger.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the output prefix for the logger.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// digits appends n in decimal, zero-padded to at least w digits.
func digits(buf []byte, n, w int) []byte {
	var b [20]byte
	i := len(b)
	for n >= 10 || w > 1 {
		w--
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	b[i] = byte('0' + n)
	return append(buf, b[i:]...)
}

func (l *Logger) header(buf []byte, t time.Time, file string, line int) []byte {
	flag := l.flag
	if flag&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			y, m, d := t.Date()
			buf = digits(buf, y, 4)
			buf = append(buf, '/')
			buf = digits(buf, int(m), 2)
			buf = append(buf, '/')
			buf = digits(buf, d, 2)
			buf = append(buf, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			h, mi, s := t.Clock()
			buf = digits(buf, h, 2)
			buf = append(buf, ':')
			buf = digits(buf, mi, 2)
			buf = append(buf, ':')
			buf = digits(buf, s, 2)
			if flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = digits(buf, t.Nanosecond()/1000, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = digits(buf, line, 1)
		buf = append(buf, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// Output writes the output for a logging event: s after the header, with a newline
// added if s lacks one. calldepth counts the frames to skip to find the caller
// reported by Llongfile/Lshortfile (1: the caller of Output).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	var file string
	var line int
	if l.flag&(Lshortfile|Llongfile) != 0 {
		l.mu.Unlock()
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
		l.mu.Lock()
	}
	buf := l.header(nil, now, file, line)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	return err
}

// Print calls l.Output to print to the logger, with arguments as fmt.Print takes them.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Printf calls l.Output to print to the logger, formatted as fmt.Printf formats.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Println calls l.Output to print to the logger, with arguments as fmt.Println takes them.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is equivalent to l.Print() followed by a call to os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is equivalent to l.Printf() followed by a call to os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is equivalent to l.Println() followed by a call to os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is equivalent to l.Print() followed by a call to panic().
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is equivalent to l.Printf() followed by a call to panic().
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is equivalent to l.Println() followed by a call to panic().
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.Writer() }

// Output writes the output for a logging event on the standard logger.
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// Print prints to the standard logger, with arguments as fmt.Print takes them.
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf prints to the standard logger, formatted as fmt.Printf formats.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println prints to the standard logger, with arguments as fmt.Println takes them.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is equivalent to Print() followed by a call to os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is equivalent to Printf() followed by a call to os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is equivalent to Println() followed by a call to os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is equivalent to Print() followed by a call to panic().
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is equivalent to Printf() followed by a call to panic().
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is equivalent to Println() followed by a call to panic().
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
