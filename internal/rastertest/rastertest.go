// Package rastertest draws glyph runs into a vector rasteriser, so that
// tests can look at (and check the ink of) laid-out text without a PDF
// renderer. It is used by tests only.
package rastertest

import (
	gotext "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"golang.org/x/image/vector"

	"github.com/briefpress/briefpress/layout/frame"
)

// GlyphRun adds the outlines of run's glyphs to ras, with the run's baseline
// origin at (x, y) pixels and px pixels per point. face must be made from
// run.Font.Outlines() (the shaping font carries no outlines).
func GlyphRun(ras *vector.Rasterizer, face *gotext.Face, run *frame.GlyphRun, x, y, px float32) {
	upem := float32(face.Upem())
	k := float32(run.Size.Pt()) * px / upem
	for _, g := range run.Glyphs {
		ol, ok := face.GlyphData(gotext.GID(g.ID)).(gotext.GlyphOutline)
		gx := x + float32(g.XOffset.Pt())*px
		gy := y - float32(g.YOffset.Pt())*px
		if ok {
			for _, s := range ol.Segments {
				p := func(i int) (float32, float32) { return gx + s.Args[i].X*k, gy - s.Args[i].Y*k }
				switch s.Op {
				case ot.SegmentOpMoveTo:
					ras.MoveTo(p(0))
				case ot.SegmentOpLineTo:
					ras.LineTo(p(0))
				case ot.SegmentOpQuadTo:
					ax, ay := p(0)
					bx, by := p(1)
					ras.QuadTo(ax, ay, bx, by)
				case ot.SegmentOpCubeTo:
					ax, ay := p(0)
					bx, by := p(1)
					cx, cy := p(2)
					ras.CubeTo(ax, ay, bx, by, cx, cy)
				}
			}
			ras.ClosePath()
		}
		x += float32(g.Advance.Pt()) * px
	}
}
