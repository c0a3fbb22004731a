package inline

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
)

// testEngine returns an engine on a fresh registry.
func testEngine(t testing.TB) *Engine {
	t.Helper()
	return NewEngine(fonts.NewRegistry())
}

// runsOf returns the glyph runs of a line in visual order (left to right).
func runsOf(ln Line) []*frame.GlyphRun {
	out := logicalRuns(ln)
	slices.SortStableFunc(out, func(a, b *frame.GlyphRun) int { return cmp.Compare(a.Pos.X, b.Pos.X) })
	return out
}

// logicalRuns returns a line's glyph runs in item order, which is the
// logical (reading) order of the text.
func logicalRuns(ln Line) []*frame.GlyphRun {
	var out []*frame.GlyphRun
	for _, it := range ln.Items {
		if r, ok := it.(*frame.GlyphRun); ok {
			out = append(out, r)
		}
	}
	return out
}

// runWidth is the sum of a run's advances.
func runWidth(r *frame.GlyphRun) frame.Length {
	var w frame.Length
	for _, g := range r.Glyphs {
		w += g.Advance
	}
	return w
}

// extent returns the leftmost and rightmost x covered by a line's runs.
func extent(ln Line) (lo, hi frame.Length) {
	first := true
	for _, r := range runsOf(ln) {
		a, b := r.Pos.X, r.Pos.X+runWidth(r)
		if first || a < lo {
			lo = a
		}
		if first || b > hi {
			hi = b
		}
		first = false
	}
	return lo, hi
}

// visualWords lists the trimmed, non-empty run texts of a line left to
// right (each run's text is in logical order).
func visualWords(ln Line) []string {
	var out []string
	for _, r := range runsOf(ln) {
		if s := strings.TrimSpace(r.Text); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// lineText concatenates a line's run texts in logical order of runs as
// placed (for error messages).
func lineText(ln Line) string {
	var b strings.Builder
	for _, r := range runsOf(ln) {
		b.WriteString("[" + r.Text + "]")
	}
	return b.String()
}

// span returns a plain span at 10 pt.
func span(text string) Span {
	return Span{Text: text, Style: Style{Size: 10 * frame.Pt}}
}
