package pdf

import (
	"io"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/layout/frame"
)

// benchDoc is a 10-page document of justified-looking text lines in two
// Latin fonts and one Arabic font, shaped once.
func benchDoc(b *testing.B) *frame.Document {
	s := newTestShaper()
	words := strings.Fields("Effective water policy depends on reliable figures, transparent financing and the office of the regulator; " +
		"flows, fines and efficiency targets differ between regions and affect fifty municipalities.")
	arab := "تحتاج موجزات السياسات المائية إلى أرقام واضحة ومقارنات عادلة ومصادر أمينة"
	serif, bold := s.font(b, "Noto Serif", false), s.font(b, "Noto Serif", true)
	naskh := s.font(b, "Noto Naskh Arabic", false)
	doc := &frame.Document{Meta: frame.Metadata{Title: "Bench"}}
	for p := range 10 {
		page := frame.Page{Width: frame.Points(595), Height: frame.Points(842)}
		heading := s.run(b, bold, "Section heading", 16, false)
		heading.Pos = frame.Point{X: frame.Points(72), Y: frame.Points(80)}
		page.Items = append(page.Items, heading)
		for l := range 45 {
			y := frame.Points(float64(110 + l*15))
			if l%9 == 8 {
				page.Items = append(page.Items, line(frame.Points(72), y, s.run(b, naskh, arab, 11, true))...)
				continue
			}
			k := (p*45 + l) % len(words)
			text := strings.Join(append(words[k:], words[:k]...)[:12], " ")
			page.Items = append(page.Items, line(frame.Points(72), y, s.run(b, serif, text, 11, false))...)
		}
		doc.Pages = append(doc.Pages, page)
	}
	return doc
}

// BenchmarkWrite writes a 10-page text document, font subsetting included.
func BenchmarkWrite(b *testing.B) {
	doc := benchDoc(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
