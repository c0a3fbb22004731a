package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/layout/frame"
)

func TestWidthArray(t *testing.T) {
	tests := []struct {
		name string
		w    []float64
		want string
	}{
		{"notdef only", []float64{500}, "[]"},
		{"list", []float64{0, 250, 600.5, 300}, "[1 [250 600.5 300]]"},
		{"run", []float64{0, 500, 500, 500, 500}, "[1 4 500]"},
		{"list then run", []float64{0, 250, 300, 500, 500, 500, 320}, "[1 [250 300] 3 5 500 6 [320]]"},
		{"short repeats stay in the list", []float64{0, 500, 500, 300}, "[1 [500 500 300]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := widthArray(tt.w); got != tt.want {
				t.Errorf("widthArray(%v) = %s, want %s", tt.w, got, tt.want)
			}
		})
	}
}

func TestGlyphTexts(t *testing.T) {
	cmap := func(r rune) uint16 { // a toy cmap: 'a'→1, 'b'→2, U+064E fatha→9
		switch r {
		case 'a':
			return 1
		case 'b':
			return 2
		case 'َ':
			return 9
		}
		return 0
	}
	tests := []struct {
		name string
		run  frame.GlyphRun
		want []string
	}{
		{"one glyph per char", frame.GlyphRun{Text: "ab", Glyphs: []frame.Glyph{{ID: 1, Start: 0, End: 1}, {ID: 2, Start: 1, End: 2}}},
			[]string{"a", "b"}},
		{"ligature takes its characters", frame.GlyphRun{Text: "xfi", Glyphs: []frame.Glyph{{ID: 3, Start: 0, End: 1}, {ID: 7, Start: 1, End: 3}}},
			[]string{"x", "fi"}},
		{"decomposed cluster: first glyph gets the rest", frame.GlyphRun{Text: "é", Glyphs: []frame.Glyph{{ID: 5, Start: 0, End: 2}, {ID: 6, Start: 0, End: 2}}},
			[]string{"é", ""}},
		{"cmap match keeps a mark its own", frame.GlyphRun{Text: "بَ", RTL: true, Glyphs: []frame.Glyph{{ID: 9, Start: 0, End: 4}, {ID: 40, Start: 0, End: 4}}},
			[]string{"َ", "ب"}},
		{"out-of-range cluster is clamped", frame.GlyphRun{Text: "a", Glyphs: []frame.Glyph{{ID: 1, Start: 0, End: 9}}},
			[]string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := glyphTexts(&tt.run, cmap)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("glyphTexts = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTJAdjustments checks that the shaper's advances reach the content
// stream: equal advances give a bare TJ, a wider advance a negative
// adjustment in thousandths of em, and a mark offset its own Tm.
func TestTJAdjustments(t *testing.T) {
	s := newTestShaper()
	f := s.font(t, "Noto Sans", false)
	base := s.run(t, f, "HHH", 10, false)
	tests := []struct {
		name   string
		change func(r *frame.GlyphRun)
		want   []string
	}{
		{"font advances", func(*frame.GlyphRun) {}, []string{"[<0001><0001><0001>] TJ"}},
		{"one point wider", func(r *frame.GlyphRun) { r.Glyphs[0].Advance += frame.Pt }, []string{"[<0001>-100<0001><0001>] TJ"}},
		{"1/64 pt noise ignored", func(r *frame.GlyphRun) { r.Glyphs[0].Advance += frame.Pt / 64 }, []string{"[<0001><0001><0001>] TJ"}},
		{"offset glyph", func(r *frame.GlyphRun) { r.Glyphs[1].XOffset, r.Glyphs[1].YOffset = frame.Pt, 2*frame.Pt }, []string{
			"1 0 0 1 10 90 Tm\n[<0001>] TJ\n",
			"Tm\n[<0001>] TJ\n1 0 0 1 " + num(10+2*width(base).Pt()/3) + " 90 Tm\n[<0001>] TJ",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := *base
			r.Glyphs = append([]frame.Glyph(nil), base.Glyphs...)
			r.Pos = frame.Point{X: 10 * frame.Pt, Y: 10 * frame.Pt}
			tt.change(&r)
			doc := &frame.Document{Pages: []frame.Page{{Width: 100 * frame.Pt, Height: 100 * frame.Pt, Items: []frame.Item{&r}}}}
			var b bytes.Buffer
			if err := Write(&b, doc, Options{Compress: -1}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !bytes.Contains(b.Bytes(), []byte(w)) {
					i := bytes.Index(b.Bytes(), []byte("BT"))
					t.Errorf("content lacks %q:\n%s", w, b.Bytes()[i:i+200])
				}
			}
		})
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"num trims", num(1.5), "1.5"},
		{"num rounds", num(2.00049), "2"},
		{"num negative zero", num(-0.0001), "0"},
		{"name escapes", name("A B#(x)"), "/A#20B#23#28x#29"},
		{"ascii text string", textString("Hi (x)"), `(Hi \(x\))`},
		{"unicode text string", textString("مرحبا"), "<FEFF06450631062D06280627>"},
		{"astral as surrogates", utf16Hex("𝔸", false), "<D835DD38>"},
		{"arabic-indic digits", arabicIndic(105), "١٠٥"},
		{"uri made ascii", uriASCII("https://example.org/تقرير 1"), "https://example.org/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%201"},
		{"pdf date", pdfDate(richDoc(t, newTestShaper()).Meta.Date), "D:20260301123000Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %s, want %s", tt.got, tt.want)
			}
		})
	}
}

func TestPageLabels(t *testing.T) {
	tests := []struct {
		name   string
		labels []frame.PageLabel
		pages  int
		want   string
	}{
		{"none", nil, 3, ""},
		{"roman then decimal from 5", []frame.PageLabel{{StartPage: 2, Style: frame.LabelDecimal, First: 5}, {StartPage: 0, Style: frame.LabelRomanLower}}, 4,
			"<</Nums [0 <</S /r>> 2 <</S /D /St 5>>]>>"},
		{"prefix only", []frame.PageLabel{{Style: frame.LabelNone, Prefix: "Cover"}}, 1, "<</Nums [0 <</P (Cover)>>]>>"},
		{"arabic-indic per page", []frame.PageLabel{{Style: frame.LabelArabicIndic, First: 9}}, 2,
			"<</Nums [0 <</P <FEFF0669>>> 1 <</P <FEFF06610660>>>]>>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pageLabels(tt.labels, tt.pages); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestActualTextForConflicts checks that a glyph standing for different
// text in two places keeps its first text in ToUnicode and gets an
// /ActualText span where it differs.
func TestActualTextForConflicts(t *testing.T) {
	s := newTestShaper()
	f := s.font(t, "Noto Sans", false)
	a := s.run(t, f, "a", 10, false)
	b := s.run(t, f, "a", 10, false)
	b.Text = "α" // same glyph, other text (as a mark glyph can be)
	b.Glyphs[0].End = len(b.Text)
	items := append(line(0, 20*frame.Pt, a), line(0, 40*frame.Pt, b)...)
	doc := &frame.Document{Pages: []frame.Page{{Width: 100 * frame.Pt, Height: 100 * frame.Pt, Items: items}}}
	var out bytes.Buffer
	if err := Write(&out, doc, Options{Compress: -1}); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(out.Bytes(), []byte("/Span <</ActualText <FEFF03B1>>> BDC")); n != 1 {
		t.Errorf("%d ActualText spans for the second use, want 1", n)
	}
	if !bytes.Contains(out.Bytes(), []byte("<0001> <0061>")) {
		t.Error("ToUnicode does not map the glyph to its first text \"a\"")
	}
}
