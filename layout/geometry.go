package layout

import (
	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
)

// geometry is the page model: the page size, the margins and the text area.
// Pages are numbered by their index in the document; index 0 (the cover) is
// a right-hand page, so even indices are recto and odd indices verso. The
// inner margin is the binding side: left on a recto page of a left-to-right
// document, and on the other side when the document binds on the right (RTL).
type geometry struct {
	width, height             frame.Length
	top, bottom, inner, outer frame.Length
	rtl                       bool         // binding on the right: the whole page mirrored
	header, footer            frame.Length // baselines of the running header and footer, from the top
	measure, textHeight       frame.Length // text area
}

// A4 in points; Letter is 612 × 792.
const (
	a4Width  = 595.276
	a4Height = 841.89
)

func newGeometry(p briefs.PageSpec, rtl bool) geometry {
	w, h := p.Width, p.Height
	if w <= 0 || h <= 0 {
		w, h = a4Width, a4Height
	}
	def := func(v, d float64) frame.Length {
		if v <= 0 {
			return frame.Points(d)
		}
		return frame.Points(v)
	}
	g := geometry{
		width: frame.Points(w), height: frame.Points(h),
		top: def(p.Top, 72), bottom: def(p.Bottom, 72),
		inner: def(p.Inner, 70), outer: def(p.Outer, 62),
		rtl: rtl,
	}
	g.measure = g.width - g.inner - g.outer
	g.textHeight = g.height - g.top - g.bottom
	g.header = g.top * 55 / 100
	g.footer = g.height - g.bottom*45/100
	return g
}

// recto reports whether page index i is a right-hand page (binding edge on
// its left in a left-to-right book).
func recto(i int) bool { return i%2 == 0 }

// left returns the x of the text area's left edge on page index i.
func (g geometry) left(i int) frame.Length {
	if !g.outerLeft(i) { // LTR recto and RTL verso bind on the left
		return g.inner
	}
	return g.outer
}

// outerLeft reports whether the outer edge of page i is on the left.
func (g geometry) outerLeft(i int) bool { return recto(i) == g.rtl }
