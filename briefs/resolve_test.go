package briefs

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestDirections checks the first-strong-character rule inside each base
// direction: an Arabic heading in an English brief is RTL, English in an
// Arabic brief is LTR, neutral text takes the base, note refs are skipped.
func TestDirections(t *testing.T) {
	body := "# الأمن المائي\n\nEnglish words.\n\n123 — 456.\n\n- عربي\n- English\n\n> عربي\n\n| A | ب |\n|---|---|\n| 1 | ج |\n"
	tests := []struct {
		name, front string
		base        Direction
		want        []Direction // heading, para, neutral para, list, quote, table
	}{
		{"english base", "title: T\n", LTR, []Direction{RTL, LTR, LTR, RTL, RTL, LTR}},
		{"arabic base", "title: T\nlang: ar\n", RTL, []Direction{RTL, LTR, RTL, RTL, RTL, LTR}},
		{"dir overrides lang", "title: T\nlang: ar\ndir: ltr\n", LTR, []Direction{RTL, LTR, LTR, RTL, RTL, LTR}},
		{"persian", "title: T\nlang: fa-IR\n", RTL, []Direction{RTL, LTR, RTL, RTL, RTL, LTR}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, diags := Parse("b.md", []byte(fm(tt.front, body)), Options{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			if doc.Dir != tt.base {
				t.Errorf("base %v, want %v", doc.Dir, tt.base)
			}
			var got []Direction
			for _, b := range doc.Blocks {
				switch v := b.(type) {
				case *Heading:
					got = append(got, v.Dir)
				case *Paragraph:
					got = append(got, v.Dir)
				case *List:
					got = append(got, v.Dir)
					if v.Items[1].Dir != LTR {
						t.Errorf("English list item %v, want ltr", v.Items[1].Dir)
					}
				case *Quote:
					got = append(got, v.Dir)
				case *Table:
					got = append(got, v.Dir)
					if v.Header[1].Dir != RTL || v.Rows[0][0].Dir != tt.base {
						t.Errorf("cells %v %v, want rtl %v", v.Header[1].Dir, v.Rows[0][0].Dir, tt.base)
					}
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("dirs %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("block %d: %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestSlugs checks pandoc's auto_identifiers rules and de-duplication.
func TestSlugs(t *testing.T) {
	body := "# Hello, World!\n\n# Hello, World!\n\n# Hello World\n\n## 1.2 Costs & *Risks*\n\n# الأمن المائي\n\n# 123\n\n# Hello-World-1\n\n# Hello, World!\n"
	want := []string{"hello-world", "hello-world-1", "hello-world-2", "costs-risks", "الأمن-المائي", "section", "hello-world-1-1", "hello-world-3"}
	doc, diags := Parse("b.md", []byte(fm("title: T\n", body)), Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, b.(*Heading).ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("ids\n got %q\nwant %q", got, want)
	}
}

// TestDates checks FormatDate and LocalDigits.
func TestDates(t *testing.T) {
	tests := []struct {
		d    Date
		lang string
		want string
	}{
		{Date{2022, 9, 15}, "en", "15 September 2022"},
		{Date{2022, 9, 15}, "ar", "١٥ سبتمبر ٢٠٢٢"},
		{Date{2022, 1, 1}, "ar-EG", "١ يناير ٢٠٢٢"},
		{Date{2022, 12, 0}, "ar", "ديسمبر ٢٠٢٢"},
		{Date{2022, 5, 0}, "en", "May 2022"},
		{Date{2021, 0, 0}, "en-GB", "2021"},
		{Date{2024, 2, 29}, "fa", "۲۹ فوریه ۲۰۲۴"},
		{Date{2024, 8, 14}, "ur", "۱۴ اگست ۲۰۲۴"},
		{Date{2024, 8, 14}, "he", "14 August 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+isoDate(tt.d), func(t *testing.T) {
			if got := FormatDate(tt.d, tt.lang); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	digits := []struct{ in, lang, want string }{
		{"page 12 of 30", "ar", "page ١٢ of ٣٠"},
		{"12", "ur", "۱۲"},
		{"12", "fr", "12"},
	}
	for _, tt := range digits {
		t.Run("digits-"+tt.lang, func(t *testing.T) {
			if got := LocalDigits(tt.in, tt.lang); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMetaDefaults checks the defaults and a fully specified front matter.
func TestMetaDefaults(t *testing.T) {
	doc, diags := Parse("b.md", []byte(fm("title: T\ndate: 2022-09-15\n", "")), Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	m := doc.Meta
	if m.Lang != "en" || !m.TOC || m.TOCDepth != 2 || m.SourcesTitle != "Sources" || doc.Dir != LTR {
		t.Errorf("defaults: %+v", m)
	}
	if !strings.HasPrefix(m.Identifier, "urn:uuid:") || len(m.Identifier) != 45 || m.Identifier[23] != '5' {
		t.Errorf("identifier %q is not a v5-style URN UUID", m.Identifier)
	}
	doc2, _ := Parse("other.md", []byte(fm("title: T\ndate: 2022-09-15\n", "Body.\n")), Options{})
	doc3, _ := Parse("b.md", []byte(fm("title: T\ndate: 2022-09-16\n", "")), Options{})
	if doc2.Meta.Identifier != m.Identifier || doc3.Meta.Identifier == m.Identifier {
		t.Error("the identifier must depend on title and date only")
	}
	ar, _ := Parse("b.md", []byte(fm("title: T\nlang: ar\n", "")), Options{})
	if ar.Meta.SourcesTitle != "المصادر" {
		t.Errorf("Arabic sources title %q", ar.Meta.SourcesTitle)
	}
	full := `title: " Full "
subtitle: Sub
kind: Assessment
author:
  - name: A. Author
    affiliation: Inst
  - B. Writer
keywords: [water, energy]
toc: false
toc-depth: 3
sources-title: Works
identifier: id-1
rights: © 2026
draft: true
abstract: |
  The **gist**.
`
	doc, diags = Parse("b.md", []byte(fm(full, "")), Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	m = doc.Meta
	if m.Title != "Full" || m.Subtitle != "Sub" || m.Kind != "Assessment" || len(m.Authors) != 2 ||
		m.Authors[0].Affiliation != "Inst" || m.Authors[1].Name != "B. Writer" || len(m.Keywords) != 2 ||
		m.TOC || m.TOCDepth != 3 || m.SourcesTitle != "Works" || m.Identifier != "id-1" || m.Rights != "© 2026" || !m.Draft {
		t.Errorf("meta: %+v", m)
	}
	if len(m.Abstract) != 1 || PlainText(m.Abstract[0].(*Paragraph).Content) != "The gist." || m.Abstract[0].Position().Line != 17 {
		t.Errorf("abstract %v at %v", m.Abstract, m.Abstract[0].Position())
	}
}

// TestBody checks block kinds: page break, figure, code, rule, table
// alignment, ordered start, links.
func TestBody(t *testing.T) {
	body := "Para with [link](https://x.org) and <https://y.org> and www.z.org.\n\n\\newpage\n\n![A *chart*](img.png)\n\n```go\nx := 1\n```\n\n---\n\n3. three\n4. four\n\n| L | C | R |\n|:--|:-:|--:|\n| a | b | c |\n"
	dir, opts := testRoot(t)
	doc, diags := Parse(dir+"/b.md", []byte(fm("title: T\n", body)), opts)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	kinds := []string{}
	for _, b := range doc.Blocks {
		kinds = append(kinds, strings.TrimPrefix(strings.TrimPrefix(typeName(b), "*briefs."), "briefs."))
	}
	if got, want := strings.Join(kinds, " "), "Paragraph PageBreak Figure CodeBlock Rule List Table"; got != want {
		t.Fatalf("blocks %q, want %q", got, want)
	}
	var urls []string
	for _, in := range doc.Blocks[0].(*Paragraph).Content {
		if l, ok := in.(*Link); ok {
			urls = append(urls, l.URL)
		}
	}
	if strings.Join(urls, " ") != "https://x.org https://y.org https://www.z.org" {
		t.Errorf("links %v", urls)
	}
	f := doc.Blocks[2].(*Figure)
	if f.Alt != "A chart" || f.Image == nil || f.Image.Format != "png" || f.Image.Width != 4 || f.Image.Height != 3 || len(f.Image.Hash) != 64 {
		t.Errorf("figure %+v %+v", f, f.Image)
	}
	if c := doc.Blocks[3].(*CodeBlock); c.Lang != "go" || c.Text != "x := 1" {
		t.Errorf("code %+v", c)
	}
	if l := doc.Blocks[5].(*List); !l.Ordered || l.Start != 3 || len(l.Items) != 2 {
		t.Errorf("list %+v", l)
	}
	if tb := doc.Blocks[6].(*Table); len(tb.Align) != 3 || tb.Align[0] != AlignLeft || tb.Align[1] != AlignCenter || tb.Align[2] != AlignRight || len(tb.Rows) != 1 {
		t.Errorf("table %+v", tb)
	}
}

func typeName(v any) string { return strings.TrimSpace(strings.Split(fmtType(v), "{")[0]) }

func fmtType(v any) string { return fmt.Sprintf("%T", v) }

// TestTermsFor: Persian and Urdu briefs printed Arabic words ("المحتويات")
// or English month names; each language now has its own table, and other
// languages fall back to English.
func TestTermsFor(t *testing.T) {
	tests := []struct{ lang, contents, sources string }{
		{"en", "Contents", "Sources"},
		{"ar-SA", "المحتويات", "المصادر"},
		{"fa", "فهرست مطالب", "منابع"},
		{"ur", "فہرست", "ماخذ"},
		{"de", "Contents", "Sources"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := TermsFor(tt.lang)
			if got.Contents != tt.contents || got.Sources != tt.sources {
				t.Errorf("TermsFor(%q) = %q, %q; want %q, %q", tt.lang, got.Contents, got.Sources, tt.contents, tt.sources)
			}
			for i, m := range got.Months {
				if m == "" {
					t.Errorf("month %d has no name", i+1)
				}
			}
		})
	}
}

// TestNewpageInsideParagraph: `\newpage` alone on a line but without blank
// lines around it was printed as the text "\newpage" (goldmark reads the
// lines as one paragraph); the spec asks for a page break.
func TestNewpageInsideParagraph(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // block kinds, with the text of paragraphs
	}{
		{"between lines", "A.\n\\newpage\nB.\n", []string{"p:A.", "break@2", "p:B."}},
		{"last line", "A.\n\\newpage\n", []string{"p:A.", "break@2"}},
		{"first line", "\\pagebreak\nB.\n", []string{"break@1", "p:B."}},
		{"blank lines around", "A.\n\n\\newpage\n\nB.\n", []string{"p:A.", "break@3", "p:B."}},
		{"inside a line is text", "A \\newpage B.\n", []string{"p:A \\newpage B."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, diags := Parse("b.md", []byte("---\ntitle: T\n---\n"+tt.body), Options{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			var got []string
			for _, b := range doc.Blocks {
				switch v := b.(type) {
				case *Paragraph:
					got = append(got, "p:"+PlainText(v.Content))
				case *PageBreak:
					got = append(got, fmt.Sprintf("break@%d", v.Pos.Line-3))
				default:
					got = append(got, fmt.Sprintf("%T", v))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("blocks %q, want %q", got, tt.want)
			}
		})
	}
}
