package inline

import (
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/go-text/typesetting/language"
)

// TestCutAtSpaceMatchesReshaping checks the claim that lets lines reuse
// the glyphs of a whole shaped item: cutting an Arabic (or Latin) item at
// a space gives exactly the glyphs that shaping the line's part alone
// gives, since letters neither join nor kern across a space.
func TestCutAtSpaceMatchesReshaping(t *testing.T) {
	e := testEngine(t)
	paras := longText(t)
	checked := 0
	for _, pt := range paras[:20] {
		p := longParagraph(pt[0], pt[1], 150*frame.Pt, Start)
		lines, _, err := e.Layout(p)
		if err != nil {
			t.Fatal(err)
		}
		for li, ln := range lines {
			for _, r := range runsOf(ln) {
				rtl := r.RTL
				runes := []rune(r.Text)
				sc := language.Latin
				if r.Font.Arabic() {
					sc = language.Arabic
				}
				want, err := e.st.shapeUnits(r.Font, runes, rtl, sc, language.NewLanguage(p.Lang))
				if err != nil {
					t.Fatal(err)
				}
				var wantIDs, gotIDs []uint16
				for _, g := range want {
					wantIDs = append(wantIDs, g.ID)
				}
				for _, g := range r.Glyphs {
					gotIDs = append(gotIDs, g.ID)
				}
				if !slices.Equal(gotIDs, wantIDs) {
					t.Errorf("line %d run %q: glyphs %v, reshaped %v", li, r.Text, gotIDs, wantIDs)
				}
				if utf8.RuneCountInString(r.Text) > 0 {
					checked++
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d runs checked", checked)
	}
}

// FuzzLayout lays out arbitrary text and checks the engine's invariants:
// no error for valid input, lines inside the measure unless a warning
// says otherwise, glyph ranges inside their run's text.
func FuzzLayout(f *testing.F) {
	for _, s := range []string{"hello world", "سلام عليكم 2024 (test)", "a\n\nb", "  ", "x\u200d\u0301y", "١٢٣ abc ابت - / def"} {
		f.Add(s, uint8(0), uint16(100))
	}
	e := NewEngine(fonts.NewRegistry())
	f.Fuzz(func(t *testing.T, text string, align uint8, width uint16) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			t.Skip()
		}
		p := &Paragraph{Spans: []Span{span(text)}, Align: Align(align % 4), Width: frame.Length(width%400+20) * frame.Pt, Dir: Auto}
		var lines []Line
		var warns []Warning
		var err error
		done := make(chan struct{})
		go func() {
			lines, warns, err = e.Layout(p)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			t.Fatalf("Layout(%q, width %d) did not finish", text, p.Width)
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range lines {
			lo, hi := extent(ln)
			if (lo < 0 || hi > p.Width) && len(warns) == 0 {
				t.Fatalf("line %d..%d outside %d without a warning", lo, hi, p.Width)
			}
			for _, r := range runsOf(ln) {
				for _, g := range r.Glyphs {
					if g.Start < 0 || g.End > len(r.Text) || g.Start >= g.End {
						t.Fatalf("glyph range %d..%d in %q", g.Start, g.End, r.Text)
					}
				}
			}
		}
	})
}
