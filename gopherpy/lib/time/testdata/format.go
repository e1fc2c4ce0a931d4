package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1500 * time.Millisecond,
		time.Minute + 30*time.Second, 72*time.Hour + 3*time.Minute + 500*time.Millisecond,
		-2 * time.Second, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Minutes(), d.Round(time.Second), d.Truncate(time.Millisecond))
	}
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1.5us", "1µs", "", "1", "3x", ".5s", "1.s", "9223372036854775807ns", "9223372036854775808ns"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday+1; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()

	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822,
		time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		time.DateTime, time.DateOnly, time.TimeOnly, "Monday January 2 2006 _2 __2 002 3pm",
		"2006-01-02T15:04:05.000Z07:00", "15:04:05,999", "Z07 Z0700 Z070000 Z07:00:00 -07 -070000",
		"Janet Monet", "06 1 2 3 4 5"}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+1800),
		time.FixedZone("X", -(3*3600 + 25*60 + 7))}
	for _, z := range zones {
		tz := t.In(z)
		fmt.Println(tz)
		for _, l := range layouts {
			fmt.Println(tz.Format(l))
		}
	}
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro())
	fmt.Printf("%#v\n", t)
	fmt.Println(t.Add(36*time.Hour), t.AddDate(0, 3, 25), t.AddDate(-2010, 0, 0))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Millisecond))
	u := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), u.Before(t), u.Equal(u), u.Compare(t))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Unix(1e9, 0).UTC(), time.Unix(-1, 0).UTC(), time.UnixMilli(1700000000123).UTC())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix())
	fmt.Println(time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))

	for _, c := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339Nano, "2006-01-02T15:04:05.999999999-07:00"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0800"},
		{time.ANSIC, "Thu Feb  4 21:00:57 2010"},
		{time.Kitchen, "3:04PM"},
		{time.DateTime, "2024-02-29 12:00:00"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2023-13-01"},
		{time.DateOnly, "2023-1-01"},
		{time.DateOnly, "2023-01-01 extra"},
		{time.TimeOnly, "25:00:00"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57.012345678"},
		{"Jan _2 2006", "Feb  4 2010"},
		{"January 2, 2006", "february 14, 2015"},
		{"2006-002", "2024-060"},
		{"3:04pm", "12:30am"},
	} {
		pt, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(pt, pt.Unix())
	}
	est := time.FixedZone("EST", -5*3600)
	pt, err := time.ParseInLocation("2006-01-02 15:04", "2020-06-01 10:30", est)
	fmt.Println(pt, err)
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err)
	_, err = time.LoadLocation("No/Such_Zone")
	fmt.Println(err)
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(ny, err)
	fmt.Println(t.In(ny), time.Date(2021, 7, 4, 12, 0, 0, 0, ny), time.Date(2021, 7, 4, 12, 0, 0, 0, ny).UTC())
	name, off := time.Date(2021, 1, 4, 12, 0, 0, 0, ny).Zone()
	fmt.Println(name, off)
}
