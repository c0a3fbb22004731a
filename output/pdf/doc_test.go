package pdf

import (
	"testing"
	"time"

	"github.com/briefpress/briefpress/layout/frame"
)

// richDoc is a four-page document with text in four fonts, shapes, an
// image, links, anchors, a nested outline, page labels and metadata.
func richDoc(t testing.TB, s *testShaper) *frame.Document {
	serif, sans := s.font(t, "Noto Serif", false), s.font(t, "Noto Sans", true)
	naskh := s.font(t, "Noto Naskh Arabic", false)
	w, h := frame.Points(420), frame.Points(595)
	red := frame.Color{R: 200, G: 30, B: 30}
	var pages []frame.Page
	for i := range 4 {
		p := frame.Page{Width: w, Height: h}
		title := s.run(t, sans, "Chapter", 18, false)
		title.Pos = frame.Point{X: frame.Points(40), Y: frame.Points(60)}
		body := s.run(t, serif, "Official figures flow in.", 11, false)
		body.Pos = frame.Point{X: frame.Points(40), Y: frame.Points(90)}
		ar := s.run(t, naskh, "تقرير السياسات", 12, true)
		ar.Pos = frame.Point{X: frame.Points(40), Y: frame.Points(120)}
		p.Items = []frame.Item{
			&frame.Anchor{Name: []string{"cover", "intro", "method", "results"}[i], Pos: frame.Point{X: frame.Points(40), Y: frame.Points(40)}},
			title, body, ar,
			&frame.Shape{Pos: frame.Point{X: frame.Points(40), Y: frame.Points(200)}, Path: frame.RectPath(frame.Points(100), frame.Points(40), frame.Points(6)), Fill: &red},
			&frame.Shape{Pos: frame.Point{X: frame.Points(40), Y: frame.Points(260)}, Path: frame.LinePath(frame.Points(300), 0),
				Stroke: &frame.Stroke{Color: frame.Color{B: 200}, Width: frame.Points(2), Dash: []frame.Length{frame.Points(4), frame.Points(2)}}},
			&frame.Group{Pos: frame.Point{X: frame.Points(200), Y: frame.Points(300)}, Items: []frame.Item{
				&frame.Shape{Path: frame.RectPath(frame.Points(50), frame.Points(50), 0), Fill: &frame.Color{G: 150}, Opacity: 0.5},
			}},
			&frame.Link{Rect: frame.Rect{X: frame.Points(40), Y: frame.Points(80), Width: frame.Points(100), Height: frame.Points(14)}, Dest: "results"},
			&frame.Link{Rect: frame.Rect{X: frame.Points(40), Y: frame.Points(400), Width: frame.Points(100), Height: frame.Points(14)}, URI: "https://example.org/brief"},
		}
		pages = append(pages, p)
	}
	return &frame.Document{
		Pages: pages,
		Outline: []frame.OutlineEntry{
			{Title: "Introduction", Level: 1, Dest: "intro"},
			{Title: "Method", Level: 2, Dest: "method"},
			{Title: "النتائج", Level: 1, Dest: "results"},
		},
		Labels: []frame.PageLabel{
			{StartPage: 0, Style: frame.LabelNone, Prefix: "Cover"},
			{StartPage: 1, Style: frame.LabelRomanLower},
			{StartPage: 2, Style: frame.LabelArabicIndic},
		},
		Meta: frame.Metadata{
			Title: "Water policy (draft)", Subject: "A brief", Authors: []string{"A. Author", "B. Writer"},
			Keywords: []string{"water", "policy"}, Lang: "en", Creator: "Think Tank", Producer: "briefpress test",
			Date: time.Date(2026, 3, 1, 12, 30, 0, 0, time.UTC),
		},
	}
}
