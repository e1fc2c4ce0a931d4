// This file implements the queries about a Location's zones (ISO weeks, daylight
// saving time, zone bounds), zones from tz data, and Time's binary encoding.

package time

import "errors"

// ISOWeek returns the ISO 8601 year and week number in which t occurs: weeks start
// on Monday, and week 1 of a year is the one holding its first Thursday, so the
// first days of January may belong to the last week of the year before and the
// last days of December to week 1 of the next year.
func (t Time) ISOWeek() (year, week int) {
	y, _, _, _, _, _, wday, yday, _, _ := fields(t)
	// The Thursday of t's week (Monday-based) decides the year.
	fromMonday := (wday + 6) % 7
	yday += 3 - fromMonday
	if yday < 1 {
		y--
		yday += daysInYear(y)
	} else if n := daysInYear(y); yday > n {
		yday -= n
		y++
	}
	return y, (yday-1)/7 + 1
}

func daysInYear(y int) int {
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 366
	}
	return 365
}

// IsDST reports whether the zone in effect at t, in t's location, is daylight
// saving time.
func (t Time) IsDST() bool { return isDST(t) }

func isDST(t Time) bool

// ZoneBounds returns the bounds of the zone in effect at t: it begins at start and
// its next change is at end, both in t's location. A zone in effect since the
// beginning of time has a zero start, one that never ends a zero end (so UTC and
// fixed zones give two zero Times).
func (t Time) ZoneBounds() (start, end Time) {
	ssec, esec, hasStart, hasEnd := zoneBounds(t)
	if hasStart {
		start = Time{ssec, 0, t.loc, 0}
	}
	if hasEnd {
		end = Time{esec, 0, t.loc, 0}
	}
	return
}

func zoneBounds(t Time) (start, end int64, hasStart, hasEnd bool)

// LoadLocationFromTZData returns a Location with the given name made from the
// contents of a tz database file (TZif format).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	key := loadTZData(name, data)
	if key == "" {
		return nil, errors.New("malformed time zone information")
	}
	return &Location{name: name, kind: 3, zkey: key}, nil
}

// loadTZData parses data and keeps the zone under a new key ("" if malformed).
func loadTZData(name string, data []byte) string

// The versions of the binary encoding: 2 adds the offset's seconds.
const (
	timeBinaryV1 byte = 1
	timeBinaryV2 byte = 2
)

// AppendBinary appends t's binary encoding to b: a version byte, the seconds since
// January 1 of year 1 (8 bytes), the nanoseconds (4 bytes) and the zone's offset in
// minutes east of UTC (2 bytes, -1 for UTC; version 2 adds a byte of seconds). All
// numbers are big-endian. The location's name is not kept.
func (t Time) AppendBinary(b []byte) ([]byte, error) {
	version := timeBinaryV1
	var offMin int16 = -1
	var offSec int8
	if t.Location() != UTC {
		_, off := t.Zone()
		if off%60 != 0 {
			version = timeBinaryV2
			offSec = int8(off % 60)
		}
		m := off / 60
		if m == -1 || m < -1<<15 || m > 1<<15-1 {
			return b, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offMin = int16(m)
	}
	b = append(b, version)
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(t.sec>>shift))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		b = append(b, byte(t.nsec>>shift))
	}
	b = append(b, byte(offMin>>8), byte(offMin))
	if version == timeBinaryV2 {
		b = append(b, byte(offSec))
	}
	return b, nil
}

// MarshalBinary implements the encoding.BinaryMarshaler interface (AppendBinary's
// encoding).
func (t Time) MarshalBinary() ([]byte, error) {
	b, err := t.AppendBinary(make([]byte, 0, 16))
	if err != nil {
		return nil, err
	}
	return b, nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface. The
// location is UTC, Local when the offset is Local's at that instant, and otherwise
// an unnamed fixed zone.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != timeBinaryV1 && version != timeBinaryV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	n := 15
	if version == timeBinaryV2 {
		n = 16
	}
	if len(data) != n {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	var nsec int32
	for _, c := range data[9:13] {
		nsec = nsec<<8 | int32(c)
	}
	off := int(int16(uint16(data[13])<<8|uint16(data[14]))) * 60
	if version == timeBinaryV2 {
		off += int(int8(data[15]))
	}
	*t = Time{sec: sec, nsec: int64(nsec)}
	switch {
	case off == -60:
		t.loc = &utcLoc
	default:
		u := Time{sec: sec, nsec: int64(nsec), loc: Local}
		if _, localOff := u.Zone(); localOff == off {
			t.loc = Local
		} else {
			t.loc = FixedZone("", off)
		}
	}
	return nil
}

// GobEncode implements the gob.GobEncoder interface (MarshalBinary).
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode implements the gob.GobDecoder interface (UnmarshalBinary).
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
