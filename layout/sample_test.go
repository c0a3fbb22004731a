package layout

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
)

func txt(s string) []briefs.Inline { return []briefs.Inline{&briefs.Text{Text: s}} }

func para(s string, refs ...*briefs.Note) *briefs.Paragraph {
	p := &briefs.Paragraph{Content: txt(s)}
	for _, n := range refs {
		p.Content = append(p.Content, &briefs.NoteRef{Note: n}, &briefs.Text{Text: " More text follows the reference."})
	}
	return p
}

const loremEn = "The reform programme adopted in 2021 promised a leaner public sector, faster procurement and a transparent budget process, but three years on the evidence is mixed: spending on wages rose by 14 percent while capital investment fell, and the promised quarterly reports appeared only twice."

const loremAr = "وعد برنامج الإصلاح الذي أُقرّ عام ٢٠٢١ بقطاع عام أكثر رشاقة ومشتريات أسرع وعملية موازنة شفافة، لكن الأدلة بعد ثلاث سنوات متباينة: فقد ارتفع الإنفاق على الأجور بنسبة ١٤ في المئة بينما تراجع الاستثمار الرأسمالي، ولم تظهر التقارير الفصلية الموعودة إلا مرتين."

// sampleDoc is a brief with every block kind: the layout's visual test.
func sampleDoc(lang string, sections int) *briefs.Document {
	ar := lang == "ar"
	lorem, dir := loremEn, briefs.LTR
	if ar {
		lorem, dir = loremAr, briefs.RTL
	}
	doc := &briefs.Document{File: "sample.md", Dir: dir, Meta: briefs.Meta{
		Title: "Budget Transparency after the 2021 Reform", Subtitle: "What changed, what did not, and what parliament can do",
		Kind: "Policy brief", Lang: lang, TOC: true, TOCDepth: 2, Draft: true, Rights: "© 2026 The Centre. CC BY 4.0.",
		Authors:  []briefs.Author{{Name: "Leila Haddad", Affiliation: "Senior Fellow"}, {Name: "Omar Nasser", Affiliation: "Research Associate"}},
		Date:     &briefs.Date{Year: 2026, Month: 3, Day: 14},
		Abstract: []briefs.Block{para(lorem)},
	}}
	if ar {
		doc.Meta.Title, doc.Meta.Subtitle, doc.Meta.Kind = "شفافية الموازنة بعد إصلاح ٢٠٢١", "ما الذي تغيّر وما الذي لم يتغيّر", "تقدير موقف"
	}
	var notes []*briefs.Note
	note := func(s string) *briefs.Note {
		n := &briefs.Note{Number: len(notes) + 1, ID: fmt.Sprintf("fn-%d", len(notes)+1), Blocks: []briefs.Block{para(s)}}
		notes = append(notes, n)
		return n
	}
	for s := 1; s <= sections; s++ {
		doc.Blocks = append(doc.Blocks,
			&briefs.Heading{Level: 1, ID: fmt.Sprintf("s%d", s), Content: txt(fmt.Sprintf("Section %d: the state of play", s))},
			para(lorem+" "+lorem, note("A short note. "+string([]rune(lorem)[:60]))),
			para(lorem),
			&briefs.Heading{Level: 2, ID: fmt.Sprintf("s%d-a", s), Content: txt("Where the money went")},
			para(lorem, note(strings.Repeat(lorem+" ", 1+s%3))),
			&briefs.List{Items: []*briefs.ListItem{
				{Blocks: []briefs.Block{para("Publish the quarterly execution reports on time.")}},
				{Blocks: []briefs.Block{para("Open the procurement register."), &briefs.List{Ordered: true, Start: 1, Tight: true, Items: []*briefs.ListItem{
					{Blocks: []briefs.Block{para("Contracts above the threshold.")}},
					{Blocks: []briefs.Block{para("All amendments.")}},
				}}}},
			}, Tight: true},
			&briefs.Quote{Blocks: []briefs.Block{para("Transparency is not a report; it is a habit.")}},
			&briefs.Table{Align: []briefs.Align{briefs.AlignLeft, briefs.AlignRight, briefs.AlignRight},
				Header: []*briefs.Cell{{Content: txt("Item")}, {Content: txt("2021")}, {Content: txt("2024")}},
				Rows: [][]*briefs.Cell{
					{{Content: txt("Wages")}, {Content: txt("4,210")}, {Content: txt("4,801")}},
					{{Content: txt("Capital investment")}, {Content: txt("1,950")}, {Content: txt("1,402")}},
					{{Content: txt("Transfers")}, {Content: txt("2,330")}, {Content: txt("2,512")}},
				}},
			&briefs.Figure{Image: &briefs.Asset{Format: "png", Width: 1600, Height: 900, Hash: "x"}, Caption: txt("Figure: spending by category, 2021–2024.")},
			&briefs.CodeBlock{Text: "total = wages + capital + transfers\nshare = capital / total"},
			&briefs.Rule{},
			para(lorem),
		)
	}
	doc.Notes = notes
	doc.Sources = []*briefs.Source{
		{Content: txt("Ministry of Finance, “Budget Execution Report Q3 2024”, https://example.org/report, accessed 2 March 2026."), Dir: briefs.LTR},
		{Content: txt("وزارة المالية، «تقرير تنفيذ الموازنة للربع الثالث ٢٠٢٤»، ٢٠٢٤."), Dir: briefs.RTL},
	}
	return doc
}

