package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"image"
	_ "image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/internal/tooltest"
	"github.com/briefpress/briefpress/layout"
	"github.com/briefpress/briefpress/output/pdf"
)

var keep = flag.String("keep", "", "write the synthetic PDFs into this directory")

const (
	textEn = "The reform programme adopted in 2021 promised a leaner public sector, faster procurement and a transparent budget process, but three years on the evidence is mixed: spending on wages rose while capital investment fell."
	textAr = "وعد برنامج الإصلاح الذي أُقرّ عام ٢٠٢١ بقطاع عام أكثر رشاقة ومشتريات أسرع وعملية موازنة شفافة، لكن الأدلة بعد ثلاث سنوات متباينة."
)

func inl(s string) []briefs.Inline { return []briefs.Inline{&briefs.Text{Text: s}} }

// synthetic is a brief built in code (no parser needed): sections with
// headings, paragraphs whose note references follow a unique word "rkN",
// notes that start with "nkN" (some long enough to continue), a table and
// a sources list.
func synthetic(lang string, sections int, fig *briefs.Asset) *briefs.Document {
	text, dir, title := textEn, briefs.LTR, "Synthetic brief"
	if lang == "ar" {
		text, dir, title = textAr, briefs.RTL, "ورقة تجريبية"
	}
	doc := &briefs.Document{File: "synthetic.md", Dir: dir, Meta: briefs.Meta{Title: title, Kind: "Brief", Lang: lang, TOC: true, TOCDepth: 2,
		Date: &briefs.Date{Year: 2026, Month: 1, Day: 5}, Authors: []briefs.Author{{Name: "A. Author"}}}}
	for s := 1; s <= sections; s++ {
		n := &briefs.Note{Number: len(doc.Notes) + 1, Dir: dir}
		n.ID = fmt.Sprintf("fn-%d", n.Number)
		n.Blocks = []briefs.Block{&briefs.Paragraph{Dir: dir, Content: inl(fmt.Sprintf("nk%d %s", n.Number, strings.Repeat(text+" ", 1+(s%4)*3)))}}
		doc.Notes = append(doc.Notes, n)
		ref := &briefs.Paragraph{Dir: dir, Content: []briefs.Inline{&briefs.Text{Text: text + " " + text + fmt.Sprintf(" rk%d", n.Number)}, &briefs.NoteRef{Note: n}, &briefs.Text{Text: " " + text}}}
		doc.Blocks = append(doc.Blocks,
			&briefs.Heading{Level: 1, ID: fmt.Sprintf("part-%d", s), Dir: dir, Content: inl(fmt.Sprintf("Part%d heading", s))},
			&briefs.Paragraph{Dir: dir, Content: inl(text + " " + text)},
			ref,
			&briefs.Heading{Level: 2, ID: fmt.Sprintf("sub-%d", s), Dir: dir, Content: inl(fmt.Sprintf("Sub%d heading", s))},
			&briefs.Table{Dir: dir, Align: []briefs.Align{briefs.AlignLeft, briefs.AlignRight},
				Header: []*briefs.Cell{{Content: inl("Item")}, {Content: inl("Value")}},
				Rows:   [][]*briefs.Cell{{{Content: inl("Wages")}, {Content: inl("4,210")}}, {{Content: inl("Capital")}, {Content: inl("1,950")}}}},
			&briefs.Paragraph{Dir: dir, Content: inl(strings.Repeat(text+" ", 3))},
		)
		if s%3 == 1 {
			doc.Blocks = append(doc.Blocks,
				&briefs.List{Dir: dir, Tight: true, Items: []*briefs.ListItem{
					{Dir: dir, Blocks: []briefs.Block{&briefs.Paragraph{Dir: dir, Content: inl(text)}}},
					{Dir: dir, Blocks: []briefs.Block{&briefs.Paragraph{Dir: dir, Content: inl("Second item")}, &briefs.List{Dir: dir, Ordered: true, Start: 1, Tight: true, Items: []*briefs.ListItem{
						{Dir: dir, Blocks: []briefs.Block{&briefs.Paragraph{Dir: dir, Content: inl("nested one")}}},
						{Dir: dir, Blocks: []briefs.Block{&briefs.Paragraph{Dir: dir, Content: inl("nested two")}}},
					}}}},
				}},
				&briefs.Quote{Dir: dir, Blocks: []briefs.Block{&briefs.Paragraph{Dir: dir, Content: inl(text)}}},
				&briefs.CodeBlock{Text: "total = wages + capital\nshare = capital / total"},
				&briefs.Rule{},
			)
			if fig != nil {
				doc.Blocks = append(doc.Blocks, &briefs.Figure{Dir: dir, Image: fig, Caption: inl("Figure caption text"), Alt: "chart"})
			}
		}
	}
	doc.Sources = []*briefs.Source{{Dir: briefs.LTR, Content: inl("Ministry of Finance, Budget Execution Report, 2024.")}, {Dir: briefs.RTL, Content: inl("وزارة المالية، تقرير تنفيذ الموازنة، ٢٠٢٤.")}}
	return doc
}

