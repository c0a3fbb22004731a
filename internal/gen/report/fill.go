package main

import (
	"fmt"
	"strconv"
	"strings"
)

// fill replaces the slots of template t with values drawn from c.rng and
// capitalises an ASCII first letter (a sentence may start with a slot). The
// two years of a sentence are in order and {city2} differs from {city}.
func (c *composer) fill(t string) string {
	cities := cityBank()
	ci := c.rng.IntN(len(cities))
	year := 2012 + c.rng.IntN(9)
	r := strings.NewReplacer(
		"{city}", cities[ci],
		"{city2}", cities[(ci+1+c.rng.IntN(len(cities)-1))%len(cities)],
		"{sector}", pick(c, sectorBank()),
		"{topic}", pick(c, topicBank()),
		"{agency}", pick(c, agencyBank()),
		"{pct}", strconv.Itoa(3+c.rng.IntN(60))+"%",
		"{pct2}", strconv.Itoa(3+c.rng.IntN(60))+"%",
		"{num}", thousands(1200+c.rng.IntN(90000)),
		"{money}", fmt.Sprintf("$%d million", 2+c.rng.IntN(900)),
		"{year}", strconv.Itoa(year),
		"{year2}", strconv.Itoa(year+3+c.rng.IntN(3)),
		"{future}", pick(c, []string{"2030", "2035", "2040", "2050"}),
		"{ratio}", strconv.Itoa(2+c.rng.IntN(5)),
	)
	return sentenceCase(r.Replace(t))
}

// pick returns a random element of list.
func pick(c *composer, list []string) string { return list[c.rng.IntN(len(list))] }

// thousands formats n with comma thousands separators: 12345 -> "12,345".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
