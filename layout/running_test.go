package layout

import (
	"strings"
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
)

// TestRunningHeadsOuterEdge checks that the header and footer stand on the
// outer edge of each page: right on a recto and left on a verso in a
// left-to-right document, the other way round in a right-to-left one.
func TestRunningHeadsOuterEdge(t *testing.T) {
	tests := []struct {
		name      string
		rtl       bool
		page      int
		wantRight bool
	}{
		{"ltr recto", false, 2, true},
		{"ltr verso", false, 3, false},
		{"rtl recto", true, 2, false},
		{"rtl verso", true, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &briefs.Document{Meta: briefs.Meta{Lang: "en"}}
			th := newTheme(doc, &briefs.Brand{}, nil)
			g := newGeometry(briefs.PageSpec{}, tt.rtl)
			b := &builder{eng: fakeEngine{}, t: &th, g: g, brand: &briefs.Brand{}}
			items := b.running(tt.page, "Head", "Foot")
			seen := 0
			runs(items, 0, 0, func(r *frame.GlyphRun, x, y frame.Length) {
				seen++
				var w frame.Length
				for _, gl := range r.Glyphs {
					w += gl.Advance
				}
				left, right := g.left(tt.page), g.left(tt.page)+g.measure
				gotRight := x+w == right
				if gotRight != tt.wantRight || (!gotRight && x != left) {
					t.Errorf("%q at %v–%v, want flush %s in %v–%v", r.Text, x.Pt(), (x + w).Pt(), map[bool]string{true: "right", false: "left"}[tt.wantRight], left.Pt(), right.Pt())
				}
			})
			if seen != 2 {
				t.Errorf("%d runs, want header and footer", seen)
			}
		})
	}
}

func TestRunningHeadShortened(t *testing.T) {
	doc := &briefs.Document{Meta: briefs.Meta{Lang: "en"}}
	th := newTheme(doc, &briefs.Brand{}, nil)
	b := &builder{eng: fakeEngine{}, t: &th, g: newGeometry(briefs.PageSpec{}, false), brand: &briefs.Brand{}}
	long := strings.Repeat("word ", 80)
	ln, err := b.fitLine(long, 100*frame.Pt)
	if err != nil {
		t.Fatal(err)
	}
	var text string
	runs(ln.Items, 0, 0, func(r *frame.GlyphRun, x, y frame.Length) { text += r.Text })
	if ln.Width > 100*frame.Pt || !strings.HasSuffix(text, "…") {
		t.Errorf("head %q is %v pt wide, want at most 100 pt ending in an ellipsis", text, ln.Width.Pt())
	}
	short, _ := b.fitLine("Short", 100*frame.Pt)
	if short.Width > 100*frame.Pt || short.Width == 0 {
		t.Errorf("short head width %v", short.Width.Pt())
	}
}
