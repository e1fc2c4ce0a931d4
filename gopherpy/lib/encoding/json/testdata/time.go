// time.Time and time.Duration in JSON: RFC 3339 strings with nanoseconds, Marshal's
// range errors, Unmarshal through time.Parse (offsets of 24 hours or 60 minutes pass),
// map keys, omitzero, and Duration as nanoseconds.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
	Dur  time.Duration
	Opt  *time.Time `json:",omitempty"`
	Z    time.Time  `json:",omitzero"`
}

type Stamp struct{ time.Time }

type Both struct {
	time.Time
	N int
}

func main() {
	st := Stamp{time.Date(2021, 5, 6, 7, 8, 9, 0, time.UTC)}
	b0, err0 := json.Marshal(st)
	fmt.Println(string(b0), err0)
	var st2 Stamp
	fmt.Println(json.Unmarshal([]byte(`"2022-01-01T00:00:00Z"`), &st2), st2)
	fmt.Println(json.Unmarshal([]byte(`{"x":1}`), &st2), st2)
	b0, err0 = json.Marshal(Both{st.Time, 3})
	fmt.Println(string(b0), err0)
	b0, err0 = json.Marshal(Stamp{time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)})
	fmt.Println(string(b0), err0)
	loc := time.FixedZone("X", 5*3600+1800)
	e := Event{"a", time.Date(2024, 3, 5, 10, 20, 30, 123456789, time.UTC), 90 * time.Second, nil, time.Time{}}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	t2 := time.Date(2024, 3, 5, 10, 20, 30, 0, loc)
	e.Opt = &t2
	b, err = json.Marshal(e)
	fmt.Println(string(b), err)
	var back Event
	fmt.Println(json.Unmarshal(b, &back), back.At.Equal(e.At), back.Opt.Equal(t2), back.Dur, back.At, *back.Opt)
	b, err = json.Marshal(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(string(b), err)
	b, err = json.Marshal(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[time.Time]int{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC): 1})
	fmt.Println(string(b), err)
	var t time.Time
	for _, s := range []string{`"2024-01-02T03:04:05Z"`, `"2024-01-02T03:04:05.5+01:00"`, `"2024-01-02"`, `"2024-01-02T3:04:05Z"`,
		`"2024-01-02T03:04:05,5Z"`, `"2024-01-02T03:04:05+25:00"`, `"2024-01-02T03:04:05+01:60"`, `12`, `null`, `{}`} {
		err := json.Unmarshal([]byte(s), &t)
		fmt.Printf("%s: %v %T %v\n", s, t, err, err)
	}
	var m map[string]time.Time
	fmt.Println(json.Unmarshal([]byte(`{"a":"2001-02-03T04:05:06Z","b":"bad"}`), &m), m)
	for _, s := range []string{"2024-01-02T03:04:05+24:00", "2024-01-02T03:04:05-00:60", "2024-01-02T03:04:05+24:61"} {
		t, err := time.Parse(time.RFC3339, s)
		fmt.Println(t, err)
	}
	var d time.Duration
	fmt.Println(json.Unmarshal([]byte(`1500000000`), &d), d)
	fmt.Println(json.Unmarshal([]byte(`"1s"`), &d), d)
}
