package layout

import (
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

func TestCellAlign(t *testing.T) {
	sp := func(s string) []inline.Span { return []inline.Span{{Text: s}} }
	tests := []struct {
		name  string
		align briefs.Align
		text  string
		base  inline.Direction
		want  inline.Align
	}{
		{"right, English cell", briefs.AlignRight, "Value", inline.RTL, inline.End},
		{"right, Arabic cell", briefs.AlignRight, "القيمة", inline.LTR, inline.Start},
		{"right, number in Arabic table", briefs.AlignRight, "٤٬٢١٠", inline.RTL, inline.Start},
		{"right, number in English table", briefs.AlignRight, "4,210", inline.LTR, inline.End},
		{"left, Arabic cell", briefs.AlignLeft, "البند", inline.LTR, inline.End},
		{"centre", briefs.AlignCenter, "x", inline.LTR, inline.Center},
		{"default follows the text", briefs.AlignDefault, "البند", inline.LTR, inline.Start},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rtl := resolveDir(sp(tt.text), inline.Auto, tt.base) == inline.RTL
			if got := cellAlign(tt.align, rtl); got != tt.want {
				t.Errorf("cellAlign = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestColumnWidths(t *testing.T) {
	pt := func(v ...int) []frame.Length {
		out := make([]frame.Length, len(v))
		for i, x := range v {
			out[i] = frame.Length(x) * frame.Pt
		}
		return out
	}
	tests := []struct {
		name       string
		nat, least []frame.Length
		width      frame.Length
		want       []frame.Length
	}{
		{"natural widths fit: grow in proportion", pt(100, 100), pt(50, 50), 400 * frame.Pt, pt(200, 200)},
		{"too wide: minimum plus a share of the rest", pt(60, 400), pt(60, 100), 300 * frame.Pt, pt(60, 240)},
		{"even the minimums overflow", pt(300, 300), pt(200, 200), 200 * frame.Pt, pt(100, 100)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := columnWidths(tt.nat, tt.least, tt.width, 0)
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("widths %v, want %v", got, tt.want)
					break
				}
			}
		})
	}
}
