package briefs

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

const refsYAML = `references:
  - id: doe
    type: report
    title: Water and Power
    publisher: Gulf Institute
    issued: 2022-09-15
    URL: https://example.org/doe
    author:
      - family: Doe
        given: Jane
      - family: Hassan
        given: Ali
  - id: news
    type: article-newspaper
    title: Dams Rise
    container-title: The Daily
    issued:
      date-parts: [[2023, 5]]
    author:
      - literal: Staff Reporter
  - id: arabic
    title: الأمن المائي في الخليج
    publisher: مركز الدراسات
    issued: {date-parts: [[2021]]}
  - id: unused
    title: Never Cited
    DOI: 10.1000/xyz
`

// TestNoteNumbering checks one sequence for footnotes and citations, in
// order of first reference, with a repeated footnote keeping its number.
func TestNoteNumbering(t *testing.T) {
	src := fm("title: T\n"+refsYAML, `First[^a] then [@doe] then [^b] and again[^a] and [@news; @doe, p. 12].

[^b]: Note b.
[^a]: Note a.
`)
	doc, diags := Parse("b.md", []byte(src), Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	para := doc.Blocks[0].(*Paragraph)
	var refs []string
	for _, in := range para.Content {
		if r, ok := in.(*NoteRef); ok {
			refs = append(refs, r.Note.ID)
		}
	}
	if got, want := strings.Join(refs, " "), "fn-a cite-2 fn-b fn-a cite-4"; got != want {
		t.Errorf("note refs %q, want %q", got, want)
	}
	tests := []struct {
		num      int
		citation bool
		text     string
	}{
		{1, false, "Note a."},
		{2, true, "Jane Doe and Ali Hassan, Water and Power, Gulf Institute, 15 September 2022, https://example.org/doe."},
		{3, false, "Note b."},
		{4, true, "Staff Reporter, “Dams Rise,” The Daily, May 2023; Jane Doe and Ali Hassan, Water and Power, Gulf Institute, 15 September 2022, https://example.org/doe, p. 12."},
	}
	if len(doc.Notes) != len(tests) {
		t.Fatalf("%d notes, want %d", len(doc.Notes), len(tests))
	}
	for i, tt := range tests {
		t.Run(doc.Notes[i].ID, func(t *testing.T) {
			n := doc.Notes[i]
			if n.Number != tt.num || n.Citation != tt.citation {
				t.Errorf("number %d citation %v, want %d %v", n.Number, n.Citation, tt.num, tt.citation)
			}
			if got := PlainText(n.Blocks[0].(*Paragraph).Content); got != tt.text {
				t.Errorf("text\n got %q\nwant %q", got, tt.text)
			}
		})
	}
	if para.Content[1].(*NoteRef).Note != para.Content[7].(*NoteRef).Note {
		t.Error("a repeated footnote reference must point to the same Note")
	}
}

// TestCitationFormat checks notes-style citations and the sources list,
// with dates in the document's language.
func TestCitationFormat(t *testing.T) {
	tests := []struct {
		name, lang string
		cite       string
		note       string
		sources    []string
	}{
		{"english", "en", "[see @doe, p. 3]",
			"see Jane Doe and Ali Hassan, Water and Power, Gulf Institute, 15 September 2022, https://example.org/doe, p. 3.",
			[]string{
				"Doe, Jane, and Ali Hassan. Water and Power. Gulf Institute. 15 September 2022. https://example.org/doe.",
				"Staff Reporter. “Dams Rise.” The Daily. May 2023.",
				"الأمن المائي في الخليج. مركز الدراسات. 2021.",
				"Never Cited.",
			}},
		{"arabic", "ar", "[@doe]",
			// Arabic dates in an English reference are bidi-isolated (FSI…PDI)
			// so they do not reorder with the fields around them.
			"Jane Doe and Ali Hassan, Water and Power, Gulf Institute, \u2068١٥ سبتمبر ٢٠٢٢\u2069, https://example.org/doe.",
			[]string{
				"Doe, Jane, and Ali Hassan. Water and Power. Gulf Institute. \u2068١٥ سبتمبر ٢٠٢٢\u2069. https://example.org/doe.",
				"Staff Reporter. “Dams Rise.” The Daily. \u2068مايو ٢٠٢٣\u2069.",
				"الأمن المائي في الخليج. مركز الدراسات. ٢٠٢١.",
				"Never Cited.",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fm("title: T\nlang: "+tt.lang+"\n"+refsYAML, "Text "+tt.cite+".\n")
			doc, diags := Parse("b.md", []byte(src), Options{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			if got := PlainText(doc.Notes[0].Blocks[0].(*Paragraph).Content); got != tt.note {
				t.Errorf("note\n got %q\nwant %q", got, tt.note)
			}
			for i, s := range doc.Sources {
				if got := PlainText(s.Content); got != tt.sources[i] {
					t.Errorf("source %d\n got %q\nwant %q", i, got, tt.sources[i])
				}
			}
			if doc.Sources[2].Dir != RTL || doc.Sources[0].Dir != LTR {
				t.Errorf("source dirs %v %v, want rtl ltr", doc.Sources[2].Dir, doc.Sources[0].Dir)
			}
		})
	}
}

// TestCitationMarkPlacement: a citation after a space rendered as
// "cost ², which"; pandoc's note styles drop the space and move the note
// after the punctuation ("cost,² which"). Hand-placed footnotes stay put.
func TestCitationMarkPlacement(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // the paragraph's inlines: text, or "^" for a note mark
	}{
		{"period", "Costs rose [@doe].", []string{"Costs rose.", "^"}},
		{"comma mid-sentence", "Costs rose [@doe], then fell.", []string{"Costs rose,", "^", " then fell."}},
		{"no punctuation", "Costs rose [@doe] sharply.", []string{"Costs rose", "^", " sharply."}},
		{"arabic comma", "ارتفعت الكلفة [@doe]، ثم", []string{"ارتفعت الكلفة،", "^", " ثم"}},
		{"footnote stays", "Costs rose [^a].\n\n[^a]: A note.", []string{"Costs rose ", "^", "."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, diags := Parse("b.md", []byte(fm("title: T\n"+refsYAML, tt.body+"\n")), Options{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			var got []string
			for _, in := range doc.Blocks[0].(*Paragraph).Content {
				switch v := in.(type) {
				case *Text:
					got = append(got, v.Text)
				case *NoteRef:
					got = append(got, "^")
				default:
					got = append(got, fmt.Sprintf("%T", v))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("inlines %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMixedDirectionCitations: "[@ar; @en]" printed the English citation
// reordered into the Arabic one; the second is now isolated.
func TestMixedDirectionCitations(t *testing.T) {
	refs := "references:\n  - id: ar\n    title: تقرير المياه\n    issued: 2020\n  - id: en\n    title: A Book\n    issued: 2019\n"
	doc, diags := Parse("b.md", []byte(fm("title: T\n"+refs, "Text [@ar; @en].\n")), Options{})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	got := PlainText(doc.Notes[0].Blocks[0].(*Paragraph).Content)
	want := "تقرير المياه، 2020; \u2068A Book, 2019\u2069."
	if got != want || doc.Notes[0].Dir != RTL {
		t.Errorf("note %q (%v), want %q (rtl)", got, doc.Notes[0].Dir, want)
	}
}
