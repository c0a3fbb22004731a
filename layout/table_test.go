package layout

import (
	"testing"

	"github.com/briefpress/briefpress/briefs"
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