// writeSynthetic typesets doc and writes it to a PDF file.
func writeSynthetic(t *testing.T, name string, doc *briefs.Document, brand *briefs.Brand) string {
	t.Helper()
	out, _, err := layout.Typeset(doc, brand, layout.Options{Fonts: fonts.NewRegistry(), Producer: "briefpress test"})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.Write(&buf, out, pdf.Options{}); err != nil {
		if strings.Contains(err.Error(), "not yet implemented") {
			t.Skipf("output/pdf: %v", err)
		}
		t.Fatal(err)
	}
	dir := *keep
	if dir == "" {
		dir = t.TempDir()
	}
	path := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSyntheticPDF(t *testing.T) {
	tooltest.Require(t, "qpdf", "pdftotext", "mutool")
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			doc := synthetic(lang, 8, chart(t))
			brand := &briefs.Brand{Name: "The Centre", Website: "example.org"}
			if lang == "en" { // the example brand's logo and cover picture
				brand.Logo = asset(t, "logo.svg", "svg", 240, 240)
				if img := asset(t, "cover.jpg", "jpeg", 0, 0); img != nil {
					doc.Meta.Cover = &briefs.Cover{Image: img, Credit: "Image: generated illustration", Alt: "map"}
				}
				doc.Meta.Abstract = []briefs.Block{&briefs.Paragraph{Dir: briefs.LTR, Content: inl(textEn + " " + textEn)}}
				doc.Meta.Subtitle = "A subtitle that says what the brief is about"
			}
			path := writeSynthetic(t, "synthetic-"+lang, doc, brand)
			checkQPDF(t, path)
			ps := pages(t, path)
			at, raw := footers(t, path, builtinMargins)
			if len(at) == 0 {
				t.Fatal(`no "N of M" page footers`)
			}
			for _, n := range raw {
				if lang == "ar" && strings.ContainsAny(n, "0123456789") {
					t.Errorf("Arabic brief prints page number %q in ASCII digits", n)
				}
			}
			checkTOC(t, ps, at)
			checkTextArea(t, path, builtinMargins)
			checkNotes(t, path)
			// Every note starts on the page of its reference, by text too.
			for _, n := range doc.Notes {
				ref, note := -1, -1
				for i, p := range ps {
					if ref < 0 && strings.Contains(p, fmt.Sprintf("rk%d", n.Number)) {
						ref = i
					}
					if note < 0 && strings.Contains(p, fmt.Sprintf("nk%d", n.Number)) {
						note = i
					}
				}
				if ref < 0 || note != ref {
					t.Errorf("note %d starts on page %d, its reference is on page %d", n.Number, note+1, ref+1)
				}
			}
		})
	}
}

// chart reads an example chart as an asset, or nil when it is missing.
func chart(t *testing.T) *briefs.Asset {
	data, err := os.ReadFile(filepath.Join(repo, "examples", "assets", "chart-budget.png"))
	if err != nil {
		return nil
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return &briefs.Asset{Path: "chart-budget.png", Data: data, Format: "png", Width: cfg.Width, Height: cfg.Height, Hash: hex.EncodeToString(sum[:])}
}

// asset reads examples/assets/name; for JPEG and PNG the size comes from
// the file. It returns nil when the file is missing.
func asset(t *testing.T, name, format string, w, h int) *briefs.Asset {
	data, err := os.ReadFile(filepath.Join(repo, "examples", "assets", name))
	if err != nil {
		return nil
	}
	if format != "svg" {
		cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		w, h = cfg.Width, cfg.Height
	}
	sum := sha256.Sum256(data)
	return &briefs.Asset{Path: name, Data: data, Format: format, Width: w, Height: h, Hash: hex.EncodeToString(sum[:])}
}
