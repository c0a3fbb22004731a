package pdf

import (
	"testing"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/go-text/typesetting/di"
	gotext "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// testShaper builds realistic glyph runs with go-text's HarfBuzz port, as
// the layout engine will, so the writer is tested on real shaper output.
type testShaper struct {
	reg *fonts.Registry
	hb  shaping.HarfbuzzShaper
}

func newTestShaper() *testShaper { return &testShaper{reg: fonts.NewRegistry()} }

// font returns a registry font or fails the test.
func (s *testShaper) font(t testing.TB, family string, bold bool) *fonts.Font {
	t.Helper()
	f, err := s.reg.Font(family, bold, false)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// run shapes text in f at size points. RTL runs are shaped right to left
// with Arabic script; their glyphs come out in visual order.
func (s *testShaper) run(t testing.TB, f *fonts.Font, text string, size float64, rtl bool) *frame.GlyphRun {
	t.Helper()
	parsed, err := f.Parsed()
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	byteAt := make([]int, len(runes)+1)
	off := 0
	for i, r := range runes {
		byteAt[i] = off
		off += len(string(r))
	}
	byteAt[len(runes)] = off
	in := shaping.Input{
		Text: runes, RunStart: 0, RunEnd: len(runes),
		Direction: di.DirectionLTR, Face: gotext.NewFace(parsed),
		Size: fixed.Int26_6(size * 64), Script: language.Latin, Language: language.NewLanguage("en"),
	}
	lang := "en"
	if rtl {
		in.Direction, in.Script, in.Language, lang = di.DirectionRTL, language.Arabic, language.NewLanguage("ar"), "ar"
	}
	out := s.hb.Shape(in)
	run := &frame.GlyphRun{Font: f, Size: frame.Points(size), Lang: lang, RTL: rtl, Text: text}
	for _, g := range out.Glyphs {
		run.Glyphs = append(run.Glyphs, frame.Glyph{
			ID:      uint16(g.GlyphID),
			Advance: frame.Length(g.Advance) * 1024,
			XOffset: frame.Length(g.XOffset) * 1024,
			YOffset: frame.Length(g.YOffset) * 1024,
			Start:   byteAt[g.ClusterIndex],
			End:     byteAt[g.ClusterIndex+g.RuneCount],
		})
	}
	return run
}

// width returns the run's total advance.
func width(r *frame.GlyphRun) frame.Length {
	var w frame.Length
	for _, g := range r.Glyphs {
		w += g.Advance
	}
	return w
}

// line places runs left to right (visual order) from x on baseline y and
// returns them as items.
func line(x, y frame.Length, runs ...*frame.GlyphRun) []frame.Item {
	var items []frame.Item
	for _, r := range runs {
		r.Pos = frame.Point{X: x, Y: y}
		x += width(r)
		items = append(items, r)
	}
	return items
}
