package layout

import (
	"github.com/briefpress/briefpress/briefs"
	"math"

	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
	gotext "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
)

// watermark draws DRAFT (مسودة in Arabic briefs) large and light grey at
// 30% opacity along the page diagonal, rising from bottom left to top
// right. The frame has no text rotation, so the word is shaped as usual
// and its glyph outlines are rotated into one filled Shape path; it is
// therefore not selectable text, as a watermark should not be.
func (b *builder) watermark() []frame.Item {
	st := inline.Style{LatinFamily: familySans, ArabicFamily: familyKufi, Bold: true, Size: frame.Points(150), Color: frame.Color{R: 0xA0, G: 0xA0, B: 0xA0}}
	word := briefs.TermsFor(b.t.lang).Draft
	ln, err := b.eng.Shape([]inline.Span{{Text: word, Style: st}}, inline.Auto, b.t.lang)
	if err != nil {
		b.err = err
		return nil
	}
	angle := -math.Atan2(b.g.height.Pt(), b.g.width.Pt()) // y down: negative rises
	sin, cos := math.Sin(angle), math.Cos(angle)
	// Centre of the word (origin on the baseline at its left) on the page centre.
	cx, cy := ln.Width.Pt()/2, -st.Size.Pt()*0.36
	px, py := b.g.width.Pt()/2, b.g.height.Pt()/2
	tr := func(x, y float64) frame.Point {
		x, y = x-cx, y-cy
		return frame.Point{X: frame.Points(px + x*cos - y*sin), Y: frame.Points(py + x*sin + y*cos)}
	}
	var path frame.Path
	for _, it := range ln.Items {
		r, ok := it.(*frame.GlyphRun)
		if !ok || r.Font == nil {
			continue
		}
		f, err := r.Font.Outlines()
		if err != nil {
			b.err = err
			return nil
		}
		face := gotext.NewFace(f)
		m, err := r.Font.Metrics()
		if err != nil || m.UnitsPerEm == 0 {
			continue
		}
		k := r.Size.Pt() / float64(m.UnitsPerEm)
		x := r.Pos.X.Pt()
		for _, g := range r.Glyphs {
			ol, ok := face.GlyphData(gotext.GID(g.ID)).(gotext.GlyphOutline)
			gx, gy := x+g.XOffset.Pt(), r.Pos.Y.Pt()-g.YOffset.Pt()
			if ok {
				path = appendOutline(path, ol, func(p ot.SegmentPoint) frame.Point {
					return tr(gx+float64(p.X)*k, gy-float64(p.Y)*k)
				})
			}
			x += g.Advance.Pt()
		}
	}
	if len(path) == 0 {
		return nil
	}
	return []frame.Item{&frame.Shape{Path: path, Fill: &st.Color, Opacity: 0.3}}
}

// appendOutline adds a glyph outline to path, mapping font points with
// at; quadratic segments become the equivalent cubics.
func appendOutline(path frame.Path, ol gotext.GlyphOutline, at func(ot.SegmentPoint) frame.Point) frame.Path {
	var cur ot.SegmentPoint
	open := false
	for _, s := range ol.Segments {
		switch s.Op {
		case ot.SegmentOpMoveTo:
			if open {
				path = append(path, frame.Segment{Op: frame.Close})
			}
			path = append(path, frame.Segment{Op: frame.MoveTo, Pts: [3]frame.Point{at(s.Args[0])}})
			cur, open = s.Args[0], true
		case ot.SegmentOpLineTo:
			path = append(path, frame.Segment{Op: frame.LineTo, Pts: [3]frame.Point{at(s.Args[0])}})
			cur = s.Args[0]
		case ot.SegmentOpQuadTo:
			q, e := s.Args[0], s.Args[1]
			c1 := ot.SegmentPoint{X: cur.X + 2.0/3*(q.X-cur.X), Y: cur.Y + 2.0/3*(q.Y-cur.Y)}
			c2 := ot.SegmentPoint{X: e.X + 2.0/3*(q.X-e.X), Y: e.Y + 2.0/3*(q.Y-e.Y)}
			path = append(path, frame.Segment{Op: frame.CubicTo, Pts: [3]frame.Point{at(c1), at(c2), at(e)}})
			cur = e
		case ot.SegmentOpCubeTo:
			path = append(path, frame.Segment{Op: frame.CubicTo, Pts: [3]frame.Point{at(s.Args[0]), at(s.Args[1]), at(s.Args[2])}})
			cur = s.Args[2]
		}
	}
	if open {
		path = append(path, frame.Segment{Op: frame.Close})
	}
	return path
}
