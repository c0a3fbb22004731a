package inline

// Break-list stage. In: the shaped paragraph (per-rune advances) and the
// UAX #14 break opportunities from go-text segmenter. Out: the Knuth–Plass
// item list: boxes (words), glue (the spaces before an opportunity, with
// stretch 1/2 and shrink 1/3 of their width), penalties (opportunities
// after hyphens, slashes and the like) and forced breaks (line feeds and
// the paragraph end, preceded by infinitely stretchable glue).

import "github.com/briefpress/briefpress/layout/frame"

type elemKind uint8

const (
	boxElem elemKind = iota
	glueElem
	penaltyElem
)

// Penalty values, as in TeX.
const (
	forcedBreak   = -10000 // a break that must happen
	infPenalty    = 10000  // a break that may not happen
	hyphenPenalty = 50     // \exhyphenpenalty: break after an explicit hyphen
	otherPenalty  = 100    // break at another opportunity (after a slash…)
)

// elem is one Knuth–Plass item. For glue and penalties, which are the
// legal breakpoints, end is the rune where a line broken here ends
// (trailing spaces excluded) and next the rune where the next line starts.
type elem struct {
	kind    elemKind
	width   frame.Length
	stretch frame.Length
	shrink  frame.Length
	fill    bool // infinitely stretchable (before a forced break)
	penalty int
	flagged bool // a break after a hyphen
	end     int
	next    int
}

// isBreakSpace reports whether r is a space that becomes glue at a break
// opportunity (line feed included; no-break spaces are not).
func isBreakSpace(r rune) bool {
	switch {
	case r == ' ', r == '\t', r == '\n', r == 0x1680, r == 0x2028, r == 0x205F, r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200A && r != 0x2007:
		return true
	}
	return false
}

func isHyphen(r rune) bool {
	return r == '-' || r == 0x2010 || r == 0x2012 || r == 0x2013 || r == 0x00AD
}

// sumAdv returns the total advance of runes [a, b).
func (p *para) sumAdv(a, b int) frame.Length {
	var w frame.Length
	for _, x := range p.adv[a:b] {
		w += x
	}
	return w
}

// breakList builds the Knuth–Plass items of p. Glue shrinks only when the
// lines will be justified; ragged lines are set at their natural width.
func (s *state) breakList(p *para, canShrink bool) []elem {
	var list []elem
	s.seg.Init(p.runes)
	it := s.seg.LineIterator()
	for it.Next() {
		ln := it.Line()
		start, e := ln.Offset, ln.Offset+len(ln.Text)
		ws := e
		for ws > start && isBreakSpace(p.runes[ws-1]) {
			ws--
		}
		if ws > start {
			list = append(list, elem{kind: boxElem, width: p.sumAdv(start, ws)})
		}
		switch {
		case e >= len(p.runes) || ln.IsMandatoryBreak:
			list = append(list,
				elem{kind: penaltyElem, penalty: infPenalty},
				elem{kind: glueElem, fill: true, end: ws, next: e},
				elem{kind: penaltyElem, penalty: forcedBreak, end: ws, next: e})
		case ws < e:
			w := p.sumAdv(ws, e)
			g := elem{kind: glueElem, width: w, stretch: w / 2, end: ws, next: e}
			if canShrink {
				g.shrink = w / 3
			}
			list = append(list, g)
		case noBreakAfterSlash(p.runes, e):
			// No opportunity: the boxes on either side join.
		default:
			pen, fl := otherPenalty, false
			if isHyphen(p.runes[e-1]) {
				pen, fl = hyphenPenalty, true
			}
			list = append(list, elem{kind: penaltyElem, penalty: pen, flagged: fl, end: e, next: e})
		}
	}
	return list
}

// noBreakAfterSlash reports a UAX #14 opportunity after a slash that we
// refuse: inside "//" (a URL's "https://" would otherwise end a line, the
// address continuing on the next).
func noBreakAfterSlash(runes []rune, e int) bool {
	if e < 1 || runes[e-1] != '/' {
		return false
	}
	return e >= 2 && runes[e-2] == '/' || e < len(runes) && runes[e] == '/'
}
