package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	for _, d := range []string{"2020-12-31", "2021-01-01", "2021-01-03", "2021-01-04", "2024-12-30", "2026-12-31", "2027-01-01", "2015-12-31", "2016-01-03", "2008-12-29", "0001-01-01"} {
		t, _ := time.Parse(time.DateOnly, d)
		y, w := t.ISOWeek()
		fmt.Println(d, t.Weekday(), y, w)
	}
	ny, _ := time.LoadLocation("America/New_York")
	t := time.Date(2023, 7, 1, 12, 0, 0, 0, ny)
	fmt.Println(t.IsDST(), t.AddDate(0, 6, 0).IsDST(), time.Now().UTC().IsDST())
	s, e := t.ZoneBounds()
	fmt.Println(s, e)
	s, e = t.AddDate(0, 6, 0).ZoneBounds()
	fmt.Println(s, e)
	s, e = time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC).ZoneBounds()
	fmt.Println(s, e, s.IsZero())
	for _, y := range []int{1800, 1900, 2037, 2100, 3000} {
		s, e = time.Date(y, 8, 1, 0, 0, 0, 0, ny).ZoneBounds()
		fmt.Println(y, s, e, time.Date(y, 8, 1, 0, 0, 0, 0, ny).IsDST())
	}
	tk, _ := time.LoadLocation("Asia/Tokyo")
	s, e = time.Date(2023, 7, 1, 0, 0, 0, 0, tk).ZoneBounds()
	fmt.Println(s, e)
	for _, tt := range []time.Time{t, t.UTC(), time.Date(2000, 1, 1, 0, 0, 0, 5, time.FixedZone("X", 3600+30)), time.Date(2000, 1, 1, 0, 0, 0, 5, time.FixedZone("Y", -7200)), {}} {
		b, err := tt.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		fmt.Println(u, err, u.Equal(tt))
		g, _ := tt.GobEncode()
		fmt.Println(len(g), string(tt.AppendFormat(nil, time.RFC3339)))
		ab, _ := tt.AppendBinary([]byte{9})
		fmt.Println(len(ab))
	}
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2}))
	data, err := os.ReadFile("/usr/share/zoneinfo/Europe/Paris")
	if err == nil {
		loc, err := time.LoadLocationFromTZData("Paris", data)
		fmt.Println(loc, err)
		x := time.Date(2022, 3, 27, 1, 30, 0, 0, loc)
		fmt.Println(x, x.Add(time.Hour), x.IsDST(), x.Add(time.Hour).IsDST())
	}
	_, err = time.LoadLocationFromTZData("bad", []byte("nope"))
	fmt.Println(err)
}
