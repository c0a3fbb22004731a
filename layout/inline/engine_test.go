package inline

import (
	"fmt"
	"testing"

	"github.com/briefpress/briefpress/layout/frame"
)

func TestShapeCacheIsBounded(t *testing.T) {
	c := newShapeCache(8)
	for i := range 100 {
		c.put(shapeKey{text: fmt.Sprint(i)}, []unitGlyph{{ID: uint16(i)}})
		if n := len(c.cur) + len(c.old); n > 16 {
			t.Fatalf("cache holds %d entries, bound is 16", n)
		}
	}
	tests := []struct {
		key  string
		want bool
	}{
		{"99", true}, // current generation
		{"90", true}, // previous generation
		{"3", false}, // evicted
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			if _, ok := c.get(shapeKey{text: tt.key}); ok != tt.want {
				t.Errorf("get(%s) = %v, want %v", tt.key, ok, tt.want)
			}
		})
	}
}

func TestEdgeInputs(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name      string
		spans     []Span
		width     frame.Length
		wantLines int
		wantErr   bool
	}{
		{"empty", nil, 100 * frame.Pt, 0, false},
		{"empty spans", []Span{span(""), span("")}, 100 * frame.Pt, 0, false},
		{"invalid utf-8", []Span{span("ok \xff\xfe fine")}, 100 * frame.Pt, 1, false},
		{"only spaces", []Span{span("   ")}, 100 * frame.Pt, 1, false},
		{"zero size defaults to 10pt", []Span{{Text: "text"}}, 100 * frame.Pt, 1, false},
		{"zero measure", []Span{span("text")}, 0, 0, true},
		{"unknown family falls back", []Span{{Text: "text", Style: Style{LatinFamily: "Nope"}}}, 100 * frame.Pt, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, _, err := e.Layout(&Paragraph{Spans: tt.spans, Width: tt.width})
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if len(lines) != tt.wantLines {
				t.Errorf("%d lines, want %d", len(lines), tt.wantLines)
			}
			for _, ln := range lines {
				if ln.Ascent <= 0 {
					t.Errorf("line without height: %+v", ln)
				}
			}
		})
	}
}

func TestShapeNaturalWidth(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name string
		text string
		dir  Direction
	}{
		{"page number", "12", LTR},
		{"arabic header", "تقرير السياسات", Auto},
		{"line feed ignored", "Contents\n", LTR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ln, err := e.Shape([]Span{span(tt.text)}, tt.dir, "")
			if err != nil {
				t.Fatal(err)
			}
			lo, hi := extent(ln)
			if lo != 0 || hi != ln.Width || ln.Width <= 0 {
				t.Errorf("runs span %d..%d, Width %d: want 0..Width > 0", lo, hi, ln.Width)
			}
			for _, r := range runsOf(ln) {
				for _, g := range r.Glyphs {
					if r.Text[g.Start:g.End] == "\n" {
						t.Error("line feed drawn")
					}
				}
			}
		})
	}
}
