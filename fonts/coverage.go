package fonts

import (
	"sort"
	"unicode"

	gotext "github.com/go-text/typesetting/font"
)

// coverage is the set of code points a font maps to glyphs, as sorted,
// non-overlapping, non-adjacent closed ranges. Built once per font from
// its cmap; lookups are a binary search.
type coverage []runeRange

type runeRange struct{ lo, hi rune }

// buildCoverage collects the cmap's code points into ranges.
func buildCoverage(cmap gotext.Cmap) coverage {
	if cmap == nil {
		return nil
	}
	var runes []rune
	it := cmap.Iter()
	for it.Next() {
		r, gid := it.Char()
		if gid != 0 {
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	var cov coverage
	for _, r := range runes {
		if n := len(cov); n > 0 && r <= cov[n-1].hi+1 {
			if r > cov[n-1].hi {
				cov[n-1].hi = r
			}
			continue
		}
		cov = append(cov, runeRange{r, r})
	}
	return cov
}

// contains reports whether r is in the set.
func (c coverage) contains(r rune) bool {
	i := sort.Search(len(c), func(i int) bool { return c[i].hi >= r })
	return i < len(c) && c[i].lo <= r
}

// count returns the number of code points in [lo, hi] that are covered.
func (c coverage) count(lo, hi rune) int {
	n := 0
	i := sort.Search(len(c), func(i int) bool { return c[i].hi >= lo })
	for ; i < len(c) && c[i].lo <= hi; i++ {
		a, b := max(c[i].lo, lo), min(c[i].hi, hi)
		if b >= a {
			n += int(b-a) + 1
		}
	}
	return n
}

// Ignorable reports whether r needs no glyph of its own: controls, format
// characters (ZWJ, ZWNJ, bidi marks and isolates), variation selectors and
// whitespace. Such characters count as covered by every font.
func Ignorable(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return true
	case unicode.IsSpace(r), unicode.Is(unicode.Zs, r):
		return true
	case unicode.Is(unicode.Cf, r): // ZWJ, ZWNJ, LRM, RLM, isolates, soft hyphen…
		return true
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF: // variation selectors
		return true
	}
	return false
}
