package inline

import (
	"slices"
	"testing"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
)

func TestLinksAnchorsNotes(t *testing.T) {
	e := testEngine(t)
	size := 10 * frame.Pt
	spans := []Span{
		{Text: "Read the ", Style: Style{Size: size}, Anchor: "sec-intro"},
		{Text: "full report", Style: Style{Size: size}, Link: "https://example.org/r"},
		{Text: "1", Style: Style{Size: size * 6 / 10, Rise: 3 * frame.Pt}, Note: 1},
		{Text: " and the ", Style: Style{Size: size}},
		{Text: "annex", Style: Style{Size: size}, Link: "#annex", Anchor: "ref-annex"},
		{Text: " today.", Style: Style{Size: size}},
	}
	ln, err := e.Shape(spans, Auto, "en")
	if err != nil {
		t.Fatal(err)
	}
	var links []*frame.Link
	anchors := map[string]frame.Point{}
	var noteRun *frame.GlyphRun
	for _, it := range ln.Items {
		switch v := it.(type) {
		case *frame.Link:
			links = append(links, v)
		case *frame.Anchor:
			anchors[v.Name] = v.Pos
		case *frame.GlyphRun:
			if v.Text == "1" {
				noteRun = v
			}
		}
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"two links", len(links) == 2},
		{"external URI", len(links) > 0 && links[0].URI == "https://example.org/r" && links[0].Dest == ""},
		{"internal dest", len(links) > 1 && links[1].Dest == "annex" && links[1].URI == ""},
		{"link covers the line height", len(links) > 0 && links[0].Rect.Y == -ln.Ascent && links[0].Rect.Height == ln.Ascent+ln.Descent},
		{"link after the anchor start", len(links) > 0 && links[0].Rect.X > anchors["sec-intro"].X && links[0].Rect.Width > 0},
		{"anchor at span start", anchors["sec-intro"].X == 0},
		{"anchor at link start", len(links) > 1 && anchors["ref-annex"].X == links[1].Rect.X},
		{"note number", slices.Equal(ln.Notes, []int{1})},
		{"rise shifts the note up", noteRun != nil && noteRun.Pos.Y == -3*frame.Pt && noteRun.Size == size*6/10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Errorf("failed; links=%+v anchors=%v notes=%v", links, anchors, ln.Notes)
			}
		})
	}
}

func TestClusterRanges(t *testing.T) {
	// Ligatures span all their characters; every glyph's range is a
	// cluster of the run's text.
	e := testEngine(t)
	tests := []struct {
		text, lig string
	}{
		{"office", "ffi"},
		{"fifty", "fi"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ln, err := e.Shape([]Span{span(tt.text)}, Auto, "")
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, r := range runsOf(ln) {
				for _, g := range r.Glyphs {
					if g.Start < 0 || g.End > len(r.Text) || g.Start >= g.End {
						t.Fatalf("bad range %d-%d in %q", g.Start, g.End, r.Text)
					}
					if r.Text[g.Start:g.End] == tt.lig {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("no glyph whose cluster is %q", tt.lig)
			}
		})
	}
}

func TestParsesOnlyUsedFonts(t *testing.T) {
	reg := fonts.NewRegistry()
	e := NewEngine(reg)
	p := &Paragraph{Spans: []Span{span("A brief in English with العربية and ١٢٣ digits.")}, Width: 200 * frame.Pt}
	if _, _, err := e.Layout(p); err != nil {
		t.Fatal(err)
	}
	for _, f := range reg.Fonts() {
		used := f.Name() == "NotoSerif-Regular" || f.Name() == "NotoNaskhArabic-Regular"
		if f.IsParsed() != used {
			t.Errorf("%s parsed=%v, want %v", f.Name(), f.IsParsed(), used)
		}
	}
}

func TestFontFallbackByCoverage(t *testing.T) {
	// Greek is not in Noto Naskh Arabic: with an Arabic Latin family it
	// falls back to a registry font that covers it.
	e := testEngine(t)
	st := Style{Size: 10 * frame.Pt, LatinFamily: "Noto Naskh Arabic"}
	ln, err := e.Shape([]Span{{Text: "αβγ", Style: st}}, LTR, "el")
	if err != nil {
		t.Fatal(err)
	}
	runs := runsOf(ln)
	if len(runs) != 1 || runs[0].Font.Family() != "Noto Serif" {
		t.Fatalf("runs %s: want one Noto Serif run", lineText(ln))
	}
	for _, g := range runs[0].Glyphs {
		if g.ID == 0 {
			t.Error(".notdef glyph after fallback")
		}
	}
}

func TestDeterministic(t *testing.T) {
	paras := longText(t)
	render := func() []Line {
		e := testEngine(t)
		var all []Line
		for _, pt := range paras[:6] {
			lines, _, err := e.Layout(longParagraph(pt[0], pt[1], 250*frame.Pt, Justify))
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, lines...)
		}
		return all
	}
	a, b := render(), render()
	if len(a) != len(b) {
		t.Fatalf("%d vs %d lines", len(a), len(b))
	}
	for i := range a {
		ra, rb := runsOf(a[i]), runsOf(b[i])
		if len(ra) != len(rb) {
			t.Fatalf("line %d: %d vs %d runs", i, len(ra), len(rb))
		}
		for j := range ra {
			if ra[j].Pos != rb[j].Pos || !slices.Equal(ra[j].Glyphs, rb[j].Glyphs) {
				t.Fatalf("line %d run %d differs between runs", i, j)
			}
		}
	}
}
