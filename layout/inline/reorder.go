package inline

// Reorder stage. In: one line's pieces (item slices in logical order, each
// with one bidi level and its glyphs in visual order). Out: the pieces in
// visual order (UAX #9 L2: from the highest level down to the lowest odd
// level, reverse every maximal sequence at that level or higher).

import (
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/go-text/typesetting/bidi"
)

// piece is the part of an item on one line.
type piece struct {
	it         *item
	start, end int            // rune range
	glyphs     []glyph        // shared with the item (or freshly shaped): read only
	adds       []frame.Length // justification added to each glyph's advance; nil: none
	width      frame.Length
	logical    int // index of the piece in logical order, kept across reorder
}

// advance is glyph i's advance including justification.
func (pc *piece) advance(i int) frame.Length {
	if pc.adds != nil {
		return pc.glyphs[i].advance + pc.adds[i]
	}
	return pc.glyphs[i].advance
}

// measure recomputes pc.width.
func (pc *piece) measure() {
	pc.width = 0
	for i := range pc.glyphs {
		pc.width += pc.advance(i)
	}
}

// reorder permutes pieces (logical order) into visual order in place.
func reorder(pieces []piece) {
	if len(pieces) < 2 {
		return
	}
	var hi bidi.Level
	lo := bidi.Level(127)
	for _, pc := range pieces {
		l := pc.it.level
		hi = max(hi, l)
		if l%2 == 1 {
			lo = min(lo, l)
		}
	}
	for lvl := hi; lvl >= lo && lvl > 0; lvl-- {
		for i := 0; i < len(pieces); {
			if pieces[i].it.level < lvl {
				i++
				continue
			}
			j := i
			for j < len(pieces) && pieces[j].it.level >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				pieces[a], pieces[b] = pieces[b], pieces[a]
			}
			i = j
		}
	}
}
