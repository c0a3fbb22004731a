package inline

import (
	"testing"

	"github.com/briefpress/briefpress/layout/frame"
)

// BenchmarkShape shapes every paragraph of testdata/long-text.txt (about
// 3,500 words, English and Arabic) with a cold shaping cache.
func BenchmarkShape(b *testing.B) {
	e := testEngine(b)
	paras := longText(b)
	b.ReportAllocs()
	glyphs := 0
	for b.Loop() {
		e.st.cache = newShapeCache(defaultCacheEntries)
		for _, pt := range paras {
			p := longParagraph(pt[0], pt[1], 340*frame.Pt, Justify)
			pa, err := e.prepare(p.Spans, p.Dir, p.Base, p.Lang)
			if err != nil {
				b.Fatal(err)
			}
			for _, it := range pa.items {
				glyphs += len(it.glyphs)
			}
		}
	}
	b.ReportMetric(float64(glyphs)/b.Elapsed().Seconds(), "glyphs/s")
}

// BenchmarkLayoutParagraph lays out every paragraph of the long text
// (shaping, Knuth–Plass, justification, reordering) with a cold cache:
// one op is one 3,500-word brief's body text.
func BenchmarkLayoutParagraph(b *testing.B) {
	e := testEngine(b)
	paras := longText(b)
	b.ReportAllocs()
	lines := 0
	for b.Loop() {
		e.st.cache = newShapeCache(defaultCacheEntries)
		for _, pt := range paras {
			ls, _, err := e.Layout(longParagraph(pt[0], pt[1], 340*frame.Pt, Justify))
			if err != nil {
				b.Fatal(err)
			}
			lines += len(ls)
		}
	}
	b.ReportMetric(float64(lines)/b.Elapsed().Seconds(), "lines/s")
}
