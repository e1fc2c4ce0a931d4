package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Minute, -3 * time.Hour, 1<<63 - 1, -1 << 63, 2*time.Hour + 3*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 1234567891 * time.Nanosecond
	fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Second), d.Round(0), d.Abs(), (-d).Abs())
	for _, s := range []string{"1h2m3s", "1.5h", "-2m", "300ms", "1us", "1µs", "2h45m0.5s", "", "1", "1x", "9999999999h", ".5s", "1.s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000", "Mon Jan _2 3:4:5 PM 06 -0700 MST", "02/01/2006 .999 ,000 __2 002", "Z07:00 -07 -07:00:00 Z0700", "January Monday pm"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	loc := time.FixedZone("XYZ", -5*3600-30*60)
	t2 := t.In(loc)
	fmt.Println(t2, t2.Format(time.RFC3339), t2.Format(time.RFC1123Z))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(t.Add(36*time.Hour), t.AddDate(0, 1, -5), t.Sub(t.Add(-time.Minute)), t.After(t2), t.Equal(t2), t.Before(t.Add(1)))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.IsZero(), time.Time{}.IsZero(), time.Time{})
	for _, c := range []struct{ l, v string }{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339Nano, "2006-01-02T15:04:05.999999999-03:30"},
		{"2006-01-02", "2023-02-30"},
		{"2006-01-02", "2023-13-01"},
		{time.Kitchen, "3:04PM"},
		{"Jan 2 2006", "Feb 29 2024"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{"2006-01-02 15:04:05.000", "2023-01-01 10:11:12.345"},
		{time.DateTime, "bogus"},
		{"2006-01-02", "2023-01-01 extra"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
	} {
		pt, err := time.Parse(c.l, c.v)
		fmt.Println(pt, err)
	}
	pt, err := time.ParseInLocation("2006-01-02 15:04", "2020-06-01 12:00", loc)
	fmt.Println(pt, err)
	fmt.Println(time.Unix(1700000000, 5).UTC(), time.UnixMilli(1700000000123).UTC(), time.Unix(0, 0).UTC().Format(time.RFC3339))
	fmt.Println(time.March, time.Saturday, time.Month(13), time.Weekday(8))
	fmt.Printf("%v %s %d %T\n", time.Second, time.Minute, time.Millisecond, time.Second)
	start := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 0, el < time.Second, time.Until(start) <= 0)
	fmt.Println(t.GoString())
	b, _ := t.MarshalText()
	fmt.Println(string(b))
	fmt.Println(t.Compare(t2), t.Compare(t.Add(1)))
	fmt.Println(t.Date())
	fmt.Println(t.Clock())
	fmt.Println(t.Zone())
	fmt.Println(t2.Zone())
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 0, time.UTC))
	fmt.Println(t.AppendFormat([]byte("x:"), time.Kitchen))
	l, err := time.LoadLocation("America/New_York")
	fmt.Println(err, t.In(l), t.In(l).Format(time.RFC822))
}
