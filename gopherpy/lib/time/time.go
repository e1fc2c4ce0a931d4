// Package time provides functionality for measuring and displaying time.
//
// gopherpy: Duration, Month and Weekday are Go; calendar arithmetic, formatting,
// parsing, zones and the clock are natives (native.py). A Time holds seconds since
// January 1 of year 1 UTC, nanoseconds, a *Location (nil means UTC) and an optional
// monotonic reading. Sleep, Timer, Ticker, After, AfterFunc and Tick are the
// goroutine runtime's timers (gopherpy/runtime/timer.py) with Go 1.23 semantics.
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	return string(b[i:])
}

// fixed formats u/10^prec with the fraction's trailing zeros (and a bare point) dropped.
func fixed(u uint64, prec int) string {
	p := uint64(1)
	for i := 0; i < prec; i++ {
		p *= 10
	}
	s := utoa(u / p)
	f := u % p
	if f == 0 {
		return s
	}
	var b [20]byte
	n := prec
	for i := prec - 1; i >= 0; i-- {
		b[i] = byte('0' + f%10)
		f /= 10
	}
	for n > 0 && b[n-1] == '0' {
		n--
	}
	return s + "." + string(b[:n])
}

// String returns a string representing the duration in the form "72h3m0.5s".
// Durations under a second use a smaller unit ("1.5µs", "100ms"); zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	switch {
	case u < uint64(Microsecond):
		s = utoa(u) + "ns"
	case u < uint64(Millisecond):
		s = fixed(u, 3) + "µs"
	case u < uint64(Second):
		s = fixed(u, 6) + "ms"
	default:
		secs := u / uint64(Second)
		h := secs / 3600
		m := secs / 60 % 60
		if h > 0 {
			s = utoa(h) + "h"
		}
		if h > 0 || m > 0 {
			s += utoa(m) + "m"
		}
		s += fixed(secs%60*uint64(Second)+u%uint64(Second), 9) + "s"
	}
	if neg {
		s = "-" + s
	}
	return s
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values away from
// zero, saturating at the int64 limits.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d; the most negative value becomes the most positive.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
// Valid units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return Duration(d), nil
}

func parseDuration(s string) (int64, string)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

func itoa(i int) string {
	if i < 0 {
		return "-" + utoa(uint64(-i))
	}
	return utoa(uint64(i))
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	kind   int // 0 UTC, 1 fixed offset, 2 local, 3 named (IANA database)
	offset int    // seconds east of UTC, for fixed zones
	zkey   string // for kind 3: the zone's key in the natives' cache when not name (LoadLocationFromTZData)
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local", kind: 2}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, kind: 1, offset: offset}
}

// LoadLocation returns the Location with the given name ("", "UTC", "Local" or
// an IANA Time Zone database name such as "America/New_York").
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if msg := checkZone(name); msg != "" {
		return nil, errors.New(msg)
	}
	return &Location{name: name, kind: 3}, nil
}

func checkZone(name string) string

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int64 // [0, 999999999]
	loc  *Location
	mono int64 // monotonic clock reading in ns + 1 (0: none)
}

const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func now() (sec int64, nsec int64, mono int64)

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec + unixToInternal, nsec, Local, mono + 1}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, nsec, Local, 0}
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in
// the appropriate zone for that time in the given location. Out-of-range values
// are normalized. It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	s, ns := dateToAbs(year, int(month), day, hour, min, sec, nsec, loc)
	return Time{s, ns, loc, 0}
}

func dateToAbs(year, month, day, hour, min, sec, nsec int, loc *Location) (int64, int64)

// fields returns the civil fields of t in its location:
// year, month, day, hour, minute, second, weekday, yearday, zone name, offset.
func fields(t Time) (year, month, day, hour, min, sec, wday, yday int, zone string, offset int)

func (t Time) Unix() int64      { return t.sec - unixToInternal }
func (t Time) UnixNano() int64  { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) Year() int {
	y, _, _, _, _, _, _, _, _, _ := fields(t)
	return y
}

func (t Time) Month() Month {
	_, m, _, _, _, _, _, _, _, _ := fields(t)
	return Month(m)
}

func (t Time) Day() int {
	_, _, d, _, _, _, _, _, _, _ := fields(t)
	return d
}

func (t Time) Hour() int {
	_, _, _, h, _, _, _, _, _, _ := fields(t)
	return h
}

func (t Time) Minute() int {
	_, _, _, _, m, _, _, _, _, _ := fields(t)
	return m
}

func (t Time) Second() int {
	_, _, _, _, _, s, _, _, _, _ := fields(t)
	return s
}

func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, w, _, _, _ := fields(t)
	return Weekday(w)
}

func (t Time) YearDay() int {
	_, _, _, _, _, _, _, yd, _, _ := fields(t)
	return yd
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _, _, _ := fields(t)
	return y, Month(m), d
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, mi, s, _, _, _, _ := fields(t)
	return h, mi, s
}

// Zone computes the time zone in effect at time t: its abbreviation and offset.
func (t Time) Zone() (name string, offset int) {
	_, _, _, _, _, _, _, _, z, off := fields(t)
	return z, off
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) UTC() Time          { return Time{t.sec, t.nsec, &utcLoc, t.mono} }
func (t Time) Local() Time        { return Time{t.sec, t.nsec, Local, t.mono} }
func (t Time) IsZero() bool       { return t.sec == 0 && t.nsec == 0 }
func (t Time) After(u Time) bool  { return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec }
func (t Time) Before(u Time) bool { return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec }
func (t Time) Equal(u Time) bool  { return t.sec == u.sec && t.nsec == u.nsec }
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// In returns a copy of t representing the same instant in location loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return Time{t.sec, t.nsec, loc, t.mono}
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	mono := t.mono
	if mono != 0 {
		mono += int64(d)
	}
	return Time{t.sec + dsec, nsec, t.loc, mono}
}

