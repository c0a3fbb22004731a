package inline

// Direction stage. In: the paragraph's runes and its Dir/Base. Out: the
// resolved paragraph direction (UAX #9 P2/P3: the first strong character,
// skipping isolates) and one bidi level per rune (go-text bidi).

import (
	"unicode"

	"github.com/go-text/typesetting/bidi"
)

// strongClass returns +1 for a strong left-to-right character (bidi class
// L), -1 for a strong right-to-left one (R or AL), 0 for the rest.
func strongClass(r rune) int {
	switch r {
	case 0x200E: // LRM
		return 1
	case 0x200F, 0x061C: // RLM, ALM
		return -1
	}
	if !unicode.IsLetter(r) && !unicode.Is(unicode.Mc, r) {
		return 0
	}
	if isRTLBlock(r) {
		return -1
	}
	return 1
}

// isRTLBlock reports whether r lies in a block of right-to-left scripts
// (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, their
// extensions and presentation forms, and the supplementary RTL blocks).
func isRTLBlock(r rune) bool {
	switch {
	case r >= 0x0590 && r <= 0x08FF,
		r >= 0xFB1D && r <= 0xFDFF,
		r >= 0xFE70 && r <= 0xFEFF,
		r >= 0x10800 && r <= 0x10FFF,
		r >= 0x1E800 && r <= 0x1EFFF:
		return true
	}
	return false
}

// firstStrong returns the direction of the first strong character outside
// isolates (U+2066–U+2069), or Auto when there is none.
func firstStrong(text []rune) Direction {
	depth := 0
	for _, r := range text {
		switch r {
		case 0x2066, 0x2067, 0x2068: // LRI, RLI, FSI
			depth++
			continue
		case 0x2069: // PDI
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth > 0 {
			continue
		}
		switch strongClass(r) {
		case 1:
			return LTR
		case -1:
			return RTL
		}
	}
	return Auto
}

// resolveDir returns dir, or for Auto the first strong direction of text,
// falling back to base and then to LTR.
func resolveDir(dir, base Direction, text []rune) Direction {
	if dir == LTR || dir == RTL {
		return dir
	}
	if d := firstStrong(text); d != Auto {
		return d
	}
	if base == RTL {
		return RTL
	}
	return LTR
}

// bidiLevels fills levels (one per rune) with the UAX #9 embedding levels of
// text in a paragraph of direction dir. Line feeds (forced line breaks) are
// given to the bidi algorithm as U+2028 LINE SEPARATOR, so that they do not
// end the bidi paragraph.
func (s *state) bidiLevels(text []rune, dir Direction, levels []bidi.Level) {
	buf := make([]rune, len(text))
	for i, r := range text {
		if r == '\n' {
			r = 0x2028
		}
		buf[i] = r
	}
	d := bidi.LeftToRight
	if dir == RTL {
		d = bidi.RightToLeft
	}
	runs := s.bidi.Segment(buf, d)
	for i := 0; i < runs.NumRuns(); i++ {
		run := runs.Run(i)
		for j := run.Start; j < run.End && j < len(levels); j++ {
			levels[j] = run.Level
		}
	}
	exactLevels(text, dir, levels) // go-text's runs keep only the parity
}
