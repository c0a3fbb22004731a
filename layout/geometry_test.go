package layout

import (
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
)

func TestGeometry(t *testing.T) {
	tests := []struct {
		name          string
		spec          briefs.PageSpec
		rtl           bool
		page          int
		wantW, wantH  float64
		wantLeft      float64
		wantOuterLeft bool
	}{
		{"A4 default, page 1 recto binds left", briefs.PageSpec{}, false, 0, a4Width, a4Height, 70, false},
		{"A4 verso binds right", briefs.PageSpec{}, false, 1, a4Width, a4Height, 62, true},
		{"RTL page 1 binds right", briefs.PageSpec{}, true, 0, a4Width, a4Height, 62, true},
		{"RTL verso binds left", briefs.PageSpec{}, true, 1, a4Width, a4Height, 70, false},
		{"Letter with margins", briefs.PageSpec{Width: 612, Height: 792, Top: 54, Bottom: 54, Inner: 90, Outer: 54}, false, 2, 612, 792, 90, false},
		{"custom verso", briefs.PageSpec{Width: 500, Height: 700, Inner: 80, Outer: 40}, false, 3, 500, 700, 40, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGeometry(tt.spec, tt.rtl)
			if g.width != frame.Points(tt.wantW) || g.height != frame.Points(tt.wantH) {
				t.Errorf("size %v×%v, want %v×%v", g.width.Pt(), g.height.Pt(), tt.wantW, tt.wantH)
			}
			if got := g.left(tt.page); got != frame.Points(tt.wantLeft) {
				t.Errorf("left(%d) = %v, want %v", tt.page, got.Pt(), tt.wantLeft)
			}
			if got := g.outerLeft(tt.page); got != tt.wantOuterLeft {
				t.Errorf("outerLeft(%d) = %v, want %v", tt.page, got, tt.wantOuterLeft)
			}
			if g.left(tt.page)+g.measure+(g.width-g.left(tt.page)-g.measure) != g.width || g.measure != g.width-g.inner-g.outer {
				t.Errorf("measure %v does not fill the page between the margins", g.measure.Pt())
			}
		})
	}
}