// Sub returns the duration t-u, saturating at the Duration limits.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// AddDate returns the time corresponding to adding the given number of years,
// months, and days to t (normalized as Date does).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Truncate returns t rounded down to a multiple of d since the zero time.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

// Round returns t rounded to the nearest multiple of d since the zero time
// (halfway values round up).
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

func div(t Time, d Duration) (qmod2 int, r Duration) {
	q, rem := divNative(t.sec, t.nsec, int64(d))
	return q, Duration(rem)
}

func divNative(sec, nsec, d int64) (int, int64)

// Format returns a textual representation of the time value formatted according
// to the layout defined by the argument (see the package constants).
func (t Time) Format(layout string) string {
	return format(t, layout)
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, format(t, layout)...)
}

func format(t Time, layout string) string

// appendStrictRFC3339 appends t in RFC 3339 with nanoseconds, failing (after
// appending) for what RFC 3339 cannot express: a year outside [0,9999], a zone
// offset of 24 hours or more.
func (t Time) appendStrictRFC3339(b []byte) ([]byte, error) {
	s := format(t, RFC3339Nano)
	b = append(b, s...)
	if len(s) < 5 || s[4] != '-' {
		return b, errors.New("year outside of range [0,9999]")
	}
	if n := len(s); s[n-1] != 'Z' {
		if c := s[n-6]; '0' <= c && c <= '9' || (s[n-5]-'0')*10+(s[n-4]-'0') >= 24 {
			return b, errors.New("timezone hour outside of range [0,23]")
		}
	}
	return b, nil
}

// MarshalJSON implements the encoding/json.Marshaler interface: a quoted RFC 3339
// string with sub-second precision.
func (t Time) MarshalJSON() ([]byte, error) {
	b, err := t.appendStrictRFC3339(append(make([]byte, 0, len(RFC3339Nano)+2), '"'))
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return append(b, '"'), nil
}

// UnmarshalJSON implements the encoding/json.Unmarshaler interface: a quoted RFC
// 3339 string; null is a no-op.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, string(data[1:len(data)-1]))
	return err
}

// AppendText implements the encoding.TextAppender interface (RFC 3339 with
// sub-second precision).
func (t Time) AppendText(b []byte) ([]byte, error) {
	out, err := t.appendStrictRFC3339(b)
	if err != nil {
		return nil, errors.New("Time.AppendText: " + err.Error())
	}
	return out, nil
}

// MarshalText implements the encoding.TextMarshaler interface (RFC 3339 with
// sub-second precision).
func (t Time) MarshalText() ([]byte, error) {
	b, err := t.appendStrictRFC3339(make([]byte, 0, len(RFC3339Nano)))
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return b, nil
}

// UnmarshalText implements the encoding.TextUnmarshaler interface: an RFC 3339
// string (go1.27 leaves its strict checks off, so this is Parse(RFC3339, ...)).
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// String returns the time formatted using "2006-01-02 15:04:05.999999999 -0700 MST",
// followed by the monotonic clock reading (" m=±<value>") if t has one.
func (t Time) String() string {
	s := format(t, "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		s += monoString(t.mono - 1)
	}
	return s
}

func monoString(m int64) string

// GoString implements fmt.GoStringer.
func (t Time) GoString() string { return goString(t) }

func goString(t Time) string

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

func quote(s string) string

// Parse parses a formatted string and returns the time value it represents.
func Parse(layout, value string) (Time, error) {
	return ParseInLocation(layout, value, UTC)
}

// ParseInLocation is like Parse but interprets a time without zone information
// in the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	sec, nsec, zkind, zname, zoff, elem, velem, msg := parse(layout, value, loc)
	if elem != "" || velem != "" || msg != "" {
		return Time{}, &ParseError{layout, value, elem, velem, msg}
	}
	switch zkind {
	case 0: // no zone in the value: loc
		return Time{sec, nsec, loc, 0}, nil
	case 1: // UTC
		return Time{sec, nsec, UTC, 0}, nil
	}
	// an offset (and maybe a name) from the value: use loc if it agrees
	if loc.kind == 2 || loc.kind == 3 {
		if name, off := (Time{sec, nsec, loc, 0}).Zone(); off == zoff && (zname == "" || name == zname) {
			return Time{sec, nsec, loc, 0}, nil
		}
	}
	return Time{sec, nsec, FixedZone(zname, zoff), 0}, nil
}

func parse(layout, value string, loc *Location) (sec, nsec int64, zkind int, zname string, zoff int, elem, velem, msg string)

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// The Timer type represents a single event. When the Timer expires, the current
// time is sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r any // the runtime timer
}

// NewTimer creates a new Timer that will send the current time on its channel after
// at least duration d.
func NewTimer(d Duration) *Timer

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool

// Reset changes the timer to expire after duration d. It returns true if the timer
// had been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool

// After waits for the duration to elapse and then sends the current time on the
// returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r any
}

// NewTicker returns a new Ticker containing a channel that will send the current
// time on the channel after each tick. It panics if d <= 0.
func NewTicker(d Duration) *Ticker

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop()

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration)

// Tick is a convenience wrapper for NewTicker providing access to the ticking
// channel only. It returns nil if d <= 0.
func Tick(d Duration) <-chan Time

// Layouts for Format and Parse.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)