func TestTypesetSampleRealEngine(t *testing.T) {
	reg := fonts.NewRegistry()
	tests := []struct{ lang string }{{"en"}, {"ar"}}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			doc := sampleDoc(tt.lang, 3)
			brand := &briefs.Brand{Name: "The Centre for Policy Research", Website: "example.org", Email: "info@example.org",
				About: []briefs.Block{para("The Centre is an independent research institute. The views expressed are the authors' own.")}}
			out, diags, err := Typeset(doc, brand, Options{Fonts: reg})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range diags {
				t.Log(d)
			}
			if len(out.Pages) < 5 {
				t.Errorf("%d pages, want at least cover, contents, body and back page", len(out.Pages))
			}
			writePNGs(t, "sample-"+tt.lang, out)
			// No glyph outside the text area, except the running header
			// and footer, on every page but the cover and the back page.
			g := newGeometry(briefs.PageSpec{}, tt.lang == "ar")
			for i := 1; i < len(out.Pages)-1; i++ {
				left, right := g.left(i), g.left(i)+g.measure
				runs(out.Pages[i].Items, 0, 0, func(r *frame.GlyphRun, x, y frame.Length) {
					if y < g.top || y > g.height-g.bottom+frame.Pt { // header, footer
						return
					}
					var w frame.Length
					for _, gl := range r.Glyphs {
						w += gl.Advance
					}
					if x < left-frame.Pt || x+w > right+frame.Pt {
						t.Errorf("page %d: %q at x %.1f–%.1f outside the text area %.1f–%.1f", i, r.Text, x.Pt(), (x + w).Pt(), left.Pt(), right.Pt())
					}
				})
			}
			// Every note starts on the page of its first reference.
			refAt, noteAt := map[string]int{}, map[string]int{}
			for i, p := range out.Pages {
				anchors(p.Items, func(a *frame.Anchor) {
					if strings.HasPrefix(a.Name, "ref-") {
						refAt[a.Name[4:]] = i
					}
					if strings.HasPrefix(a.Name, "note-") {
						noteAt[a.Name[5:]] = i
					}
				})
			}
			// Each note and its reference link to each other.
			dests := map[string]bool{}
			var walk func([]frame.Item)
			walk = func(items []frame.Item) {
				for _, it := range items {
					switch n := it.(type) {
					case *frame.Group:
						walk(n.Items)
					case *frame.Link:
						dests[n.Dest] = true
					}
				}
			}
			for _, p := range out.Pages {
				walk(p.Items)
			}
			for _, n := range doc.Notes {
				if !dests[noteAnchor(n.Number)] || !dests[refAnchor(n.Number)] {
					t.Errorf("note %d: links to note %v, back to reference %v", n.Number, dests[noteAnchor(n.Number)], dests[refAnchor(n.Number)])
				}
			}
			if len(noteAt) != len(doc.Notes) {
				t.Errorf("%d note anchors, want %d", len(noteAt), len(doc.Notes))
			}
			for n, p := range noteAt {
				if refAt[n] != p {
					t.Errorf("note %s starts on page %d, its reference is on page %d", n, p, refAt[n])
				}
			}
		})
	}
}

// TestTypesetDeterministic lays the same brief out twice: the frames must
// be identical (no map order or clock leaks into the output).
func TestTypesetDeterministic(t *testing.T) {
	reg := fonts.NewRegistry()
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			a, _, err := Typeset(sampleDoc(lang, 2), nil, Options{Fonts: reg})
			if err != nil {
				t.Fatal(err)
			}
			b, _, err := Typeset(sampleDoc(lang, 2), nil, Options{Fonts: reg})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, b) {
				t.Error("two layouts of the same brief differ")
			}
		})
	}
}
