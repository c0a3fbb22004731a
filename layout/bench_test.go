package layout

import (
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
)

// BenchmarkTypeset lays out a brief of about 4,400 words (24 notes), a
// table, lists and sources ("brief"), and a report of about 200 pages
// ("long"), with the real text engine and built-in fonts.
func BenchmarkTypeset(b *testing.B) {
	reg := fonts.NewRegistry()
	brand := &briefs.Brand{Name: "The Centre"}
	for _, bb := range []struct {
		name     string
		sections int
	}{{"brief", 12}, {"long", 120}} {
		doc := sampleDoc("en", bb.sections)
		if _, _, err := Typeset(doc, brand, Options{Fonts: reg}); err != nil { // warm the font cache
			b.Fatal(err)
		}
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			pages := 0
			for b.Loop() {
				out, _, err := Typeset(doc, brand, Options{Fonts: reg})
				if err != nil {
					b.Fatal(err)
				}
				pages = len(out.Pages)
			}
			b.ReportMetric(float64(pages), "pages")
		})
	}
}
