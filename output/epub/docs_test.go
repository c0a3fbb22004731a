package epub

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/briefs"
)

// Hand-built documents that exercise every feature of the writer, used
// until (and alongside) briefs.Parse.

func txt(s string) *briefs.Text { return &briefs.Text{Text: s} }

func para(d briefs.Direction, in ...briefs.Inline) *briefs.Paragraph {
	return &briefs.Paragraph{Content: in, Dir: d}
}

func head(level int, id, text string, d briefs.Direction) *briefs.Heading {
	return &briefs.Heading{Level: level, ID: id, Content: []briefs.Inline{txt(text)}, Dir: d}
}

// pngAsset is a small generated PNG.
func pngAsset(t testing.TB, w, h int, c color.RGBA, path string) *briefs.Asset {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{c.R, uint8(x * 255 / w), uint8(y * 255 / h), 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return &briefs.Asset{Path: path, Data: buf.Bytes(), Format: "png", Width: w, Height: h}
}

// jpegAsset is a small generated JPEG.
func jpegAsset(t testing.TB, w, h int) *briefs.Asset {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x * 4), 90, uint8(y * 2), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	return &briefs.Asset{Path: "cover.jpg", Data: buf.Bytes(), Format: "jpeg", Width: w, Height: h}
}

// makeNotes makes n notes: odd ones footnotes, even ones citations.
func makeNotes(n int, d briefs.Direction) []*briefs.Note {
	out := make([]*briefs.Note, n)
	for i := range out {
		num := i + 1
		nt := &briefs.Note{Number: num, Dir: d}
		if num%2 == 0 {
			nt.Citation = true
			nt.ID = "cite-" + pad(num, 1)
			nt.Blocks = []briefs.Block{para(d, txt("“Report title ”, "), &briefs.Emph{Content: []briefs.Inline{txt("Publisher")}},
				txt(", 15 September 2022, "), &briefs.Link{URL: "https://example.org/r", Content: []briefs.Inline{txt("https://example.org/r")}}, txt("."))}
		} else {
			nt.ID = "fn-" + pad(num, 1)
			nt.Blocks = []briefs.Block{para(d, txt("A footnote with "), &briefs.Strong{Content: []briefs.Inline{txt("bold")}}, txt(" text."))}
		}
		out[i] = nt
	}
	return out
}

func ref(n *briefs.Note) *briefs.NoteRef { return &briefs.NoteRef{Note: n} }

