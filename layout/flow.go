package layout

import (
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// textEngine is what layout needs of the text engine; *inline.Engine
// satisfies it, and tests use a fake with predictable metrics.
type textEngine interface {
	Layout(p *inline.Paragraph) ([]inline.Line, []inline.Warning, error)
	Shape(spans []inline.Span, dir inline.Direction, lang string) (inline.Line, error)
}

var _ textEngine = (*inline.Engine)(nil)

// boxKind tells the flow elements apart.
type boxKind uint8

const (
	kBox   boxKind = iota // content of height h
	kGlue                 // vertical space h, dropped at the top of a page
	kBreak                // forced page break
)

// box is one element of the vertical flow. Boxes hold items positioned
// relative to the box's top-left corner at the text area's left edge, so
// they can be placed on any page (the measure is the same on every page).
type box struct {
	kind  boxKind
	h     frame.Length
	items []frame.Item
	notes []int // note numbers referenced in the box
	// keep forbids a page break between this box and the next box.
	keep bool
	// heading is the anchor name of the heading this box starts, to record
	// its page for the table of contents.
	heading string
	// table, when set, is the header row of the table this box is a body
	// row of: it is repeated at the top of a page the table continues on.
	table []box
	// over is how far the line's descent reaches below the box.
	over frame.Length
	// dir is the direction of the line a box holds (Auto for other boxes).
	dir inline.Direction
}

// lineBox wraps one laid-out line at horizontal offset x into a box whose
// height is the line's leading; the baseline sits at the line's ascent plus
// half the leading's spare room, so that consecutive lines are evenly spaced.
func lineBox(ln inline.Line, x frame.Length) box {
	h := ln.Leading
	if h <= 0 {
		h = ln.Ascent + ln.Descent
	}
	base := ln.Ascent + (h-ln.Ascent-ln.Descent)/2
	if base < ln.Ascent {
		base = ln.Ascent
	}
	return box{h: h, items: []frame.Item{&frame.Group{Pos: frame.Point{X: x, Y: base}, Items: ln.Items}}, notes: ln.Notes, dir: ln.Dir,
		over: max(0, base+ln.Descent-h)}
}

// linesToBoxes turns a paragraph's lines into boxes with widow and orphan
// control: no page break after the first line nor before the last, so at
// least two lines of a paragraph stand on each side of a break.
func linesToBoxes(lines []inline.Line, x frame.Length) []box {
	out := make([]box, 0, len(lines))
	n := len(lines)
	for i, ln := range lines {
		b := lineBox(ln, x)
		b.keep = i < n-1 && (i < orphans-1 || i >= n-widows)
		out = append(out, b)
	}
	return out
}

// Widow and orphan minimum line counts.
const (
	widows  = 2
	orphans = 2
)

func glue(h frame.Length) box { return box{kind: kGlue, h: h} }