// englishDoc exercises every block and inline kind in an LTR brief.
func englishDoc(t testing.TB) *briefs.Document {
	L, R := briefs.LTR, briefs.RTL
	notes := makeNotes(4, L)
	fig := pngAsset(t, 40, 20, color.RGBA{R: 200}, "fig.png")
	doc := &briefs.Document{
		File: "en.md",
		Dir:  L,
		Meta: briefs.Meta{
			Title: "Energy & Security in the Gulf", Subtitle: "A <short> assessment", Kind: "Assessment of position",
			Authors:  []briefs.Author{{Name: "Jane Doe", Affiliation: "Centre"}, {Name: "John Roe"}},
			Date:     &briefs.Date{Year: 2022, Month: 9, Day: 15},
			Lang:     "en",
			Abstract: []briefs.Block{para(L, txt("The abstract says what the brief finds."), ref(notes[0]))},
			Keywords: []string{"energy", "security"},
			Cover:    &briefs.Cover{Image: pngAsset(t, 60, 90, color.RGBA{R: 20}, "cover.png"), Credit: "Image: AFP via Getty Images", Alt: "Oil tankers at dusk"},
			TOC:      true, TOCDepth: 2, SourcesTitle: "Sources",
			Identifier: "urn:uuid:6f1c2b4e-8d3a-4c1e-9f2b-1a2b3c4d5e6f", Rights: "© 2022 The Centre",
		},
		Notes: notes,
	}
	doc.Blocks = []briefs.Block{
		para(L, txt("A preface before the first heading.")),
		head(1, "introduction", "Introduction", L),
		para(L, txt("Plain text, "), &briefs.Emph{Content: []briefs.Inline{txt("emphasis")}}, txt(", "),
			&briefs.Strong{Content: []briefs.Inline{txt("strong")}}, txt(", "), &briefs.Code{Text: "x < y"},
			txt(", a "), &briefs.Link{URL: "https://example.org", Content: []briefs.Inline{txt("link")}},
			txt(" and a quote from the minister: قال الوزير إن Qatar سيواصل. See "),
			&briefs.Link{URL: "#background", Content: []briefs.Inline{txt("Background")}}, txt("."), ref(notes[1])),
		para(R, txt("فقرة عربية في تقرير إنجليزي.")),
		head(2, "context", "Context", L),
		&briefs.List{Ordered: true, Start: 3, Tight: true, Dir: L, Items: []*briefs.ListItem{
			{Blocks: []briefs.Block{para(L, txt("Third")), &briefs.List{Dir: L, Tight: true, Items: []*briefs.ListItem{
				{Blocks: []briefs.Block{para(L, txt("nested a"))}, Dir: L},
				{Blocks: []briefs.Block{para(L, txt("nested b"), ref(notes[0]))}, Dir: L},
			}}}, Dir: L},
			{Blocks: []briefs.Block{para(L, txt("Fourth"))}, Dir: L},
		}},
		&briefs.Quote{Dir: L, Blocks: []briefs.Block{para(L, txt("A pull quote worth repeating."))}},
		&briefs.PageBreak{},
		head(1, "background", "Background", L),
		&briefs.Figure{Image: fig, Caption: []briefs.Inline{txt("Figure 1: production")}, Alt: "Figure 1: production", Dir: L},
		&briefs.Table{Dir: L, Align: []briefs.Align{briefs.AlignLeft, briefs.AlignCenter, briefs.AlignRight},
			Header: []*briefs.Cell{{Content: []briefs.Inline{txt("Country")}, Dir: L}, {Content: []briefs.Inline{txt("Year")}, Dir: L}, {Content: []briefs.Inline{txt("Output")}, Dir: L}},
			Rows: [][]*briefs.Cell{
				{{Content: []briefs.Inline{txt("Qatar")}, Dir: L}, {Content: []briefs.Inline{txt("2022")}, Dir: L}, {Content: []briefs.Inline{txt("77")}, Dir: L}},
				{{Content: []briefs.Inline{txt("قطر")}, Dir: R}, {Content: []briefs.Inline{txt("2023")}, Dir: L}, {Content: []briefs.Inline{txt("80")}, Dir: L}},
			}},
		&briefs.CodeBlock{Lang: "go", Text: "fmt.Println(\"<hi>\")\n"},
		&briefs.Rule{},
		head(3, "details", "Details", L),
		head(4, "fine-print", "Fine print", L),
		para(L, txt("Last words"), ref(notes[2]), txt(" and "), ref(notes[3]), txt(" and again"), ref(notes[2]), txt(".")),
	}
	doc.Sources = []*briefs.Source{
		{Ref: &briefs.Reference{ID: "doe:2020"}, Content: []briefs.Inline{txt("“Report title”, Publisher, 15 September 2022, "),
			&briefs.Link{URL: "https://example.org/r", Content: []briefs.Inline{txt("https://example.org/r")}}}, Dir: L},
		{Ref: &briefs.Reference{ID: "arabic", Language: "ar"}, Content: []briefs.Inline{txt("«تقرير عربي»، الجزيرة، 2022.")}, Dir: R},
	}
	return doc
}

// arabicDoc is an RTL brief with English runs, notes and sources.
func arabicDoc(t testing.TB) *briefs.Document {
	L, R := briefs.LTR, briefs.RTL
	notes := makeNotes(2, R)
	notes[1].Blocks = []briefs.Block{para(L, txt("“Energy Outlook”, IEA, 2022."))}
	notes[1].Dir = L
	doc := &briefs.Document{
		File: "ar.md", Dir: R,
		Meta: briefs.Meta{
			Title: "الأمن الطاقي في الخليج", Kind: "تقدير موقف", Lang: "ar",
			Authors: []briefs.Author{{Name: "مركز الدراسات"}},
			Date:    &briefs.Date{Year: 2023, Month: 3, Day: 1},
			TOC:     true, TOCDepth: 2, SourcesTitle: "المصادر",
			Cover: &briefs.Cover{Image: jpegAsset(t, 60, 90), Credit: "الصورة: وكالة الأنباء"},
		},
		Notes: notes,
	}
	doc.Blocks = []briefs.Block{
		head(1, "مقدمة", "مقدمة", R),
		para(R, txt("قال رئيس الوزراء إن Qatar Energy ستزيد الإنتاج بنسبة 20%."), ref(notes[0])),
		para(L, txt("An English paragraph in an Arabic brief."), ref(notes[1])),
		head(2, "السياق", "السياق", R),
		&briefs.List{Dir: R, Tight: true, Items: []*briefs.ListItem{
			{Blocks: []briefs.Block{para(R, txt("البند الأول"))}, Dir: R},
			{Blocks: []briefs.Block{para(L, txt("English item"))}, Dir: L},
		}},
		&briefs.Quote{Dir: R, Blocks: []briefs.Block{para(R, txt("اقتباس بارز."))}},
	}
	doc.Sources = []*briefs.Source{
		{Ref: &briefs.Reference{ID: "iea", Language: "en"}, Content: []briefs.Inline{txt("“Energy Outlook”, IEA, 2022.")}, Dir: L},
	}
	return doc
}

// testBrand is a brand with an SVG logo, about text (with a heading),
// website, email and numbered headings.
func testBrand() *briefs.Brand {
	logo, err := os.ReadFile("testdata/logo.svg")
	if err != nil {
		panic(err) // testdata is part of the package
	}
	return &briefs.Brand{
		Logo: &briefs.Asset{Path: "logo.svg", Data: logo, Format: "svg", Width: 120, Height: 60},
		Name: "The Centre", Website: "example.org", Email: "info@example.org",
		Colors: briefs.Colors{Primary: briefs.Color{R: 0x80}, Accent: briefs.Color{G: 0x80}, Text: briefs.Color{}, Muted: briefs.Color{R: 0x66, G: 0x66, B: 0x66}, Background: briefs.Color{R: 0xEE, G: 0xEE, B: 0xEE}},
		About: []briefs.Block{head(2, "about-the-centre", "About the Centre", briefs.LTR),
			para(briefs.LTR, txt("The Centre is an independent research institute."))},
		NumberHeadings: true,
	}
}

// longDoc is a ~3,500-word brief with 10 notes and 8 sources, for the
// benchmark.
func longDoc(t testing.TB) *briefs.Document {
	L := briefs.LTR
	notes := makeNotes(10, L)
	doc := &briefs.Document{File: "long.md", Dir: L, Notes: notes, Meta: briefs.Meta{
		Title: "A long brief", Lang: "en", TOC: true, TOCDepth: 2, Date: &briefs.Date{Year: 2024, Month: 1, Day: 2}}}
	sentence := "The quick brown fox considers the regional balance of power and its consequences for energy markets. "
	words := 0
	n := 0
	for sec := 1; words < 3500; sec++ {
		doc.Blocks = append(doc.Blocks, head(1, "s"+pad(sec, 1), "Section "+pad(sec, 1), L))
		for p := range 6 {
			if p == 3 {
				doc.Blocks = append(doc.Blocks, head(2, "s"+pad(sec, 1)+"-sub", "Subsection", L))
			}
			content := []briefs.Inline{txt(strings.Repeat(sentence, 6))}
			if n < len(notes) {
				content = append(content, ref(notes[n]))
				n++
			}
			doc.Blocks = append(doc.Blocks, para(L, content...))
			words += 6 * 16
		}
	}
	for i := range 8 {
		doc.Sources = append(doc.Sources, &briefs.Source{Ref: &briefs.Reference{ID: "r" + pad(i, 1)},
			Content: []briefs.Inline{txt("“A source title”, Publisher, 2022.")}, Dir: L})
	}
	return doc
}
